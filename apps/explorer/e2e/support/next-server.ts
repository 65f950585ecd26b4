import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { findFreePort } from '@newsgraph/neo4j-local';
import { EXPLORER_DIR } from './paths';

/** A running `next start` of the explorer's production build. */
export interface ExplorerServer {
  url: string;
  /** Everything the server printed (for failure messages). */
  output(): string;
  stop(): Promise<void>;
}

/** Options of {@link startExplorerServer}. */
export interface ExplorerServerOptions {
  /** NEWSGRAPH_API_URL for the server. */
  apiUrl: string;
  port?: number;
}

/** Throws a clear error when there is no production build to start. */
export function assertExplorerBuilt(): void {
  if (!existsSync(join(EXPLORER_DIR, '.next', 'BUILD_ID'))) {
    throw new Error('apps/explorer has no production build (.next/BUILD_ID missing): run `npm run build -w @newsgraph/explorer` (the root `npm test` builds first).');
  }
}

async function waitForHttp(url: string, child: ChildProcess, output: () => string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}:\n${output()}`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      await response.body?.cancel();
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 150));
    }
  }
  throw new Error(`next start did not answer at ${url} within ${timeoutMs} ms:\n${output()}`);
}

/** Starts `next start -H 127.0.0.1 -p <free port>` of the production build and waits until it answers. */
export async function startExplorerServer(options: ExplorerServerOptions): Promise<ExplorerServer> {
  assertExplorerBuilt();
  const port = options.port ?? (await findFreePort());
  const nextBin = createRequire(join(EXPLORER_DIR, 'package.json')).resolve('next/dist/bin/next');
  const child = spawn(process.execPath, [nextBin, 'start', '-H', '127.0.0.1', '-p', String(port)], {
    cwd: EXPLORER_DIR,
    env: { ...process.env, NEWSGRAPH_API_URL: options.apiUrl, NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'production', PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
    await exited;
    clearTimeout(timer);
  };
  try {
    await waitForHttp(url, child, () => log, 30_000);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, output: () => log, stop };
}
