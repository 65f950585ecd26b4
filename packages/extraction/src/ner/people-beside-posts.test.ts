import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

describe('people named beside posts and bodies', () => {
  it('"Vandor CEO Jane Roe said it would close titles": "it" is Vandor, Jane Roe stays a person', () => {
    const r = extract('Vandor CEO Jane Roe said it would close two titles.');
    expect(r.names('Company')).toEqual(['Vandor']);
    expect(r.role('Jane Roe')).toMatchObject({ title: 'CEO', org: 'Vandor' });
  });

  it('a capitalised post between a company and a name is no part of the name', () => {
    const r = extract(
      'Kestrel Copper Mines will close a shaft.\n\n' +
        'Kestrel Copper Mines Public Relations Manager Tom Banda said in a statement that 88 jobs would go.',
    );
    expect(r.names('Person')).toEqual(['Tom Banda']);
  });

  it('a body ending in "Forum" that speaks is no person', () => {
    const r = extract(
      'Hallberg Group will cut 500 jobs.\n\nThe Norland Printers Forum said in June that 5,000 jobs were at risk.',
    );
    expect(r.names('Person')).toEqual([]);
  });

  it('a given name used alone that speaks is the person named in full ("Ratna told a briefing")', () => {
    const r = extract(
      'Minister Ratna Wulandari said the state firms would merge.\n\n' +
        '"We are slimming down gradually," Ratna told a briefing. The president appointed Ratna in October.',
    );
    expect(r.names('Company')).not.toContain('Ratna');
    expect(r.entity('Ratna Wulandari')?.mentions).toHaveLength(3);
  });

  it('a given name that two people share stays unresolved', () => {
    const r = extract(
      'Ratna Wulandari and Ratna Sari will lead the merger.\n\nRatna said the firms would keep their staff.',
    );
    expect(r.names('Person')).toEqual(expect.arrayContaining(['Ratna Wulandari', 'Ratna Sari']));
    expect(r.names('Person')).toHaveLength(2);
  });

  it('a newspaper whose name ends in a common word ("Kora Business Day reported") is an outlet, not a person', () => {
    const r = extract(
      'The cuts were first reported by the Kora Business Day. Kora Business Day reported that 300 jobs would go at ' +
        'Hallberg Group.',
    );
    expect(r.names('Person')).toEqual([]);
    expect(r.cited()).toContain('Kora Business Day');
  });

  it('an analyst no firm is named for works for none of the companies in the sentence', () => {
    const r = extract(
      'Hallberg Group will cut 300 jobs.\n\n"Hallberg must cut costs," said Tom Lund, an analyst in Oslo.',
    );
    expect(r.role('Tom Lund')).toBeNull();
  });

  it('"the market leader, X," describes a company: X is no person with the post "market leader"', () => {
    const r = extract(
      'Hallberg Bank dismissed 500 staff in July. Later the market leader, Vandor Bancomer, announced 1,500 job cuts.',
    );
    expect(r.names('Person')).toEqual([]);
  });

  it('"Tom Lund – the newly appointed CEO of Hallberg Air, who …" holds that post', () => {
    const r = extract(
      'The move is backed by Tom Lund – the newly appointed CEO of Hallberg Air, who was previously acting CEO of ' +
        'Vandor Air – to consolidate his power.',
    );
    expect(r.role('Tom Lund')).toMatchObject({ org: 'Hallberg Air' });
  });
});
