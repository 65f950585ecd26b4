import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

const rounds = (text: string) =>
  extract(text, '2024-05-08')
    .events()
    .filter((e) => e.kind === 'layoff' || e.kind === 'restructuring')
    .map((e) => [e.org, e.count]);

describe('a closed site whose headcount a relative clause gives after where it is', () => {
  it('"the shutdown process for the mill, which is situated near Orsk and still employs some 230 people"', () => {
    const text =
      'Kestrel Parts Ltd said it had halted the shutdown process for the mill, which is situated near Orsk on ' +
      'the Vessland coast and still employs some 230 people.';
    expect(rounds(text)).toEqual([['Kestrel Parts', 230]]);
  });

  it('near miss: a site that opens, "which is situated near Orsk and employs 230 people" — no round', () => {
    const text =
      'Kestrel Parts Ltd said it had opened the mill, which is situated near Orsk on the Vessland coast and still ' +
      'employs some 230 people.';
    expect(rounds(text)).toEqual([]);
  });
});

describe('a closed site whose headcount a speaker gives in the next sentence', () => {
  it('"X, owned by Y, said the Orsk works makes a fifth of its output, employs 640 staff"', () => {
    const text =
      'Kestrel Castings Ltd announced on Tuesday that it would shut a works in Orsk next year. Kestrel, owned by ' +
      'Vessla Holdings, said the Orsk works makes a fifth of its output, employs 640 staff and casts gearbox parts.';
    expect(rounds(text)).toEqual([['Kestrel Castings', 640]]);
  });

  it('"Kestrel said the Orsk works employs 640 staff" after the closure', () => {
    const text =
      'Kestrel Castings Ltd announced on Tuesday that it would shut a works in Orsk. Kestrel said the Orsk works ' +
      'employs 640 staff.';
    expect(rounds(text)).toEqual([['Kestrel Castings', 640]]);
  });

  it('near miss: the works a speaker describes after an expansion, or its output — no count', () => {
    expect(
      rounds(
        'Kestrel Castings Ltd announced on Tuesday that it would enlarge a works in Orsk. Kestrel said the Orsk ' +
          'works employs 640 staff.',
      ),
    ).toEqual([]);
    expect(
      rounds(
        'Kestrel Castings Ltd announced on Tuesday that it would shut a works in Orsk. Kestrel said the Orsk works ' +
          'casts 640 gearboxes a week.',
      ),
    ).toEqual([['Kestrel Castings', null]]);
  });
});

describe('two named organizations joined into one', () => {
  it('"has started work on the amalgamation of the businesses of A (KFH) and B (OFC)": the owner\'s restructuring', () => {
    const text =
      'The Vessla Investment Authority has started work on the amalgamation of the businesses of Kestrel Foods ' +
      'Holding Company (KFH) and Orsk Fisheries Company (OFC), so that both become one group.';
    expect(rounds(text)).toEqual([['Vessla Investment Authority', null]]);
  });

  it('"a decision of the central bank to fuse A with B, C and D, to form a new bank"', () => {
    const text =
      'Her remarks came after a decision of the Bank of Vessland (BoV), in March, to fuse Kestrel Bank with Orsk ' +
      'Bank, Tarn Bank and Beige Bank, to form a single new lender.';
    expect(rounds(text)).toEqual([['Bank of Vessland', null]]);
  });

  it('near miss: partners that "fuse" units "to form a joint venture", and a merger of unnamed rivals — no round', () => {
    expect(
      rounds(
        'Kestrel Motors Ltd and Orsk Cars Ltd will fuse their parts units with a supplier to form a joint venture.',
      ),
    ).toEqual([]);
    expect(rounds('Analysts at Vessla Capital said the merger of the two rivals would be good for clients.')).toEqual(
      [],
    );
  });

  it('near miss: a company that combines its data with another\'s "to create a new service" — no round', () => {
    expect(
      rounds('Kestrel Bank will combine its payment data with Vessla maps to create a new service, it said on Monday.'),
    ).toEqual([]);
  });
});

describe('every "voluntary" scheme noun', () => {
  it('"put voluntary retrenchment packages to its miners": a round without a figure', () => {
    expect(rounds('Norrvik Mining Ltd has put voluntary retrenchment packages to its miners.')).toEqual([
      ['Norrvik Mining', null],
    ]);
    expect(rounds('Kora Bank Ltd has launched a voluntary resignation programme for its branch staff.')).toEqual([
      ['Kora Bank', null],
    ]);
  });

  it('"letting cabin crew apply for voluntary release from their posts": a round without a figure', () => {
    const text =
      'Kora Air Ltd and the Orsk Air Transport Union agreed a deal letting Kora Air cabin crew apply for voluntary ' +
      'release from their posts.';
    expect(rounds(text)).toEqual([['Kora Air', null]]);
  });

  it('"120 miners took voluntary retrenchment packages": a round of 120', () => {
    expect(rounds('Norrvik Mining Ltd said 120 miners took voluntary retrenchment packages.')).toEqual([
      ['Norrvik Mining', 120],
    ]);
  });

  it('near miss: staff who hand in their own "voluntary resignations", a "voluntary release" of anything else — no round', () => {
    expect(rounds('Kora Bank Ltd said two managers handed in their voluntary resignations.')).toEqual([]);
    expect(rounds('Kora Bank Ltd welcomed the voluntary release of the documents by the regulator.')).toEqual([]);
  });
});

describe('staff told of their own lay-off', () => {
  it('"Nearly 620 staff of X were suddenly informed by their managers on Thursday that they would all be dismissed"', () => {
    const text =
      'Nearly 620 staff of Kestrel Steel Ltd were suddenly informed by their managers on Thursday that they would ' +
      'all be dismissed, as ore ran short.';
    expect(rounds(text)).toEqual([['Kestrel Steel', 620]]);
  });

  it('"X warned 300 workers last week that they could lose their jobs"', () => {
    expect(rounds('Kestrel Steel Ltd warned 300 workers last week that they could lose their jobs.')).toEqual([
      ['Kestrel Steel', 300],
    ]);
  });

  it('near miss: staff told of a move or of their pay, people who tell reporters their fears — no round', () => {
    expect(rounds('Kestrel Steel Ltd warned 300 workers last week that they would be moved to the Orsk mill.')).toEqual(
      [],
    );
    expect(rounds('Some 300 workers of Kestrel Steel Ltd were informed that they would be paid in full.')).toEqual([]);
    expect(rounds('Workers at Kestrel Steel Ltd told reporters that they could lose their jobs.')).toEqual([]);
  });
});
