import { createGraph, type Neo4jConnection } from '@newsgraph/graph';
import { getNeo4jStatus } from '@newsgraph/neo4j-local';
import { readApiEnv } from './env.js';
import { startApi } from './start-api.js';

/** Standalone API: `npm start -w @newsgraph/api`. Uses NEO4J_* or, when NEO4J_URI is unset, the developer Neo4j. */
async function main(): Promise<void> {
  const env = readApiEnv();
  if (env.nodeEnv === 'production') {
    // tsx turns on source-mapped stack traces. neo4j-driver reads `new Error().stack` for every query it runs,
    // and mapping those frames cost ~5% of the API's CPU under load; production error logs can do without.
    process.setSourceMapsEnabled(false);
  }
  let connection: Neo4jConnection | null = env.neo4j;
  if (!connection) {
    const status = await getNeo4jStatus();
    if (!status.connection) {
      throw new Error(`NEO4J_URI is unset and the developer Neo4j is not running (${status.reason ?? 'unknown'}). Run: npm run db:start`);
    }
    connection = status.connection;
  }
  const graph = createGraph(connection, { queryTimeoutMs: env.queryTimeoutMs });
  try {
    await graph.applySchema();
  } catch (error) {
    console.warn(`Could not apply the graph schema yet (${error instanceof Error ? error.message : String(error)}); serving anyway.`);
  }
  const api = await startApi({
    graph,
    host: env.host,
    port: env.port,
    corsOrigins: env.corsOrigins,
    apiToken: env.apiToken,
    introspection: env.introspection,
    maskErrors: env.nodeEnv !== 'development',
  });
  console.log(`Newsgraph API on ${api.graphqlUrl} (health: ${api.url}/health)`);
  const shutdown = async () => {
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
