import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

const rounds = (text: string) =>
  extract(text, '2024-05-08')
    .events()
    .filter((e) => e.kind === 'layoff' || e.kind === 'restructuring')
    .map((e) => [e.org, e.count, e.percent]);

describe('the employer named after the jobs, before their verb', () => {
  it('"Some 420 employees of Norrvik Drugs Ltd were laid off": a round of 420 at Norrvik Drugs', () => {
    expect(rounds('Some 420 employees of Norrvik Drugs Ltd were laid off on Monday.')).toEqual([
      ['Norrvik Drugs', 420, null],
    ]);
    expect(rounds('Up to 420 employees of Norrvik Drugs Ltd have been laid off.')).toEqual([
      ['Norrvik Drugs', 420, null],
    ]);
  });

  it('"nearly 1,350 staffers of the lender are to be dismissed": the same with "the lender"', () => {
    const text = 'Kestrel Bank will absorb Vessla Bank. Nearly 1,350 staffers of the lender are to be dismissed.';
    expect(rounds(text).map((r) => r[1])).toEqual([1350]);
  });

  it('near miss: members of a union who were dismissed, "of whom" — no round', () => {
    expect(rounds('The 420 members of Kestrel Union who were dismissed in 2019 marched on Monday.')).toEqual([]);
    expect(rounds('Norrvik Drugs Ltd has 900 employees of whom 420 were laid off last year.')).toEqual([]);
  });
});

describe('a count with its fate in a relative clause after a comma', () => {
  it('"and employs some 640 people, who are to be made redundant": the closure\'s round of 640', () => {
    const text =
      'Kestrel Wiring said it plans to shut its cable works in Orsk. The move is due in the autumn. The ' +
      'works makes harnesses and employs some 640 people, who are to be made redundant.';
    expect(rounds(text)).toEqual([['Kestrel Wiring', 640, null]]);
  });

  it('near miss: "has 640 staff, who heard about the new shifts" — no round of 640', () => {
    const text = 'Kestrel Wiring has 640 staff, who heard about the new shift plan on Monday.';
    expect(rounds(text)).toEqual([]);
  });
});

describe('a share written in words', () => {
  it('"a cut of one third of its staff": a share of 33%, no count of one', () => {
    expect(rounds('Kestrel Rail said a cut of one third of its staff would follow by December.')).toEqual([
      ['Kestrel Rail', null, 33],
    ]);
    expect(rounds('Kestrel Rail will cut one third of its staff.')).toEqual([['Kestrel Rail', null, 33]]);
  });

  it('near miss: a small count in words before a job noun is still a count', () => {
    expect(rounds('Kestrel Rail will lay off nine engineers at its Orsk depot.')).toEqual([['Kestrel Rail', 9, null]]);
  });
});

describe('a tally of an economy', () => {
  it('"some 2.3 million posts have vanished across Norland, an agency said": no round of the company in focus', () => {
    const text =
      'Bottle maker Kestrel plans to eliminate 350 posts in Norland. Some 2.3 million posts have vanished across ' +
      'Norland since the floods, the Norland Labour Office estimated.';
    expect(rounds(text)).toEqual([
      ['Kestrel', 350, null],
      [null, 2300000, null],
    ]);
  });

  it('near miss: a company that names its own figure in millions keeps it', () => {
    expect(rounds('Norrvik Post will cut 1.1 million jobs, the company said.')).toEqual([
      ['Norrvik Post', 1100000, null],
    ]);
  });
});

describe('a share of "the workforce" told after the round', () => {
  const round =
    'Bottle maker Kestrel said on Tuesday it would eliminate about 350 posts after a fire at its Orsk site. ';
  it('"would have to shed about three quarters of the workforce": the share of the round just told', () => {
    const text = round + 'The firm added that it would have to shed about three quarters of the workforce.';
    expect(rounds(text)).toEqual([['Kestrel', 350, 75]]);
  });

  it('near miss: "three quarters of the workforce at its Vessla site" — a part of the staff, no share of the round', () => {
    const text =
      round + 'The firm added that it would have to shed about three quarters of the workforce at its Vessla site.';
    expect(rounds(text)).toEqual([
      ['Kestrel', 350, null],
      ['Kestrel', null, 75],
    ]);
  });
});
