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
