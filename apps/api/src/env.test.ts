import { DEFAULT_LIMITS } from '@newsgraph/documents';
import { describe, expect, it } from 'vitest';
import { readApiEnv } from './env.js';

describe('readApiEnv', () => {
  it('has safe defaults', () => {
    expect(readApiEnv({})).toEqual({
      nodeEnv: 'production',
      host: '127.0.0.1',
      port: 4000,
      neo4j: null,
      apiToken: undefined,
      corsOrigins: ['http://127.0.0.1:3000'],
      introspection: true,
      queryTimeoutMs: 10_000,
      workers: 1,
      documentLimits: DEFAULT_LIMITS,
    });
  });

  it('reads the document limit shared with the CLIs (NEWSGRAPH_MAX_DOCUMENT_BYTES)', () => {
    expect(readApiEnv({ NEWSGRAPH_MAX_DOCUMENT_BYTES: '1MiB' }).documentLimits.maxTextBytes).toBe(1024 * 1024);
    expect(() => readApiEnv({ NEWSGRAPH_MAX_DOCUMENT_BYTES: 'lots' })).toThrow(/byte size/);
  });

  it('reads overrides and switches introspection off', () => {
    const env = readApiEnv({
      API_PORT: '4100',
      NEO4J_URI: 'bolt://db:7687',
      NEO4J_PASSWORD: 'pw',
      NEWSGRAPH_API_TOKEN: 't',
      EXPLORER_ORIGIN: 'http://a:3000, http://b:3000',
      GRAPHQL_INTROSPECTION: 'false',
      NODE_ENV: 'development',
    });
    expect(env).toMatchObject({
      port: 4100,
      neo4j: { uri: 'bolt://db:7687', user: 'neo4j', password: 'pw' },
      apiToken: 't',
      introspection: false,
      nodeEnv: 'development',
    });
    expect(env.corsOrigins).toEqual(['http://a:3000', 'http://b:3000']);
  });

  it('reads the number of API processes, or one per CPU for auto', () => {
    expect(readApiEnv({ API_WORKERS: '3' }).workers).toBe(3);
    expect(readApiEnv({ API_WORKERS: 'auto' }).workers).toBeGreaterThanOrEqual(1);
    expect(() => readApiEnv({ API_WORKERS: '0' })).toThrow();
    expect(() => readApiEnv({ API_WORKERS: 'many' })).toThrow();
  });

  it('rejects invalid values', () => {
    expect(() => readApiEnv({ API_PORT: 'abc' })).toThrow();
    expect(() => readApiEnv({ GRAPHQL_INTROSPECTION: 'maybe' })).toThrow();
  });
});
