import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

const rounds = (text: string) => extract(text, '2024-07-12').events();

describe('redundancies told through a programme, a Spanish ERE or a declaration', () => {
  it('reads the staff a voluntary programme is meant to see leave as the round', () => {
    expect(
      rounds(
        'Banco Tavora SA said on Monday it had opened two voluntary redundancy programmes, through which it hopes about 4,000 employees will leave.',
      ),
    ).toMatchObject([{ kind: 'layoff', org: 'Banco Tavora', count: 4000, when: '2024-07-08' }]);
  });

  it('reads "an ERE of 3,200 workers" and credits the company after an opening date and subordinate phrase', () => {
    expect(
      rounds(
        'In 2019, after the integration of Banco Norte, Banco Tavora SA agreed with the unions an ERE of 3,200 workers.',
      ),
    ).toMatchObject([{ kind: 'layoff', org: 'Banco Tavora', count: 3200, when: '2019' }]);
  });

  it('reads "will declare an unspecified number of staff redundant" as a round without a figure', () => {
    expect(
      rounds('Kestrel Airways has notified unions that it will declare an unspecified number of staff redundant.'),
    ).toMatchObject([{ kind: 'layoff', org: 'Kestrel Airways', count: null }]);
  });

  it('reads no round from a declared dividend', () => {
    expect(rounds('Kestrel Airways declared a dividend of 30 cents.')).toEqual([]);
  });
});

describe('notices told without a figure', () => {
  it('reads retrenchment or Section 189 notices issued to the workforce as a round without a figure', () => {
    expect(rounds('Kestrel Airways AG issued retrenchment notices to all its staff.')).toMatchObject([
      { kind: 'layoff', org: 'Kestrel Airways', count: null },
    ]);
    expect(
      rounds(
        'Kestrel Airways AG told employees it would be wound down, and issued Section 189 notices to its entire workforce.',
      ),
    ).toMatchObject([{ kind: 'layoff', org: 'Kestrel Airways', count: null }]);
  });

  it('reads no round from notices of another kind', () => {
    expect(rounds('Kestrel Airways AG received notices from its landlord.')).toEqual([]);
  });
});
