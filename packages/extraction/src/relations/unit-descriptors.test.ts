import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

describe('PART_OF stated by describing a unit as the owner\'s ("its regional wing A", "the group\'s airline")', () => {
  it.each([
    // "its <descriptor> <unit noun> A": the company the sentence names before "its"
    [
      'Norrvik Airlines will cut 900 jobs across the flagship airline and its regional wing Kestrel Air, it said.',
      ['Kestrel Air'],
      'Norrvik Airlines',
    ],
    // a list after the noun: "its energy trading company A and the energy services firm B"
    [
      'Halden Group will stay in Moravia through its energy trading company Brisk Trade Moravia and the energy services firm Tovan Klima, which are not for sale.',
      ['Brisk Trade Moravia', 'Tovan Klima'],
      'Halden Group',
    ],
    // "including" after a plural noun, each unit named with its country
    [
      'Marrick Motors said it would cut ties with some of its big European operations, including Germany’s Ostwerk and Sweden’s Valbo.',
      ['Ostwerk', 'Valbo'],
      'Marrick Motors',
    ],
    // a possessive owner with a described unit: "Hallberg's digital lender A"
    [
      "Tessvale Bank will close 40 branches. Ivo Brandt, head of Tessvale Bank's digital lender Pennywise, is expected to leave.",
      ['Pennywise'],
      'Tessvale Bank',
    ],
    // "A, the group's <descriptor> airline": the group the article is about, though another company was named last
    [
      'Vesta Aviation will cut 22,000 jobs, Vesta Aviation said on Tuesday. At the catering business Skyplate, 8,000 jobs go. Brisa, the group’s point-to-point airline, will cut 300 jobs.',
      ['Brisa'],
      'Vesta Aviation',
    ],
    // a sentence opening with "Its": the company the previous sentence (after a heading) opens with, not the one
    // the article names most; "the group's carmaker" is that group too
    [
      'Kestrel Motors bets on cars\n\nWhat happened\n\nHalden Group said on May 9 that it would stop making phones. Its electronics subsidiary, Brightcell, will make batteries for the group’s carmaker, Kestrel Motors. Kestrel Motors will build 2,000 cars, Kestrel Motors said.',
      ['Brightcell', 'Kestrel Motors'],
      'Halden Group',
    ],
    // a verb of holding and a described unit: the subject ("the company": the one the previous sentence opens with)
    [
      'Halden Electronics will cut 10% of its staff. The California-based company runs the satellite television service Skyreach and keeps video game maker Pixelforge.',
      ['Skyreach', 'Pixelforge'],
      'Halden Electronics',
    ],
  ])('%s', (text, units, parent) => {
    const x = extract(text);
    for (const u of units) expect(x.parent(u), u).toBe(parent);
  });

  it('a rival, a partner or a customer described with a unit noun is nobody’s unit', () => {
    const x = extract(
      'Norrvik Air cut 900 jobs on Monday. Its rival airline Kestrel Connect and its partner carrier Ostra Wings were not affected.',
    );
    expect(x.parent('Kestrel Connect')).toBeNull();
    expect(x.parent('Ostra Wings')).toBeNull();
  });

  it('"its" does not reach past a mention of the unit itself to another company', () => {
    const x = extract(
      'Halden Motors will cut 900 jobs. On June 7, Kestrel Motor Corp. said it would close the Rayong plant of its subsidiary Kestrel Motor (Siam) Co.',
    );
    expect(x.parent('Kestrel Motor')).not.toBe('Halden Motors');
  });

  it('a company the union quotes owns no unit described as "its"', () => {
    const x = extract(
      'The Fellesverk union said Norrvik Air would cut 900 jobs. Fellesverk said its member firm Kestrel Connect was spared.',
    );
    expect(x.parent('Kestrel Connect')).not.toBe('Fellesverk');
  });
  it('"A, its X and Y business" and "A, its broadband filial": two descriptions, a foreign unit word', () => {
    const x = extract(
      'Kapela Telecom said on Tuesday it will sell Mastline, its towers and masts business, to investors. The group keeps Fibrex, its cable and broadband filial.',
    );
    expect(x.parent('Mastline')).toBe('Kapela Telecom');
    expect(x.parent('Fibrex')).toBe('Kapela Telecom');
  });

  it('"A, the satellite division" in a list belongs to the owner, not to the unit listed before it', () => {
    const x = extract(
      'After the split, Kapela Media keeps Fibrex, its cable and broadband arm, and Orbisat, the satellite pay-television division.',
    );
    expect(x.parent('Orbisat')).toBe('Kapela Media');
  });

  it('"A, the French carmaker" is no unit of anyone', () => {
    const x = extract('Halden Group said it talked to Velmont, the French carmaker, about a joint plant.');
    expect(x.parent('Velmont')).toBeNull();
  });
  it('"A, the fibre business" is a unit of the company the sentence names, "the X business B" describes B', () => {
    const x = extract(
      'Marlin Telecom will spin off Torre Uno, its towers unit, and Fibra Azul, the fibre business. Its core is the carrier Marlin Movil, the hospitality business Casa Marlin and Rede Sul.',
    );
    expect(x.parent('Fibra Azul')).toBe('Marlin Telecom');
    expect(x.parent('Marlin Movil')).not.toBe('Casa Marlin');
  });

  it('"A, which employs 4,000 people, is the group\'s trucking arm"', () => {
    const x = extract(
      "Cardell Holdings will sell Verra Logistics to Ostmark Capital. Verra Logistics, which employs 4,000 people, is the group's trucking arm.",
    );
    expect(x.parent('Verra Logistics')).toBe('Cardell Holdings');
  });

  it('a media group\'s channel named after "its channel"', () => {
    const x = extract('Brenntag Media said its channel Kanal Nord will close. The group will cut 200 jobs.');
    expect(x.entity('Kanal Nord')?.type).toBe('Division');
    expect(x.parent('Kanal Nord')).toBe('Brenntag Media');
  });
  it('"at the catering business A" is a part of the company in focus, never of a name listed before it', () => {
    const x = extract(
      'Norrvik Air will cut 22,000 jobs. At the catering business Skyfare Group, some 8,000 jobs are affected. Its core is the carrier Norrvik Regional, the hotel business Casa Norr and Norrvik Cargo.',
    );
    expect(x.parent('Skyfare Group')).toBe('Norrvik Air');
    expect(x.parent('Casa Norr')).not.toBe('Norrvik Regional');
  });
  it('"Its subsidiary A" after a sentence a unit opens: the unit, the nearest owner', () => {
    const x = extract(
      "Marlin Telecom will sell its masts. Kestrel Data, the group's IT services unit, has struggled to grow. Its subsidiary Gyrel, a property business, is also up for sale.",
    );
    expect(x.parent('Gyrel')).toBe('Kestrel Data');
  });
  it('"its business in Ghana, A" and a later "its Indian businesses, B and C" in one sentence: all of the subject', () => {
    const x = extract(
      'Stavros Cement sold its business in Ghana, Kumasi Cement, to a local investor last year, and in 2022 it sold its Indian businesses, Delhi Binders and Rajput Cement, to Karan Group.',
    );
    expect(x.parent('Kumasi Cement')).toBe('Stavros Cement');
    expect(x.parent('Delhi Binders')).toBe('Stavros Cement');
    expect(x.parent('Rajput Cement')).toBe('Stavros Cement');
  });
  it('"a new standalone unit, to be called A," and "into a new company called B" are parts of the sentence\'s company', () => {
    const x = extract(
      "Marlo Telecom will cut 8,000 jobs. The second pillar is a new standalone unit, to be called GridCo, that will own the group's towers. GridCo will start in July.",
    );
    expect(x.parent('GridCo')).toBe('Marlo Telecom');
    const y = extract(
      'Vanta Foods will spin off its snacks arm into a new company called Crunchco. Crunchco will be listed in Zurich.',
    );
    expect(y.parent('Crunchco')).toBe('Vanta Foods');
  });
  it('"A, the Marlo group\'s flagship airline" belongs to the company named after Marlo; "B, its payments app"', () => {
    const x = extract(
      "Marlo Sons said on Monday that Vistra Air would be merged into Skyfar, the Marlo group's flagship airline. Skyfar will have 300 aircraft.",
    );
    expect(x.parent('Skyfar')).toBe('Marlo Sons');
    const y = extract(
      'Kestrel Holdings will concentrate on three businesses. The third is digital, led by Pago, its payments app.',
    );
    expect(y.parent('Pago')).toBe('Kestrel Holdings');
  });

  it('"Its refrigeration unit, A" in a bullet: the company the list is about, not the previous item', () => {
    const x = extract(
      'Kestrel Holdings will cut 900 jobs.\n\nWhat is being sold?\n\n- Vella Foods, the snacks maker, which goes to Orsk Capital.\n- Its refrigeration unit, Coldmark, along with the plastics maker Plastor.',
    );
    expect(x.parent('Coldmark')).toBe('Kestrel Holdings');
  });

  it('"its oil and gas business A": two coordinated descriptions before the unit noun', () => {
    const x = extract(
      'Torvane Group will cut 6,000 jobs. Torvane Group is also merging its oil and gas business Nordgas with Selka Energy.',
    );
    expect(x.parent('Nordgas')).toBe('Torvane Group');
  });

  it('"…to B, and in 2022 it sold its Indian businesses, A and C": "its" is the clause\'s own "it", not the buyer', () => {
    const x = extract(
      'Brenholm Cement said its profit rose. Last year it sold a plant to Quarrix Materials of Peru, and in 2022 it sold its Indian businesses, Vindhya Cements and Satpura Lime, to the Marwal Group.',
    );
    expect(x.parent('Vindhya Cements')).toBe('Brenholm Cement');
    expect(x.parent('Satpura Lime')).toBe('Brenholm Cement');
  });

  it('"sell A, its chain of language schools, to B": a unit described as "its chain of …" is the seller\'s', () => {
    const x = extract(
      'Brekvon Group agreed to sell 22% of its book venture to Kestel Media. In March it agreed to sell Tallis ' +
        'English, its chain of language schools, to Orvane Capital.',
    );
    expect(x.parent('Tallis English')).toBe('Brekvon Group');
  });
});

describe('units described with an abbreviation, after a quoted remark', () => {
  it('"its own EV business, A" and "its pay-TV arm, B": an abbreviation is a descriptor word', () => {
    const x = extract(
      'Harlan Motors will sell its stake in Osk Trucks. Harlan Motors will put money into its own EV business, ' +
        'Harlan Volt, and its pay-TV arm, Brightcast, will be sold.',
    );
    expect(x.parent('Harlan Volt')).toBe('Harlan Motors');
    expect(x.parent('Brightcast')).toBe('Harlan Motors');
  });

  it('"its pay-TV service, A": a described service is a unit', () => {
    const x = extract(
      'Norvale Telecom keeps its broadband unit, Norvale Fibre, and its pay-TV service, Lumiscreen, after the merger.',
    );
    expect(x.parent('Lumiscreen')).toBe('Norvale Telecom');
  });

  it('a company opening a quoted remark is not what the next sentence’s "its" points to', () => {
    const x = extract(
      'Harlan Motors Ltd (HML) on Friday ceased to own Osk Motor Company after a court approved the carmaker’s ' +
        'rehabilitation plan. HML bought 70 per cent of Osk Motor Company in 2011.\n\n"Osk Motor Company was a bold ' +
        'bet that did not work," Mara Lind, chief executive of HML, told analysts. The group now wants to focus ' +
        'capital on its own electric SUV business, Harlan Volt Automobile Ltd, which received investment from Brisk ' +
        'Capital last year.',
    );
    expect(x.parent('Harlan Volt Automobile')).toBe('Harlan Motors');
  });
});

describe('a new unit named under a heading of its own name', () => {
  it('"GridCo\n\nThe second pillar is a new standalone unit, to be called GridCo": the company in focus makes it', () => {
    const x = extract(
      'Norvale Telecom will cut 8,000 jobs over three years, Norvale said.\n\nGridCo\n\nThe second pillar of the ' +
        "plan is a new standalone unit, to be called GridCo, that will hold Norvale's network infrastructure and the " +
        'payments the company receives from Kestrel Co for the use of some of those assets. GridCo is to start ' +
        'operating from the beginning of July.',
    );
    expect(x.parent('GridCo')).toBe('Norvale Telecom');
  });
});
