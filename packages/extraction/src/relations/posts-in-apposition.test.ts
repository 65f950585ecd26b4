import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

describe('posts written in apposition as news does', () => {
  it('reads an analyst whose field takes several words, and cites the firm', () => {
    const x = extract(
      'Vessla Mining said on Monday two executives had resigned.\n\n' +
        '"They were highly regarded," Tom Varga, a metals and mining analyst at Kestrel Capital Markets in Oslo, said by phone.\n\n' +
        '"It is a blow," said Hurnik Dalmo, a platinum analyst at Saltvik Securities.',
    );
    expect(x.role('Tom Varga')?.org).toBe('Kestrel Capital Markets');
    expect(x.role('Hurnik Dalmo')).toEqual({
      title: 'platinum analyst at Saltvik Securities',
      org: 'Saltvik Securities',
    });
    expect(x.cited()).toEqual(expect.arrayContaining(['Kestrel Capital Markets', 'Saltvik Securities']));
  });

  it('reads a body written out in apposition before its officer’s title as the post’s organization', () => {
    const x = extract(
      'Hallberg Bank will cut 300 jobs.\n\n' +
        '"Costs are rising," said Jane Roe, Vessla Mining Council chief economist.\n\n' +
        'John Moyo, Association of Kora Miners president, said members would strike.',
    );
    expect(x.role('Jane Roe')).toEqual({ title: 'chief economist', org: 'Vessla Mining Council' });
    expect(x.role('John Moyo')).toEqual({ title: 'president', org: 'Association of Kora Miners' });
  });

  it('reads no post from a body in apposition that no title follows', () => {
    const x = extract('Hallberg Bank will cut 300 jobs. Jane Roe, Vessla Mining Council, said costs were rising.');
    expect(x.role('Jane Roe')).toBeNull();
  });

  it('never reads "told analysts" after a company as an analyst’s post', () => {
    const x = extract(
      'Kestrel Pay has started laying off employees across several units, people aware of the matter said.\n\n' +
        'Jane Roe, president and chief financial officer of Vessla Communications, told analysts in May that costs would fall.',
    );
    expect(x.names('Company')).toContain('Vessla Communications');
    expect(x.role('Jane Roe')?.org).toBe('Vessla Communications');
  });

  it('gives "<Company> <Unit> director Jane Roe" the post at the company, the unit its scope', () => {
    const x = extract(
      'Kestrel Broadcasting will close five language services, it said on Wednesday.\n\n' +
        '"These closures are painful," Kestrel World News director Tom Blake said in the statement.',
    );
    expect(x.role('Tom Blake')).toEqual({ title: 'World News director', org: 'Kestrel Broadcasting' });
  });

  it('gives an economist the research institute the title names, not a bank of the article', () => {
    const x = extract(
      'Hallberg Bank and Kestrel Bank have cut 900 jobs in Norway this year.\n\n' +
        '"Banks must shrink," said Ola Brekke, an economist at the research institute Vandor Economics.',
    );
    expect(x.role('Ola Brekke')?.org).toBe('Vandor Economics');
    expect(x.cited()).toContain('Vandor Economics');
  });

  it('cites a body whose native name follows in brackets before the speech verb', () => {
    const x = extract(
      'Kestrel Bank said on Tuesday it would cut 900 jobs.\n\n' +
        '"I expect more cuts," Tom Blake, vice-president of the Kora Bankers Association (Korabankforeningen), told the Dagsposten newspaper.',
    );
    expect(x.cited()).toEqual(expect.arrayContaining(['Kora Bankers Association', 'Dagsposten']));
  });

  it('reads the post of a company named with its short form in brackets, then a comma', () => {
    const x = extract(
      'Vessla Platinum said on Thursday it would review its mines.\n\n' +
        'A dispute was the likely reason for the departure of Vessla Platinum (Vesplats) CEO, Carl Moss.',
    );
    expect(x.role('Carl Moss')).toEqual({ title: 'CEO', org: 'Vessla Platinum' });
  });

  it('reads "the current CEO of X" as the post held at X', () => {
    const x = extract(
      'Vessla Platinum said on Thursday its chief executive had resigned.\n\n' +
        'His position would be filled by Anna Berg, the current CEO of Kestrel Iron Ore. Berg was head of operations at Vessla Platinum before.',
    );
    expect(x.role('Anna Berg')).toEqual({ title: 'CEO of Kestrel Iron Ore', org: 'Kestrel Iron Ore' });
  });

  it('reads "one of the leaders of" a union as a post there', () => {
    const x = extract(
      'Kestrel Drinks will close four bottling plants in Spain.\n\n' +
        '"It is an exploitative multinational," Rafael Ortiz, one of the leaders of the CTV labor union, told a news conference.',
    );
    expect(x.role('Rafael Ortiz')?.org).toBe('CTV');
  });

  it('keeps a bare given name that opens a colleague’s quotation the person’s, never a company', () => {
    const x = extract(
      'Vessla Mining appointed Johan Strand as chief operating officer, it said in a statement.\n\n' +
        '"Johan has useful insights into the industry," chief executive Ola Brekke said in the statement.',
    );
    expect(x.names('Company')).not.toContain('Johan');
    expect(x.role('Ola Brekke')).toEqual({ title: 'chief executive', org: 'Vessla Mining' });
  });
});
