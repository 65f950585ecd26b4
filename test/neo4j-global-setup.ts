/**
 * Starts one throwaway Neo4j (own free port, temporary data folder) for the project's test files and stops it
 * afterwards. Test files get the connection with `inject('neo4j')` (see test/neo4j.ts). If Neo4j cannot start,
 * the run fails with the reason: integration tests are never silently skipped.
 */
import type { TestProject } from 'vitest/node';
import { startThrowawayNeo4j } from '@newsgraph/neo4j-local';
import './neo4j.js';

export default async function setup(project: TestProject) {
  const server = await startThrowawayNeo4j({ log: (line) => console.log(`[neo4j] ${line}`) });
  project.provide('neo4j', server.connection);
  project.provide('neo4jHome', server.homeDir);
  return async () => {
    await server.stop();
  };
}
