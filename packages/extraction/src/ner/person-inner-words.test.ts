import { describe, expect, it } from 'vitest';
import { extractDocument } from '../extract-document.js';

/** Names and types the extractor gives a text (invented names only). */
function typed(text: string): Array<[string, string]> {
  return extractDocument({ text, uri: 'test://person-inner-words' }).entities.map((e) => [e.type, e.name]);
}

describe('a lone inner word of a person named in full is that person, no company (context-orgs.ts)', () => {
  it('reads the word an initial opens ("J Rahim Uddin … Rahim said") as the person', () => {
    const got = typed(
      'Kestrel Fibers laid off 500 workers, according to Labour Adviser J Rahim Uddin. "The plant is shut," Rahim said.',
    );
    expect(got).toContainEqual(['Person', 'J Rahim Uddin']);
    expect(got).not.toContainEqual(['Company', 'Rahim']);
  });

  it('reads a first surname ("Iván Orsk Vellido … Orsk said") as the person', () => {
    const got = typed(
      'Kestrel Salmon will close its plant, said manager Iván Orsk Vellido. Orsk said 200 jobs would go.',
    );
    expect(got).not.toContainEqual(['Company', 'Orsk']);
  });

  it('near miss: a company the text names by its own cues keeps its name beside a person who shares a word', () => {
    const got = typed(
      'Mercer said it would cut 300 jobs at its plant. The plant manager, Dana Mercer Abel, said the cuts were painful.',
    );
    expect(got).toContainEqual(['Company', 'Mercer']);
  });
});
