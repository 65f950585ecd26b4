import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractDocument } from './extract-document.js';
import { checkSpans } from './eval/check-spans.js';
import { loadAnnotatedFolder } from './eval/load-folder.js';
import { scoreDocuments } from './eval/score.js';
import { summarize } from './eval/summarize.js';

const pkg = fileURLToPath(new URL('..', import.meta.url));
const SEEDS = `${pkg}../../seeds`;

async function score(dir: string, goldDir?: string) {
  const articles = await loadAnnotatedFolder(dir, goldDir);
  const docs = articles.map((a) => extractDocument({ text: a.text, uri: a.path }));
  const problems = docs.flatMap((d, i) => checkSpans(d, articles[i]!.text).problems);
  return {
    n: articles.length,
    problems,
    summary: summarize(
      scoreDocuments(
        docs,
        articles.map((a) => a.gold),
      ),
    ),
  };
}

describe('golden: accuracy on annotated articles', { timeout: 60_000 }, () => {
  it('seeds: micro-F1 ≥ 0.95, attributes ≥ 0.90, every span exact', async () => {
    const r = await score(SEEDS, `${pkg}fixtures/seed-gold`);
    expect(r.n).toBe(3);
    expect(r.problems).toEqual([]);
    expect(r.summary.micro).toBeGreaterThanOrEqual(0.95);
    expect(r.summary.attributes).toBeGreaterThanOrEqual(0.9);
  });

  it('own annotated articles: micro-F1 ≥ 0.91, attributes ≥ 0.88, every span exact (regression floor just under the measured 0.919 / 0.896 on 151 articles, round 11 — its 28 new stories are harder than the 123 before, which measured 0.926 / 0.895 in round 10; round 5 measured 0.886 / 0.847 on 93)', async () => {
    const r = await score(`${pkg}fixtures/articles`);
    expect(r.n).toBeGreaterThanOrEqual(8);
    expect(r.problems).toEqual([]);
    expect(r.summary.micro).toBeGreaterThanOrEqual(0.91);
    expect(r.summary.attributes).toBeGreaterThanOrEqual(0.88);
  });

  it('the seed Amazon article keeps its headline facts', () => {
    const text = readFileSync(`${SEEDS}/000_c3705ce366644198.txt`, 'utf8');
    const doc = extractDocument({ text, uri: 'seeds/000_c3705ce366644198.txt' });
    const ev = doc.events.find((e) => e.organization === 'company:amazon' && e.count === 14000);
    expect(ev).toMatchObject({ kind: 'layoff', percent: 4, when: null });
    expect(ev!.evidence[0]!.text.startsWith('Amazon is cutting 14,000 corporate jobs')).toBe(true);
  });
});
