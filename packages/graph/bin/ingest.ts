/**
 * `npm run ingest -- [options] <file|dir|url>...` and `--feed <url> [--watch]`: reads articles through the shared
 * reader (@newsgraph/documents), extracts them and ingests them into Neo4j with a progress line on stderr and a
 * summary at the end. See INGEST_USAGE for the options and exit codes (0 ok, 1 some document failed, 2 usage or
 * no database).
 */
import { getNeo4jStatus } from '@newsgraph/neo4j-local';
import { readGraphCliEnv } from '../src/cli/cli-env.js';
import { INGEST_USAGE, parseIngestArgs, UsageError, type IngestArgs } from '../src/cli/ingest-args.js';
import { runIngest } from '../src/cli/run-ingest.js';
import { createGraph, type Neo4jConnection } from '../src/index.js';

async function connect(env: ReturnType<typeof readGraphCliEnv>): Promise<Neo4jConnection | null> {
  if (env.neo4j) return env.neo4j;
  const status = await getNeo4jStatus();
  if (status.running && status.connection) return status.connection;
  console.error(
    `NEO4J_URI is unset and the developer Neo4j is not running (${status.reason ?? 'unknown'}). Start it with: npm run db:start`,
  );
  return null;
}

async function main(): Promise<number> {
  const env = readGraphCliEnv();
  let args: IngestArgs;
  try {
    args = parseIngestArgs(process.argv.slice(2), env.cwd, env.maxDocumentBytes);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`${error.message}\n\n${INGEST_USAGE}`);
    return 2;
  }
  if (args.help) return (console.log(INGEST_USAGE), 0);
  const connection = await connect(env);
  if (!connection) return 2;
  const graph = createGraph(connection, { queryTimeoutMs: env.queryTimeoutMs });
  const stop = new AbortController();
  process.once('SIGINT', () => stop.abort());
  process.once('SIGTERM', () => stop.abort());
  try {
    await graph.applySchema();
    return await runIngest(graph, args, { signal: stop.signal, stderr: process.stderr, stdout: process.stdout });
  } finally {
    await graph.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(2);
  },
);
