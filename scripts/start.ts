/**
 * `npm start`: Neo4j (started or reused, unless NEO4J_URI points elsewhere), schema, the seed articles,
 * the GraphQL API and the explorer's production build — and on Ctrl-C / SIGTERM, stops everything it started.
 */
import { spawnSync } from 'node:child_process';
import { isAbsolute, join } from 'node:path';
import { createLimits, parseByteSize, readInputs } from '@newsgraph/documents';
import { assertNeo4jReachable, repoRoot, startNeo4j, type Neo4jConnection } from '@newsgraph/neo4j-local';
import { createGraph, ingestReadResults } from '@newsgraph/graph';
import { startApi } from '@newsgraph/api';
import { startExplorerServer } from '@newsgraph/explorer/launcher';
import { readStartEnv } from './env.js';
import { createCleanupStack } from './lib/cleanup-stack.js';

const log = (line: string) => console.log(`[newsgraph] ${line}`);
const cleanup = createCleanupStack(log);
let stopping = false;

/**
 * Stops what was started, then exits. A second signal during the cleanup is ignored: Ctrl-C reaches this
 * process twice (from the terminal's process group and relayed by tsx), and exiting then would strand Neo4j.
 */
async function shutdown(code: number): Promise<void> {
  if (stopping) return;
  stopping = true;
  await cleanup.runAll();
  process.exit(code);
}

function buildAll(): void {
  log('Building (turbo, cached) ...');
  const result = spawnSync('npx', ['turbo', 'run', 'build', '--output-logs=errors-only'], {
    cwd: repoRoot,
    stdio: 'inherit',
    env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1', NEXT_TELEMETRY_DISABLED: '1' },
  });
  if (result.status !== 0) throw new Error('The build failed (see above).');
}

async function connectNeo4j(env: ReturnType<typeof readStartEnv>): Promise<Neo4jConnection> {
  if (env.neo4j.external) {
    log(`NEO4J_URI is set: using ${env.neo4j.external.uri}.`);
    await assertNeo4jReachable(env.neo4j.external);
    return env.neo4j.external;
  }
  const server = await startNeo4j({ homeDir: env.neo4j.homeDir, boltPort: env.neo4j.boltPort, log });
  if (!server.reused) cleanup.push('Neo4j', () => server.stop());
  return server.connection;
}

/**
 * Schema and seeds through a driver of their own with a generous transaction timeout: a cold Neo4j on a busy
 * laptop can take longer than the API's 10 s read timeout to build its indexes and take the first write.
 */
async function seedGraph(connection: Neo4jConnection, env: ReturnType<typeof readStartEnv>): Promise<void> {
  const graph = createGraph(connection, { queryTimeoutMs: 120_000 });
  try {
    await graph.applySchema();
    const seedsDir = isAbsolute(env.seedsDir) ? env.seedsDir : join(repoRoot, env.seedsDir);
    // The same reader, guard and limits as `npm run ingest`; uris (and ids) are relative to the repository.
    const maxTextBytes = parseByteSize(env.maxDocumentBytes);
    const documents = readInputs([seedsDir], {
      root: repoRoot,
      limits: createLimits(maxTextBytes ? { maxTextBytes } : {}),
    });
    const { progress, failures } = await ingestReadResults(documents, {
      ingest: (inputs) => graph.ingestTexts(inputs),
      concurrency: 1,
    });
    if (failures.length > 0)
      throw new Error(`Could not ingest ${failures.map((f) => `${f.file} (${f.message})`).join(', ')}.`);
    log(`Seeds: ${progress.done} articles from ${seedsDir} (${progress.changed} new or changed).`);
  } finally {
    await graph.close();
  }
}

async function main(): Promise<void> {
  process.on('SIGINT', () => void shutdown(0));
  process.on('SIGTERM', () => void shutdown(0));
  const env = readStartEnv();
  if (!env.skipBuild) buildAll();

  const connection = await connectNeo4j(env);
  await seedGraph(connection, env);
  const graph = createGraph(connection);
  cleanup.push('the Neo4j driver', () => graph.close());

  const explorerOrigin = `http://${env.explorerHost}:${env.explorerPort}`;
  const api = await startApi({
    graph,
    host: env.apiHost,
    port: env.apiPort,
    corsOrigins: [explorerOrigin],
    apiToken: env.apiToken,
  });
  cleanup.push('the API', () => api.close());

  const explorer = await startExplorerServer({
    host: env.explorerHost,
    port: env.explorerPort,
    apiUrl: api.graphqlUrl,
  });
  cleanup.push('the explorer', () => explorer.stop());

  console.log(
    [
      '',
      'Newsgraph is running:',
      `  Explorer  ${explorer.url}`,
      `  GraphQL   ${api.graphqlUrl}   (GraphiQL: ${explorer.url}/graphiql)`,
      `  Health    ${api.url}/health`,
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
