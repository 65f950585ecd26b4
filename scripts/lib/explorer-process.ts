import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { waitForHttp } from './wait-for-http.js';

export interface ExplorerProcess {
  url: string;
  stop(): Promise<void>;
}

/**
 * Serves the explorer's production build (`next start`) on host:port, pointed at the API,
 * and resolves once it answers. Fails with the fix when there is no build.
 */
export async function startExplorerProcess(options: { explorerDir: string; host: string; port: number; apiUrl: string; log: (line: string) => void }): Promise<ExplorerProcess> {
  if (!existsSync(join(options.explorerDir, '.next', 'BUILD_ID'))) {
    throw new Error(`The explorer has no production build in ${options.explorerDir}/.next. Run \`npm run build\` first.`);
  }
  const nextBin = createRequire(join(options.explorerDir, 'package.json')).resolve('next/dist/bin/next');
  const child = spawn(process.execPath, [nextBin, 'start', '-H', options.host, '-p', String(options.port)], {
    cwd: options.explorerDir,
    env: { ...process.env, NEWSGRAPH_API_URL: options.apiUrl, NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let exited = false;
  child.on('exit', () => (exited = true));
  child.stderr.on('data', (chunk: Buffer) => options.log(`[explorer] ${chunk.toString().trimEnd()}`));
  const url = `http://${options.host}:${options.port}`;
  const stop = () =>
    new Promise<void>((resolve) => {
      if (exited) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
      setTimeout(() => child.kill('SIGKILL'), 10_000).unref();
    });
  try {
    await waitForHttp(url, 60_000, () => !exited);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, stop };
}
