import { INGEST_BATCH_SIZE } from '../src/ingest/ingest-document.js';
import type { Graph } from '../src/graph.js';
import { createWorld, generateArticle } from './synthetic-articles.js';

/** Options of `ingestSyntheticArticles`. */
export interface SyntheticLoadOptions {
  /** Transactions in flight; default 4 (as `npm run ingest`). */
  concurrency?: number;
  /** Called after each batch with the number of articles written so far. */
  onProgress?: (done: number) => void;
  /** Share of articles that also name a hub company (WorldOptions.hubShare); default 0, the corpus as before. */
  hubShare?: number;
}

/**
 * Writes `count` deterministic synthetic articles (bench/synthetic-articles.ts: 400 companies, Zipf-skewed so a
 * few are hubs) in batches of INGEST_BATCH_SIZE, `concurrency` transactions at a time — the graph the benchmarks
 * and the explorer's large-graph test read. Throws when an article fails.
 */
export async function ingestSyntheticArticles(
  graph: Graph,
  count: number,
  { concurrency = 4, onProgress, hubShare = 0 }: SyntheticLoadOptions = {},
): Promise<void> {
  const world = createWorld(undefined, undefined, { hubShare });
  const docs = Array.from({ length: count }, (_, i) => generateArticle(world, i));
  let next = 0;
  let done = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < docs.length) {
        const batch = docs.slice(next, next + INGEST_BATCH_SIZE);
        next += batch.length;
        const failed = (await graph.ingestDocuments(batch)).filter((result) => !result.ok);
        if (failed.length > 0) throw new Error(`${failed.length} generated articles failed to ingest.`);
        done += batch.length;
        onProgress?.(done);
      }
    }),
  );
}

/** The company with the most articles in a synthetic corpus of `count` articles (the hub the explorer's test opens). */
export function busiestSyntheticCompany(count: number): { id: string; name: string; articles: number } {
  const world = createWorld();
  const tally = new Map<string, { id: string; name: string; articles: number }>();
  for (let i = 0; i < count; i++) {
    const { extraction } = generateArticle(world, i);
    const event = extraction.events[0]!;
    // A round at a division names the division as the organization: count it for the company it is PART_OF.
    const unitOf = extraction.relations.find((r) => r.type === 'PART_OF' && r.from === event.organization);
    const companyId = unitOf?.to ?? event.organization;
    const company = extraction.entities.find((e) => e.id === companyId)!;
    const entry = tally.get(company.id) ?? { id: company.id, name: company.name, articles: 0 };
    entry.articles += 1;
    tally.set(company.id, entry);
  }
  return [...tally.values()].sort((a, b) => b.articles - a.articles || a.id.localeCompare(b.id))[0]!;
}
