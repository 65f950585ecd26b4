import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MemoryOptions } from './config.js';

/**
 * neo4j.conf for a loopback-only server: Bolt on 127.0.0.1:port, no HTTP, small memory, no usage reports.
 * `settings` are further Neo4j settings (a bench's query log, say); one named here replaces the default above.
 */
export function createNeo4jConf(
  boltPort: number,
  memory: MemoryOptions,
  settings: Record<string, string> = {},
): string {
  const lines = [
    '# Written by @newsgraph/neo4j-local on every start; edit the code, not this file.',
    'server.default_listen_address=127.0.0.1',
    `server.bolt.listen_address=127.0.0.1:${boltPort}`,
    `server.bolt.advertised_address=127.0.0.1:${boltPort}`,
    'server.http.enabled=false',
    'server.https.enabled=false',
    `server.memory.heap.initial_size=${memory.heap}`,
    `server.memory.heap.max_size=${memory.heap}`,
    `server.memory.pagecache.size=${memory.pageCache}`,
    'db.tx_log.rotation.retention_policy=2 files',
    'dbms.usage_report.enabled=false',
  ];
  const kept = lines.filter((line) => !(line.split('=')[0]! in settings));
  return [...kept, ...Object.entries(settings).map(([key, value]) => `${key}=${value}`), ''].join('\n');
}

/** Writes conf/neo4j.conf and the folders Neo4j expects under homeDir. */
export function writeNeo4jConf(
  homeDir: string,
  boltPort: number,
  memory: MemoryOptions,
  settings: Record<string, string> = {},
): void {
  for (const dir of ['conf', 'data', 'logs', 'run', 'import', 'plugins'])
    mkdirSync(join(homeDir, dir), { recursive: true, mode: 0o700 });
  writeFileSync(join(homeDir, 'conf', 'neo4j.conf'), createNeo4jConf(boltPort, memory, settings));
  restrictDataPermissions(homeDir);
}

/**
 * The graph and the credentials are the owner's only: the home and `data/` 700, `data/dbms/auth.ini` (the
 * password hash neo4j-admin writes) 600. Applied on every start, so homes made by older versions are fixed too.
 */
export function restrictDataPermissions(homeDir: string): void {
  for (const dir of [homeDir, join(homeDir, 'data'), join(homeDir, 'run')]) if (existsSync(dir)) chmodSync(dir, 0o700);
  const authIni = join(homeDir, 'data', 'dbms', 'auth.ini');
  if (existsSync(authIni)) chmodSync(authIni, 0o600);
}

/**
 * The password of the `neo4j` user, generated once per home and kept in `<home>/password` (mode 600, outside git).
 * `isNew` is true when it was just generated and must still be set before the first start.
 */
export function readOrCreatePassword(homeDir: string): { password: string; isNew: boolean } {
  const file = join(homeDir, 'password');
  if (existsSync(file)) return { password: readFileSync(file, 'utf8').trim(), isNew: false };
  // Hex, prefixed: a password starting with '-' would be read as an option by neo4j-admin.
  const password = `ng${randomBytes(16).toString('hex')}`;
  mkdirSync(homeDir, { recursive: true });
  writeFileSync(file, password, { mode: 0o600 });
  return { password, isNew: true };
}
