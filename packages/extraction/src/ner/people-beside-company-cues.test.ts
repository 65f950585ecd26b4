import { describe, expect, it } from 'vitest';
import { extractDocument } from '../extract-document.js';

/** Names and types the extractor gives a text (invented names only). */
function typed(text: string): Array<[string, string]> {
  return extractDocument({ text, uri: 'test://people-beside-company-cues' }).entities.map((e) => [e.type, e.name]);
}

describe('company cues that fire on a person', () => {
  it('keeps the name after "the newspaper," a person', () => {
    const got = typed(
      'Writing on Monday, the editor of the Morning Lantern newspaper, Jane Roe, warned of a slowdown. Kestrel Holdings will cut 200 jobs, the company said.',
    );
    expect(got).toContainEqual(['Person', 'Jane Roe']);
    expect(got).not.toContainEqual(['Company', 'Jane Roe']);
  });

  it('still reads a company word after the descriptor and its comma (near miss)', () => {
    expect(typed('Vessla sold the retailer, Jordan Foods, last year and will cut 200 jobs.')).toContainEqual([
      'Company',
      'Jordan Foods',
    ]);
  });

  it('keeps the tycoon before "\'s" after "a subsidiary of" a person', () => {
    const got = typed("Norrvik Air is a subsidiary of Jane Roe's Kestrel Group, which will cut 300 jobs.");
    expect(got).toContainEqual(['Company', 'Kestrel Group']);
    expect(got).not.toContainEqual(['Company', 'Jane Roe']);
  });

  it('still makes the owner a company when its name has a company word (near miss)', () => {
    expect(typed('Vessla, a unit of Jordan Foods, will cut 300 jobs.')).toContainEqual(['Company', 'Jordan Foods']);
  });

  it('keeps a post holder listed beside a union a person', () => {
    const got = typed(
      'Talks held by Kestrel chief Pavlos Orsk and KWU union delegates ended with a plan to cut 200 jobs.',
    );
    expect(got).toContainEqual(['Person', 'Pavlos Orsk']);
    expect(got).not.toContainEqual(['Company', 'Pavlos Orsk']);
  });

  it('still spreads over a list of companies whose first word is a given name (near miss)', () => {
    const got = typed('Rivals Kestrel Motors and Jordan Foods will cut 300 jobs.');
    expect(got).toContainEqual(['Company', 'Jordan Foods']);
    expect(got).toContainEqual(['Company', 'Kestrel Motors']);
  });

  it('keeps a company named after a given name in a list after "project companies,"', () => {
    const got = typed(
      'Kestrel Group agreed to sell two project companies, Dana Development and Ivo Team, to Norrvik Capital.',
    );
    expect(got).toContainEqual(['Company', 'Dana Development']);
    expect(got).not.toContainEqual(['Person', 'Dana Development']);
  });

  it('still keeps given-named people listed after "advisers," people (near miss)', () => {
    const got = typed('Kestrel Group hired two advisers, Dana Hallberg and Ivo Tarrow, to sell its wind arm.');
    expect(got).toContainEqual(['Person', 'Dana Hallberg']);
    expect(got).not.toContainEqual(['Company', 'Dana Hallberg']);
  });

  it('still keeps a plain given-named person after a newspaper and its comma (near miss)', () => {
    const got = typed(
      'The founder of the Norrvik Lantern newspaper, Dana Hallberg, said Kestrel Holdings will cut 200 jobs.',
    );
    expect(got).not.toContainEqual(['Company', 'Dana Hallberg']);
  });
});
