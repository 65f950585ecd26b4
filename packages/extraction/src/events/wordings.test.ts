import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

const events = (text: string, pub = '2025-03-12') => extract(text, pub).events();

describe('figures written in wordings of wire copy and press releases', () => {
  it('reads voluntary schemes offered to a number of staff, or taken by them', () => {
    expect(events('Norrvik Steel is offering voluntary redundancy to 1,200 employees.')).toEqual([
      { kind: 'layoff', org: 'Norrvik Steel', count: 1200, percent: null, when: null },
    ]);
    expect(events('Hallberg Bank said early retirement packages for up to 900 staff would be offered.')[0]?.count).toBe(
      900,
    );
    expect(
      events('Some 5,000 employees will leave Kestrel Telecom under an early retirement scheme.')[0],
    ).toMatchObject({ count: 5000 });
  });

  it('reads job losses that "total" or "number" a figure', () => {
    expect(events('Norrvik Steel said job losses would total about 2,300.')[0]).toMatchObject({
      org: 'Norrvik Steel',
      count: 2300,
    });
    expect(events('Hallberg Group said the redundancies are expected to number around 450.')[0]?.count).toBe(450);
  });

  it('keeps the count beside a share of a shrinking workforce', () => {
    expect(events("Kestrel Telecom's workforce will be cut by a fifth, or about 6,000 people.")).toEqual([
      { kind: 'layoff', org: 'Kestrel Telecom', count: 6000, percent: 20, when: null },
    ]);
  });

  it('never cuts a figure inside its digit groups', () => {
    // "12" of "12,000-strong" is no count of cut jobs.
    expect(events('Vessa Airlines will slash its 12,000-strong workforce by half.').map((e) => e.count)).not.toContain(
      12,
    );
  });

  it('dates a headline figure by the body before the day of publication', () => {
    const text =
      'Ayodele Cement sacks 600 workers\n\nLAGOS — Ayodele Cement Plc has laid off about 600 workers at its Ewekoro plant, the company confirmed on Friday.';
    expect(events(text, '2024-11-02')).toEqual([
      { kind: 'layoff', org: 'Ayodele Cement', count: 600, percent: null, when: '2024-11-01' },
    ]);
  });
});
