import { describe, expect, it } from 'vitest';
import { generateClientCode, readCommittedClientCode } from './generate-client-code';

describe('generated client code', () => {
  it('matches a fresh codegen from the SDL and operations (run `npm run codegen -w @newsgraph/client` if not)', async () => {
    const [fresh, committed] = await Promise.all([generateClientCode(), readCommittedClientCode()]);
    expect(
      committed === fresh,
      'packages/client/src/generated/graphql.ts is stale: run `npm run codegen -w @newsgraph/client`',
    ).toBe(true);
  });
});
