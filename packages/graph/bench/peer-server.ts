/**
 * `tsx bench/peer-server.ts`: serves PEER_TYPE_DEFS with @neo4j/graphql on Apollo Server, as its documentation
 * sets it up. It reads the API's own variables (@newsgraph/config): API_HOST and API_PORT to listen on, API_WORKERS
 * processes (node:cluster, as the API forks its workers), NEO4J_URI / NEO4J_USERNAME / NEO4J_PASSWORD for the graph.
 * Started by peer-process.ts.
 */
import cluster from 'node:cluster';
import { availableParallelism } from 'node:os';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { Neo4jGraphQL } from '@neo4j/graphql';
import neo4j from 'neo4j-driver';
import { getConfig } from '@newsgraph/config';
import { PEER_TYPE_DEFS } from './peer-schema.js';

const config = getConfig();
const workers = config.api.workers === 'auto' ? availableParallelism() : config.api.workers;
const connection = config.neo4j.external;
if (!connection) throw new Error('peer-server: NEO4J_URI is not set');

if (cluster.isPrimary && workers > 1) {
  for (let i = 0; i < workers; i++) cluster.fork();
  process.once('SIGTERM', () => {
    for (const worker of Object.values(cluster.workers ?? {})) worker?.kill('SIGTERM');
    process.exit(0);
  });
} else {
  const driver = neo4j.driver(connection.uri, neo4j.auth.basic(connection.user, connection.password));
  const schema = await new Neo4jGraphQL({ typeDefs: PEER_TYPE_DEFS, driver }).getSchema();
  const server = new ApolloServer({ schema });
  await startStandaloneServer(server, { listen: { host: config.api.host, port: config.api.port } });
  process.once(
    'SIGTERM',
    () =>
      void server
        .stop()
        .then(() => driver.close())
        .then(() => process.exit(0)),
  );
}
