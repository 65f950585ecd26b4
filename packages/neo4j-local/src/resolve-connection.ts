import { getConfig, type NewsgraphConfig, type Neo4jConnection } from '@newsgraph/config';
import { Neo4jLocalError } from './errors.js';
import { getNeo4jStatus } from './server.js';

/**
 * The Neo4j every entry point uses (the API, `npm run ingest`, `npm start` once its server is up): NEO4J_URI when
 * set, else the local server running in NEWSGRAPH_NEO4J_HOME on NEO4J_BOLT_PORT. Refuses — rather than writing to
 * another server — when the local server is not running or listens on another port than the one configured.
 */
export async function resolveNeo4jConnection(
  config: NewsgraphConfig['neo4j'] = getConfig().neo4j,
): Promise<Neo4jConnection> {
  if (config.external) return config.external;
  const status = await getNeo4jStatus(config.homeDir);
  if (!status.running || !status.connection) {
    throw new Neo4jLocalError(
      'NOT_RUNNING',
      `NEO4J_URI is unset and no local Neo4j runs in ${config.homeDir} (${status.reason ?? 'unknown'}). ` +
        'Start it with: npm run db:start (same NEWSGRAPH_NEO4J_HOME and NEO4J_BOLT_PORT), or set NEO4J_URI.',
    );
  }
  const port = Number(new URL(status.connection.uri.replace(/^bolt/, 'http')).port);
  if (port !== config.boltPort) {
    throw new Neo4jLocalError(
      'PORT_MISMATCH',
      `The local Neo4j in ${config.homeDir} listens on ${port}, but NEO4J_BOLT_PORT is ${config.boltPort}. ` +
        'Set NEO4J_BOLT_PORT to the port it runs on, or restart it (npm run db:stop; npm run db:start).',
    );
  }
  return { ...status.connection, ...(config.database ? { database: config.database } : {}) };
}
