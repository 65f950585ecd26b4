import { describe, expect, it } from 'vitest';
import { defaultHomeDir } from './config.js';
import { readNeo4jLocalEnv } from './env.js';

describe('readNeo4jLocalEnv', () => {
  it('runs a local server on 7687 in the project folder when NEO4J_URI is unset or blank', () => {
    expect(readNeo4jLocalEnv({})).toEqual({ external: null, boltPort: 7687, homeDir: defaultHomeDir });
    expect(readNeo4jLocalEnv({ NEO4J_URI: '  ' }).external).toBeNull();
  });

  it('uses an external server with its credentials when NEO4J_URI is set', () => {
    const env = readNeo4jLocalEnv({
      NEO4J_URI: 'neo4j+s://x.databases.neo4j.io',
      NEO4J_USER: 'reader',
      NEO4J_PASSWORD: 'secret',
    });
    expect(env.external).toEqual({ uri: 'neo4j+s://x.databases.neo4j.io', user: 'reader', password: 'secret' });
  });

  it('rejects a Bolt port that is not a port number, naming the variable', () => {
    expect(() => readNeo4jLocalEnv({ NEO4J_BOLT_PORT: 'seventy' })).toThrow(/NEO4J_BOLT_PORT/);
    expect(() => readNeo4jLocalEnv({ NEO4J_BOLT_PORT: '70000' })).toThrow(/NEO4J_BOLT_PORT/);
  });
});
