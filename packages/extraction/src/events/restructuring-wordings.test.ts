import { describe, expect, it } from 'vitest';
import { eventRows } from './event-rows.js';

const brief = (text: string) => eventRows(text, '2024-07-25', 'kind', 'org', 'count');

describe('restructurings without a figure, in more of the ways news tells them', () => {
  it('reads "the sale of X’s tea business" as X selling', () => {
    expect(brief('The sale of Norrvik Foods’ tea business to Kestrel Capital was completed in July 2023.')).toEqual([
      ['restructuring', 'Norrvik Foods', null],
    ]);
  });

  it('reads "a new structure with three business units" as a new operating model', () => {
    expect(brief('Norrvik Foods unveiled a new structure with three business units.')).toEqual([
      ['restructuring', 'Norrvik Foods', null],
    ]);
  });

  it('reads restructuring or overhauling a part of the company, not its debt', () => {
    expect(brief('Norrvik Foods is restructuring its European operations.')).toEqual([
      ['restructuring', 'Norrvik Foods', null],
    ]);
    expect(brief('Norrvik Foods will overhaul its retail network.')).toEqual([
      ['restructuring', 'Norrvik Foods', null],
    ]);
    expect(brief('Norrvik Foods is restructuring its debt.')).toEqual([]);
  });

  it('reads "the operating model Roe unveiled in January" as the chief executive’s company restructuring', () => {
    const text = [
      'Norrvik Pharma chief executive Jan Roe said on Tuesday the company had to change.',
      'Its teams now follow Shared Teams, the operating model Roe unveiled in January.',
    ].join(' ');
    expect(brief(text)).toEqual([['restructuring', 'Norrvik Pharma', null]]);
  });
});

describe('a restructuring going on for years', () => {
  it('"has been restructuring since 2021" is no event of its own; "reorganised in 2022" is one', () => {
    const events = (text: string) => eventRows(text, '2024-09-04', 'kind', 'when');
    expect(
      events(
        'Harlow Bank will cut 2,000 jobs, it said on Tuesday. Since 2021 the bank has been restructuring its network.',
      ),
    ).toHaveLength(1);
    expect(
      events('Harlow Bank will cut 2,000 jobs, it said on Tuesday. The bank reorganised into three divisions in 2022.'),
    ).toHaveLength(2);
  });
});
