import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

const rounds = (text: string) =>
  extract(text, '2024-05-08')
    .events()
    .map((e) => [e.kind, e.org, e.count]);

describe('a round whose size the company keeps to itself', () => {
  it('"laid off an undisclosed number of employees": a round without a figure', () => {
    expect(rounds('Kestrel Bank has laid off an undisclosed number of employees.')).toEqual([
      ['layoff', 'Kestrel Bank', null],
    ]);
  });

  it('"retrenched an unspecified number of staff", "disengaged an unknown number of workers"', () => {
    expect(rounds('Vessla Bank Plc has disengaged an unknown number of workers this week.')).toEqual([
      ['layoff', 'Vessla Bank', null],
    ]);
    expect(rounds('Norrvik Mining retrenched an unspecified number of staff at its Orsk shaft.')).toEqual([
      ['layoff', 'Norrvik Mining', null],
    ]);
  });

  it('near miss: "disengaged workers" describing them, "dismissed an undisclosed number of claims" — no round', () => {
    expect(rounds('Vessla Bank said disengaged workers cost it more than absent ones.')).toEqual([]);
    expect(rounds('A court dismissed an undisclosed number of claims against Vessla Bank.')).toEqual([]);
  });
});

describe('the size a round is expected to grow to', () => {
  it('"the cuts, first meant to hit some 400 people, would now probably reach over 850": a round of 850', () => {
    const text =
      'Norrvik Air said the cuts, first meant to hit some 400 people, would now probably reach ' + 'over 850.';
    expect(rounds(text)).toEqual([['layoff', 'Norrvik Air', 850]]);
  });

  it('"job cuts might eventually climb to as many as 2,400 jobs": a round of 2,400', () => {
    expect(rounds('Kestrel Foods warned that job cuts might eventually climb to as many as 2,400 jobs.')).toEqual([
      ['layoff', 'Kestrel Foods', 2400],
    ]);
  });

  it('near miss: cuts that reach across departments, or reached a figure with no modal (a tally) — no new figure', () => {
    expect(rounds('Kestrel Foods said the cuts would reach every department.')).toEqual([]);
    expect(rounds('Kestrel Foods said job cuts in the region reached 10,000 last year.')).toEqual([]);
  });
});

describe('two counts of jobs that share one verb', () => {
  it('"will see 212 software positions and 19 lending roles made redundant": the first figure, as in the active form', () => {
    const text =
      'Kestrel Bank’s restructure unveiled on Monday will see 212 software positions and 19 lending support roles ' +
      'made redundant, out of 540 people in its digital arm.';
    expect(rounds(text).map((r) => [r[1], r[2]])).toEqual([['Kestrel Bank', 212]]);
    expect(rounds('Kestrel Motors said 1,000 engineers and 500 contractors would be laid off.')).toEqual([
      ['layoff', 'Kestrel Motors', 1000],
    ]);
  });

  it('near miss: two counts of the staff who work somewhere, and a cut told apart — only the cut', () => {
    expect(
      rounds('Kestrel Motors said 1,000 engineers and 500 contractors work at the plant, and 200 jobs will be cut.'),
    ).toEqual([['layoff', 'Kestrel Motors', 200]]);
  });
});

describe('a scheme opened again, and the staff who took its first phase', () => {
  const dated = (text: string) =>
    extract(text, '2025-06-18')
      .events()
      .map((e) => [e.org, e.count, e.when]);

  it('"saw 874 managers and non-managers opt for retirement": a round of 874 dated by its circular', () => {
    const text =
      'Norrvik Steel put out an amended circular on its early retirement scheme on June 9. The earlier ' +
      'circular, issued in February this year, saw 874 managers and non-managers opt for retirement.';
    expect(dated(text)).toEqual([
      ['Norrvik Steel', null, '2025-06-09'],
      ['Norrvik Steel', 874, '2025-02'],
    ]);
  });

  it('news told on a day stays apart from a round dated to another month, not from one of its own month', () => {
    const apart =
      'Norrvik Steel has reopened its voluntary retirement scheme on June 9. In February this year, 874 employees ' +
      'opted for voluntary retirement.';
    expect(dated(apart)).toEqual([
      ['Norrvik Steel', null, '2025-06-09'],
      ['Norrvik Steel', 874, '2025-02'],
    ]);
    const same =
      'Norrvik Steel opened a voluntary retirement scheme on June 9. In June, 874 employees opted for ' +
      'voluntary retirement.';
    expect(dated(same)).toEqual([['Norrvik Steel', 874, '2025-06']]);
  });

  it('near miss: staff due for retirement, or who reached retirement age — no round', () => {
    expect(rounds('Norrvik Steel said 874 employees are due for retirement next year.')).toEqual([]);
    expect(rounds('Norrvik Steel said 874 employees reached retirement age in 2024.')).toEqual([]);
  });
});

describe('a second closure after ", and" that shares the first one’s subject', () => {
  const actors = (text: string) =>
    extract(text, '2020-02-07')
      .events()
      .map((e) => [e.kind, e.org]);

  it('"it will close the Vandmoor Works …, and shut down a rolling mill at Tarvo Works": the company’s move only', () => {
    const text =
      'Norrvik Steel plans to shrink. The group said on Friday it will close the Vandmoor Works in Kora ' +
      'Province, and shut down a rolling mill at Tarvo Works.';
    expect(actors(text)).toEqual([['restructuring', 'Norrvik Steel']]);
  });

  it('near miss: "…, and close to 500 workers" is no verb; the works named after "at" still tells where, not who', () => {
    const text =
      'Norrvik Steel will close the Vandmoor Works, and close to 500 workers will be transferred to Tarvo Works.';
    expect(actors(text)).toEqual([['restructuring', 'Norrvik Steel']]);
  });
});

describe('a Spanish ERE told in Spanish with the staff it covers', () => {
  it('"aplicar un ERE que finalmente supondrá la salida de 1.264 empleados": a round of 1,264', () => {
    const text =
      'Después de semanas de negociación, Banco Kestrel y la plantilla han cerrado un pacto para aplicar un ' +
      'ERE que finalmente supondrá la salida de 1.264 empleados.';
    expect(rounds(text)).toEqual([['layoff', 'Banco Kestrel', 1264]]);
  });

  it('"su primer Expediente de Regulación de Empleo (ERE), que implicará la salida de 2.935 trabajadores"', () => {
    const text =
      'Banco Vessla ya puede ejecutar su primer Expediente de Regulación de Empleo (ERE), que implicará la salida ' +
      'de 2.935 trabajadores.';
    expect(rounds(text)).toEqual([['layoff', 'Banco Vessla', 2935]]);
  });

  it('near miss: "el ERE de 2013" (a year) and an ERE that affects offices — no figure', () => {
    expect(rounds('Banco Kestrel recordó el ERE de 2013 en Madrid.').filter((r) => r[2] !== null)).toEqual([]);
    expect(
      rounds('Banco Kestrel dijo que el ERE afectará a sus oficinas de Madrid.').filter((r) => r[2] !== null),
    ).toEqual([]);
  });
});

describe('a restructure told with the posts it makes redundant', () => {
  it('"the restructure will see 212 positions made redundant": a layoff', () => {
    expect(rounds('Kestrel Bank’s restructure will see 212 software positions made redundant.')).toEqual([
      ['layoff', 'Kestrel Bank', 212],
    ]);
  });

  it('near miss: a restructure that moves 212 staff to a new unit stays a restructuring', () => {
    expect(rounds('Kestrel Bank’s restructure will see 212 software staff moved to a new unit.')).not.toContainEqual([
      'layoff',
      'Kestrel Bank',
      212,
    ]);
  });
});
