/**
 * `npm run ingest -- <file|dir>... [--concurrency N]`: extracts and ingests articles into Neo4j with a progress
 * bar on stderr and a summary at the end. Uses NEO4J_URI/USER/PASSWORD, or the developer Neo4j when NEO4J_URI
 * is unset. Exits 1 when any file failed (the others are still ingested), 2 on bad usage or no database.
 */
import { getNeo4jStatus } from '@newsgraph/neo4j-local';
import { collectFiles } from '../src/cli/collect-files.js';
import { readGraphCliEnv } from '../src/cli/cli-env.js';
import { ingestFiles } from '../src/cli/ingest-files.js';
import { formatProgress, formatSummary } from '../src/cli/progress.js';
import { createGraph } from '../src/index.js';

const USAGE = 'Usage: npm run ingest -- <file|dir>... [--concurrency N]';

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  if (args.includes('--help') || args.includes('-h')) {
    console.log(USAGE);
    return 0;
  }
  let concurrency = 4;
  const paths: string[] = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--concurrency') concurrency = Number(args[++i]);
    else paths.push(args[i]!);
  }
  if (paths.length === 0 || !Number.isInteger(concurrency) || concurrency < 1) {
    console.error(USAGE);
    return 2;
  }

  const env = readGraphCliEnv();
  let connection = env.neo4j;
  if (!connection) {
    const status = await getNeo4jStatus();
    if (!status.running || !status.connection) {
      console.error(`NEO4J_URI is unset and the developer Neo4j is not running (${status.reason ?? 'unknown'}). Start it with: npm run db:start`);
      return 2;
    }
    connection = status.connection;
  }

  const files = collectFiles(paths, env.cwd);
  const graph = createGraph(connection, { queryTimeoutMs: env.queryTimeoutMs });
  try {
    await graph.applySchema();
    const tty = process.stderr.isTTY;
    let lastDraw = 0;
    const result = await ingestFiles(files, {
      ingest: (input) => graph.ingestText(input),
      concurrency,
      onProgress: (progress) => {
        const now = Date.now();
        const last = progress.done === progress.total;
        if (tty && (now - lastDraw > 100 || last)) process.stderr.write(`\r${formatProgress(progress)}\u001b[K${last ? '\n' : ''}`);
        else if (!tty && (now - lastDraw > 5_000 || last)) process.stderr.write(`${formatProgress(progress)}\n`);
        else return;
        lastDraw = now;
      },
    });
    console.log(formatSummary(result.progress, result.failures));
    return result.progress.failed > 0 ? 1 : 0;
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
