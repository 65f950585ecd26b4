import { availableParallelism } from 'node:os';
import { getConfig } from '@newsgraph/config';
import { createLimits } from '@newsgraph/documents';
import { createGraph } from '@newsgraph/graph';
import { resolveNeo4jConnection } from '@newsgraph/neo4j-local';
import { isFirstApiProcess, shouldSupervise, superviseWorkers } from './cluster.js';
import { createLogger, isPrettyByDefault } from '@newsgraph/process-tools';
import { startHealthListener, type HealthListener } from './health/health-listener.js';
import { startApi } from './start-api.js';

/**
 * Standalone API: `npm start -w @newsgraph/api`. Uses NEO4J_* or, when NEO4J_URI is unset, the developer Neo4j.
 * With API_WORKERS > 1 this process supervises that many API processes on the same port (cluster.ts).
 */
async function main(): Promise<void> {
  const config = getConfig();
  const env = config.api;
  // JSON lines on stdout (pretty in development on a terminal); `npm start` and the tests read "Newsgraph API on".
  const logger = createLogger({ name: 'api', level: config.logLevel, pretty: isPrettyByDefault(config.nodeEnv) });
  // The start-up lines are written at any LOG_LEVEL: `npm start`, the tests and supervisors wait for "Newsgraph API on".
  const startup = logger.child({}, { level: 'info' });
  const announce = (url: string, detail = '') =>
    startup.info(`Newsgraph API on ${url}/graphql (health: ${url}/health, metrics: ${url}/metrics)${detail}`);
  const workers = env.workers === 'auto' ? availableParallelism() : env.workers;
  if (shouldSupervise(workers)) {
    superviseWorkers({
      workers,
      log: (line) => logger.warn(line),
      onListening: ({ host, port }) =>
        announce(`http://${host.includes(':') ? `[${host}]` : host}:${port}`, `, ${workers} processes`),
    });
    return;
  }
  if (config.nodeEnv === 'production') {
    // tsx turns on source-mapped stack traces. neo4j-driver reads `new Error().stack` for every query it runs,
    // and mapping those frames cost ~5% of the API's CPU under load; production error logs can do without.
    process.setSourceMapsEnabled(false);
  }
  const connection = await resolveNeo4jConnection(config.neo4j);
  const graph = createGraph(connection, { queryTimeoutMs: config.neo4j.queryTimeoutMs });
  try {
    if (isFirstApiProcess()) await graph.applySchema();
  } catch (error) {
    logger.warn({ err: error }, 'Could not apply the graph schema yet; serving anyway.');
  }
  const api = await startApi({
    graph,
    logger,
    host: env.host,
    port: env.port,
    documentLimits: createLimits({ maxTextBytes: config.documents.maxTextBytes }),
    corsOrigins: env.corsOrigins,
    apiToken: env.token,
    introspection: env.introspection,
    maskErrors: config.nodeEnv !== 'development',
    allowedHosts: env.allowedHosts,
    shutdownGraceMs: env.shutdownGraceMs,
    cacheMaxAgeSeconds: env.cacheMaxAgeSeconds,
    extractionTimeoutMs: env.extractionTimeoutMs,
    limits: { requestTimeoutMs: env.requestTimeoutMs, maxResponseBytes: env.maxResponseBytes },
  });
  // The health listener on a thread of its own (API_HEALTH_PORT; one per instance: a cluster's first worker).
  let health: HealthListener | null = null;
  if (env.healthPort !== undefined && isFirstApiProcess()) {
    health = await startHealthListener({
      host: env.host,
      port: env.healthPort,
      connection,
      maxLagMs: env.healthMaxLagMs,
    });
  }
  const healthLine = health ? `; health listener on ${health.url} (/livez, /readyz, /health)` : '';
  if (workers === 1) announce(api.url, healthLine);
  else if (health) startup.info(`API worker${healthLine}`);
  // What this process took from its environment, for operators (and for the test that npm start passes it all on).
  startup.info(
    `API settings: NODE_ENV ${config.nodeEnv}, introspection ${env.introspection ? 'on' : 'off'}, ` +
      `Neo4j query timeout ${config.neo4j.queryTimeoutMs} ms, CORS ${env.corsOrigins.join(' ')}, ` +
      `hosts ${env.allowedHosts.join(' ')}, mutations ${env.token ? 'on (token set)' : 'off'}, ` +
      `request budget ${env.requestTimeoutMs} ms / ${env.maxResponseBytes} bytes, ` +
      `extraction budget ${env.extractionTimeoutMs} ms, document limit ${config.documents.maxTextBytes} bytes, ` +
      `drain ${env.shutdownGraceMs} ms, GET cache max-age ${env.cacheMaxAgeSeconds} s`,
  );
  let stopping = false;
  const shutdown = async () => {
    // A terminal's Ctrl-C reaches a cluster's workers twice: as SIGINT, then as the primary's SIGTERM.
    if (stopping) return;
    stopping = true;
    health?.setDraining();
    await api.close();
    await graph.close();
    await health?.close();
    process.exit(0);
  };
  const onSignal = () => {
    shutdown().catch((error: unknown) => {
      logger.error({ err: error }, 'Shutdown failed');
      process.exit(1);
    });
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
}

// Start-up failures (bad configuration, port taken, Neo4j unreachable) are for the person starting the API: plain
// text on stderr, as the CLIs do.
main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
