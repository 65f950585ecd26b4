import { describe, expect, it } from 'vitest';
import { extractDocument } from '../extract-document.js';
import { bracketedShortNameAt } from './bracketed-acronym.js';

/** Company names the extractor gives a text (invented names only). */
function companies(text: string): string[] {
  return extractDocument({ text, uri: 'test://initialled-bodies' })
    .entities.filter((e) => e.type === 'Company')
    .map((e) => e.name);
}

describe('a body written in full with its initials in brackets (initialled-bodies.ts)', () => {
  it('reads three initials written as a word ("(Kum)") as the body\'s short name, not a second company', () => {
    const text =
      "The Kora Mine Workers Union (Kmwu) said it was worried about Kestrel Gold's decision to cut 900 jobs. Kmwu added that talks would go on.";
    const got = companies(text);
    expect(got).toContain('Kora Mine Workers Union');
    expect(got).not.toContain('Kmwu');
  });

  it('near miss: a three-letter word in brackets that is not the initials is no short name of the body', () => {
    expect(bracketedShortNameAt('the Kora Union of Miners (Kim) said', 24, 'Kora Union of Miners')).toBeNull();
    expect(bracketedShortNameAt('the Kora Union of Miners (Kum) said', 24, 'Kora Union of Miners')).toBe('Kum');
  });
});
