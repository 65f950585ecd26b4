import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer, request } from 'node:http';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { findFreePort } from '@newsgraph/process-tools';
import { getTestNeo4j } from '../../../test/neo4j.js';

const mainScript = fileURLToPath(new URL('./main.ts', import.meta.url));
const running: ChildProcess[] = [];

/** Starts `main.ts` as users do (`API_WORKERS=2 npm start -w @newsgraph/api`) and collects its output. */
function startMain(env: Record<string, string>) {
  const neo4j = getTestNeo4j();
  const child = spawn(process.execPath, ['--import', 'tsx', mainScript], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      NEO4J_URI: neo4j.uri,
      NEO4J_USER: neo4j.user,
      NEO4J_PASSWORD: neo4j.password,
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.push(child);
  const output = { stdout: '', stderr: '' };
  child.stdout.on('data', (chunk) => (output.stdout += chunk));
  child.stderr.on('data', (chunk) => (output.stderr += chunk));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, output, exited };
}

async function waitFor<T>(what: string, probe: () => T | undefined | false, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const childPids = (pid: number): number[] => {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {
    return [];
  }
};

/** One GraphQL request on a connection of its own, so that requests spread over the workers. */
function ask(port: number): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path: '/graphql',
        method: 'POST',
        agent: false,
        headers: { 'content-type': 'application/json' },
      },
      (res) => {
        let body = '';
        res.on('data', (chunk) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on('error', reject);
    req.end(JSON.stringify({ query: '{ stats { counts { type count } } }' }));
  });
}

afterEach(async () => {
  for (const child of running.splice(0)) {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGKILL');
      await new Promise((resolve) => child.once('exit', resolve));
    }
  }
});

describe('API_WORKERS: several API processes on one port', () => {
  it('runs two workers behind one port, replaces a worker that dies, and stops them all on SIGTERM', async () => {
    const port = await findFreePort();
    const { child, output, exited } = startMain({ API_PORT: String(port), API_WORKERS: '2' });
    await waitFor('the API to announce itself', () => output.stdout.includes('Newsgraph API on'));
    expect(output.stdout).toContain(`http://127.0.0.1:${port}/graphql`);
    expect(output.stdout).toContain('2 processes');
    const workers = childPids(child.pid!);
    expect(workers).toHaveLength(2);

    const answers = await Promise.all(Array.from({ length: 12 }, () => ask(port)));
    for (const answer of answers) {
      expect(answer.status).toBe(200);
      expect(JSON.parse(answer.body).data.stats.counts.length).toBeGreaterThan(0);
    }

    process.kill(workers[0]!, 'SIGKILL');
    const replaced = await waitFor('a replacement worker', () => {
      const now = childPids(child.pid!);
      return now.length === 2 && !now.includes(workers[0]!) ? now : undefined;
    });
    expect(replaced).toContain(workers[1]);
    // The primary logs through pino (JSON on stdout, at warn level).
    await waitFor('the primary to report the replacement', () => output.stdout.includes('starting another'));
    for (const answer of await Promise.all(Array.from({ length: 6 }, () => ask(port)))) expect(answer.status).toBe(200);

    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    for (const pid of replaced) expect(() => process.kill(pid, 0)).toThrow();
  });

  it('fails the whole start, with the reason, when a worker cannot listen', async () => {
    const blocker = createServer();
    const port = await findFreePort();
    await new Promise<void>((resolve) => blocker.listen(port, '127.0.0.1', resolve));
    try {
      const { output, exited } = startMain({ API_PORT: String(port), API_WORKERS: '2' });
      expect(await exited).not.toBe(0);
      expect(output.stderr).toContain('EADDRINUSE');
      expect(output.stdout).not.toContain('Newsgraph API on');
    } finally {
      blocker.close();
    }
  });
});
