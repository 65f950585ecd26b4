import { statSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { getTestNeo4j, getTestNeo4jHome } from '../../../test/neo4j.js';
import { pingNeo4j } from './connection.js';
import { Neo4jLocalError } from './errors.js';
import { findFreePort } from '@newsgraph/process-tools';
import { setInitialPasswordArgs, startNeo4j } from './server.js';

describe('local Neo4j', () => {
  it('the throwaway server of this run answers Cypher on 127.0.0.1 with its generated password', async () => {
    const connection = getTestNeo4j();
    expect(connection.uri).toMatch(/^bolt:\/\/127\.0\.0\.1:\d+$/);
    await expect(pingNeo4j(connection)).resolves.toBeUndefined();
    await expect(pingNeo4j({ ...connection, password: 'wrong-password' })).rejects.toThrow();
  });

  let blocker: Server | undefined;
  afterAll(() => blocker?.close());

  it('refuses to start on a port taken by another program, naming the port and the fix', async () => {
    const port = await findFreePort();
    blocker = createServer().listen(port, '127.0.0.1');
    await new Promise((resolve) => blocker!.once('listening', resolve));
    const start = startNeo4j({ homeDir: '/tmp/newsgraph-never-created', boltPort: port });
    await expect(start).rejects.toBeInstanceOf(Neo4jLocalError);
    await expect(start).rejects.toThrow(new RegExp(`Port ${port}.*in use[\\s\\S]*NEO4J_URI`));
  });
});

describe('local Neo4j files', () => {
  it('keep the data folder 700 and auth.ini 600; the initial password goes through an argument file', async () => {
    const home = getTestNeo4jHome();
    expect(statSync(join(home, 'data')).mode & 0o777).toBe(0o700);
    expect(statSync(home).mode & 0o777).toBe(0o700);
    expect(statSync(join(home, 'data', 'dbms', 'auth.ini')).mode & 0o777).toBe(0o600);
    const { password } = getTestNeo4j();
    const args = setInitialPasswordArgs('/lib', '/home/run/initial-password.arg');
    expect(args.join(' ')).not.toContain(password);
    expect(args.at(-1)).toBe('@/home/run/initial-password.arg');
  });
});
