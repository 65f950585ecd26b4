import { describe, expect, it } from 'vitest';
import { bandFilings, candidatesFromBands, keyPlaces } from './band-candidates.js';

const row = (id: string, keys: string[]) => ({ id, textHash: `h-${id}`, minhash: null, keys });

describe('bandFilings', () => {
  it('gives each distinct key once, sorted, with the batch articles filed under it newest first', () => {
    const filings = bandFilings([
      row('wire-ostrander-1', ['b1:ff', 'exact:aa']),
      row('wire-ostrander-2', ['b1:ff', 'b1:ff']),
    ]);
    expect(filings).toEqual([
      { key: 'b1:ff', ids: ['wire-ostrander-2', 'wire-ostrander-1'] },
      { key: 'exact:aa', ids: ['wire-ostrander-1'] },
    ]);
  });
});

describe('keyPlaces', () => {
  it('lists the articles in batch order, each with where its distinct keys sit among the filings', () => {
    const rows = [row('zeta-gazette', ['k2', 'k1', 'k2']), row('alpha-herald', ['k1'])];
    expect(keyPlaces(rows, bandFilings(rows))).toEqual([
      { id: 'zeta-gazette', keyAt: [1, 0] },
      { id: 'alpha-herald', keyAt: [0] },
    ]);
  });
});

describe('candidatesFromBands', () => {
  it('ranks the articles sharing the most keys first and keeps only the best few', () => {
    const before = new Map([
      ['k1', ['copy-of-quillmark', 'boiler-a']],
      ['k2', ['copy-of-quillmark', 'boiler-b']],
      ['k3', ['copy-of-quillmark']],
    ]);
    const pairs = candidatesFromBands([row('quillmark-report', ['k1', 'k2', 'k3'])], before, 5, 2);
    expect(pairs).toEqual([
      { id: 'quillmark-report', other: 'copy-of-quillmark' },
      { id: 'quillmark-report', other: 'boiler-a' },
    ]);
  });

  it('reads only the newest articles of a crowded key', () => {
    const before = new Map([['boilerplate', ['n1', 'n2', 'n3', 'old']]]);
    const pairs = candidatesFromBands([row('fresh', ['boilerplate'])], before, 3, 5);
    expect(pairs.map((pair) => pair.other)).toEqual(['n1', 'n2', 'n3']);
  });

  it('lets a later article of the batch find an earlier one, ahead of the stored ones, but not the reverse', () => {
    const before = new Map([['shared', ['stored-1', 'stored-2']]]);
    const pairs = candidatesFromBands([row('first', ['shared']), row('second', ['shared'])], before, 2, 5);
    expect(pairs).toEqual([
      { id: 'first', other: 'stored-1' },
      { id: 'first', other: 'stored-2' },
      { id: 'second', other: 'first' },
      { id: 'second', other: 'stored-1' },
    ]);
  });
});
