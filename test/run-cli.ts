import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { childEnv, findRepoRoot } from '@newsgraph/config';

/** Runs one of the project's compiled CLIs (`npm run build` writes them) to completion with extra variables. */
export function runCli(
  entry: string,
  args: string[],
  env: Record<string, string | undefined> = {},
): Promise<{ code: number | null; output: string }> {
  const root = findRepoRoot();
  return new Promise((resolve) => {
    let output = '';
    const child = spawn(process.execPath, [join(root, entry), ...args], {
      cwd: root,
      env: childEnv({ INIT_CWD: root, ...env }),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('close', (code) => resolve({ code, output }));
  });
}
