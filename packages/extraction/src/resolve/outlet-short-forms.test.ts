import { describe, expect, it } from 'vitest';
import type { Mention } from '../ner/mention.js';
import { outletShortForms } from './outlet-short-forms.js';

const person = (name: string): Mention => ({ start: 0, end: name.length, type: 'Person', name });
const outlet = (name: string): Mention => ({
  start: 100,
  end: 100 + name.length,
  type: 'Source',
  name,
  kind: 'news-outlet',
});

describe('outletShortForms', () => {
  it("makes a person whose name opens an outlet's name that outlet, the first so named winning", () => {
    const people = [person('Halden Keizai'), person('Halden'), person('Jane Roe')];
    outletShortForms(people, [outlet('Halden Keizai Shimbun'), outlet('Halden Keizai Daily'), outlet('Vessa')]);
    expect(people.map((p) => [p.type, p.name])).toEqual([
      ['Source', 'Halden Keizai Shimbun'],
      ['Source', 'Halden Keizai Shimbun'],
      ['Person', 'Jane Roe'],
    ]);
  });

  it('leaves a person whose name is a whole outlet name, or only part of a word of one, alone', () => {
    const people = [person('Vessa'), person('Halden Kei')];
    outletShortForms(people, [outlet('Vessa'), outlet('Halden Keizai Shimbun')]);
    expect(people.map((p) => p.type)).toEqual(['Person', 'Person']);
  });
});
