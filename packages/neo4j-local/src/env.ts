import { defaultHomeDir } from './config.js';
import type { Neo4jConnection } from './connection.js';

/** The environment this package reads, in one place. */
export interface Neo4jLocalEnv {
  /** Set when the user runs their own Neo4j (Docker, Aura, a cluster): nothing is provisioned then. */
  external: Neo4jConnection | null;
  boltPort: number;
  homeDir: string;
}

/** Reads NEO4J_URI / NEO4J_USER / NEO4J_PASSWORD / NEO4J_BOLT_PORT / NEWSGRAPH_NEO4J_HOME. */
export function readNeo4jLocalEnv(env: NodeJS.ProcessEnv = process.env): Neo4jLocalEnv {
  const uri = env.NEO4J_URI?.trim();
  const boltPort = Number(env.NEO4J_BOLT_PORT ?? 7687);
  if (!Number.isInteger(boltPort) || boltPort < 1 || boltPort > 65535) {
    throw new Error(`NEO4J_BOLT_PORT must be a port number (1-65535), got "${env.NEO4J_BOLT_PORT}".`);
  }
  return {
    external: uri ? { uri, user: env.NEO4J_USER ?? 'neo4j', password: env.NEO4J_PASSWORD ?? '' } : null,
    boltPort,
    homeDir: env.NEWSGRAPH_NEO4J_HOME ?? defaultHomeDir,
  };
}
