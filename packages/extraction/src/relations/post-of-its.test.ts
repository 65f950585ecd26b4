import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

describe('"the head of its <field> division, <Name>": the name holds the post', () => {
  it('reads the name as a person with the post at the company, no unit', () => {
    const x = extract(
      'Hallberg Bank will cut 300 jobs. The head of its capital markets division, Indraneil Borkakoty, left last month.',
    );
    expect(x.names('Division')).toEqual([]);
    expect(x.role('Indraneil Borkakoty')).toEqual({
      title: 'head of its capital markets division',
      org: 'Hallberg Bank',
    });
  });

  it('keeps the field after "its" in a title written after the name', () => {
    const x = extract('Hallberg Bank will cut 300 jobs. Jane Roe, head of its Asian business, said costs were rising.');
    expect(x.role('Jane Roe')).toEqual({ title: 'head of its Asian business', org: 'Hallberg Bank' });
  });

  // Near miss: a unit named in apposition after "its … arm," with no post before it stays a unit.
  it('still reads "Its regional arm, Kestrel Asia," as a unit', () => {
    const x = extract('Hallberg Bank will cut 300 jobs. Its regional arm, Kestrel Asia, will close.');
    expect(x.names('Division')).toEqual(['Kestrel Asia']);
  });
});
