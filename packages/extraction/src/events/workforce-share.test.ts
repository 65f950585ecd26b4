import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

const rounds = (text: string) =>
  extract(text, '2024-05-08')
    .events()
    .map((e) => [e.count, e.percent]);

describe('a share worked out from a stated headcount', () => {
  it('belongs to the round whose count gives that share, not to the breakdown told last', () => {
    expect(
      rounds(
        'Kora Bank said on Monday it would cut about 7,000 jobs over five years. The bank said roughly 5,800 ' +
          'positions would go by 2027. Kora employs around 52,000 people, so the reductions amount to about 13% of ' +
          'its workforce.',
      ),
    ).toContainEqual([7000, 13]);
  });

  it('is read even when the sentence names no cut ("the upper end of the plan is close to 42%")', () => {
    expect(
      rounds(
        'Norrvik Telecom will shed up to 55,000 jobs by 2030, it said on Thursday. The group employs ' +
          'about 130,000 people, so the upper end of the plan is close to 42% of its workforce.',
      ),
    ).toEqual([[55000, 42]]);
  });

  it('is left alone when no round fits the headcount', () => {
    expect(
      rounds(
        'Vessla Foods will cut 300 jobs, it said on Tuesday. The company employs about 9,000 people and expects ' +
          'sales to grow 12% this year.',
      ),
    ).toEqual([[300, null]]);
  });

  it('is read from the size of the workforce being cut ("trim its 48,000 workforce by 9%")', () => {
    expect(
      rounds(
        'Orsk Components said on Tuesday it would eliminate up to 4,300 jobs over three years. The firm ' +
          'intends to trim its 48,000 workforce by 9%, chiefly by not replacing leavers.',
      ),
    ).toEqual([[4300, 9]]);
  });

  it('is read when told in words ("its 30,000-strong staff in Asia by about a quarter")', () => {
    expect(
      rounds(
        'Talven Motors began talks with labour leaders on Wednesday over as many as 7,500 job cuts in Asia. The ' +
          'carmaker said on Monday it could reduce its 30,000-strong staff in Asia by about a quarter.',
      ),
    ).toEqual([[7500, 25]]);
  });
});
