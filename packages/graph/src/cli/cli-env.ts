import type { Neo4jConnection } from '../connection.js';

/** The graph package's CLI configuration; the only place in packages/graph that reads `process.env`. */
export interface GraphCliEnv {
  /** Null when NEO4J_URI is unset: use the developer Neo4j (`npm run db:start`). */
  neo4j: Neo4jConnection | null;
  queryTimeoutMs: number;
  /** Where relative paths are resolved: npm's INIT_CWD (the caller's folder, since `npm run -w` changes directory). */
  cwd: string;
  /** NEWSGRAPH_MAX_DOCUMENT_BYTES as given (parsed by the reader), or undefined. */
  maxDocumentBytes: string | undefined;
}

/** Reads NEO4J_URI / NEO4J_USER / NEO4J_PASSWORD / NEO4J_QUERY_TIMEOUT_MS / NEWSGRAPH_MAX_DOCUMENT_BYTES. */
export function readGraphCliEnv(env: NodeJS.ProcessEnv = process.env): GraphCliEnv {
  const timeout = Number(env.NEO4J_QUERY_TIMEOUT_MS || 30_000);
  if (!Number.isInteger(timeout) || timeout <= 0)
    throw new Error(`NEO4J_QUERY_TIMEOUT_MS must be a positive integer (got ${env.NEO4J_QUERY_TIMEOUT_MS}).`);
  return {
    neo4j: env.NEO4J_URI
      ? { uri: env.NEO4J_URI, user: env.NEO4J_USER || 'neo4j', password: env.NEO4J_PASSWORD ?? '' }
      : null,
    queryTimeoutMs: timeout,
    cwd: env.INIT_CWD || process.cwd(),
    maxDocumentBytes: env.NEWSGRAPH_MAX_DOCUMENT_BYTES,
  };
}
