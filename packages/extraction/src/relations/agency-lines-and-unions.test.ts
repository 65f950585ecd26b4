import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

describe('credits, unions and public posts as news writes them', () => {
  it('cites a news agency credited on a line of its own under the byline', () => {
    const x = extract(
      'Kestrel Telecom plans massive voluntary retirement\n\nApril 8, 2014 - By Kora Herald\n\n(Yonhap)\n\n' +
        'Kestrel Telecom said Tuesday that 70 percent of its workforce will be asked to leave.',
    );
    expect(x.cited()).toContain('Yonhap');
  });

  it('names unions by what precedes them only when those words can name a union', () => {
    const x = extract(
      'Kestrel Drinks said it will lay off workers at its plants in Spain after unions refused to strike a deal.\n\n' +
        'Unions rejected the offer ahead of the deadline.',
    );
    const unions = x.doc.entities.filter((e) => e.type === 'Source' && /union/i.test(e.name));
    expect(unions.map((e) => e.name)).toEqual(['Unions']);
  });

  it('cites a public body’s spokesperson as that body, never as the company’s spokesperson', () => {
    const x = extract(
      'Hallberg Motors will cut 2,000 jobs in Europe, it said on Tuesday.\n\n' +
        'A spokeswoman for the labour ministry said the company had notified it of the layoffs.',
    );
    expect(x.cited()).toContain('labour ministry');
    expect(x.cited()).not.toContain('Hallberg Motors spokesperson');
  });

  it('gives a post in a legislature no company of the article', () => {
    const x = extract(
      'Kestrel Broadcasting will close five of its language services, it said.\n\n' +
        'Staff have written to the chair of the House of Commons Foreign Affairs Committee, Tom Blake, and to Ann Lee, ' +
        'chair of the Vessla Parliament Media Committee.',
    );
    expect(x.role('Ann Lee')).toBeNull();
  });
});
