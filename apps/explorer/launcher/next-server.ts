import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { childEnv, findRepoRoot } from '@newsgraph/config';
import { findFreePort, isPortOpen } from '@newsgraph/process-tools';

/** apps/explorer (found from the workspace root, so it holds when this file is bundled into `npm start`). */
const EXPLORER_DIR = join(findRepoRoot(), 'apps', 'explorer');

/** A running `next start` of the explorer's production build. */
export interface ExplorerServer {
  url: string;
  /** The `next start` process. */
  child: ChildProcess;
  /** Everything the server printed (for failure messages). */
  output(): string;
  stop(): Promise<void>;
}

/** Options of {@link startExplorerServer}. */
export interface ExplorerServerOptions {
  /** NEWSGRAPH_API_URL for the server. */
  apiUrl: string;
  /** Default 127.0.0.1. */
  host?: string;
  /** Default: a free port. */
  port?: number;
  /** Give up waiting for the first answer after this long; default 60 s. */
  startTimeoutMs?: number;
  /** Extra Node options for the `next start` process (npm start preloads its exit-with-parent watchdog). */
  nodeArgs?: string[];
}

/** Throws a clear error when there is no production build to start. */
export function assertExplorerBuilt(): void {
  if (!existsSync(join(EXPLORER_DIR, '.next', 'BUILD_ID'))) {
    throw new Error(
      'apps/explorer has no production build (.next/BUILD_ID missing): run `npm run build` (the root `npm test` and `npm start` build first).',
    );
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

/**
 * Starts `next start` of the explorer's production build (used by `npm start` and the e2e tests) and waits until it
 * answers; fails with the server's output when it exits or does not answer in time.
 */
export async function startExplorerServer(options: ExplorerServerOptions): Promise<ExplorerServer> {
  assertExplorerBuilt();
  const host = options.host ?? '127.0.0.1';
  const port = options.port ?? (await findFreePort());
  const nextBin = createRequire(join(EXPLORER_DIR, 'package.json')).resolve('next/dist/bin/next');
  // Whatever answers on the port must be the server started here, not a stale one from an earlier run.
  if (await isPortOpen(port, host)) {
    throw new Error(`Port ${port} on ${host} is already in use; stop what runs there or choose another EXPLORER_PORT.`);
  }
  const child = spawn(
    process.execPath,
    [...(options.nodeArgs ?? []), nextBin, 'start', '-H', host, '-p', String(port)],
    {
      cwd: EXPLORER_DIR,
      env: childEnv({
        NEWSGRAPH_API_URL: options.apiUrl,
        NEXT_TELEMETRY_DISABLED: '1',
        NODE_ENV: 'production',
        PORT: String(port),
      }),
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let log = '';
  child.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const url = `http://${host}:${port}`;
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
    await exited;
    clearTimeout(timer);
  };
  try {
    await waitForHttp(url, child, () => log, options.startTimeoutMs ?? 60_000);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, child, output: () => log, stop };
}
