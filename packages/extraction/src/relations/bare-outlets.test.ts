import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

const cited = (text: string) => extract(text).cited().sort();

describe('outlets named bare where only an outlet is cited', () => {
  it('cites a two-word name after "in an interview with", "told", "quoted by" and "seen by"', () => {
    expect(cited('Norvale Motors will cut 2,000 jobs, Jan Holm said in an interview with Vestland Tidende.')).toEqual([
      'Vestland Tidende',
    ]);
    expect(
      cited('Norvale Motors will cut 2,000 jobs, chief executive Jan Holm told Vestland Tidende on Sunday.'),
    ).toEqual(['Vestland Tidende']);
    expect(cited('Norvale Motors will cut 2,000 jobs, according to a memo seen by Vestland Tidende.')).toContain(
      'Vestland Tidende',
    );
  });

  it('takes no person or institution told something for an outlet', () => {
    expect(cited('Norvale Motors will cut 2,000 jobs, Jan Holm told Anna Berg.')).toEqual([]);
    expect(cited('Norvale Motors will cut 2,000 jobs, the minister told Parliament on Tuesday.')).toEqual([]);
  });
});
