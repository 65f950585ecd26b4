import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '@newsgraph/config';
import { developerMemory, memoryFromConfig } from './config.js';
import { createNeo4jConf, readOrCreatePassword } from './server-config.js';

describe('createNeo4jConf', () => {
  const conf = createNeo4jConf(17687, { heap: '512m', pageCache: '64m' });

  it('listens on loopback only, on the given Bolt port, with HTTP off', () => {
    expect(conf).toContain('server.default_listen_address=127.0.0.1\n');
    expect(conf).toContain('server.bolt.listen_address=127.0.0.1:17687\n');
    expect(conf).toContain('server.http.enabled=false\n');
    expect(conf).not.toMatch(/0\.0\.0\.0/);
  });

  it('uses the given memory settings', () => {
    expect(conf).toContain('server.memory.heap.max_size=512m');
    expect(conf).toContain('server.memory.pagecache.size=64m');
  });

  it('adds further settings, each replacing a default of the same name', () => {
    const withLog = createNeo4jConf(
      17687,
      { heap: '512m', pageCache: '64m' },
      {
        'db.logs.query.threshold': '0s',
        'db.tx_log.rotation.retention_policy': 'keep_all',
      },
    );
    expect(withLog).toContain('db.logs.query.threshold=0s\n');
    expect(withLog).toContain('db.tx_log.rotation.retention_policy=keep_all\n');
    expect(withLog).not.toContain('retention_policy=2 files');
  });

  it('takes NEO4J_HEAP_SIZE and NEO4J_PAGECACHE_SIZE through packages/config; unset, what npm start always used', () => {
    expect(memoryFromConfig(loadConfig({ env: {} }).neo4j.memory)).toEqual(developerMemory);
    const sized = loadConfig({ env: { NEO4J_HEAP_SIZE: '2GiB', NEO4J_PAGECACHE_SIZE: '1536MiB' } }).neo4j.memory;
    expect(memoryFromConfig(sized)).toEqual({ heap: '2048m', pageCache: '1536m' });
    expect(() => loadConfig({ env: { NEO4J_HEAP_SIZE: 'lots' } })).toThrow(/NEO4J_HEAP_SIZE/);
  });
});

describe('readOrCreatePassword', () => {
  const dirs: string[] = [];
  afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  it('generates a long random password once, readable only by its owner, and returns it again later', () => {
    const home = mkdtempSync(join(tmpdir(), 'ng-pw-'));
    dirs.push(home);
    const first = readOrCreatePassword(home);
    expect(first.isNew).toBe(true);
    expect(first.password.length).toBeGreaterThanOrEqual(20);
    expect(first.password).toMatch(/^[a-z]/);
    expect(statSync(join(home, 'password')).mode & 0o077).toBe(0);
    expect(readOrCreatePassword(home)).toEqual({ password: first.password, isNew: false });
    const other = mkdtempSync(join(tmpdir(), 'ng-pw-'));
    dirs.push(other);
    expect(readOrCreatePassword(other).password).not.toBe(first.password);
  });
});
