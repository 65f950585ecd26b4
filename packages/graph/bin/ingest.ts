/**
 * `npm run ingest -- <file|dir>... [--concurrency N] [--batch-size N]`: extracts and ingests articles into Neo4j
 * with a progress bar on stderr and a summary at the end. Files go in batches (one transaction each, every
 * document still all or nothing), `concurrency` batches at a time. Uses NEO4J_URI/USERNAME/PASSWORD, or the
 * local Neo4j of NEWSGRAPH_NEO4J_HOME when NEO4J_URI is unset. Exits 1 when any file failed (the others are still ingested), 2 on bad usage or no database.
 */
import { getConfig } from '@newsgraph/config';
import { resolveNeo4jConnection } from '@newsgraph/neo4j-local';
import { collectFiles } from '../src/cli/collect-files.js';
import { ingestFiles } from '../src/cli/ingest-files.js';
import { formatProgress, formatSummary } from '../src/cli/progress.js';
import { createGraph, INGEST_BATCH_SIZE } from '../src/index.js';

const USAGE = 'Usage: npm run ingest -- <file|dir>... [--concurrency N] [--batch-size N]';

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  if (args.includes('--help') || args.includes('-h')) {
    console.log(USAGE);
    return 0;
  }
  let concurrency = 4;
  let batchSize = INGEST_BATCH_SIZE;
  const paths: string[] = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--concurrency') concurrency = Number(args[++i]);
    else if (args[i] === '--batch-size') batchSize = Number(args[++i]);
    else paths.push(args[i]!);
  }
  const positive = (n: number) => Number.isInteger(n) && n >= 1;
  if (paths.length === 0 || !positive(concurrency) || !positive(batchSize)) {
    console.error(USAGE);
    return 2;
  }

  // The same server as the API and `npm start`: NEO4J_URI, else the local one of NEWSGRAPH_NEO4J_HOME / NEO4J_BOLT_PORT.
  const config = getConfig();
  const connection = await resolveNeo4jConnection(config.neo4j);
  const files = collectFiles(paths, config.cwd);
  const graph = createGraph(connection, { queryTimeoutMs: config.neo4j.ingestTimeoutMs });
  try {
    await graph.applySchema();
    const tty = process.stderr.isTTY;
    let lastDraw = 0;
    const result = await ingestFiles(files, {
      ingest: (inputs) => graph.ingestTexts(inputs),
      concurrency,
      batchSize,
      onProgress: (progress) => {
        const now = Date.now();
        const last = progress.done === progress.total;
        if (tty && (now - lastDraw > 100 || last))
          process.stderr.write(`\r${formatProgress(progress)}\u001b[K${last ? '\n' : ''}`);
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
