import { inject } from 'vitest';
import type { Neo4jConnection } from '@newsgraph/neo4j-local';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: Neo4jConnection;
    neo4jHome: string;
  }
}

/** The throwaway Neo4j started for this test run by test/neo4j-global-setup.ts. */
export function getTestNeo4j(): Neo4jConnection {
  return inject('neo4j');
}

/** The home folder of that server (as `NEWSGRAPH_NEO4J_HOME` would name it). */
export function getTestNeo4jHome(): string {
  return inject('neo4jHome');
}

/**
 * Transaction timeout for tests that ingest: a cold Neo4j JIT-compiles the first ingest statements, which can take
 * longer than the API's 10 s default on a busy 2-core machine. Timeouts under test keep their own small values.
 */
export const TEST_QUERY_TIMEOUT_MS = 60_000;
