/**
 * `npm start`: Neo4j (started or reused, unless NEO4J_URI points elsewhere), schema, the seed articles, then the
 * GraphQL API and the explorer's production build as supervised child processes. If either dies, it says why and
 * stops everything it started; on Ctrl-C / SIGTERM it stops everything it started. Runs compiled
 * (scripts/dist/start.js, bundled by `npm start` itself), as do the API and the CLIs. What it does is logged as JSON
 * lines (pino, `"name":"start"`; pretty in development on a terminal) beside the API's own lines; the banner with the
 * addresses and a failed start are plain text for the person who ran it.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { childEnv, getConfig, type NewsgraphConfig } from '@newsgraph/config';
import { createLogger, isPrettyByDefault, type Logger } from '@newsgraph/process-tools';
import { createLimits, readInputs } from '@newsgraph/documents';
import {
  assertNeo4jReachable,
  memoryFromConfig,
  repoRoot,
  startNeo4j,
  type Neo4jConnection,
} from '@newsgraph/neo4j-local';
import { createGraph, ingestReadResults } from '@newsgraph/graph';
import { startExplorerServer } from '@newsgraph/explorer/launcher';
import { createLineRelay, startApiChild } from './lib/api-child.js';
import { createCleanupStack } from './lib/cleanup-stack.js';
import { assertPortFree } from './lib/port-owner.js';
import { createSupervisor } from './lib/supervisor.js';

/** JSON lines until the configuration is read (main), then at LOG_LEVEL, pretty in development on a terminal. */
let logger: Logger = createLogger({ name: 'start' });
let prettyLogs = false;
const log = (line: string) => logger.info(line);
const cleanup = createCleanupStack(log);
const supervisor = createSupervisor((name, reason) => {
  logger.error(
    { child: name, reason },
    `${name} stopped unexpectedly (${reason}); stopping everything npm start started.`,
  );
  void shutdown(1);
});
/** Preloaded into the API and the explorer: they stop themselves if this process dies without stopping them. */
const WATCH_PARENT = ['--import', join(repoRoot, 'scripts', 'lib', 'exit-with-parent.mjs')];
let stopping = false;

/**
 * Stops what was started, then exits. A second signal during the cleanup is ignored: Ctrl-C reaches this
 * process twice (from the terminal's process group and relayed by npm), and exiting then would strand Neo4j.
 */
async function shutdown(code: number): Promise<void> {
  if (stopping) return;
  stopping = true;
  supervisor.expectExit();
  await cleanup.runAll();
  process.exit(code);
}

function buildAll(): void {
  log('Building (turbo, cached) ...');
  const result = spawnSync('npx', ['turbo', 'run', 'build', '--output-logs=errors-only'], {
    cwd: repoRoot,
    stdio: 'inherit',
    env: childEnv({ TURBO_TELEMETRY_DISABLED: '1', NEXT_TELEMETRY_DISABLED: '1' }),
  });
  if (result.status !== 0) throw new Error('The build failed (see above).');
}

async function connectNeo4j(config: NewsgraphConfig): Promise<Neo4jConnection> {
  if (config.neo4j.external) {
    log(`NEO4J_URI is set: using ${config.neo4j.external.uri}.`);
    await assertNeo4jReachable(config.neo4j.external);
    return config.neo4j.external;
  }
  const server = await startNeo4j({
    homeDir: config.neo4j.homeDir,
    boltPort: config.neo4j.boltPort,
    memory: memoryFromConfig(config.neo4j.memory),
    log,
  });
  if (!server.reused) cleanup.push('Neo4j', () => server.stop());
  return { ...server.connection, ...(config.neo4j.database ? { database: config.neo4j.database } : {}) };
}

/**
 * Schema and seeds through a driver of their own with NEO4J_INGEST_TIMEOUT_MS: a cold Neo4j on a busy laptop can
 * take longer than the API's read timeout to build its indexes and take the first write.
 */
async function seedGraph(connection: Neo4jConnection, config: NewsgraphConfig): Promise<void> {
  const graph = createGraph(connection, { queryTimeoutMs: config.neo4j.ingestTimeoutMs });
  try {
    await graph.applySchema();
    const seedsDir = config.start.seedsDir;
    // The same reader, guard and limits (NEWSGRAPH_MAX_DOCUMENT_BYTES) as `npm run ingest`; uris (and ids) are
    // relative to the repository.
    const documents = readInputs([seedsDir], {
      root: config.repoRoot,
      limits: createLimits({ maxTextBytes: config.documents.maxTextBytes }),
    });
    const { progress, failures } = await ingestReadResults(documents, {
      ingest: (inputs) => graph.ingestTexts(inputs),
      concurrency: 1,
    });
    if (failures.length > 0)
      throw new Error(`Could not ingest ${failures.map((f) => `${f.file} (${f.message})`).join(', ')}.`);
    logger.info(
      { documents: progress.done, changed: progress.changed, durationMs: Math.round(progress.elapsedMs) },
      `Seeds: ${progress.done} articles from ${seedsDir} (${progress.changed} new or changed; ` +
        `transaction timeout ${config.neo4j.ingestTimeoutMs} ms).`,
    );
  } finally {
    await graph.close();
  }
}

async function main(): Promise<void> {
  process.on('SIGINT', () => void shutdown(0));
  process.on('SIGTERM', () => void shutdown(0));
  const config = getConfig();
  prettyLogs = isPrettyByDefault(config.nodeEnv);
  logger = createLogger({ name: 'start', level: config.logLevel, pretty: prettyLogs });
  if (!config.start.skipBuild) buildAll();
  // Recognise a stale API or explorer (from a run whose cleanup never ran) by what answers, before anything starts.
  await assertPortFree('The API', 'API_PORT', config.api.host, config.api.port);
  await assertPortFree('The explorer', 'EXPLORER_PORT', config.explorer.host, config.explorer.port);

  const connection = await connectNeo4j(config);
  await seedGraph(connection, config);

  const api = await startApiChild({
    connection,
    graceMs: config.api.shutdownGraceMs,
    nodeArgs: WATCH_PARENT,
    relay: createLineRelay(prettyLogs),
  });
  cleanup.push('the API', () => api.stop());
  supervisor.watch({ name: 'The API', child: api.child });

  const explorer = await startExplorerServer({
    host: config.explorer.host,
    port: config.explorer.port,
    apiUrl: api.graphqlUrl,
    nodeArgs: WATCH_PARENT,
  });
  cleanup.push('the explorer', () => explorer.stop());
  supervisor.watch({ name: 'The explorer', child: explorer.child });

  console.log(
    [
      '',
      'Newsgraph is running:',
      `  Explorer  ${explorer.url}`,
      `  GraphQL   ${api.graphqlUrl}   (GraphiQL: ${explorer.url}/graphiql)`,
      `  Health    ${api.url}/health${api.healthUrl ? `   (probes: ${api.healthUrl}/livez, ${api.healthUrl}/readyz)` : ''}`,
      `  Neo4j     ${connection.uri}`,
      'Press Ctrl-C to stop.',
      '',
    ].join('\n'),
  );
}

main().catch(async (error: unknown) => {
  console.error(`\nnpm start failed: ${error instanceof Error ? error.message : String(error)}`);
  await shutdown(1);
});
