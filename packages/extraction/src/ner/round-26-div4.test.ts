import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

describe('round 26: units named after their owner', () => {
  it('"Brisa SE, the truck arm of Vessla … Brisa Diesel Turbo said": a unit of the unit written in legal form', () => {
    const x = extract(
      'Truck maker cuts jobs\n\nBrisa SE, the German truck-making arm of Vessla AG, plans to cut 1,400 jobs at its ' +
        'engine unit. The cuts will boost profit, Augsburg-based Brisa Diesel Turbo said in a statement. "We have to ' +
        'adapt," said Ingo Hallberg, head of Brisa Diesel Turbo.',
    );
    expect(x.parent('Brisa')).toBe('Vessla');
    expect(x.parent('Brisa Diesel Turbo')).toBe('Brisa');
  });

  it('near miss: "Brisa Holdings" after the unit "Brisa SE" names a group, not a part of the unit', () => {
    const x = extract(
      'Truck maker cuts jobs\n\nBrisa SE, the German truck-making arm of Vessla AG, plans to cut 1,400 jobs at its ' +
        'engine unit. The cuts will boost profit, Brisa Holdings said in a statement.',
    );
    expect(x.parent('Brisa Holdings')).not.toBe('Brisa');
  });

  it('near miss: a unit never written in a legal form gives no owner to a longer name', () => {
    const x = extract(
      'Hotel group lists\n\nTamberg Hotels runs hotels under its brands Fortuna and Lumen. Its subsidiaries include ' +
        'Fortuna Park Hotels Ltd and Lumen Resorts Ltd, the company said.',
    );
    expect(x.parent('Fortuna Park Hotels')).not.toBe('Fortuna');
  });

  it('"KesTrel … Kestrel Systems Engineering": the same word in other capitals opens a unit of the company', () => {
    const x = extract(
      'KesTrel to realign engineering\n\nKesTrel will realign its engineering activities by splitting the unit in ' +
        'two. Ingo Hallberg, CEO of Kestrel Systems Engineering, said the realignment was prepared over months.',
    );
    expect(x.parent('Kestrel Systems Engineering')).toBe('KesTrel');
  });

  it('near miss: another spelling ("Kestrell Systems Engineering") is another company', () => {
    const x = extract(
      'KesTrel to realign engineering\n\nKesTrel will realign its engineering activities by splitting the unit in ' +
        'two. Ingo Hallberg, CEO of Kestrell Systems Engineering, said the realignment was prepared over months.',
    );
    expect(x.parent('Kestrell Systems Engineering')).toBeNull();
  });

  it('near miss: the other capitals followed by group words name the company itself, not a unit', () => {
    const x = extract(
      'KesTrel to realign engineering\n\nKesTrel will realign its engineering activities, Kestrel Group said on ' +
        'Monday. The plan was prepared over months.',
    );
    expect(x.parent('Kestrel Group')).not.toBe('KesTrel');
  });
});
