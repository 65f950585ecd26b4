import { describe, expect, it } from 'vitest';
import { readStartEnv } from './env.js';

describe('readStartEnv', () => {
  it('defaults to the documented ports on 127.0.0.1', () => {
    const env = readStartEnv({});
    expect([env.apiHost, env.apiPort, env.explorerHost, env.explorerPort]).toEqual([
      '127.0.0.1',
      4000,
      '127.0.0.1',
      3000,
    ]);
    expect(env.apiToken).toBeUndefined();
    expect(env.skipBuild).toBe(false);
  });

  it('takes ports from the environment and refuses nonsense with a pointer to .env.example', () => {
    expect(readStartEnv({ API_PORT: '4100', EXPLORER_PORT: '3100' })).toMatchObject({
      apiPort: 4100,
      explorerPort: 3100,
    });
    expect(() => readStartEnv({ API_PORT: 'abc' })).toThrow(/API_PORT[\s\S]*\.env\.example/);
  });
});
