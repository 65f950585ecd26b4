import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

const rounds = (text: string) =>
  extract(text, '2024-05-08')
    .events()
    .map((e) => [e.org, e.count, e.percent]);

describe('parts of a round at a site the company owns, and a share told before its count', () => {
  it('keeps the sections of an owned mine inside the owner’s round ("followed by" ranks, it adds no round)', () => {
    expect(
      rounds(
        'Hallberg Gold said this week it could shed 1 560 more jobs at Tarn Deep.\n\nTarn Deep is owned by ' +
          'Hallberg Gold and is its only mechanised mine.\n\nThe biggest area in which Tarn Deep is looking to cut ' +
          'jobs is in the engineering section where a net of 665 jobs could be lost, followed by the mining unit ' +
          'where a net of 152 jobs could be cut.',
      ),
    ).toEqual([['Hallberg Gold', 1560, null]]);
  });

  it('reads "has issued 106 of them with redundancy letters" and gives it the share told just before', () => {
    expect(
      rounds(
        'Kestra Bank said on Monday it would lay off a third of its workforce. The lender, which has about 300 ' +
          'employees, has issued 106 of them with redundancy letters.',
      ),
    ).toEqual([['Kestra Bank', 106, 33]]);
  });

  it('keeps a count that says it is another round apart from the share', () => {
    expect(
      rounds(
        'Kestra Bank said on Monday it would lay off a third of its workforce. The lender has also issued 40 ' +
          'contract workers with termination letters.',
      ),
    ).toEqual([
      ['Kestra Bank', null, 33],
      ['Kestra Bank', 40, null],
    ]);
  });

  it('takes no share from "savings of about 30% from staff cost cuts"', () => {
    expect(
      rounds(
        'Kestra Air will eliminate 600 jobs, it said on Monday. The company has said it is targeting savings of ' +
          'about 30% from staff cost cuts at its headquarters.',
      ),
    ).toEqual([['Kestra Air', 600, null]]);
  });

  it('drops the first estimate of a plan that now has another figure ("Originally estimating … now intends …")', () => {
    expect(
      rounds(
        'Hallberg Foods has said it will reduce its planned job cuts in Europe by about 1,500 positions. ' +
          'Originally estimating a reduction of 3,200 jobs, the company now intends to lay off around 1,700 employees.',
      ),
    ).toEqual([['Hallberg Foods', 1700, null]]);
  });

  it('gives "…, bringing its total to 1,100" to the subject after an opening list of rivals', () => {
    expect(
      extract(
        'Joining names such as Vantor and Kessa Learning, tutoring firm Tarnby has also fired 385 people more, ' +
          'bringing its total to 1,100.',
        '2024-05-08',
      )
        .events()
        .map((e) => [e.org, e.count, e.cumulative ?? false]),
    ).toEqual([
      ['Tarnby', 385, false],
      ['Tarnby', 1100, true],
    ]);
  });

  it('reads "The lender" as the lender just introduced, not the company the article is about', () => {
    expect(
      rounds(
        'Norrbank will close 12 branches, it said on Friday. Norrbank now joins a list of local lenders that have ' +
          'cut staff.\n\nSharia-compliant lender Kestra Community Bank (KCB) recently announced laying off a third ' +
          'of its workforce. The lender, which has just more than 300 employees, has issued 106 of them with ' +
          'redundancy letters.',
      ),
    ).toEqual([
      ['Norrbank', null, null],
      ['Kestra Community Bank', 106, 33],
    ]);
  });

  it('keeps a count the writer works out from the headcount apart from the share ("meaning roughly …")', () => {
    expect(
      rounds(
        'Kessa Social said on Wednesday it would cut about 20% of its workforce. The company had more than 6,400 ' +
          'employees in June, meaning roughly 1,280 people will lose their jobs.',
      ),
    ).toEqual([
      ['Kessa Social', null, 20],
      ['Kessa Social', 1280, null],
    ]);
  });
});
