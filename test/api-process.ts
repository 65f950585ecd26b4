import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { childEnv, findRepoRoot, type Neo4jConnection } from '@newsgraph/config';
import { findFreePort } from '@newsgraph/process-tools';

/** The API running as its own process, as in production. */
export interface ApiProcess {
  child: ChildProcess;
  url: string;
  output(): string;
  /** Peak resident memory of the process so far (VmHWM), in bytes. */
  peakRssBytes(): number;
  exited: Promise<number | null>;
  kill(signal?: NodeJS.Signals): Promise<number | null>;
}

/** Starts the API's production entry point on a free port against `neo4j` and waits until it announces itself. */
export async function startApiProcess(neo4j: Neo4jConnection, env: Record<string, string> = {}): Promise<ApiProcess> {
  const root = findRepoRoot();
  const port = await findFreePort();
  let output = '';
  const child = spawn(process.execPath, ['--max-semi-space-size=64', join(root, 'apps/api/dist/main.js')], {
    cwd: root,
    env: childEnv({
      NODE_ENV: 'production',
      // Warnings and errors only (its start-up lines are written at any level): a test shows them when it fails.
      LOG_LEVEL: 'warn',
      API_PORT: String(port),
      NEO4J_URI: neo4j.uri,
      NEO4J_USERNAME: neo4j.user,
      NEO4J_PASSWORD: neo4j.password,
      ...env,
    }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const deadline = Date.now() + 60_000;
  while (!output.includes('Newsgraph API on')) {
    if (child.exitCode !== null) throw new Error(`The API exited:\n${output}`);
    if (Date.now() > deadline) throw new Error(`The API did not start:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    child,
    url: `http://127.0.0.1:${port}`,
    output: () => output,
    peakRssBytes: () => {
      const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
      return Number(match?.[1] ?? 0) * 1024;
    },
    exited,
    async kill(signal = 'SIGTERM') {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return exited;
    },
  };
}
