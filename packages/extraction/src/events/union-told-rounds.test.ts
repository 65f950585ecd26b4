import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

const rounds = (text: string) =>
  extract(text, '2022-09-08')
    .events()
    .map((e) => ({ org: e.org, count: e.count }));

describe('a round a union tells, "after the company said it would lay off …"', () => {
  it('is the company’s round, told once, not a second one of the union', () => {
    expect(
      rounds(
        'Norrvik Trucks said on Monday it would lay off 3,600 workers. The Kora Metalworkers union said in a statement that workers would strike from Sept. 12 after the company said it would lay off 3,600 workers.',
      ),
    ).toEqual([{ org: 'Norrvik Trucks', count: 3600 }]);
  });

  it('still gives "after Norrvik Trucks cut 300 jobs" to the company it names', () => {
    expect(
      rounds('The Kora Metalworkers union called a strike on Monday after Norrvik Trucks cut 300 jobs at its plant.'),
    ).toEqual([{ org: 'Norrvik Trucks', count: 300 }]);
  });
});
