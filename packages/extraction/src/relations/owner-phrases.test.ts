import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

describe('PART_OF stated with an owner noun or "part of"', () => {
  it.each([
    // "the owner of A, B and C" as a subject: the company in focus
    [
      'Kestrel Global cut its forecast on Monday. The owner of Brightline, Sundial Pictures and Quenta said sales fell.',
      ['Brightline', 'Sundial Pictures', 'Quenta'],
      'Kestrel Global',
    ],
    // an apposition naming the owner, with a described second item
    [
      'Vantoria holds a stake in Halden, the owner of Ostrava Press and the travel retail chain Lumo, analysts said.',
      ['Ostrava Press', 'Lumo'],
      'Halden',
    ],
    // "the A and B owner" (wire style)
    [
      'Norrvik Group will cut 2,000 jobs. The Pelago and Frinto owner said demand was weak.',
      ['Pelago', 'Frinto'],
      'Norrvik Group',
    ],
    // "A owner B"
    ['Shares of Tessvale owner Marrick Holdings fell 4% in Johannesburg.', ['Tessvale'], 'Marrick Holdings'],
    // "A, itself part of the Turkish conglomerate B"
    [
      'Korvan, itself part of the Turkish conglomerate Ilgaz Holding, said it would close a plant.',
      ['Korvan'],
      'Ilgaz Holding',
    ],
    // "A, the professional network B owns"
    [
      'Staff at Linkra, the professional network Osterberg Systems owns, were spared, Osterberg Systems said.',
      ['Linkra'],
      'Osterberg Systems',
    ],
    // "Hallberg-owned A", "Hallberg's A" (press-release and wire style)
    ['Halden Group cut 900 jobs. Halden-owned Kestrel Foods will close two plants.', ['Kestrel Foods'], 'Halden Group'],
    [
      "Halden Group cut 900 jobs. Halden Group's Kestrel Foods will close two plants.",
      ['Kestrel Foods'],
      'Halden Group',
    ],
    // "A parent company B" (wire style): A belongs to B, not to the company in focus
    [
      'Fellesverk, the union for cabin crew, attacked Norrair after Norrair parent company Vesta Aviation Holdings (VAH) said 9,000 jobs would go. Fellesverk will strike.',
      ['Norrair'],
      'Vesta Aviation Holdings',
    ],
    // "B's wholly owned subsidiary -- A (ACR)": a plural possessive and a dash
    [
      "Norrvik Motors' wholly owned subsidiary -- Kestrel Land Cars (KLC) plans to cut over 1,000 agency jobs.",
      ['Kestrel Land Cars'],
      'Norrvik Motors',
    ],
    // "B expects savings at its A (ACR) unit": the company "its" points to
    [
      'Bharat Motors Ltd expects to save 5bn pounds by March at its Kestrel Land Cars (KLC) unit, its finance chief said.',
      ['Kestrel Land Cars'],
      'Bharat Motors',
    ],
    // "adding to pressure on parent B": the sentence's company belongs to B
    [
      'Norrair will cut 400 pilot jobs, adding to pressure on parent Vesta Aviation Holdings, which faces strikes.',
      ['Norrair'],
      'Vesta Aviation Holdings',
    ],
  ])('%s', (text, units, parent) => {
    const x = extract(text);
    for (const u of units) expect(x.parent(u), u).toBe(parent);
  });

  it('a group named by joining its founders with a hyphen holds the one named alone ("Air France-KLM")', () => {
    const x = extract(
      'Air Norr-Vesta will cut 7,000 jobs. Air Norr, the flag carrier, will lose 4,000 of them, Air Norr said.',
    );
    expect(x.parent('Air Norr')).toBe('Air Norr-Vesta');
  });

  it('a list after "owner of" never reaches past the list, and rivals are not owned', () => {
    const x = extract(
      'Kestrel Global is the owner of Brightline and Quenta. Rival Marrick Holdings said on Monday that it was not affected.',
    );
    expect(x.parent('Brightline')).toBe('Kestrel Global');
    expect(x.parent('Marrick Holdings')).toBeNull();
  });

  it('a union the article quotes owns no unit the text leaves without an owner', () => {
    const x = extract(
      'The German car manufacturer Brandt may close plants to save money at the Brandt brand, the IG Stahlwerk union said. IG Stahlwerk vowed to resist.',
    );
    expect(x.parent('Brandt')).not.toBe('IG Stahlwerk');
  });
});
