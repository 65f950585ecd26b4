import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, beforeAll, expect } from 'vitest';
import { getTestNeo4j, TEST_QUERY_TIMEOUT_MS } from '../../../../test/neo4j.js';
import { createGraph, type Graph } from '../graph.js';
import type { ExtractedDocument } from '../ingest/ingest-document.js';

/** The graph of a test file and a driver of its own for checks in plain Cypher; set once `beforeAll` has run. */
export interface TestGraph {
  graph: Graph;
  driver: Driver;
}

/**
 * For an integration test file: a graph on the run's throwaway Neo4j, emptied and with the schema applied before
 * the file's tests (hooks registered after this one run after it), both closed after them.
 */
export function useTestGraph(): TestGraph {
  const handle = {} as TestGraph;
  beforeAll(async () => {
    const connection = getTestNeo4j();
    handle.graph = createGraph(connection, { queryTimeoutMs: TEST_QUERY_TIMEOUT_MS });
    handle.driver = neo4j.driver(connection.uri, neo4j.auth.basic(connection.user, connection.password));
    await handle.graph.deleteAll();
    await handle.graph.applySchema();
  });
  afterAll(async () => {
    await handle.driver?.close();
    await handle.graph?.close();
  });
  return handle;
}

/** Writes documents in batches of 20, four transactions at a time (as `npm run ingest`); none may fail. */
export async function ingestConcurrently(graph: Graph, docs: readonly ExtractedDocument[]): Promise<void> {
  const batches = Array.from({ length: Math.ceil(docs.length / 20) }, (_, i) => docs.slice(i * 20, i * 20 + 20));
  const results = (await Promise.all(batches.map((batch) => graph.ingestDocuments(batch)))).flat();
  expect(results.filter((result) => !result.ok)).toEqual([]);
}
