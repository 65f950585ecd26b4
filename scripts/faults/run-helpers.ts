import { spawn } from 'node:child_process';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { childEnv, findRepoRoot, type Neo4jConnection } from '@newsgraph/config';
import type { Outcome } from './load-client.js';

const root = findRepoRoot();

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
export const isOk = (o: Outcome) => o.status === 200 && !o.code && !o.error;
export const summarize = (outcomes: Outcome[]) =>
  Object.entries(
    outcomes.reduce<Record<string, number>>((acc, o) => {
      const key = o.error ?? `${o.status}${o.code ? ` ${o.code}` : ''}`;
      acc[key] = (acc[key] ?? 0) + 1;
      return acc;
    }, {}),
  )
    .map(([key, n]) => `${key}: ${n}`)
    .join(', ') || '—';

/** The compiled API in a session of its own, on `port` (health listener on `healthPort`), against `connection`; its output kept. */
export function startApi(connection: Neo4jConnection, port: number, healthPort: number) {
  let output = '';
  const child = spawn(process.execPath, ['--max-semi-space-size=64', join(root, 'apps/api/dist/main.js')], {
    env: childEnv({
      NODE_ENV: 'production',
      API_PORT: String(port),
      API_HEALTH_PORT: String(healthPort),
      NEO4J_URI: connection.uri,
      NEO4J_USERNAME: connection.user,
      NEO4J_PASSWORD: connection.password,
    }),
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true, // its own session, like a service: a fair CPU share apart from the load generator
  });
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return { child, url: `http://127.0.0.1:${port}`, healthUrl: `http://127.0.0.1:${healthPort}`, output: () => output };
}

export async function until(what: string, probe: () => Promise<boolean>, timeoutMs = 300_000): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  while (!(await probe().catch(() => false))) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await sleep(200);
  }
  return performance.now();
}

/** Cores and load average, for the machine line. */
export const machine = () =>
  `${availableParallelism()} cores, load average ${loadavg()
    .map((n) => n.toFixed(2))
    .join(' ')}`;
