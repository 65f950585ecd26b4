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
