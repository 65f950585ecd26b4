import { describe, expect, it } from 'vitest';
import {
  boundedEvidence,
  mentionQuote,
  QUOTE_MAX_CHARS,
  QUOTE_WINDOW_CHARS,
  sentenceContaining,
  windowAround,
} from './quote-bounds.js';

const span = (text: string, needle: string, from = 0) => {
  const start = text.indexOf(needle, from);
  return { start, end: start + needle.length, text: needle };
};

describe('bounded quotes (issue 16 item 4)', () => {
  const text = 'Amazon cut jobs. CEO Andy Jassy said so!\n\nA heading';
  const sentences: Array<[number, number]> = [
    [0, 16],
    [17, 40],
    [42, 51],
  ];

  it('quotes the sentence extraction found around a mention, exactly', () => {
    const q = mentionQuote(text, sentences, span(text, 'Andy Jassy'));
    expect(q.text).toBe('CEO Andy Jassy said so!');
    expect(text.slice(q.start, q.end)).toBe(q.text);
    expect(sentenceContaining(sentences, 41)).toBe(-1);
    expect(mentionQuote(text, sentences, span(text, 'heading')).text).toBe('A heading');
  });

  it('cuts a window around the mention out of an over-long sentence, at spaces, spans exact', () => {
    const words = Array.from({ length: 3000 }, (_, i) => `Org${i} Inc`).join(', ');
    const long = `${words} and Zeta Corp merged.`;
    const mention = span(long, 'Org1500 Inc');
    const q = mentionQuote(long, [[0, long.length]], mention);
    expect(q.text).toContain('Org1500 Inc');
    expect(q.text.length).toBeLessThanOrEqual(2 * QUOTE_WINDOW_CHARS + mention.text.length);
    expect(long.slice(q.start, q.end)).toBe(q.text);
    expect(long[q.start - 1]).toBe(' ');
    expect(q.start).toBeGreaterThan(0);
  });

  it('keeps short evidence whole and windows long evidence around an entity it names', () => {
    const short = { start: 0, end: 16, text: 'Amazon cut jobs.' };
    expect(boundedEvidence(text, short, [])).toBe(short);
    const long = `${'filler words '.repeat(200)}Intel cut 15,000 jobs ${'and more words '.repeat(200)}.`;
    const evidence = { start: 0, end: long.length, text: long };
    const q = boundedEvidence(long, evidence, [long.indexOf('Intel')]);
    expect(q.text).toContain('Intel cut 15,000 jobs');
    expect(q.text.length).toBeLessThanOrEqual(QUOTE_MAX_CHARS);
    expect(long.slice(q.start, q.end)).toBe(q.text);
  });

  it('never leaves its range nor loses the anchor, whatever the text', () => {
    const t = 'x'.repeat(5000);
    const w = windowAround(t, 100, 4000, { start: 2000, end: 2010 });
    expect(w.start).toBeGreaterThanOrEqual(100);
    expect(w.end).toBeLessThanOrEqual(4000);
    expect(w.start).toBeLessThanOrEqual(2000);
    expect(w.end).toBeGreaterThanOrEqual(2010);
  });
});
