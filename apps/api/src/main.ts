import { createGraph, type Neo4jConnection } from '@newsgraph/graph';
import { getNeo4jStatus } from '@newsgraph/neo4j-local';
import { isFirstApiProcess, shouldSupervise, superviseWorkers } from './cluster.js';
import { readApiEnv } from './env.js';
import { startApi } from './start-api.js';

const announce = (url: string, detail = '') =>
  console.log(`Newsgraph API on ${url}/graphql (health: ${url}/health)${detail}`);

/**
 * Standalone API: `npm start -w @newsgraph/api`. Uses NEO4J_* or, when NEO4J_URI is unset, the developer Neo4j.
 * With API_WORKERS > 1 this process supervises that many API processes on the same port (cluster.ts).
 */
async function main(): Promise<void> {
  const env = readApiEnv();
  if (shouldSupervise(env.workers)) {
    superviseWorkers({
      workers: env.workers,
      onListening: ({ host, port }) =>
        announce(`http://${host.includes(':') ? `[${host}]` : host}:${port}`, `, ${env.workers} processes`),
    });
    return;
  }
  if (env.nodeEnv === 'production') {
    // tsx turns on source-mapped stack traces. neo4j-driver reads `new Error().stack` for every query it runs,
    // and mapping those frames cost ~5% of the API's CPU under load; production error logs can do without.
    process.setSourceMapsEnabled(false);
  }
  let connection: Neo4jConnection | null = env.neo4j;
  if (!connection) {
    const status = await getNeo4jStatus();
    if (!status.connection) {
      throw new Error(
        `NEO4J_URI is unset and the developer Neo4j is not running (${status.reason ?? 'unknown'}). Run: npm run db:start`,
      );
    }
    connection = status.connection;
  }
  const graph = createGraph(connection, { queryTimeoutMs: env.queryTimeoutMs });
  try {
    if (isFirstApiProcess()) await graph.applySchema();
  } catch (error) {
    console.warn(
      `Could not apply the graph schema yet (${error instanceof Error ? error.message : String(error)}); serving anyway.`,
    );
  }
  const api = await startApi({
    graph,
    host: env.host,
    port: env.port,
    documentLimits: env.documentLimits,
    corsOrigins: env.corsOrigins,
    apiToken: env.apiToken,
    introspection: env.introspection,
    maskErrors: env.nodeEnv !== 'development',
  });
  if (env.workers === 1) announce(api.url);
  let stopping = false;
  const shutdown = async () => {
    // A terminal's Ctrl-C reaches a cluster's workers twice: as SIGINT, then as the primary's SIGTERM.
    if (stopping) return;
    stopping = true;
    await api.close();
    await graph.close();
    process.exit(0);
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
