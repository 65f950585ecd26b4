import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { childEnv } from '@newsgraph/config';
import { describe, expect, it } from 'vitest';

const cli = fileURLToPath(new URL('./neo4j-local.ts', import.meta.url));
const run = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', cli, ...args], {
    encoding: 'utf8',
    env: childEnv({ NEO4J_URI: '' }),
  });

describe('neo4j-local CLI (issue 15 item 5: parseArgs, --help, exit codes)', () => {
  it('prints help with exit 0, and refuses unknown options or commands with exit 2', () => {
    const help = run('--help');
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('Exit codes');
    expect(run('--bogus').status).toBe(2);
    expect(run('restart').status).toBe(2);
    expect(run().status).toBe(2);
  }, 60_000);
});
