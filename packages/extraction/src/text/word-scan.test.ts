import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createWordScanner } from './word-scan.js';

const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&');
/** What the global expression finds: the reference the scanner must equal. */
function byRegex(words: string[], text: string, from: number) {
  const re = new RegExp(`\\b(?:${words.map(escape).join('|')})\\b`, 'gi');
  re.lastIndex = from;
  const out: Array<{ index: number; word: string }> = [];
  for (let m = re.exec(text); m !== null; m = re.exec(text)) out.push({ index: m.index, word: m[0].toLowerCase() });
  return out;
}

const WORDS = [
  'analysts’',
  "analysts'",
  'fourth-quarter',
  'e-mails',
  'e-mail',
  'memo',
  'memos',
  'analyst',
  '10-k',
  'x',
  'ad',
  'ad-hoc',
  'news',
  'sec',
];

describe('createWordScanner', () => {
  it('finds what \\b(?:…)\\b/gi finds: case, hyphens, apostrophes, boundaries, overlaps', () => {
    const scan = createWordScanner(WORDS);
    const text =
      "Analysts' notes and ANALYSTS’ e-mails, an e-mailed memo; Fourth-Quarter 10-K, x-ray ad-hoc ads, SEC_x sec éx xé Kelvin \u212Aelvin memos.";
    for (let from = 0; from < text.length; from += 7) expect(scan(text, from)).toEqual(byRegex(WORDS, text, from));
  });

  it('agrees with the expression on random texts from the same letters', () => {
    const scan = createWordScanner(WORDS);
    const pieces = [...WORDS, ' ', '-', "'", '’', 'é', '_', 'S', 'ED', '.', 'A', '\u212A'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }), fc.nat(20), (parts, from) => {
        const text = parts.join('');
        expect(scan(text, from)).toEqual(byRegex(WORDS, text, from));
      }),
      { numRuns: 2000 },
    );
  });

  it('refuses words it cannot scan for exactly', () => {
    expect(() => createWordScanner(['-x'])).toThrow();
    expect(() => createWordScanner(['Memo'])).toThrow();
  });
});
