import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

const rounds = (text: string) =>
  extract(text, '2024-05-08')
    .events()
    .filter((e) => e.kind === 'layoff' || e.kind === 'restructuring')
    .map((e) => ({ org: e.org, count: e.count }));

const counts = (text: string) => rounds(text).map((r) => r.count);

describe('staff who left under a scheme, the period told between employer and scheme', () => {
  it('"About 1,800 workers left Kestrel Heavy in June under its voluntary retirement programme": 1,800', () => {
    expect(
      counts(
        'About 1,800 workers left Kestrel Heavy in June under its voluntary retirement programme, the company ' +
          'said on Tuesday.',
      ),
    ).toEqual([1800]);
    expect(
      counts('Some 800 employees left Norrvik Bank in the first half under an early retirement plan, it said.'),
    ).toEqual([800]);
  });

  it('no count for staff who left through something other than a scheme', () => {
    expect(
      counts(
        'About 1,800 workers left Kestrel Heavy in June through the gate of its yard, the company said on Tuesday.',
      ),
    ).not.toContain(1800);
  });
});

describe('a workforce told over a span is no round', () => {
  it('"had shrunk from 4,100 to 1,300 as of March 2022", "from 2,600 to 900 since 2015": no round of the difference', () => {
    expect(
      counts(
        'Kestrel Telecom is weighing job cuts, a union said on Monday. Its workforce had shrunk from 4,100 to ' +
          '1,300 as of March 2022.',
      ),
    ).not.toContain(2800);
    expect(
      counts("Kestrel Telecom's workforce has fallen from 2,600 to 900 since 2015, the union said on Monday."),
    ).not.toContain(1700);
  });

  it('a planned reduction to a target still counts the difference', () => {
    expect(
      counts('Kestrel Telecom said on Monday it would reduce its workforce from 2,600 to 900 by March 2025.'),
    ).toEqual([1700]);
  });
});

describe('a round an outlet reported and the company denied', () => {
  it('"… the Daily Courier reported on Saturday. Norrvik denied the report.": no round', () => {
    expect(
      rounds(
        'Norrvik may cut 2,000 jobs - paper\n\nNorrvik Motors may cut 2,000 jobs at its Hallberg plant, the Daily ' +
          'Courier reported on Saturday. Norrvik denied the report.',
      ),
    ).toEqual([]);
  });

  it('"denied a report that it planned to cut a further 2,000 jobs": no round, the earlier one stays', () => {
    expect(
      counts(
        'Norrvik Motors on Monday denied a report that it planned to cut a further 2,000 jobs. Norrvik said in ' +
          'February it would cut 5,000 jobs.',
      ),
    ).toEqual([5000]);
  });

  it('keeps a report the company confirmed', () => {
    expect(
      counts(
        'Norrvik Motors may cut 2,000 jobs at its Hallberg plant, the Daily Courier reported on Saturday. Norrvik ' +
          'confirmed the report.',
      ),
    ).toEqual([2000]);
  });

  it('keeps the figure a denial turns to ("denied reports …, but said 500 jobs would go")', () => {
    expect(
      counts(
        'Norrvik Motors denied reports that it would close its Hallberg plant, but said on Monday that 500 jobs ' +
          'would go there.',
      ),
    ).toEqual([500]);
  });
});

describe("a trade's sum is no company's round", () => {
  it('"Twelve of Europe\'s largest lenders shed 54,000 jobs": not the bank the article is about', () => {
    expect(
      rounds(
        'Kestrel Bank to cut 5,000 jobs\n\nKestrel Bank said on Monday it would cut 5,000 jobs. The move deepens ' +
          "a wave of cuts. Twelve of Europe's largest lenders shed 54,000 jobs in 2016 and 2017, according to " +
          'figures gathered by the Daily Courier.',
      ),
    ).toEqual([
      { org: 'Kestrel Bank', count: 5000 },
      { org: null, count: 54000 },
    ]);
  });

  it('"Kestrel Bank, one of Europe\'s largest lenders, shed 7,800 jobs": the bank\'s own', () => {
    expect(
      rounds(
        "Kestrel Bank, one of Europe's largest lenders, shed 7,800 jobs in 2016, according to figures gathered by " +
          'the Daily Courier.',
      ),
    ).toEqual([{ org: 'Kestrel Bank', count: 7800 }]);
  });

  it('"Norrland Central Bank (NCB) figures show local banks have shed 612 staff": not the central bank\'s', () => {
    expect(
      rounds(
        'Kestrel Bank has laid off some 60 employees. Norrland Central Bank (NCB) figures show local banks have ' +
          'shed 612 staff in the year to June 2021.',
      ),
    ).toEqual([
      { org: 'Kestrel Bank', count: 60 },
      { org: null, count: 612 },
    ]);
  });

  it('"… figures show it has shed 612 staff": the bank\'s own', () => {
    expect(
      rounds('Kestrel Bank said on Monday its own figures show it has shed 612 staff since January.').map((r) => r.org),
    ).toContain('Kestrel Bank');
  });
});

describe('two clauses joined by a bare "and", each with its subject and figure', () => {
  it('"Kestrel Bank has laid off some 60 employees … and Vessla Bank is cutting about 150 jobs": 150 is Vessla\'s', () => {
    expect(
      rounds(
        'Kestrel Bank has laid off some 60 employees in Halden and Vessla Bank is cutting about 150 jobs, the ' +
          'Daily Courier said.',
      ),
    ).toEqual([
      { org: 'Kestrel Bank', count: 60 },
      { org: 'Vessla Bank', count: 150 },
    ]);
  });

  it('a pair cutting together keeps the first name ("Kestrel Bank and Vessla Bank are cutting 150 jobs")', () => {
    expect(
      rounds('Kestrel Bank and Vessla Bank are cutting about 150 jobs in their joint card business.').map((r) => r.org),
    ).not.toContain('Vessla Bank');
  });
});
