import { describe, expect, it } from 'vitest';
import { isAuthorized } from './context.js';

describe('isAuthorized', () => {
  it('accepts exactly "Bearer <token>"', () => {
    expect(isAuthorized('Bearer s3cret-token', 's3cret-token')).toBe(true);
    expect(isAuthorized('bearer s3cret-token', 's3cret-token')).toBe(true);
  });

  it('refuses wrong, partial, malformed or missing tokens', () => {
    for (const header of [
      'Bearer s3cret-toke',
      'Bearer s3cret-token2',
      's3cret-token',
      'Basic s3cret-token',
      'Bearer',
      '',
      undefined,
    ]) {
      expect(isAuthorized(header, 's3cret-token'), String(header)).toBe(false);
    }
  });

  it('refuses everything when no token is configured', () => {
    expect(isAuthorized('Bearer undefined', undefined)).toBe(false);
    expect(isAuthorized('Bearer ', '')).toBe(false);
  });
});
