import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

const events = (text: string) => extract(text, '2024-05-08').events();
const rounds = (text: string) => events(text).map((e) => [e.org, e.count, e.percent]);

describe('how the end of a consultation and its split are told', () => {
  it('reads "N employees could not be placed …, and will be retrenched" as the round', () => {
    expect(
      rounds(
        'Tarnby Mining said on Friday it had ended talks on its Vessa 3 shaft. Chief executive Jane Roe said 480 ' +
          'employees could not be placed in other roles, and will be retrenched.',
      ),
    ).toEqual([['Tarnby Mining', 480, null]]);
  });

  it('reads "a further 65 workers … could not be placed and have been retrenched"', () => {
    expect(
      rounds(
        'Tarnby Mining is closing its Vessa shaft. A further 65 workers from the shaft could not be placed and ' +
          'have been retrenched, the company said.',
      ),
    ).toEqual([['Tarnby Mining', 65, null]]);
  });

  it('does not take a first predicate that is no cut for one ("will not be moved and will stay")', () => {
    expect(
      rounds('Tarnby Mining will cut 300 jobs. Some 120 workers will not be moved and will stay at the mine.'),
    ).toEqual([['Tarnby Mining', 300, null]]);
  });

  it('reads a bare count whose verb counts people: "From 145 people employed, 95 will directly lose their jobs"', () => {
    expect(
      rounds(
        'Hallberg Brewing announced the closure of its brewery in Vantor. From 145 people employed, 95 will ' +
          'directly lose their jobs.',
      ),
    ).toEqual([['Hallberg Brewing', 95, null]]);
  });

  it('reads the count in brackets after a share of those affected: "only a quarter (310 employees) are likely to lose their jobs"', () => {
    expect(
      rounds(
        'Hallberg Bank has begun a consultation that could see nearly one in 10 employees retrenched. The bank ' +
          'said on Tuesday that of its 3,700 employees, roughly one third (1,200) will be affected, but only a ' +
          'quarter (310 employees) are likely to lose their jobs.',
      ),
    ).toEqual([['Hallberg Bank', 310, 10]]);
  });

  it('reads a share written in words in the sentence after the round ("six per cent of its work force")', () => {
    expect(
      rounds(
        'Hallberg Pharma will cut 4,800 jobs over two years, the company said on Wednesday. The cuts amount to six ' +
          'per cent of its 82,000-strong global work force.',
      ),
    ).toEqual([['Hallberg Pharma', 4800, 6]]);
  });

  it('keeps a split by grade ("190 management and 400 non-managerial employees will go") inside the round', () => {
    expect(
      rounds(
        'Kestra Air will cut around 600 jobs at its headquarters, it said on Monday. Around 190 management and 400 ' +
          'non-managerial employees will go.',
      ),
    ).toEqual([['Kestra Air', 600, null]]);
  });
});
