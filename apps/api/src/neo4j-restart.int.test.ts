import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGraph, type Graph } from '@newsgraph/graph';
import { startNeo4j, stopNeo4j, testMemory } from '@newsgraph/neo4j-local';
import { findFreePort } from '@newsgraph/process-tools';
import { startApi, type RunningApi } from './start-api.js';
import { postGraphQL } from './testing/api-client.js';

// A Neo4j of this file's own (the shared test server must stay up for the other files): stopped and
// started again on the same home and port while the API keeps running.
const homeDir = mkdtempSync(join(tmpdir(), 'newsgraph-restart-'));
let boltPort: number;
let graph: Graph;
let api: RunningApi;
const logged: string[] = [];

const health = async () => {
  const response = await fetch(`${api.url}/health`);
  return { status: response.status, body: (await response.json()) as Record<string, string> };
};
const stats = () => postGraphQL(api.graphqlUrl, `{ stats { counts { type count } } }`);

beforeAll(async () => {
  boltPort = await findFreePort();
  const server = await startNeo4j({ homeDir, boltPort, memory: testMemory });
  graph = createGraph(server.connection);
  await graph.applySchema();
  api = await startApi({ graph, port: 0, log: (line) => logged.push(line) });
});
afterAll(async () => {
  await api?.close();
  await graph?.close();
  await stopNeo4j(homeDir);
  rmSync(homeDir, { recursive: true, force: true });
});

describe('Neo4j restarts under a running API', () => {
  it('serves while Neo4j is up, answers 503 and a clean error while it is down, and recovers by itself', async () => {
    expect((await health()).status).toBe(200);
    expect((await stats()).errors).toBeUndefined();

    await stopNeo4j(homeDir);
    const down = await health();
    expect(down.status).toBe(503);
    expect(down.body).toMatchObject({ status: 'unavailable', neo4j: 'unreachable' });
    expect(down.body.reason).toMatch(/UNAVAILABLE/);
    expect(down.body.reason).not.toMatch(/bolt:/);
    const failed = await stats();
    expect(failed.status).toBe(503);
    expect(failed.headers.get('retry-after')).toBe('5');
    expect(failed.errors![0]).toMatchObject({
      message: 'Neo4j is unreachable.',
      extensions: { code: 'SERVICE_UNAVAILABLE' },
    });
    expect(failed.raw).not.toMatch(/bolt:|127\.0\.0\.1|stack/);
    // Every request during the outage is a 503, and the log says so once, not once per request with a stack.
    for (const answer of await Promise.all(Array.from({ length: 20 }, stats))) expect(answer.status).toBe(503);
    expect(logged.filter((line) => /unreachable/.test(line))).toHaveLength(1);
    expect(logged.join('\n')).not.toMatch(/\n\s+at /);

    await startNeo4j({ homeDir, boltPort, memory: testMemory });
    let recovered = await health();
    for (let i = 0; i < 20 && recovered.status !== 200; i++) {
      await new Promise((resolve) => setTimeout(resolve, 500));
      recovered = await health();
    }
    expect(recovered).toEqual({ status: 200, body: { status: 'ok', neo4j: 'reachable' } });
    expect((await stats()).errors).toBeUndefined();
    expect(logged.filter((line) => /reachable again/.test(line))).toHaveLength(1);
  }, 240_000);
});
