import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

const rounds = (text: string) => extract(text, '2024-07-12').events();

describe('suspensions of a business or a site', () => {
  it('reads "suspend its … business" and "suspended operations at its … mine" as restructurings', () => {
    expect(rounds('Kestrel Mining said on Thursday it will suspend its Australian nickel business.')).toMatchObject([
      { kind: 'restructuring', org: 'Kestrel Mining', count: null, when: '2024-07-11' },
    ]);
    expect(rounds('Kestrel Mining said on Monday it had suspended operations at its Tarvo copper mine.')).toMatchObject(
      [{ kind: 'restructuring', org: 'Kestrel Mining', when: '2024-07-08' }],
    );
  });

  it('reads no restructuring from a suspended dividend or executive', () => {
    expect(rounds('Kestrel Mining suspended its dividend.')).toEqual([]);
    expect(rounds('Kestrel Mining suspended the chief executive.')).toEqual([]);
  });
});
