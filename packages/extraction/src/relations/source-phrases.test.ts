import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

const cited = (text: string) => extract(text).cited().sort();

describe('foreign source phrases kept in English copy', () => {
  it.each([
    ['Según el diario Correo Austral, Halden Motors will cut 1,200 jobs.', 'Correo Austral'],
    ['Halden Motors will cut 1,200 jobs, según El Heraldo Sur.', 'El Heraldo Sur'],
    ['Selon Le Courrier Valmont, Halden Motors will cut 1,200 jobs.', 'Le Courrier Valmont'],
    ['Laut Kurier Nordost, Halden Motors will cut 1,200 jobs.', 'Kurier Nordost'],
    ['Halden Motors will cut 1,200 jobs, secondo il quotidiano Gazzetta Orsina.', 'Gazzetta Orsina'],
  ])('cites the outlet: %s', (text, outlet) => {
    expect(cited(text)).toEqual([outlet]);
  });

  it('cites nothing after "laut" used as a word of another language', () => {
    expect(cited('Halden Motors will cut 1,200 jobs. The plant was loud (laut) at night.')).toEqual([]);
  });

  it('does not take a writer named after "writes" for an outlet or a person of the story', () => {
    const x = extract(
      'Halden Motors will cut 1,200 jobs in Orsk, writes Sam Bellamy.\nThe carmaker blamed weak demand.',
    );
    expect(x.cited()).toEqual([]);
    expect(x.names('Person')).toEqual([]);
    // An outlet that writes is still cited.
    expect(cited('Halden Motors will cut 1,200 jobs, writes the Orsk Tribune.')).toEqual(['Orsk Tribune']);
  });
});

describe('a briefing that only dates what was said', () => {
  it('cites no investor day the words came before, but one they were said at', () => {
    expect(
      cited(
        'Halden Motors will cut 1,200 jobs. "It is necessary," its chief executive told reporters prior to the start of the company’s investor day.',
      ),
    ).toEqual([]);
    expect(cited('Halden Motors will cut 1,200 jobs, an analyst said ahead of the capital markets day.')).toEqual([]);
    expect(cited('Halden Motors will cut 1,200 jobs, its chief executive said at the company’s investor day.')).toEqual(
      ['Halden Motors investor day'],
    );
  });
});

describe('outlets in a digest and outlets that asked', () => {
  it('cites an outlet whose report a colon introduces', () => {
    expect(
      cited(
        'Halden Motors cut 1,200 jobs last year.\n\nOrsk Daily Courier reports:\n\n"More cuts are coming," a manager said.',
      ),
    ).toEqual(['Orsk Daily Courier']);
  });

  it('cites an outlet that asked, not a person who did', () => {
    expect(
      cited('A spokesman for Halden Motors confirmed the 1,200 job cuts when asked by Kora Press Agency.'),
    ).toContain('Kora Press Agency');
    expect(
      cited('Halden Motors will cut 1,200 jobs. Chief executive Jane Roe was asked by Sam Bellamy to resign.'),
    ).toEqual([]);
  });
});
