import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

const rounds = (text: string) =>
  extract(text, '2024-05-08')
    .events()
    .map((e) => [e.org, e.count, e.percent, e.when]);

describe('a round told beside one it is compared with or replaced', () => {
  it('gives "The workforce reduction of about 1 percent …" to the round told before, not to the older round compared', () => {
    expect(
      rounds(
        'Kessa Electric will eliminate more than 1,000 jobs in Japan through an early retirement programme, a ' +
          'company source said.\n\nThe programme targets staff who have worked for 10 years or more.\n\nThe ' +
          'workforce reduction of about 1 percent of its domestic personnel of around 100,000 is smaller than the ' +
          'roughly 13,000 job cuts made in 2002 under a similar scheme.',
      ),
    ).toEqual([
      ['Kessa Electric', 1000, 1, null],
      ['Kessa Electric', 13000, null, '2002'],
    ]);
  });

  it('drops a figure the company "initially considered" once it tells the one it chose', () => {
    expect(
      rounds(
        'Tarnby Corp. said Thursday it will slash some 5,000 jobs, or 9 percent of its workforce, by the end of ' +
          'March. Tarnby initially considered cutting around 3,000 employees, mainly at home, but decided to expand ' +
          'the number.',
      ),
    ).toEqual([['Tarnby', 5000, 9, '2024-05-02']]);
  });
});
