/**
 * `npm run ingest -- [options] <file|dir|url>...` and `--feed <url> [--watch]`: reads articles through the shared
 * reader (@newsgraph/documents), extracts them and ingests them into Neo4j with a progress line on stderr and a
 * summary at the end. Uses NEO4J_URI/USERNAME/PASSWORD, or the local Neo4j of NEWSGRAPH_NEO4J_HOME when NEO4J_URI
 * is unset. See INGEST_USAGE for the options and exit codes (0 ok, 1 some document failed, 2 usage or no database).
 * Usage, progress and summaries are for people; runs, feed polls and failed documents are also logged as JSON lines
 * on stderr (LOG_LEVEL).
 */
import { getConfig } from '@newsgraph/config';
import { createLogger, isPrettyByDefault } from '@newsgraph/process-tools';
import { resolveNeo4jConnection } from '@newsgraph/neo4j-local';
import { INGEST_USAGE, parseIngestArgs, UsageError, type IngestArgs } from '../src/cli/ingest-args.js';
import { runIngest } from '../src/cli/run-ingest.js';
import { createGraph } from '../src/index.js';

async function main(): Promise<number> {
  const config = getConfig();
  let args: IngestArgs;
  try {
    args = parseIngestArgs(process.argv.slice(2), config.cwd, config.documents.maxTextBytes);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`${error.message}\n\n${INGEST_USAGE}`);
    return 2;
  }
  if (args.help) return (console.log(INGEST_USAGE), 0);
  // The same server as the API and `npm start`: NEO4J_URI, else the local one of NEWSGRAPH_NEO4J_HOME / NEO4J_BOLT_PORT.
  const connection = await resolveNeo4jConnection(config.neo4j);
  const graph = createGraph(connection, { queryTimeoutMs: config.neo4j.ingestTimeoutMs });
  // Operational events as JSON lines on stderr (stdout keeps the human summary), pretty in development on a terminal.
  const logger = createLogger({
    name: 'ingest',
    level: config.logLevel,
    destination: 2,
    pretty: isPrettyByDefault(config.nodeEnv, Boolean(process.stderr.isTTY)),
  });
  const stop = new AbortController();
  const onSignal = (signal: NodeJS.Signals) => {
    logger.info({ signal }, 'stopping after the documents in progress');
    stop.abort();
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    await graph.applySchema();
    return await runIngest(graph, args, {
      signal: stop.signal,
      stderr: process.stderr,
      stdout: process.stdout,
      logger,
    });
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
