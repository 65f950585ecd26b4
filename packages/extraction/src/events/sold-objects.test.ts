import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

const orgs = (text: string) =>
  extract(text, '2024-08-12')
    .events()
    .map((e) => e.org);
const LEDE = [
  'Norrvik Group trims its portfolio',
  '',
  'OSLO - The beauty group Norrvik Group said on Monday it would review its brands. Kestrel Ltd and Orsk Shop Ltd were among them.',
  '',
].join('\n');

describe('the businesses a company sold are not the actors of the verb coordinated after them', () => {
  it('"the company has sold The Orsk Shop and Kestrel and decided to separate …" is the seller’s move', () => {
    const text = `${LEDE}Norrvik Group bought Vessla in 2019. Since then the company has sold The Orsk Shop and Kestrel and decided to separate Vessla International from the rest of the group.\n`;
    const got = orgs(text);
    expect(got).not.toContain('Orsk Shop');
    expect(got).not.toContain('Kestrel');
    expect(got).toContain('Norrvik Group');
  });

  it('one business sold, then a coordinated move, is still the seller’s', () => {
    const text = `${LEDE}Since then the company has sold Orsk Shop and decided to separate Vessla International from the rest of the group.\n`;
    expect(orgs(text)).not.toContain('Orsk Shop');
  });

  it('near miss: the seller named before the sale verb keeps its move', () => {
    const text = `${LEDE}Norrvik Group has sold Orsk Shop and decided to close 12 stores.\n`;
    const got = orgs(text);
    expect(got).toContain('Norrvik Group');
    expect(got).not.toContain('Orsk Shop');
  });

  it('near miss: a business sold that cuts on its own, in a sentence of its own, keeps its round', () => {
    const text = `${LEDE}Norrvik Group sold Orsk Shop in May. Orsk Shop has since cut 300 jobs.\n`;
    expect(extract(text, '2024-08-12').events()).toContainEqual(
      expect.objectContaining({ org: 'Orsk Shop', count: 300 }),
    );
  });

  it('near miss: a name after the sale with a verb of its own acts', () => {
    const text = `${LEDE}Norrvik Group sold Orsk Shop in May, and Kestrel said it would cut 300 jobs.\n`;
    expect(extract(text, '2024-08-12').events()).toContainEqual(
      expect.objectContaining({ org: 'Kestrel', count: 300 }),
    );
  });
});
