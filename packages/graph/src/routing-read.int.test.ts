import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getTestNeo4j, TEST_QUERY_TIMEOUT_MS } from '../../../test/neo4j.js';
import { createGraph, type Graph } from './graph.js';
import { GraphError } from './errors.js';

let graph: Graph;

beforeAll(() => {
  // neo4j:// is how a cluster or Aura is reached: the driver fetches a routing table and sends READ sessions to
  // readers. The local single server is its own routing table, so the same code path runs here.
  const connection = getTestNeo4j();
  graph = createGraph(
    { ...connection, uri: connection.uri.replace(/^bolt:/, 'neo4j:') },
    { queryTimeoutMs: TEST_QUERY_TIMEOUT_MS },
  );
});
afterAll(async () => {
  await graph?.close();
});

describe('reads through a routing driver (neo4j://)', () => {
  it('answers reads, in READ access mode: the server refuses a write sent as a read', async () => {
    const [row] = await graph.executor.read<{ one: number }>({ cypher: 'RETURN 1 AS one', params: {} });
    expect(row!.one).toBe(1);
    const error = await graph.executor
      .read({ cypher: 'CREATE (:RoutingProbe) RETURN 1 AS one', params: {} })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(GraphError);
    expect((error as GraphError).cause).toMatchObject({ code: 'Neo.ClientError.Statement.AccessMode' });
    const [left] = await graph.executor.read<{ n: number }>({
      cypher: 'MATCH (p:RoutingProbe) RETURN count(p) AS n',
      params: {},
    });
    expect(left!.n).toBe(0);
  });
});
