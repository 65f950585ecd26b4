import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

const rounds = (text: string) =>
  extract(text, '2024-05-08')
    .events()
    .filter((e) => e.kind === 'layoff' || e.kind === 'restructuring')
    .map((e) => [e.org, e.count]);

describe('a round told as a noun with its doer after "by" (nominal-agent.ts)', () => {
  it('a federation blocks "the proposed layoffs of 450 miners at Orsk Pit by Norrvik Metals"', () => {
    const text =
      'The Kestrel Miners Federation (KMF) went to court on Monday to block the proposed layoffs of 450 miners at ' +
      'Orsk Pit by Norrvik Metals, after members complained about pressure.';
    expect(rounds(text)).toEqual([['Norrvik Metals', 450]]);
  });

  it('a ministry comments on "the dismissal of 90 clerks by the Norrvik Telecommunications Company"', () => {
    const text =
      'The Ministry of Labour commented on posts online about the dismissal of 90 clerks by the Norrvik ' +
      'Telecommunications Company (Norrtel).';
    expect(rounds(text)).toEqual([['Norrvik Telecommunications', 90]]);
  });

  it('near miss: "the dismissal of 300 workers was approved by the Kestrel Labour Court" keeps the speaker', () => {
    const text = 'Norrvik Metals said the dismissal of 300 workers was approved by the Kestrel Labour Court.';
    expect(rounds(text)).toEqual([['Norrvik Metals', 300]]);
  });
});

describe('"the termination of the services of N staff" (loss-of)', () => {
  it('"Vessla Bank confirmed the termination of the services of 240 staff"', () => {
    expect(rounds('Vessla Bank confirmed the termination of the services of 240 staff.')).toEqual([
      ['Vessla Bank', 240],
    ]);
  });

  it('near miss: "the termination of the services of 240 suppliers" counts no staff', () => {
    expect(rounds('Vessla Bank confirmed the termination of the services of 240 suppliers.')).toEqual([]);
  });
});

describe('the staff of a site just closed, told a sentence or two later (site-headcounts.ts)', () => {
  it('"Outplacement help is offered to the 410 workers at the mill" with one sentence between', () => {
    const text =
      'Kestrel Paperworks Ltd will shut a mill in Orsk in March, the company said on Friday. Costs had made the ' +
      'Orsk mill unprofitable for years. Outplacement help is offered to the 410 workers at the mill, which makes ' +
      'cardboard.';
    expect(rounds(text)).toEqual([['Kestrel Paperworks', 410]]);
  });

  it('"Some 2,100 staff were employed in that operation" after the closure', () => {
    const text =
      'In April, Kestrel Motors Ltd closed its van factory near Orsk. Some 2,100 staff were employed in that ' +
      'operation when the closure was announced.';
    expect(rounds(text)).toEqual([['Kestrel Motors', 2100]]);
  });

  it('near miss: the staff "at the new plant" are not those of the site closed', () => {
    const text =
      'Kestrel Paperworks Ltd will shut a mill in Orsk in March. It opened a new plant in Vessla last year. The ' +
      '400 employees at the new plant make cardboard.';
    expect(rounds(text)).toEqual([['Kestrel Paperworks', null]]);
  });

  it('near miss: no site closes before "the 410 workers at the mill"', () => {
    const text =
      'Kestrel Paperworks Ltd opened a mill in Orsk in March. Outplacement help is offered to the 410 workers at ' +
      'the mill.';
    expect(rounds(text)).toEqual([]);
  });
});

describe('a shareholding is sold like a stake or a holding (restructuring-actions.ts)', () => {
  it('"decided to divest its 40 per cent shareholding in Vessla Holdings Limited"', () => {
    const text =
      'Kestrel Cement Plc said it had decided to divest its 40 per cent shareholding in Vessla Holdings Limited.';
    expect(rounds(text)).toEqual([['Kestrel Cement', null]]);
  });

  it('near miss: a shareholding only reported, not sold', () => {
    const text = 'Kestrel Cement Plc reported a 40 per cent shareholding in Vessla Holdings Limited.';
    expect(rounds(text)).toEqual([]);
  });
});
