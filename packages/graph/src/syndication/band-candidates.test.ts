import { describe, expect, it } from 'vitest';
import { candidatesFromBands } from './band-candidates.js';

const row = (id: string, keys: string[]) => ({ id, textHash: `h-${id}`, minhash: null, keys });

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
