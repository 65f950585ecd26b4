import { inject } from 'vitest';
import type { Neo4jConnection } from '@newsgraph/neo4j-local';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: Neo4jConnection;
  }
}

/** The throwaway Neo4j started for this test run by test/neo4j-global-setup.ts. */
export function getTestNeo4j(): Neo4jConnection {
  return inject('neo4j');
}
