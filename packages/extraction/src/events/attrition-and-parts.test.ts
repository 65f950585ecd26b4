import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

const events = (text: string, pub = '2025-02-13') => extract(text, pub).events();
const brief = (text: string) => events(text).map((e) => [e.kind, e.org, e.count]);

describe('cuts told as a shrinking number of jobs, as staff not replaced, or as a part of a stated whole', () => {
  it('reads "the number of jobs at the unit would shrink by N" as a cut of N', () => {
    expect(
      brief('Kora Bank said the number of positions in its branches would shrink by 900 over three years.'),
    ).toEqual([['layoff', 'Kora Bank', 900]]);
  });

  it('does not read a falling number of customers as a cut', () => {
    expect(brief('Kora Bank said the number of customers would shrink by 900 this year.')).toEqual([]);
  });

  it('reads "will not replace N departing staff" as a cut of N, while "will not cut N jobs" stays denied', () => {
    expect(brief('Kora Bank will not replace some 1,000 departing staff as employees retire.')).toEqual([
      ['layoff', 'Kora Bank', 1000],
    ]);
    expect(brief('Kora Bank will not cut 1,000 jobs this year.')).toEqual([]);
  });

  it('reads "of the N positions at X, M might be affected" as a cut of M, not of the whole', () => {
    expect(
      brief('Norrvik Mining said that of the 2,500 positions at its two oldest shafts, 960 might be affected.'),
    ).toEqual([['layoff', 'Norrvik Mining', 960]]);
    expect(brief('Kestrel Telecom said that, of 2500 positions, 960 might be affected by the restructuring.')).toEqual([
      ['restructuring', 'Kestrel Telecom', 960],
    ]);
  });
});

describe('"shown the door": the idiom of dismissal', () => {
  it('reads "has shown the door to N employees" and "N managers are to be shown the door" as cuts', () => {
    expect(brief('Norrvik Motors has shown the door to 400 employees.')).toEqual([['layoff', 'Norrvik Motors', 400]]);
    expect(brief('At Norrvik Motors, 375 managers are expected to be shown the door.')).toEqual([
      ['layoff', 'Norrvik Motors', 375],
    ]);
  });

  it('does not read things shown to people as a cut', () => {
    expect(brief('Norrvik Motors showed its new model to 400 dealers.')).toEqual([]);
  });
});

describe('"asked to leave": staff a company asks to go', () => {
  it('reads "N employees will be asked to (voluntarily) leave (their jobs)" as a cut of N', () => {
    expect(brief('Kestrel Telecom said 3,000 employees will be asked to voluntarily leave their jobs.')).toEqual([
      ['layoff', 'Kestrel Telecom', 3000],
    ]);
    expect(brief('Kestrel Telecom said 3,000 employees will be asked to leave the company.')).toEqual([
      ['layoff', 'Kestrel Telecom', 3000],
    ]);
  });

  it('does not read people asked to leave a building as a cut', () => {
    expect(
      brief('Kestrel Telecom said 3,000 employees were asked to leave the building during the fire drill.'),
    ).toEqual([]);
  });
});

describe('a union named as "the X trade union"', () => {
  it('is never "the company" that cuts', () => {
    expect(
      brief(
        'Kestrel Telecom and the Vakta trade union met on Monday over the plan. Vakta spokesman Jon Berg says the union is unhappy. ' +
          'The company is in the first phase of its restructuring. During this phase, 375 managers are expected to be laid off.',
      ),
    ).toEqual([['layoff', 'Kestrel Telecom', 375]]);
  });
});

describe('round-ups opened by "Joining A and B,": the figure is the company after the list', () => {
  it('credits the clause’s own company, not the companies it joins', () => {
    expect(brief('Joining rivals Kestrel Foods and Marlow Dairy, Norrvik Cars fired 400 workers last month.')).toEqual([
      ['layoff', 'Norrvik Cars', 400],
    ]);
    expect(brief('Like Kestrel Foods, Marlow Dairy and Vessa Mills, Norrvik Cars will cut 400 jobs.')).toEqual([
      ['layoff', 'Norrvik Cars', 400],
    ]);
  });

  it('reads "About 800 of the roles are to go in the first round" as a part of the round just told', () => {
    expect(
      brief(
        'Vessla Steel Nederland will cut around 1,600 jobs at its Marlow works, the Kestrel-owned group said. ' +
          'About 800 of the roles are to go in the first round.',
      ),
    ).toEqual([['layoff', 'Vessla Steel Nederland', 1600]]);
  });
});

describe("a country's share of a round, its sentence opening with the place", () => {
  it('is part of the round told before, not a round of its own', () => {
    const counts = (text: string) =>
      extract(text, '2024-09-04')
        .events()
        .map((e) => e.count);
    expect(
      counts(
        'Harlow Motors will cut 6,000 jobs worldwide, it said on Tuesday. In Germany, 2,500 positions will go, while ' +
          '1,200 jobs will be cut in France.',
      ),
    ).toEqual([6000]);
    expect(
      counts('Harlow Motors will cut 6,000 jobs worldwide, it said on Tuesday. France will lose 1,200 jobs.'),
    ).toEqual([6000]);
  });
});

describe('an outlet a report is credited to', () => {
  it('"as reported by Reuters, Y is expected to announce …": Y cuts, even where the wire opened a sentence before', () => {
    expect(
      brief(
        'Norrvik Air, Tessel Airways and Brakvik are facing layoffs.\n\n' +
          'Reuters reports that Norrvik Air will soon make its second round of job cuts this year. ' +
          "An unnamed representative for the German airline said the 200 layoffs are part of the carrier's plan.\n\n" +
          'The biggest cuts could come from the Dutch half of Tessel Airways. According to the daily Tessel Dagblad, ' +
          'as reported by Reuters, Brakvik is expected to announce the elimination of 7,500 jobs.',
      ),
    ).toContainEqual(['layoff', 'Brakvik', 7500]);
  });
});

describe("bodies that consent to a company's cut", () => {
  it('"The X union and its works council at Y have agreed to … the destruction of one in five jobs": Y\'s cut', () => {
    expect(
      events(
        'The Vakta union and its works council representatives at Norrvik Motors have agreed to wage cuts and the destruction of one in five jobs in Germany.',
      ).map((e) => [e.org, e.percent]),
    ).toEqual([['Norrvik Motors', 20]]);
  });
});

describe('the company a sentence opens with', () => {
  it("is the actor of its subjectless cut, even with the article's main company the subject a paragraph before", () => {
    expect(
      brief(
        'Norrvik Motors will reduce its Cologne workforce by 2,900 positions by end-2027.\n\n' +
          'Tessel Steel GmbH secured a restructuring agreement through 2030 that cuts weekly hours while planning roughly 11,000 job eliminations.',
      ),
    ).toEqual([
      ['layoff', 'Norrvik Motors', 2900],
      ['layoff', 'Tessel Steel', 11000],
    ]);
  });
});
