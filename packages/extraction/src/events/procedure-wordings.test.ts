import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

const rounds = (text: string) =>
  extract(`Kestrel Motors AG reported a loss on Tuesday. ${text}`, '2024-05-08').events();

describe('cuts and separations told as procedures or by the board', () => {
  it('reads a collective dismissal procedure and a French-style "suppression of posts" with their headcount', () => {
    expect(rounds('The company has started a collective dismissal procedure for 400 workers.')).toMatchObject([
      { kind: 'layoff', org: 'Kestrel Motors', count: 400 },
    ]);
    expect(rounds('The company foresees the suppression of 1,200 posts.')).toMatchObject([
      { kind: 'layoff', org: 'Kestrel Motors', count: 1200 },
    ]);
  });

  it('reads "separate its … division" without "from" as a restructuring', () => {
    expect(rounds('The group intends to separate its trucks division.')).toMatchObject([
      { kind: 'restructuring', org: 'Kestrel Motors', count: null },
    ]);
  });

  it('reads the board as acting for the company in focus', () => {
    expect(rounds('The board approved the demerger of its hotels business.')).toMatchObject([
      { kind: 'restructuring', org: 'Kestrel Motors' },
    ]);
  });

  it('reads no separation of roles and no suppression of a report', () => {
    expect(rounds('The group will separate the roles of chairman and chief executive.')).toEqual([]);
    expect(rounds('Critics accused the company of the suppression of a safety report.')).toEqual([]);
  });
});

describe('non-native and Q&A wordings of a count', () => {
  it('reads "part ways with"/"dispense with" staff, "work places" and jobs that "disappear"', () => {
    expect(rounds('The company will part ways with 600 employees.')).toMatchObject([{ count: 600 }]);
    expect(rounds('The company will dispense with 600 workers.')).toMatchObject([{ count: 600 }]);
    expect(rounds('The company will eliminate 600 work places.')).toMatchObject([{ count: 600 }]);
    expect(rounds('In total, 600 jobs will disappear.')).toMatchObject([{ org: 'Kestrel Motors', count: 600 }]);
    expect(rounds('Some 600 posts are set to vanish.')).toMatchObject([{ org: 'Kestrel Motors', count: 600 }]);
  });

  it('reads a Q&A answer that opens with the figure alone', () => {
    expect(rounds('\n\nHow many jobs will go?\n\nAbout 1,500, the company said.')).toMatchObject([
      { kind: 'layoff', org: 'Kestrel Motors', count: 1500 },
    ]);
    expect(rounds('\n\nWhen will the jobs go?\n\n2025, the company said.')).toEqual([]);
  });
});

describe('the headcount of a step told in the next sentence', () => {
  it('reads "The decision affects 600 employees" after a closure as the closure\'s count', () => {
    expect(rounds('The company will close its Tarvo plant. The decision affects 600 employees.')).toMatchObject([
      { kind: 'layoff', org: 'Kestrel Motors', count: 600 },
    ]);
  });

  it('reads no count from a decision that affects customers', () => {
    expect(rounds('The company raised prices. The decision affects 600,000 customers.')).toEqual([]);
  });
});

describe('the size of a round set off as an aside', () => {
  it('reads "The cuts – 1,200 in all –" and "(1,200 in total)" as the count of the round just told', () => {
    expect(rounds('It will cut jobs. The cuts – 1,200 in all – will fall mainly in Germany.')).toMatchObject([
      { kind: 'layoff', org: 'Kestrel Motors', count: 1200 },
    ]);
    expect(rounds('It will cut jobs. The job cuts (1,200 in total) will fall mainly in Germany.')).toMatchObject([
      { kind: 'layoff', org: 'Kestrel Motors', count: 1200 },
    ]);
  });
});
