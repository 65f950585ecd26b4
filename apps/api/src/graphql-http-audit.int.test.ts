import { serverAudits } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGraph, type Graph } from '@newsgraph/graph';
import { getTestNeo4j, TEST_QUERY_TIMEOUT_MS } from '../../../test/neo4j.js';
import { startApi, type RunningApi } from './start-api.js';

let graph: Graph;
let api: RunningApi;

beforeAll(async () => {
  graph = createGraph(getTestNeo4j(), { queryTimeoutMs: TEST_QUERY_TIMEOUT_MS });
  api = await startApi({ graph, port: 0, log: () => {} });
});
afterAll(async () => {
  await api?.close();
  await graph?.close();
});

describe('GraphQL over HTTP conformance (graphql-http serverAudits)', () => {
  const audits = serverAudits({ url: () => api.graphqlUrl });
  for (const audit of audits.filter((a) => a.name.startsWith('MUST'))) {
    it(audit.name, async () => {
      const result = await audit.fn();
      expect(result.status, result.status === 'ok' ? '' : `${result.reason}`).toBe('ok');
    });
  }
});
