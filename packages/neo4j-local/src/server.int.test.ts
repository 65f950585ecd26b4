import { createServer, type Server } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { getTestNeo4j } from '../../../test/neo4j.js';
import { pingNeo4j } from './connection.js';
import { Neo4jLocalError } from './errors.js';
import { findFreePort } from './ports.js';
import { startNeo4j } from './server.js';

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
