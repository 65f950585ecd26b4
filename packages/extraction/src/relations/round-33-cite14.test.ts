import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

const LEAD =
  'Kestrel Motors to cut 400 jobs\n\nKestrel Motors said on Monday it would cut 400 jobs at its Norrvik plant.\n\n';

describe('round 33 (cite14): workers’ bodies that speak in other structures', () => {
  it('cites a union that speaks in a relative clause after its name and initials', () => {
    const x = extract(
      LEAD +
        'The move was slammed by groups such as the Orsk Union of Metalworkers (OUM), which commented: "We are worried."',
    );
    expect(x.cited()).toContain('Orsk Union of Metalworkers');
  });

  it('does not cite a union whose relative clause strikes or is spoken about by another', () => {
    for (const line of [
      'Kestrel Motors held talks with the Orsk Union of Metalworkers, which the company said had agreed to meet.',
      'Output stopped after the Orsk Union of Metalworkers, which called a strike last week, blocked the gates.',
    ])
      expect(extract(LEAD + line).cited()).not.toContain('Orsk Union of Metalworkers');
  });

  it('cites a union that "has now estimated" a figure', () => {
    const x = extract(LEAD + 'The Orsk Union of Journalists has now estimated that 54 jobs are at risk.');
    expect(x.cited()).toContain('Orsk Union of Journalists');
  });

  it('does not cite a union that is only named in a list of parties to talks', () => {
    const x = extract(
      LEAD + 'Talks now include the company, the Orsk Union of Journalists and the regional government.',
    );
    expect(x.cited()).not.toContain('Orsk Union of Journalists');
  });

  it('cites the union of an officer quoted with an inverted "comments" and the union in apposition', () => {
    const x = extract(LEAD + '"We will fight this," comments Ian Hallberg, the chairperson of Trade Union Vakta.');
    expect(x.cited()).toContain('Trade Union Vakta');
  });

  it('does not read "comments" after a possessive or as a noun as a speaker', () => {
    const x = extract(
      LEAD + 'The comments Ian Hallberg, the chairperson of Trade Union Vakta, made last year were not repeated.',
    );
    expect(x.cited()).not.toContain('Trade Union Vakta');
  });

  it('cites a union that "commented" after its name', () => {
    const x = extract(LEAD + 'The Orsk Union of Metalworkers commented that the plan would hurt the town.');
    expect(x.cited()).toContain('Orsk Union of Metalworkers');
  });

  it('does not cite a union that a comment is only about', () => {
    const x = extract(LEAD + 'Kestrel Motors commented on the Orsk Union of Metalworkers and its strike.');
    expect(x.cited()).not.toContain('Orsk Union of Metalworkers');
  });

  it('cites the body of a person named with it after "according to" or an inverted verb', () => {
    for (const [line, body] of [
      [
        "About 300 of them are women, according to Jane Roe of the Orsk Textile Workers' Association.",
        "Orsk Textile Workers' Association",
      ],
      ['"It was a shock," tells Jane Roe of the Orsk Metalworkers\' Union.', "Orsk Metalworkers' Union"],
    ])
      expect(extract(LEAD + line).cited()).toContain(body);
  });

  it('does not cite a company a speaker is named with, nor a body whose person does not speak', () => {
    expect(
      extract(LEAD + 'About 300 of them are women, according to Jane Roe of Norrvik Steel.').cited(),
    ).not.toContain('Norrvik Steel');
    expect(
      extract(LEAD + "Kestrel Motors held talks with Jane Roe of the Orsk Metalworkers' Union on Tuesday.").cited(),
    ).not.toContain("Orsk Metalworkers' Union");
  });

  it('does not read a union "say" as a noun as speech', () => {
    expect(extract(LEAD + 'Kestrel Motors will give unions a say in how the cuts are made.').cited()).not.toContain(
      'Unions',
    );
  });

  it('cites a body named after "according to" and a place\'s possessive', () => {
    const x = extract(
      LEAD +
        "The region lost 6,000 factory jobs, according to Norway's National Institute of Statistics and Geography.",
    );
    expect(x.cited()).toContain('National Institute of Statistics and Geography');
  });

  it('does not take a possessive that names no place as "according to" of the name after it', () => {
    const x = extract(
      LEAD + "The region lost 6,000 factory jobs, according to Hallberg's National Institute of Statistics.",
    );
    expect(x.cited()).not.toContain('National Institute of Statistics');
  });
});
