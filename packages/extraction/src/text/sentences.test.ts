import { describe, expect, it } from 'vitest';
import { MAX_SENTENCE, findSentenceIndex, sentenceAt, splitSentences } from './sentences.js';

const texts = (t: string) => splitSentences(t).map((s) => s.text);

describe('splitSentences', () => {
  it('splits on terminal punctuation and keeps exact offsets', () => {
    const t = 'Amazon cut 14,000 jobs. The cuts hit AWS! Why now? Nobody knows.';
    const spans = splitSentences(t);
    expect(spans.map((s) => s.text)).toEqual([
      'Amazon cut 14,000 jobs.',
      'The cuts hit AWS!',
      'Why now?',
      'Nobody knows.',
    ]);
    for (const s of spans) expect(t.slice(s.start, s.end)).toBe(s.text);
  });

  it('does not split after abbreviations, initials or decimals', () => {
    expect(texts('Mr. Smith joined Apple Inc. in the U.S. office. Margins hit 6.1% in Q4.')).toEqual([
      'Mr. Smith joined Apple Inc. in the U.S. office.',
      'Margins hit 6.1% in Q4.',
    ]);
    expect(texts('John F. Kennedy spoke. Then he left.')).toEqual(['John F. Kennedy spoke.', 'Then he left.']);
  });

  it('treats headlines and bullet lines as sentences but joins hard-wrapped prose', () => {
    expect(texts('Why Amazon Is Cutting Now\nInternal memos say so.\n  • Sales and Marketing\n')).toEqual([
      'Why Amazon Is Cutting Now',
      'Internal memos say so.',
      'Sales and Marketing',
    ]);
    expect(texts('Amazon is cutting\n14,000 jobs across\nits corporate ranks.')).toEqual([
      'Amazon is cutting\n14,000 jobs across\nits corporate ranks.',
    ]);
  });

  it('splits "Inc." only before a sentence opener', () => {
    expect(texts('He left Apple Inc. The company grew.')).toEqual(['He left Apple Inc.', 'The company grew.']);
  });

  it('finds the sentence around an offset', () => {
    const t = 'First one. Second one here.';
    expect(sentenceAt(t, t.indexOf('here'))?.text).toBe('Second one here.');
    expect(findSentenceIndex(splitSentences(t), 10)).toBe(1);
    expect(sentenceAt('', 0)).toBeNull();
  });

  it('cuts a stretch with no sentence end into pieces of bounded length at clause breaks', () => {
    const t = 'Norrvik Cars, Hallberg AG; '.repeat(200) + 'Vessla Group';
    const spans = splitSentences(t);
    expect(spans.length).toBeGreaterThan(t.length / MAX_SENTENCE);
    for (const s of spans) {
      expect(s.end - s.start).toBeLessThanOrEqual(MAX_SENTENCE);
      expect(t.slice(s.start, s.end)).toBe(s.text);
    }
    expect(spans.slice(0, -1).every((s) => /[;,]$/.test(s.text))).toBe(true);
    const word = 'x'.repeat(3 * MAX_SENTENCE);
    expect(splitSentences(word).map((s) => s.text.length)).toEqual([MAX_SENTENCE, MAX_SENTENCE, MAX_SENTENCE]);
  });

  it('ends a sentence at the answer "No." but not at "No." before a number', () => {
    expect(texts('Is Vessla alone? No. Kora Pharma has cut 500 jobs.')).toEqual([
      'Is Vessla alone?',
      'No.',
      'Kora Pharma has cut 500 jobs.',
    ]);
    expect(texts('Kora is the No. 2 drugmaker in Norway.')).toEqual(['Kora is the No. 2 drugmaker in Norway.']);
  });
});
