import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './load-config';

describe('loadConfig', () => {
  it('has the documented defaults, all on loopback', () => {
    const config = loadConfig({ env: {} });
    expect(config.nodeEnv).toBe('production');
    expect(config.neo4j).toMatchObject({ external: null, boltPort: 7687, queryTimeoutMs: 10_000 });
    expect(config.neo4j.homeDir).toBe(join(config.repoRoot, '.newsgraph', 'neo4j'));
    expect(config.api).toMatchObject({
      host: '127.0.0.1',
      port: 4000,
      workers: 1,
      token: undefined,
      introspection: true,
      corsOrigins: ['http://127.0.0.1:3000'],
      allowedHosts: ['localhost', '127.0.0.1', '[::1]'],
    });
    expect(config.explorer).toMatchObject({ port: 3000, apiUrl: 'http://127.0.0.1:4000/graphql' });
  });

  it('derives the explorer origin and the API URL from the ports unless set', () => {
    const config = loadConfig({ env: { API_PORT: '4100', EXPLORER_PORT: '3100' } });
    expect(config.api.corsOrigins).toEqual(['http://127.0.0.1:3100']);
    expect(config.explorer.apiUrl).toBe('http://127.0.0.1:4100/graphql');
    const set = loadConfig({
      env: { EXPLORER_ORIGIN: 'http://a:1, http://b:2', NEWSGRAPH_API_URL: 'http://api:9/graphql' },
    });
    expect(set.api.corsOrigins).toEqual(['http://a:1', 'http://b:2']);
    expect(set.explorer.apiUrl).toBe('http://api:9/graphql');
  });

  it('accepts NEO4J_USERNAME and NEO4J_DATABASE, keeps NEO4J_USER as an alias, and takes neo4j+s:// URIs', () => {
    const aura = loadConfig({
      env: {
        NEO4J_URI: 'neo4j+s://x.databases.neo4j.io',
        NEO4J_USERNAME: 'aura',
        NEO4J_PASSWORD: 'pw',
        NEO4J_DATABASE: 'news',
      },
    });
    expect(aura.neo4j.external).toEqual({
      uri: 'neo4j+s://x.databases.neo4j.io',
      user: 'aura',
      password: 'pw',
      database: 'news',
    });
    expect(loadConfig({ env: { NEO4J_URI: 'bolt://db:7687', NEO4J_USER: 'old' } }).neo4j.external?.user).toBe('old');
    expect(
      loadConfig({ env: { NEO4J_URI: 'neo4j://db', NEO4J_USER: 'old', NEO4J_USERNAME: 'new' } }).neo4j.external?.user,
    ).toBe('new');
  });

  it('reads the document limit every entry point shares (NEWSGRAPH_MAX_DOCUMENT_BYTES), 4 MiB by default', () => {
    expect(loadConfig({ env: {} }).documents.maxTextBytes).toBe(4 * 1024 * 1024);
    expect(loadConfig({ env: { NEWSGRAPH_MAX_DOCUMENT_BYTES: '1MiB' } }).documents.maxTextBytes).toBe(1024 * 1024);
    expect(() => loadConfig({ env: { NEWSGRAPH_MAX_DOCUMENT_BYTES: 'lots' } })).toThrow(
      /NEWSGRAPH_MAX_DOCUMENT_BYTES="lots": Not a byte size/,
    );
  });

  it('treats empty values as unset', () => {
    expect(loadConfig({ env: { NEO4J_URI: '  ', API_PORT: '' } })).toMatchObject({
      neo4j: { external: null },
      api: { port: 4000 },
    });
  });

  it('refuses nonsense, naming every bad variable and pointing at .env.example', () => {
    const attempt = () =>
      loadConfig({
        env: { API_PORT: 'abc', NEO4J_URI: 'http://db:7474', GRAPHQL_INTROSPECTION: 'maybe', API_WORKERS: '0' },
      });
    expect(attempt).toThrow(ConfigError);
    for (const name of ['API_PORT', 'NEO4J_URI', 'GRAPHQL_INTROSPECTION', 'API_WORKERS', '.env.example'])
      expect(attempt).toThrow(name);
  });

  it('fills unset variables from a .env file; the environment wins', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'ng-env-')), '.env');
    writeFileSync(file, '# comment\nAPI_PORT=4200\nEXPLORER_PORT="3200"\nNEO4J_USER=fromfile\n');
    const config = loadConfig({ env: { API_PORT: '4300' }, envFile: file });
    expect(config.api.port).toBe(4300);
    expect(config.explorer.port).toBe(3200);
    expect(loadConfig({ env: {}, envFile: file }).api.port).toBe(4200);
    expect(loadConfig({ env: {}, envFile: join(tmpdir(), 'does-not-exist.env') }).api.port).toBe(4000);
  });
});
