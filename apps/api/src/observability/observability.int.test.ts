import { PassThrough } from 'node:stream';
import parsePrometheusTextFormat, { type ParsedFamily } from 'parse-prometheus-text-format';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGraph, type Graph } from '@newsgraph/graph';
import { getTestNeo4j, TEST_QUERY_TIMEOUT_MS } from '../../../../test/neo4j.js';
import { startApi, type RunningApi } from '../start-api.js';
import { postGraphQL } from '../testing/api-client.js';
import { seedGraph } from '../testing/seed-graph.js';
import { createLogger } from '@newsgraph/process-tools';

const TOKEN = 'test-token-observability-0123';
const SECRET = 'do-not-log-this-variable-4711';
let graph: Graph;
let api: RunningApi;
const lines: string[] = [];

beforeAll(async () => {
  graph = createGraph(getTestNeo4j(), { queryTimeoutMs: TEST_QUERY_TIMEOUT_MS });
  await seedGraph(graph);
  const stream = new PassThrough();
  stream.on('data', (chunk: Buffer) => lines.push(...chunk.toString().split('\n').filter(Boolean)));
  api = await startApi({
    graph,
    port: 0,
    apiToken: TOKEN,
    logger: createLogger({ destination: stream }),
    log: () => {},
    maxOperationLabels: 3,
  });
});
afterAll(async () => {
  await api?.close();
  await graph?.close();
});

/** The lines logged for one request id (waits a moment: the line is written as the response goes out). */
async function linesFor(reqId: string): Promise<Array<Record<string, unknown>>> {
  await new Promise((resolve) => setTimeout(resolve, 50));
  return lines.filter((line) => line.includes(reqId)).map((line) => JSON.parse(line) as Record<string, unknown>);
}

/** The metrics as parsed families (throws on a line that is not Prometheus text format) and the raw text. */
async function scrape(): Promise<Map<string, ParsedFamily> & { text: string }> {
  const response = await fetch(`${api.url}/metrics`);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
  const text = await response.text();
  const families = new Map(parsePrometheusTextFormat(text).map((family) => [family.name, family]));
  return Object.assign(families, { text });
}

function counterValue(families: Map<string, ParsedFamily>, name: string, labels: Record<string, string>): number {
  const sample = families
    .get(name)
    ?.metrics.find((m) => Object.entries(labels).every(([key, value]) => m.labels?.[key] === value));
  return Number(sample?.value ?? 0);
}

describe('request logs', () => {
  it('writes one JSON line per GraphQL request with its id, operation, duration and outcome, never variables or tokens', async () => {
    const response = await postGraphQL(
      api.graphqlUrl,
      'query FindCompany($q: String!) { search(query: $q, first: 2) { id } }',
      { q: SECRET },
      { authorization: `Bearer ${TOKEN}` },
    );
    expect(response.status).toBe(200);
    const reqId = response.headers.get('x-request-id');
    expect(reqId).toMatch(/^[0-9a-f-]{36}$/);
    const logged = await linesFor(reqId!);
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatchObject({ level: 'info', reqId, operationName: 'FindCompany', outcome: 'ok', status: 200 });
    expect(typeof logged[0]!.time).toBe('number');
    expect(logged[0]!.durationMs).toBeGreaterThan(0);
    expect(lines.join('\n')).not.toContain(SECRET);
    expect(lines.join('\n')).not.toContain(TOKEN);
  });

  it("keeps a caller's plain X-Request-Id and logs the error code of a failed request", async () => {
    const response = await postGraphQL(api.graphqlUrl, 'query Broken { nope }', {}, { 'x-request-id': 'proxy-42' });
    expect(response.status).toBe(400);
    expect(response.headers.get('x-request-id')).toBe('proxy-42');
    const logged = await linesFor('proxy-42');
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatchObject({ operationName: 'Broken', outcome: 'GRAPHQL_VALIDATION_FAILED', status: 400 });
  });
});

describe('/metrics', () => {
  it('parses as Prometheus text and counts requests by operation and outcome', async () => {
    const before = await scrape();
    for (let i = 0; i < 3; i++)
      await postGraphQL(api.graphqlUrl, 'query Counted { search(query: "x", first: 1) { id } }');
    const after = await scrape();
    const labels = { operation: 'Counted', outcome: 'ok' };
    expect(counterValue(after, 'newsgraph_graphql_requests_total', labels)).toBe(
      counterValue(before, 'newsgraph_graphql_requests_total', labels) + 3,
    );
    const histogram = after.get('newsgraph_graphql_request_duration_seconds');
    expect(histogram?.type).toBe('HISTOGRAM');
    // The parser folds labelled histogram series into one, so the per-operation count is read from the text.
    const count = /^newsgraph_graphql_request_duration_seconds_count\{operation="Counted"\} (\d+)$/m.exec(after.text);
    expect(Number(count?.[1])).toBe(3);
    expect(counterValue(after, 'newsgraph_neo4j_up', {})).toBe(1);
    expect(after.get('newsgraph_neo4j_pool_connections_max')?.metrics[0]?.value).toBe('64');
    expect(after.has('newsgraph_process_resident_memory_bytes')).toBe(true);
  });

  it('collapses operation names past the cap into "other" (bounded label values)', async () => {
    for (const name of ['First', 'Second', 'Third', 'Fourth']) {
      await postGraphQL(api.graphqlUrl, `query ${name} { search(query: "x", first: 1) { id } }`);
    }
    const operations = new Set(
      (await scrape()).get('newsgraph_graphql_requests_total')?.metrics.map((m) => m.labels?.operation),
    );
    // The cap is 3 here and FindCompany, Broken and Counted came first: every later name is "other".
    expect(operations).toContain('other');
    expect(operations).not.toContain('Third');
    expect(operations.size).toBeLessThanOrEqual(4);
  });

  it('counts ingested articles by result', async () => {
    const ingest = 'mutation($input: DocumentInput!) { ingestDocument(input: $input) { changed } }';
    const input = { text: 'Initech is cutting 300 jobs, CEO Bill Lumbergh said.', uri: 'test://observability' };
    const auth = { authorization: `Bearer ${TOKEN}` };
    const before = await scrape();
    await postGraphQL(api.graphqlUrl, ingest, { input }, auth);
    await postGraphQL(api.graphqlUrl, ingest, { input }, auth);
    const after = await scrape();
    const delta = (result: string) =>
      counterValue(after, 'newsgraph_ingest_articles_total', { result }) -
      counterValue(before, 'newsgraph_ingest_articles_total', { result });
    expect(delta('ingested') + delta('unchanged')).toBe(2);
    expect(delta('unchanged')).toBeGreaterThanOrEqual(1);
  });

  it('answers only allowed Hosts', async () => {
    const { request } = await import('node:http');
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(`${api.url}/metrics`, { headers: { host: 'evil.example' } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', reject);
      req.end();
    });
    expect(status).toBe(403);
  });
});
