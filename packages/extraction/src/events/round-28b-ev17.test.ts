import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

const rounds = (text: string) =>
  extract(text, '2024-05-08')
    .events()
    .map((e) => [e.org, e.count]);

const SHIPBUILDERS =
  'The three big shipbuilders, Kestrel Heavy Industries (KHI), Tarvo Marine (TM) and Norrvik Heavy Industries (NHI), have been running restructuring programs since the spring.\n\n';

describe('an opening "According to X," whose clause calls the figure’s people or site "its"', () => {
  it('"According to NHI, about 1,300 workers from its Orm yard applied for voluntary retirement": NHI’s round', () => {
    expect(
      rounds(
        `${SHIPBUILDERS}According to NHI, about 1,300 workers from its Orm yard applied for voluntary retirement in June.`,
      ),
    ).toContainEqual(['Norrvik Heavy Industries', 1300]);
  });

  it('near miss: "According to the Orm Times, about 1,300 workers from its Orm yard applied …" (an outlet) is not the outlet’s', () => {
    const found = rounds(
      `${SHIPBUILDERS}According to the Orm Times, about 1,300 workers from its Orm yard applied for voluntary retirement in June.`,
    );
    expect(found.filter(([org]) => org === 'Orm Times')).toEqual([]);
    expect(found).not.toContainEqual(['Norrvik Heavy Industries', 1300]);
  });

  it('near miss: "According to NHI, about 1,300 workers at Tarvo Marine applied …" (the clause names its company)', () => {
    expect(
      rounds(
        `${SHIPBUILDERS}According to NHI, about 1,300 workers at Tarvo Marine applied for voluntary retirement in June.`,
      ),
    ).toContainEqual(['Tarvo Marine', 1300]);
  });
});

const BANKS =
  'Europe’s biggest bank Hallberg said in June it would cut 50,000 staff. Hallberg said it would close 12 per cent of branches.\n\n';

describe('"The <described> <company noun>" opening a sentence after one about one other company', () => {
  it('"Kestrel Bank CEO Jon Roe said he will cut 15,000 staff. The Asia-focused bank has already cut 4,000 jobs"', () => {
    expect(
      rounds(
        `${BANKS}New Kestrel Bank CEO Jon Roe said he will cut 15,000 staff under a revival plan. The Asia-focused bank has already cut 4,000 jobs this year.`,
      ),
    ).toContainEqual(['Kestrel Bank', 4000]);
  });

  it('near miss: a bare "The bank has already cut 4,000 jobs" stays with the company in focus', () => {
    expect(
      rounds(
        `${BANKS}New Kestrel Bank CEO Jon Roe said he will cut 15,000 staff under a revival plan. The bank has already cut 4,000 jobs this year.`,
      ),
    ).not.toContainEqual(['Kestrel Bank', 4000]);
  });

  it('near miss: after a sentence naming two banks, "The Asia-focused bank" is not the second one’s', () => {
    expect(
      rounds(
        `${BANKS}Kestrel Bank and Norrvik Bank said they will cut 15,000 staff between them. The Asia-focused bank has already cut 4,000 jobs this year.`,
      ),
    ).not.toContainEqual(['Norrvik Bank', 4000]);
  });
});

describe('a unit of the subject named after the figure: "cut 400 jobs at its soft drinks unit Tarvo Beverages"', () => {
  it('"Norrvik expects to cut around 400 jobs at its soft drinks unit Tarvo Beverages": the unit’s round', () => {
    expect(
      rounds(
        'Norrvik has confirmed that it expects to cut around 400 jobs at its South African soft drinks unit Tarvo Beverages (TB).',
      ),
    ).toEqual([['Tarvo Beverages', 400]]);
  });

  it('near miss: "cut around 400 jobs at its soft drinks unit, and … sell Tarvo Beverages" stays Norrvik’s', () => {
    expect(
      rounds(
        'Norrvik has confirmed that it expects to cut around 400 jobs at its soft drinks unit, and it plans to sell its juice unit Tarvo Beverages.',
      ),
    ).toContainEqual(['Norrvik', 400]);
  });
});
