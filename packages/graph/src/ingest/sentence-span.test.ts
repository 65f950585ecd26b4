import { describe, expect, it } from 'vitest';
import { sentencesAround } from './sentence-span.js';

describe('sentencesAround', () => {
  const text = 'Amazon cut jobs. CEO Andy Jassy said so! Next line?\nA heading\n\nLast one.';
  const span = (needle: string) => ({
    start: text.indexOf(needle),
    end: text.indexOf(needle) + needle.length,
    text: needle,
  });

  it('expands a name to its sentence, with exact offsets', () => {
    const [sentence] = sentencesAround(text, [span('Andy Jassy')]);
    expect(sentence!.text).toBe('CEO Andy Jassy said so!');
    expect(text.slice(sentence!.start, sentence!.end)).toBe(sentence!.text);
  });

  it('keeps headings and first/last sentences apart', () => {
    expect(sentencesAround(text, [span('heading'), span('Amazon'), span('Last')]).map((s) => s.text)).toEqual([
      'A heading',
      'Amazon cut jobs.',
      'Last one.',
    ]);
  });
});
