import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

const rounds = (text: string) =>
  extract(`Kestrel Motors AG reported a loss on Tuesday. ${text}`, '2024-05-08').events();
const restructuring = [{ kind: 'restructuring', org: 'Kestrel Motors', count: null }];

describe('exits, closures, splits and insolvencies in more wordings', () => {
  it('reads leaving a market or a country, and discontinuing or shedding a business', () => {
    expect(rounds('The company will pull out of Russia.')).toMatchObject(restructuring);
    expect(rounds('The company will leave the Argentine market.')).toMatchObject(restructuring);
    expect(rounds('The company will discontinue its consumer business.')).toMatchObject(restructuring);
    expect(rounds('The company will shed its bus business.')).toMatchObject(restructuring);
  });

  it('reads idling a plant and the end of production at a site', () => {
    expect(rounds('The company will idle its Tarvo plant for six months.')).toMatchObject(restructuring);
    expect(rounds('The company announced the end of production in Tarvo.')).toMatchObject(restructuring);
  });

  it('reads "split in two" and "judicial management"', () => {
    expect(rounds('The company will split in two.')).toMatchObject(restructuring);
    expect(rounds('The company was placed under judicial management.')).toMatchObject(restructuring);
  });

  it('reads no exit from talks, a trade show or an open door', () => {
    expect(rounds('The company pulled out of the talks.')).toEqual([]);
    expect(rounds('The company will leave the door open to talks.')).toEqual([]);
    expect(rounds('The company left the market research to analysts.')).toEqual([]);
  });
});

describe('restructurings told in more wordings still', () => {
  it('reads a sale whose appositive opens with "the", a combination of units, and folding some divisions into one', () => {
    expect(
      rounds(
        'The company agreed to sell Kestrel Beauty, the unit it set up two years ago, to Marlow for 4 billion euros.',
      ),
    ).toMatchObject(restructuring);
    expect(
      rounds('The company has completed the combination of its offshore business with Vessa Marine.'),
    ).toMatchObject(restructuring);
    expect(rounds('The company will fold two of its three divisions into one.')).toMatchObject(restructuring);
  });

  it('reads leaving a line of business in several countries, closing national operations, and creditor protection', () => {
    expect(rounds('The company will exit food delivery in seven African countries.')).toMatchObject(restructuring);
    expect(rounds('The company will shut down its Brazilian operations.')).toMatchObject(restructuring);
    expect(rounds('The company sought protection from creditors on Monday.')).toMatchObject(restructuring);
    expect(rounds('The company will exit the building in two weeks.')).toEqual([]);
  });
});
