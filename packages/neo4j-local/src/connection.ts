import neo4j from 'neo4j-driver';
import type { Neo4jConnection } from '@newsgraph/config';
import { Neo4jLocalError } from './errors.js';

export type { Neo4jConnection } from '@newsgraph/config';

/** Resolves when `RETURN 1` succeeds on the server; rejects with the driver's reason otherwise. */
export async function pingNeo4j(connection: Neo4jConnection, timeoutMs = 5000): Promise<void> {
  const driver = neo4j.driver(connection.uri, neo4j.auth.basic(connection.user, connection.password), {
    connectionTimeout: timeoutMs,
    maxConnectionPoolSize: 1,
    logging: { level: 'error', logger: () => {} },
  });
  // A plain session.run: executeQuery would retry connection errors for up to 30 s.
  const session = driver.session(connection.database ? { database: connection.database } : {});
  try {
    await session.run('RETURN 1', {}, { timeout: timeoutMs });
  } finally {
    await session.close();
    await driver.close();
  }
}

/** Fails with a message naming the URI and the fix when the server at NEO4J_URI cannot be reached. */
export async function assertNeo4jReachable(connection: Neo4jConnection): Promise<void> {
  try {
    await pingNeo4j(connection);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Neo4jLocalError(
      'UNREACHABLE',
      `Cannot reach Neo4j at ${connection.uri} as user "${connection.user}": ${reason}\n` +
        'Fix: check that the server is running and NEO4J_URI / NEO4J_USERNAME / NEO4J_PASSWORD (and NEO4J_DATABASE) are right, ' +
        'or unset NEO4J_URI to let Newsgraph start its own local Neo4j.',
    );
  }
}
