import type { SpanArrays } from './span-arrays.js';

/**
 * An article's quoted sentences, each text once, and for each list of quotes the indexes of its texts: what is
 * stored as the article's `quoteTexts` and a relationship's `quoteIdx`. The texts are in text order (by the first
 * span quoting each); a text quoted at two places is stored once (its spans stay on the relationships). A reader
 * gets a relationship's quotes back with `[i IN r.quoteIdx | a.quoteTexts[i]]` (queries/projections.ts).
 */
export function quoteTable(lists: ReadonlyArray<Pick<SpanArrays, 'starts' | 'quotes'>>): {
  texts: string[];
  indexes: number[][];
} {
  const firstStart = new Map<string, number>();
  for (const list of lists)
    list.quotes.forEach((text, i) => {
      const start = list.starts[i]!;
      const seen = firstStart.get(text);
      if (seen === undefined || start < seen) firstStart.set(text, start);
    });
  const texts = [...firstStart.keys()].sort((a, b) => firstStart.get(a)! - firstStart.get(b)! || (a < b ? -1 : 1));
  const index = new Map(texts.map((text, i) => [text, i]));
  return { texts, indexes: lists.map((list) => list.quotes.map((text) => index.get(text)!)) };
}
