import { CATEGORIES, type Category, type ScoreResult, type Tally } from './score.js';

/** Precision, recall and F1; an empty side counts as perfect (as in the shared scorer). */
export function prf(t: { tp: number; fp: number; fn: number }): { p: number; r: number; f: number } {
  const p = t.tp + t.fp ? t.tp / (t.tp + t.fp) : 1;
  const r = t.tp + t.fn ? t.tp / (t.tp + t.fn) : 1;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
}

/** Headline numbers of a score: micro-F1 over all categories, entities F1, share of attributes right. */
export interface ScoreSummary {
  micro: number;
  entities: number;
  events: number;
  citations: number;
  attributes: number;
  categories: Record<Category, Tally & { p: number; r: number; f1: number }>;
}

/** Sums a score into its summary. */
export function summarize(score: ScoreResult): ScoreSummary {
  const sum = (cats: readonly Category[]) =>
    cats.reduce(
      (a, c) => ({ tp: a.tp + score.tally[c].tp, fp: a.fp + score.tally[c].fp, fn: a.fn + score.tally[c].fn }),
      { tp: 0, fp: 0, fn: 0 },
    );
  const categories = Object.fromEntries(
    CATEGORIES.map((c) => {
      const { p, r, f } = prf(score.tally[c]);
      return [c, { ...score.tally[c], p, r, f1: f }];
    }),
  ) as ScoreSummary['categories'];
  const attr = CATEGORIES.reduce((a, c) => [a[0]! + score.tally[c].attrOk, a[1]! + score.tally[c].attrAll], [0, 0]);
  return {
    micro: prf(sum(CATEGORIES)).f,
    entities: prf(sum(['companies', 'divisions', 'people'])).f,
    events: categories.events.f1,
    citations: categories.citations.f1,
    attributes: attr[1] ? attr[0]! / attr[1] : 1,
    categories,
  };
}

/** The report in the shared scorer's layout: misses per document, a line per category, a summary line. */
export function formatScore(score: ScoreResult): string {
  const s = summarize(score);
  const out: string[] = [];
  for (const d of score.report) out.push(`# ${d.id}`, ...d.lines.map((l) => '  ' + l));
  for (const c of CATEGORIES) {
    const t = s.categories[c];
    out.push(
      `${c.padEnd(10)} P=${t.p.toFixed(2)} R=${t.r.toFixed(2)} F1=${t.f1.toFixed(2)}  (tp ${t.tp} fp ${t.fp} fn ${t.fn})` +
        (t.attrAll ? `  attributes ${t.attrOk}/${t.attrAll}` : ''),
    );
  }
  out.push(
    `micro F1=${s.micro.toFixed(3)} entities F1=${s.entities.toFixed(3)} events F1=${s.events.toFixed(3)} citations F1=${s.citations.toFixed(3)} attributes=${s.attributes.toFixed(3)}`,
  );
  return out.join('\n');
}
