import { describe, expect, it } from 'vitest';
import { segmentText, selectMentions, type TextMention, type TextPiece } from './text-segments';

//            0         1         2         3         4
//            0123456789012345678901234567890123456789012345
const TEXT = 'Andy Jassy said Amazon Web Services cut jobs.';
const jassy: TextMention = { start: 0, end: 10, entity: { id: 'person:jassy', type: 'Person', name: 'Andy Jassy' } };
const aws: TextMention = {
  start: 16,
  end: 35,
  entity: { id: 'division:aws', type: 'Division', name: 'Amazon Web Services' },
};

/** Each piece as its text, mentions as `[text]`. */
function show(pieces: TextPiece[] | null): string[] | null {
  return pieces && pieces.map((p) => (p.mention ? `[${TEXT.slice(p.start, p.end)}]` : TEXT.slice(p.start, p.end)));
}

describe('segmentText', () => {
  it('without a quote, alternates plain text and mentions over the whole text', () => {
    const s = segmentText(TEXT, [aws, jassy], null);
    expect(show(s.before)).toEqual(['[Andy Jassy]', ' said ', '[Amazon Web Services]', ' cut jobs.']);
    expect(s.quote).toBeNull();
    expect(s.after).toEqual([]);
  });

  it('puts exactly the quoted span in `quote`, with whole mentions inside it', () => {
    const s = segmentText(TEXT, [jassy, aws], { start: 11, end: 44 });
    expect(show(s.before)).toEqual(['[Andy Jassy]', ' ']);
    expect(show(s.quote)).toEqual(['said ', '[Amazon Web Services]', ' cut jobs']);
    expect(show(s.after)).toEqual(['.']);
  });

  it('splits a mention the quote starts or ends inside, keeping both halves linked to the entity', () => {
    const s = segmentText(TEXT, [jassy, aws], { start: 5, end: 23 });
    expect(show(s.before)).toEqual(['[Andy ]']);
    expect(show(s.quote)).toEqual(['[Jassy]', ' said ', '[Amazon ]']);
    expect(show(s.after)).toEqual(['[Web Services]', ' cut jobs.']);
    expect(s.before[0]!.mention).toBe(jassy);
    expect(s.after[0]!.mention).toBe(aws);
  });

  it('handles a quote inside a single mention and one covering the whole text', () => {
    expect(show(segmentText(TEXT, [aws], { start: 23, end: 26 }).quote)).toEqual(['[Web]']);
    const whole = segmentText(TEXT, [jassy], { start: 0, end: TEXT.length });
    expect(whole.before).toEqual([]);
    expect(whole.after).toEqual([]);
    expect(show(whole.quote)?.join('')).toBe(`[Andy Jassy]${TEXT.slice(10)}`);
  });

  it('always covers the text exactly once, in order', () => {
    for (const quote of [
      { start: 0, end: 1 },
      { start: 9, end: 17 },
      { start: 44, end: 45 },
    ]) {
      const s = segmentText(TEXT, [jassy, aws], quote);
      const pieces = [...s.before, ...s.quote!, ...s.after];
      expect(pieces.map((p) => TEXT.slice(p.start, p.end)).join('')).toBe(TEXT);
      expect(TEXT.slice(s.quote![0]!.start, s.quote!.at(-1)!.end)).toBe(TEXT.slice(quote.start, quote.end));
    }
  });

  it.each([
    [{ start: 40, end: 46 }, 'past the end'],
    [{ start: -1, end: 4 }, 'negative'],
    [{ start: 7, end: 7 }, 'empty'],
  ])('ignores a quote %j (%s)', (quote) => {
    const s = segmentText(TEXT, [jassy], quote);
    expect(s.quote).toBeNull();
    expect(show(s.before)).toEqual(['[Andy Jassy]', TEXT.slice(10)]);
  });
});

describe('selectMentions', () => {
  it('drops mentions outside the text and overlapping an earlier, longer one', () => {
    const inner: TextMention = { ...jassy, start: 5, end: 10 };
    const outside: TextMention = { ...aws, start: 40, end: 50 };
    expect(selectMentions(TEXT, [inner, outside, jassy])).toEqual([jassy]);
  });
});
