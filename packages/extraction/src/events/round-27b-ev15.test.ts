import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

const rounds = (text: string) =>
  extract(text, '2024-05-08')
    .events()
    .map((e) => [e.org, e.count]);

describe('staff who left their employer under a scheme the sentence names', () => {
  it('counts them: "More than 5,700 employees left Kestrel Group … launched voluntary retirement schemes"', () => {
    expect(
      rounds(
        'Kestrel Group affiliates shed staff\n\nMore than 5,700 employees left Kestrel Group in the first half after its five affiliates -- Kestrel Chemicals, Kestrel Heavy Industries and Kestrel Engineering -- launched voluntary retirement schemes.\n',
      ),
    ).toContainEqual(['Kestrel Group', 5700]);
  });

  it('gives the round to the company left, not the one in focus: "About 2,000 workers left Norrvik Heavy Industries"', () => {
    expect(
      rounds(
        'Tarvo Shipbuilding trims staff\n\nTarvo Shipbuilding Co. said on Monday it had been running a restructuring program, like Norrvik Heavy Industries Co. About 2,000 workers left Norrvik Heavy Industries in May through its voluntary retirement program.\n',
      ),
    ).toContainEqual(['Norrvik Heavy Industries', 2000]);
  });

  it('counts "some 200 office workers at Hallberg Heavy left the company in a retirement program"', () => {
    expect(
      rounds(
        'Hallberg Heavy plans new retirement round\n\nHallberg Heavy said on Tuesday it will run a voluntary retirement program. In 2014, some 200 office workers at Hallberg Heavy left the company in a retirement program.\n',
      ),
    ).toContainEqual(['Hallberg Heavy', 200]);
  });

  it('near miss: staff who left for rivals, with no scheme, are no round', () => {
    expect(
      rounds(
        'Kestrel Group loses engineers\n\nKestrel Group said on Monday it would hire more. About 200 engineers left Kestrel Group last year for rivals, the company said.\n',
      ),
    ).not.toContainEqual(['Kestrel Group', 200]);
  });
});
describe('a central bank the story is not about is no default actor', () => {
  it('does not give a count told without its company to "Central Bank of Vessmark"', () => {
    expect(
      rounds(
        'Hallberg Bank, Kestrel Bank cut jobs in Vessmark\n\nHallberg Bank has laid off about 40 bankers and Kestrel Bank is cutting around 100 jobs, as lenders reduce costs.\n\nThe Central Bank of Vessmark said local banks have laid off 446 people this year.\n\nForeign lenders have added staff in the same period. Analysts expect more cuts.\n\nAdditionally, Ostby Commerce in September said that it would offer voluntary retirement, which resulted in over 150 job cuts.\n',
      ),
    ).not.toContainEqual(['Central Bank of Vessmark', 150]);
  });

  it('near miss: a central bank that is the story still cuts its own staff', () => {
    expect(
      rounds(
        'Central Bank of Vessmark sacks 300 employees\n\nThe Central Bank of Vessmark terminated over 300 staff members on Friday. It said another 200 would leave, bringing the total to nearly 500.\n',
      ),
    ).toContainEqual(['Central Bank of Vessmark', 300]);
  });
});
