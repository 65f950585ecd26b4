/**
 * Hostile inputs for the linear-time checks (`src/linear-time.test.ts`, `bench/hostile-bench.ts`): each generator
 * writes a text of about `bytes` UTF-16 units, deterministic for a given size, shaped like a known worst case of
 * rule-based extraction — long runs that no sentence end breaks, so every per-sentence or per-match step that
 * rescans its neighbourhood shows up as quadratic growth.
 */

import { seededRandom } from './seeded-random.js';

/** Repeats `unit(i)` until the text reaches `bytes` (then cuts it there). */
function fill(bytes: number, head: string, unit: (i: number, r: () => number) => string, seed = 7): string {
  const r = seededRandom(seed);
  const parts: string[] = [head];
  let n = head.length;
  for (let i = 0; n < bytes; i++) {
    const u = unit(i, r);
    parts.push(u);
    n += u.length;
  }
  return parts.join('').slice(0, bytes);
}

const SYLLABLES = ['ka', 'lo', 'mer', 'vik', 'dor', 'sta', 'ne', 'bru', 'ha', 'gen', 'tor', 'il', 'sen', 'va'];
const word = (r: () => number, cap: boolean) => {
  let w = '';
  for (let k = 1 + Math.floor(r() * 3); k >= 0; k--) w += SYLLABLES[Math.floor(r() * SYLLABLES.length)];
  return cap ? w[0]!.toUpperCase() + w.slice(1) : w;
};

/** A hostile text generator: its name and a function of the size in UTF-16 units. */
export interface HostileGenerator {
  name: string;
  make: (bytes: number) => string;
}

export const HOSTILE: HostileGenerator[] = [
  { name: 'digit-comma run', make: (b) => fill(b, 'Amazon cut ', () => '123,') },
  { name: 'digit run', make: (b) => fill(b, 'Amazon cut ', () => '1234567890') },
  { name: 'decimal run', make: (b) => fill(b, 'Norrvik cut ', () => '1.2.') },
  { name: 'capitalised words, no full stop', make: (b) => fill(b, '', (_, r) => word(r, true) + ' ') },
  {
    name: 'capitalised words and commas',
    make: (b) => fill(b, 'Hallberg said ', (_, r) => word(r, true) + ' ' + word(r, true) + ', '),
  },
  {
    name: 'list of company names',
    make: (b) => fill(b, 'The group owns ', (_, r) => `${word(r, true)} ${r() < 0.5 ? 'Inc.' : 'AG'}, `),
  },
  {
    name: 'list of people with titles',
    make: (b) =>
      fill(b, 'Present were ', (_, r) => `chief executive ${word(r, true)} ${word(r, true)} of ${word(r, true)}, `),
  },
  { name: 'nested quotes', make: (b) => fill(b, 'Norrvik said ', (i) => (i % 2 ? '“‘"' : '"’”')) },
  { name: 'nested brackets', make: (b) => fill(b, 'Norrvik (', () => '([{ Hallberg (') },
  { name: 'long word', make: (b) => fill(b, 'Norrvik ', () => 'abcdefghij') },
  { name: 'long capitalised word', make: (b) => fill(b, 'cut ', () => 'Abcdefghij'.toUpperCase()) },
  {
    name: 'cuts without full stops',
    make: (b) => fill(b, '', (_, r) => `${word(r, true)} Corp. will cut ${1 + Math.floor(r() * 900)} jobs and `),
  },
  {
    name: 'percent and dates without full stops',
    make: (b) => fill(b, 'Norrvik Inc. ', (_, r) => `cut ${Math.floor(r() * 90)}% of its staff in March 2023, `),
  },
  {
    name: 'citations without full stops',
    make: (b) =>
      fill(b, '', (_, r) => `according to the ${word(r, true)} Times, people familiar with the matter said, `),
  },
  {
    name: 'single line of prose',
    make: (b) =>
      fill(
        b,
        '',
        (_, r) =>
          `${word(r, true)} Group said on Monday it would cut ${Math.floor(r() * 9000)} jobs, about ${Math.floor(r() * 20)}% of its workforce, according to the ${word(r, true)} Herald. `,
      ),
  },
  {
    name: 'names sharing a first word',
    make: (b) => fill(b, 'Owners include ', (_, r) => `Norrvik ${word(r, true)} Inc., `),
  },
  {
    name: 'short sentences with events',
    make: (b) =>
      fill(
        b,
        '',
        (i, r) =>
          `${word(r, true)} Corp. cut ${1 + (i % 900)} jobs. The cuts, announced in March 2023, hit ${1 + (i % 7)}% of its staff, the company said in a statement. `,
      ),
  },
  {
    name: 'short sentences naming people',
    make: (b) =>
      fill(b, '', (_, r) => `Chief executive ${word(r, true)} ${word(r, true)} told the ${word(r, true)} Post. `),
  },
  { name: 'hyphen and apostrophe joins', make: (b) => fill(b, 'Norrvik ', () => "a-b'c.d&") },
  { name: 'spaces', make: (b) => fill(b, 'Norrvik', () => '          ') },
  { name: 'blank lines', make: (b) => fill(b, 'Norrvik', () => '\n\n\n\n') },
];
