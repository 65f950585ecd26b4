import { describe, expect, it } from 'vitest';
import { eventRows } from './event-rows.js';

const brief = (text: string) => eventRows(text, '2024-11-13', 'org', 'count', 'when');

describe('round-ups that give several companies their figures in one clause', () => {
  it('pairs listed companies with their figures when the text says "respectively"', () => {
    expect(brief('Rivals Kestrel Motors and Marlow Trucks have cut 2,000 and 1,500 jobs respectively.')).toEqual([
      ['Kestrel Motors', 2000, null],
      ['Marlow Trucks', 1500, null],
    ]);
    expect(brief('Kestrel Motors, Marlow Trucks and Vessa Cars cut 2,000, 1,500 and 900 jobs, respectively.')).toEqual([
      ['Kestrel Motors', 2000, null],
      ['Marlow Trucks', 1500, null],
      ['Vessa Cars', 900, null],
    ]);
  });

  it('gives "… and Marlow 1,500" (the verb left out) to the second company, with its own date', () => {
    expect(brief('Kestrel Motors has announced 2,000 job cuts and Marlow Trucks 1,500.')).toEqual([
      ['Kestrel Motors', 2000, null],
      ['Marlow Trucks', 1500, null],
    ]);
    expect(brief('Kestrel Motors cut 2,000 jobs in 2023 and Marlow Trucks 1,500 in 2024.')).toEqual([
      ['Kestrel Motors', 2000, '2023'],
      ['Marlow Trucks', 1500, '2024'],
    ]);
  });

  it('does not split one company’s range or read a figure’s thousands as a round', () => {
    expect(brief('Kestrel Motors will cut between 2,000 and 2,500 jobs.')).toEqual([['Kestrel Motors', 2000, null]]);
    expect(brief('Kestrel Motors cut 700 jobs in 2020 and another 1,200 in 2022.')).toEqual([
      ['Kestrel Motors', 700, '2020'],
      ['Kestrel Motors', 1200, '2022'],
    ]);
  });

  it('gives a figure "announced by" another company to that company, not to the sentence’s subject', () => {
    expect(brief('Norrvik Cars will cut 3,000 jobs, adding to the 2,000 layoffs announced by Kestrel Motors.')).toEqual(
      [
        ['Norrvik Cars', 3000, null],
        ['Kestrel Motors', 2000, null],
      ],
    );
  });
});
