import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

const rounds = (text: string) =>
  extract(text, '2024-05-08')
    .events()
    .filter((e) => e.kind === 'layoff' || e.kind === 'restructuring')
    .map((e) => [e.org, e.count]);

describe('staff told with where they work before their verb (passive, workplace-employer.ts)', () => {
  it('"1,250 staff employed by Norrvik Motors will be dismissed"', () => {
    expect(rounds('All 1,250 staff employed by Norrvik Motors will be dismissed in October.')).toEqual([
      ['Norrvik Motors', 1250],
    ]);
  });

  it('the unit named as the workplace is whose round it is, not the parent that speaks', () => {
    const text =
      'Staff at Orsk Holdings told reporters that 640 staff working at its shipping arm Kestrel Shipping will be ' +
      'let go.';
    expect(rounds(text)).toEqual([['Kestrel Shipping', 640]]);
  });

  it('near miss: "working on the project" names a project, not a workplace: the phrase is not read over', () => {
    expect(rounds('Norrvik Games said 29 people working on the project lost their jobs.')).toEqual([]);
  });

  it('near miss: "hired at" is no workplace phrase', () => {
    expect(rounds('About 700 workers hired at Norrvik Motors last year will be laid off.')).toEqual([]);
  });
});

describe('"none of the N workers … would lose their jobs" (passive)', () => {
  it('a guarantee that no one goes is no round', () => {
    const text =
      'The union asked for guarantees that none of the 5,000 people employed by Kestrel Oil would lose their jobs.';
    expect(rounds(text)).toEqual([]);
  });

  it('near miss: "5,000 workers at Kestrel Oil would be laid off" is a round', () => {
    expect(rounds('The deal means that 5,000 workers at Kestrel Oil would be laid off.')).toEqual([
      ['Kestrel Oil', 5000],
    ]);
  });
});

describe('a count kept when a place or the whole as a bare headcount stands in the phrase', () => {
  it('"will cut its workforce in Sweden by 320" (workforce-by with a place)', () => {
    expect(rounds('Norrvik Paper will cut its workforce in Sweden by 320.')).toEqual([['Norrvik Paper', 320]]);
  });

  it('near miss: "its workforce in Sweden grew by 300" is no cut', () => {
    expect(rounds('Norrvik Paper said its workforce in Sweden grew by 300 last year.')).toEqual([]);
  });

  it('"laid off 60 out of its 140 workforce" (the whole as a bare headcount)', () => {
    expect(rounds('Last month Kestrel Insurance laid off 60 out of its 140 workforce.')).toEqual([
      ['Kestrel Insurance', 60],
    ]);
  });

  it('near miss: "hired 60 out of its 140 workforce locally" is no cut', () => {
    expect(rounds('Kestrel Insurance hired 60 out of its 140 workforce locally.')).toEqual([]);
  });
});

describe('insolvency procedures of other countries (restructuring-actions.ts, insolvency)', () => {
  it('"applied to the court for concordat"', () => {
    const text =
      'In November 2023, Vessla, one of the largest dairy makers in Orsk, applied to the court for concordat.';
    expect(rounds(text)).toEqual([['Vessla', null]]);
  });

  it('"filed for safeguard proceedings"', () => {
    expect(rounds('Kestrel Retail filed for safeguard proceedings on Monday.')).toEqual([['Kestrel Retail', null]]);
  });

  it('near miss: "a concordat commissioner" named without a filing is no event', () => {
    expect(rounds('A concordat commissioner now signs off on every payment Kestrel Retail makes.')).toEqual([]);
  });
});

describe('a round without a figure told with a verb of dismissal (CUT_JOBS_RE)', () => {
  it('"will retrench workers" and "began dismissing staff"', () => {
    expect(rounds('Kestrel Telecom will retrench workers at its call centres.')).toEqual([['Kestrel Telecom', null]]);
    expect(rounds('Kestrel Telecom began dismissing staff in March.')).toEqual([['Kestrel Telecom', null]]);
  });

  it('"is shedding all of its temporary staff"', () => {
    expect(rounds('Kestrel Telecom is shedding all of its temporary staff.')).toEqual([['Kestrel Telecom', null]]);
  });

  it('near miss: "dismissing workers\' concerns" and "staff complaints" reject claims, no one goes', () => {
    expect(rounds("Kestrel Telecom is dismissing workers' concerns about pay.")).toEqual([]);
    expect(rounds('Kestrel Telecom keeps dismissing staff complaints about pay.')).toEqual([]);
  });

  it('near miss: "the retrenched workers" only describes them', () => {
    expect(rounds('The retrenched workers of Kestrel Telecom marched on Monday.')).toEqual([]);
  });
});
