/**
 * LSH recall of syndication's lookup keys on near copies (issue 17): would fewer bands still find the copies?
 *
 * Each dev article (`packages/extraction/fixtures/articles/*.txt`, normalised words) gets near copies made by
 * dropping or replacing k% of its words at random (seeded, so runs agree); a replaced word becomes an invented
 * token. For each pair: the true Jaccard similarity of the 5-word shingle sets, the MinHash estimate (64 values, as
 * ingestion computes it) and, per band layout, whether the two share a band, which is what makes syndication compare
 * them. A copy is found when they share a band and the estimate reaches NEAR_DUPLICATE_THRESHOLD. Layouts 16×4
 * (today's), 12×4 and 8×4 band the first 64, 48 and 32 values of the same signature (the estimate still uses 64).
 * Also counted: pairs of distinct dev articles that share a band (candidates compared for nothing, or briefs of
 * one story). `npm run bench:lsh-recall -w @newsgraph/graph [-- --copies 5]`; no database.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import {
  estimatedSimilarity,
  minhashSignature,
  NEAR_DUPLICATE_THRESHOLD,
  normalizedWords,
  SHINGLE_WORDS,
} from '@newsgraph/documents';
import { createRandom } from './synthetic-articles.js';

const ARTICLES = new URL('../../extraction/fixtures/articles/', import.meta.url).pathname;
const LAYOUTS = [16, 12, 8].map((bands) => ({ bands, rows: 4, name: `${bands}×4` }));
/** How copies are made: scattered single words, phrases (runs of RUN words) replaced, or the ending cut. */
const SETTINGS: Array<{ mode: Mode; rate: number }> = [
  ...[0.01, 0.02, 0.03, 0.05].map((rate) => ({ mode: 'drop' as const, rate })),
  ...[0.01, 0.02, 0.03, 0.05].map((rate) => ({ mode: 'replace' as const, rate })),
  ...[0.05, 0.1, 0.15, 0.2, 0.3].map((rate) => ({ mode: 'phrases' as const, rate })),
  ...[0.1, 0.2, 0.3, 0.4].map((rate) => ({ mode: 'cut end' as const, rate })),
];
type Mode = 'drop' | 'replace' | 'phrases' | 'cut end';
const RUN = 8;
/** Bins of true Jaccard for the pooled table. */
const BINS = [0.5, 0.6, 0.7, 0.8, 0.9];

const { values } = parseArgs({ options: { copies: { type: 'string', default: '5' } } });
const copiesPerSetting = Number(values.copies);

/** The seeded generator of the synthetic corpus, so the near copies are the same on every run. */
const random = (seed: number): (() => number) => createRandom(seed).next;

function shingles(words: string[]): Set<string> {
  const set = new Set<string>();
  for (let i = 0; i + SHINGLE_WORDS <= words.length; i++) set.add(words.slice(i, i + SHINGLE_WORDS).join(' '));
  return set;
}

function jaccard(a: Set<string>, b: Set<string>): number {
  let both = 0;
  for (const s of a) if (b.has(s)) both++;
  return both / (a.size + b.size - both);
}

function sharesBand(a: number[], b: number[], bands: number, rows: number): boolean {
  for (let band = 0; band < bands; band++) {
    let same = true;
    for (let r = band * rows; r < (band + 1) * rows && same; r++) same = a[r] === b[r];
    if (same) return true;
  }
  return false;
}

const invented = (next: () => number) => `zq${Math.floor(next() * 1e9).toString(36)}`;

/** A near copy: `rate` of the words dropped or replaced one by one, replaced as phrases of RUN words, or cut. */
function nearCopy(words: string[], rate: number, mode: Mode, next: () => number): string[] {
  if (mode === 'cut end') return words.slice(0, Math.round(words.length * (1 - rate)));
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    if (mode === 'phrases') {
      // A phrase starts here with the probability that makes `rate` of the words replaced.
      if (next() < rate / RUN) {
        for (let k = 0; k < RUN && i < words.length; k++, i++) out.push(invented(next));
        i--;
      } else out.push(words[i]!);
    } else if (next() >= rate) out.push(words[i]!);
    else if (mode === 'replace') out.push(invented(next));
  }
  return out;
}

const articles = readdirSync(ARTICLES)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => normalizedWords(readFileSync(join(ARTICLES, name), 'utf8')))
  .filter((words) => minhashSignature(words.join(' ')) !== null);
const prints = articles.map((words) => ({ sig: minhashSignature(words.join(' '))!, set: shingles(words) }));

const pct = (n: number, of: number) => (of === 0 ? '–' : `${((100 * n) / of).toFixed(1)}%`);
interface Pair {
  setting: number;
  jaccard: number;
  estimate: number;
  band: boolean[];
}
const pairs: Pair[] = [];
let seed = 1;
SETTINGS.forEach(({ mode, rate }, setting) => {
  for (const [i, words] of articles.entries())
    for (let c = 0; c < copiesPerSetting; c++) {
      const copy = nearCopy(words, rate, mode, random(seed++));
      const sig = minhashSignature(copy.join(' '));
      if (!sig) continue;
      pairs.push({
        setting,
        jaccard: jaccard(prints[i]!.set, shingles(copy)),
        estimate: estimatedSimilarity(prints[i]!.sig, sig),
        band: LAYOUTS.map((layout) => sharesBand(prints[i]!.sig, sig, layout.bands, layout.rows)),
      });
    }
});

/** One table row: the pairs, their true and estimated similarity, and per layout shares a band / found. */
function row(label: string, group: Pair[]): string {
  const meanJ = group.reduce((sum, p) => sum + p.jaccard, 0) / Math.max(1, group.length);
  const estimated = group.filter((p) => p.estimate >= NEAR_DUPLICATE_THRESHOLD).length;
  const perLayout = LAYOUTS.map((_, l) => {
    const band = group.filter((p) => p.band[l]).length;
    const found = group.filter((p) => p.band[l] && p.estimate >= NEAR_DUPLICATE_THRESHOLD).length;
    return `${pct(band, group.length)} / ${pct(found, group.length)}`;
  });
  return `| ${label} | ${group.length} | ${meanJ.toFixed(2)} | ${pct(estimated, group.length)} | ${perLayout.join(' | ')} |`;
}
const header = (first: string) =>
  [
    `| ${first} | pairs | mean Jaccard | estimate ≥ ${NEAR_DUPLICATE_THRESHOLD} | ${LAYOUTS.map((l) => `${l.name}: band / found`).join(' | ')} |`,
    `| --- | ---: | ---: | ---: | ${LAYOUTS.map(() => '---:').join(' | ')} |`,
  ].join('\n');

console.log(
  `${articles.length} dev articles with a signature, ${copiesPerSetting} near copies each per setting. ` +
    `band: the copy shares a band with its original (syndication compares them); found: and the estimate ` +
    `reaches ${NEAR_DUPLICATE_THRESHOLD} (one copy group).\n`,
);
console.log(header('true Jaccard of the pair (all settings)'));
BINS.forEach((low, b) => {
  const high = BINS[b + 1] ?? 1.0001;
  const inBin = pairs.filter((p) => p.jaccard >= low && p.jaccard < high);
  console.log(row(high > 1 ? `≥ ${low}` : `${low}–${high}`, inBin));
});
console.log(
  row(
    `≥ ${NEAR_DUPLICATE_THRESHOLD} (should be found)`,
    pairs.filter((p) => p.jaccard >= 0.7),
  ),
);
console.log(`\n${header('near copy')}`);
SETTINGS.forEach(({ mode, rate }, setting) =>
  console.log(
    row(
      `${mode} ${Math.round(rate * 100)}%${mode === 'phrases' ? ` (runs of ${RUN})` : ''}`,
      pairs.filter((p) => p.setting === setting),
    ),
  ),
);

// Distinct dev articles: pairs that share a band (compared) and pairs the estimate calls copies.
const distinct = LAYOUTS.map(() => ({ candidate: 0, copies: 0 }));
let allPairs = 0;
for (let a = 0; a < prints.length; a++)
  for (let b = a + 1; b < prints.length; b++) {
    allPairs++;
    const copy = estimatedSimilarity(prints[a]!.sig, prints[b]!.sig) >= NEAR_DUPLICATE_THRESHOLD;
    LAYOUTS.forEach((layout, l) => {
      if (!sharesBand(prints[a]!.sig, prints[b]!.sig, layout.bands, layout.rows)) return;
      distinct[l]!.candidate++;
      if (copy) distinct[l]!.copies++;
    });
  }
console.log(
  `\n${allPairs} pairs of distinct dev articles: ` +
    LAYOUTS.map(
      (l, i) => `${l.name} ${distinct[i]!.candidate} share a band, ${distinct[i]!.copies} of them copies`,
    ).join('; '),
);
