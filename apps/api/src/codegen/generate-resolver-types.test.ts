import { describe, expect, it } from 'vitest';
import { generateResolverTypes, readCommittedResolverTypes } from './generate-resolver-types.js';

describe('generated resolver types', () => {
  it('match a fresh codegen from the SDL (run `npm run codegen -w @newsgraph/api` if not)', async () => {
    const [fresh, committed] = await Promise.all([generateResolverTypes(), readCommittedResolverTypes()]);
    expect(
      committed === fresh,
      'apps/api/src/generated/resolvers-types.ts is stale: run `npm run codegen -w @newsgraph/api`',
    ).toBe(true);
  });
});
