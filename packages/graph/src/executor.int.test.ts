import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getTestNeo4j } from '../../../test/neo4j.js';
import { GraphErrorCode } from './errors.js';
import { createGraph, type Graph } from './graph.js';

let graph: Graph;
const seen: string[] = [];

beforeAll(() => {
  graph = createGraph(getTestNeo4j(), { queryTimeoutMs: 300, onQuery: (cypher) => seen.push(cypher) });
});
afterAll(() => graph.close());

describe('executor', () => {
  it('aborts a statement that runs past queryTimeoutMs with GraphError TIMEOUT', async () => {
    const slow = { cypher: 'UNWIND range(1, 500000000) AS x WITH x WHERE x = -1 RETURN count(x) AS n', params: {} };
    const started = Date.now();
    await expect(graph.executor.read(slow)).rejects.toMatchObject({ name: 'GraphError', code: GraphErrorCode.TIMEOUT });
    expect(Date.now() - started).toBeLessThan(20_000);
  });

  it('gives a failed read an error with a stack trace for the logs, and leaves stack traces on afterwards', async () => {
    const error = (await graph.executor.read({ cypher: 'RETURN 1 +', params: {} }).catch((e: unknown) => e)) as Error;
    expect(error).toMatchObject({ name: 'GraphError', code: GraphErrorCode.INTERNAL });
    expect(error.stack).toMatch(/GraphError: Unexpected database error\.\n\s+at /);
    expect((error.cause as Error).message).toMatch(/Invalid input/);
    expect(new Error('later').stack).toMatch(/\n\s+at /);
  });

  it('reports every statement to onQuery and returns integers as numbers', async () => {
    seen.length = 0;
    const rows = await graph.executor.read<{ n: number }>({ cypher: 'RETURN $n + 1 AS n', params: { n: 41 } });
    expect(rows).toEqual([{ n: 42 }]);
    expect(seen).toEqual(['RETURN $n + 1 AS n']);
  });

  it('maps an unreachable server to GraphError UNAVAILABLE without leaking the URL', async () => {
    const nowhere = createGraph({ uri: 'bolt://127.0.0.1:1', user: 'neo4j', password: 'x' });
    try {
      const error = await nowhere.ping().catch((e: unknown) => e);
      expect(error).toMatchObject({ code: GraphErrorCode.UNAVAILABLE, message: 'Neo4j is unreachable.' });
    } finally {
      await nowhere.close();
    }
  });
});
