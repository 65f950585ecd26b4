import type { CursorKey, Graph } from '@newsgraph/graph';

/** What an article left in the graph: its content hash and how many mentions, facts and events it has. */
export type ArticleFingerprint = string;

/** Counts by node type, and one fingerprint per article id, read through the graph's read model. */
export async function fingerprintGraph(graph: Graph) {
  const articles = new Map<string, ArticleFingerprint>();
  for (let cursor: CursorKey | null = null; ;) {
    const page = await graph.sourcesPage({ kind: 'article', window: { first: 100, cursor } });
    const ids = page.items.map((item) => item.id);
    if (ids.length === 0) break;
    const [mentions, facts, events] = await Promise.all([
      graph.mentionsIn(ids),
      graph.factsOf(ids),
      graph.eventsOf(ids, 'source'),
    ]);
    for (const source of page.items) {
      const id = source.id;
      articles.set(
        id,
        `${source.contentHash} m${mentions.get(id)?.length ?? 0} f${facts.get(id)?.length ?? 0} e${events.get(id)?.length ?? 0}`,
      );
    }
    if (!page.hasNextPage) break;
    cursor = page.keys.at(-1) ?? null;
  }
  const counts = Object.fromEntries((await graph.stats()).map((row) => [row.type, row.count]));
  return { counts, articles };
}

/** Articles of `partial` whose fingerprint differs from the same article's in `clean` (half-written ones). */
export function partialArticles(
  partial: Map<string, ArticleFingerprint>,
  clean: Map<string, ArticleFingerprint>,
): string[] {
  return [...partial].filter(([id, print]) => clean.get(id) !== print).map(([id]) => id);
}
