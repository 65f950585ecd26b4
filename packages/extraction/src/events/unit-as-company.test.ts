import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

describe('"the company" in a sentence opened by a unit is that unit', () => {
  it('"Brimlea Mart employs 26,000 people, and the company said it would restructure …": the unit’s, not its parent’s', () => {
    const text = [
      'Brimlea Mart, the retail arm of Brimlea Group, plans to close about 200 of its 718 stores over the next three years, the group said on Thursday.',
      'Brimlea Group also runs hotels and a chemicals business.',
      'Brimlea Mart employs around 26,000 people, and the company said it would restructure its store network rather than dismiss workers.',
    ].join(' ');
    expect(
      extract(text, '2020-02-14')
        .events()
        .map((e) => [e.kind, e.org]),
    ).toEqual([['restructuring', 'Brimlea Mart']]);
  });
});
