import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

describe('trade unions named in full', () => {
  it('"the X Union of Kenya (XUK) secretary general Jane Roe": the initials between name and post', () => {
    const x = extract(
      'Savanna Mobile Kenya will lay off 400 staff. The Kestrel Workers Union of Kenya (KWUK) secretary general ' +
        'Moses Otieno said the union had not been consulted.',
    );
    expect(x.role('Moses Otieno')).toEqual({ title: 'secretary general', org: 'Kestrel Workers Union of Kenya' });
    expect(x.cited()).toContain('Kestrel Workers Union of Kenya');
  });

  it('"Association of X and Y Union (Aqcu) president Jane Roe": a long body name with "and" holds the post', () => {
    const x = extract(
      'Association of Quarrymen and Construction Union (Aqcu) president Jane Roe said the notices were aimed at ' +
        'the union.\n\nHallberg Gold spokesperson Tom Banda said the company had informed workers.',
    );
    expect(x.role('Jane Roe')).toEqual({ title: 'president', org: 'Association of Quarrymen and Construction Union' });
    expect(x.cited()).not.toContain('Association of Quarrymen');
  });

  it('a union whose name holds "and" is cited as one body', () => {
    const x = extract(
      'Vellmar will cut 900 jobs. The Quarry and Smelter Union said members learnt of it from the media.',
    );
    expect(x.cited()).toContain('Quarry and Smelter Union');
  });

  it('a union of states is no organization found from context', () => {
    const x = extract('Vellmar said the European Union had approved the sale of its grid business.');
    expect(x.entity('European Union')).toBeUndefined();
  });

  it('"the unions X and Y" introduces both unions', () => {
    const x = extract('Vellmar signed an agreement with the unions KTU and SBR on Tuesday.');
    expect(x.names('Company')).toEqual(expect.arrayContaining(['KTU', 'SBR']));
  });

  it('"The X Union of Y (XUY) said" opening the lede is one cited union, not a second one with its article', () => {
    const x = extract(
      'Tannery strike looms\n\nThe National Union of Tanners (NUT) said on Monday it would strike at Kestrel ' +
        'Leather, which will cut 300 jobs.',
    );
    expect(x.cited().filter((n) => n?.includes('Tanners'))).toEqual(['National Union of Tanners']);
  });
});
