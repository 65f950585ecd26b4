import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Neo4jLocalError } from './errors.js';
import { findFreePort } from '@newsgraph/process-tools';
import { readServerState } from './process-state.js';
import { assertJavaAvailable, provisionNeo4j } from './provision.js';
import { runCommand } from '@newsgraph/process-tools';
import { startNeo4j } from './server.js';

const savedPath = process.env.PATH;
const dirs: string[] = [];
const tempDir = (prefix: string) => {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  dirs.push(dir);
  return dir;
};

afterEach(() => {
  process.env.PATH = savedPath;
  dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true }));
});

describe('start-up faults name the cause and the fix', () => {
  it('Java missing', async () => {
    process.env.PATH = tempDir('ng-empty-path-');
    await expect(assertJavaAvailable()).rejects.toMatchObject({
      code: 'JAVA_MISSING',
      message: expect.stringMatching(/JDK 17\+[\s\S]*NEO4J_URI/),
    });
  });

  it('Maven missing when the jars are not cached yet', async () => {
    const java = (await runCommand('sh', ['-c', 'command -v java'])).stdout.trim();
    const bin = tempDir('ng-java-only-');
    symlinkSync(java, join(bin, 'java'));
    process.env.PATH = bin;
    await expect(provisionNeo4j({ cacheDir: join(tempDir('ng-cache-'), 'neo4j') })).rejects.toMatchObject({
      code: 'MAVEN_MISSING',
      message: expect.stringMatching(/mvn[\s\S]*apt-get install -y maven/),
    });
  });

  it('Neo4j exiting during start-up: the error carries the last lines of its log and nothing is left running', async () => {
    const homeDir = tempDir('ng-bad-start-');
    const start = startNeo4j({
      homeDir,
      boltPort: await findFreePort(),
      memory: { heap: '1k', pageCache: '64m' },
      startTimeoutMs: 60_000,
    });
    const error = await start.catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(Neo4jLocalError);
    expect(error).toMatchObject({ code: 'START_FAILED' });
    expect((error as Error).message).toMatch(/exited during start-up[\s\S]*console\.log \(last lines\)[\s\S]*heap/i);
    expect(readServerState(homeDir)).toBeNull();
  });
});
