import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

describe('ownership stated in the text is PART_OF', () => {
  it('"A, which is majority-owned by B"', () => {
    const x = extract(
      'Karoo Steel Ltd will close a plant. Karoo Steel, which is majority-owned by Luxembourg-based Vantermet, cut jobs.',
    );
    expect(x.parent('Karoo Steel')).toBe('Vantermet');
  });

  it('"its majority owner, B" points from the company in focus', () => {
    const x = extract(
      'Harbour Logistics said on Friday that its majority owner, Delmar Holdings, had offered to buy out investors.',
    );
    expect(x.parent('Harbour Logistics')).toBe('Delmar Holdings');
  });

  it('what a company bought belongs to it', () => {
    const x = extract(
      'Harbour Logistics has spent heavily, buying Danish feeder line Kestrel Feeder Ltd, the offshore services company Tovik Marine and the UK-based Fenwick Ferries.',
    );
    for (const unit of ['Kestrel Feeder', 'Tovik Marine', 'Fenwick Ferries'])
      expect(x.parent(unit)).toBe('Harbour Logistics');
  });
});

describe('acquisitions in a relative clause', () => {
  it('"X, which it bought in 2019" belongs to the company in focus', () => {
    const x = extract('Kurogane Holdings will cut jobs. It will close Hikari Panel Co., which it bought in 2019.');
    expect(x.parent('Hikari Panel')).toBe('Kurogane Holdings');
  });

  it('a dateline in capitals is a place, not a unit', () => {
    const x = extract(
      'Kurogane to overhaul its electronics arm\n\nTOKYO (Wire) — Kurogane Holdings Inc. said on Friday it would cut jobs.',
    );
    expect(x.names()).not.toContain('TOKYO');
  });
});
