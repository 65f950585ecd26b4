/**
 * The health listener on its own thread (issue 16: /health within 200 ms under saturating load). Its answers do not
 * need the API's event loop: with that loop blocked, it still answers, and says the loop is stalled.
 */
import { spawnSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { findFreePort } from '@newsgraph/process-tools';
import { getTestNeo4j } from '../../../../test/neo4j.js';
import { startApiProcess, type ApiProcess } from '../../../../test/api-process.js';
import { startHealthListener, type HealthListener } from './health-listener.js';

const opened: HealthListener[] = [];
let api: ApiProcess | undefined;
afterAll(async () => {
  await Promise.all(opened.map((listener) => listener.close()));
  await api?.kill('SIGKILL');
});

const get = async (url: string) => {
  const response = await fetch(url, { signal: AbortSignal.timeout(5_000) });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
};

/** Polls `url` until it answers `status` (the first Neo4j probe runs in the background). */
async function until(url: string, status: number) {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const answer = await get(url);
    if (answer.status === status || Date.now() > deadline) return answer;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('the health listener', () => {
  it('is ready when Neo4j answers, and not ready (still live) while the API drains', async () => {
    const health = await startHealthListener({ port: 0, connection: getTestNeo4j() });
    opened.push(health);
    expect(await until(`${health.url}/readyz`, 200)).toMatchObject({
      status: 200,
      body: { status: 'ok', neo4j: 'reachable' },
    });
    expect((await get(`${health.url}/health`)).status).toBe(200);
    expect(await get(`${health.url}/livez`)).toMatchObject({ status: 200, body: { status: 'ok' } });
    health.setDraining();
    expect(await get(`${health.url}/readyz`)).toMatchObject({
      status: 503,
      body: { reason: 'draining (shutting down)' },
    });
    expect((await get(`${health.url}/livez`)).status).toBe(200);
  });

  it('answers while the event loop is blocked, and reports it stalled', async () => {
    const health = await startHealthListener({ port: 0, connection: getTestNeo4j(), maxLagMs: 200 });
    opened.push(health);
    await until(`${health.url}/readyz`, 200);
    // spawnSync blocks this thread's event loop; curl asks the listener after 0.7 s of it.
    const curl = spawnSync(
      'sh',
      ['-c', `sleep 0.7; curl -s --max-time 2 -w ' %{http_code}' ${health.url}/livez ${health.url}/readyz`],
      { encoding: 'utf8' },
    );
    expect(curl.status).toBe(0);
    expect(curl.stdout).toMatch(/"status":"stalled".* 503.*"status":"unavailable".*event loop behind by \d+ ms.* 503/);
    // Once the loop runs again, so do its heartbeats.
    expect((await until(`${health.url}/livez`, 200)).status).toBe(200);
  });

  it('says Neo4j is unreachable, and stays live, when nothing answers on its port', async () => {
    const port = await findFreePort();
    const health = await startHealthListener({
      port: 0,
      connection: { uri: `bolt://127.0.0.1:${port}`, user: 'neo4j', password: 'x' },
    });
    opened.push(health);
    const ready = await until(`${health.url}/readyz`, 503);
    expect(ready).toMatchObject({ status: 503, body: { status: 'unavailable', neo4j: 'unreachable' } });
    expect(String(ready.body.reason)).toMatch(/UNAVAILABLE|TIMEOUT|no Neo4j probe/);
    expect((await get(`${health.url}/livez`)).status).toBe(200);
  });

  it('refuses a port already taken', async () => {
    const health = await startHealthListener({ port: 0, connection: getTestNeo4j() });
    opened.push(health);
    const port = Number(new URL(health.url).port);
    await expect(startHealthListener({ port, connection: getTestNeo4j() })).rejects.toThrow(/EADDRINUSE/);
  });

  it('is started by the API when API_HEALTH_PORT is set, beside /health on the main port', async () => {
    const port = await findFreePort();
    api = await startApiProcess(getTestNeo4j(), { API_HEALTH_PORT: String(port), LOG_LEVEL: 'info' });
    expect(api.output()).toContain(`health listener on http://127.0.0.1:${port}`);
    expect((await until(`http://127.0.0.1:${port}/readyz`, 200)).status).toBe(200);
    expect((await get(`${api.url}/health`)).status).toBe(200);
    expect((await get(`http://127.0.0.1:${port}/graphql`)).status).toBe(404);
  });
});
