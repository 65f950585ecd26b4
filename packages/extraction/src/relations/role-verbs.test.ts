import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

describe('posts told by their verb', () => {
  it('"who chairs the division\'s board" is the chair of the division named before', () => {
    const x = extract(
      "Norrvik Motors will cut 900 jobs in its Trucks division. Anna Berg, who chairs the division's board, said the cuts were needed.",
    );
    expect(x.role('Anna Berg')).toEqual({ title: 'chair', org: 'Trucks' });
  });

  it('"who runs its X unit" holds a post at the unit', () => {
    const x = extract('Kora Steel will close a mill, said Lars Holm, who runs its Wire unit.');
    expect(x.role('Lars Holm')).toEqual({ title: undefined, org: 'Wire' });
  });

  it('"who heads the lender\'s retail business" works for the lender in focus', () => {
    const x = extract("Banco Meridiano will cut 300 jobs, said Jane Okafor, who heads the lender's retail business.");
    expect(x.role('Jane Okafor')).toEqual({ title: 'head', org: 'Banco Meridiano' });
  });

  it('"who has led the company since 2019" and a named company', () => {
    const x = extract(
      'Tessel Foods will close two plants. Maria Costa, who has led the company since 2019, said demand had fallen. ' +
        'Ravi Menon, who chaired Ombara Textiles until May, declined to comment.',
    );
    expect(x.role('Maria Costa')).toEqual({ title: undefined, org: 'Tessel Foods' });
    expect(x.role('Ravi Menon')).toEqual({ title: 'chair', org: 'Ombara Textiles' });
  });

  it('a verb whose object is no organization gives no post', () => {
    const x = extract('Tessel Foods will close two plants. Maria Costa, who ran the marathon, said demand had fallen.');
    expect(x.role('Maria Costa')).toBeNull();
  });

  it('"who set up X … and still chairs it" gives the founder of X', () => {
    const x = extract(
      'Kestrel Learning will cut 600 jobs. Mara Holt, who set up Kestrel Learning in 1993, laid out the damage on Sunday.',
    );
    expect(x.role('Mara Holt')).toEqual({ title: 'founder', org: 'Kestrel Learning' });
  });
});
