import type { SyndicationRow } from './syndication-statements.js';

/** Articles read per lookup key, newest first: a key many articles share (boilerplate) is not read to the end. */
export const CANDIDATES_PER_KEY = 5;
/** Candidates compared per new article: those sharing the most keys with it. */
export const CANDIDATES_PER_ARTICLE = 5;

/** One lookup key of a batch and the batch's articles filed under it, newest (last in the batch) first. */
export interface BandFiling {
  key: string;
  ids: string[];
}

/**
 * The batch's filings, one per distinct key, sorted by key: the statement that files them takes each key's lock in
 * this order, so two concurrent batches creating the same keys wait for each other instead of deadlocking. Pure.
 */
export function bandFilings(rows: readonly SyndicationRow[]): BandFiling[] {
  const idsOf = new Map<string, string[]>();
  for (const row of rows)
    for (const key of new Set(row.keys)) {
      const ids = idsOf.get(key) ?? [];
      if (!ids.includes(row.id)) ids.unshift(row.id);
      idsOf.set(key, ids);
    }
  return [...idsOf.keys()].sort().map((key) => ({ key, ids: idsOf.get(key)! }));
}

/**
 * Each article with the places of its keys in `filings`, in batch order (the first filed first, so a key's
 * relationships still come newest first): what the filing statement links without looking anything up by key.
 * Pure.
 */
export function keyPlaces(
  rows: readonly SyndicationRow[],
  filings: readonly BandFiling[],
): Array<{ id: string; keyAt: number[] }> {
  const placeOf = new Map(filings.map(({ key }, place) => [key, place]));
  return rows.map((row) => ({
    id: row.id,
    keyAt: [...new Set(row.keys)].flatMap((key) => (placeOf.has(key) ? [placeOf.get(key)!] : [])),
  }));
}

/**
 * Per new article, the other articles to compare it with — as if the batch's articles were filed one after the
 * other: under each of its keys the CANDIDATES_PER_KEY newest articles filed before it (the batch's earlier
 * articles first, then `before`, the key's list as it stood before this batch), and of those the
 * CANDIDATES_PER_ARTICLE sharing the most keys with it (ties: the one met first). A copy shares many keys with
 * its original (an exact copy all of them), so it ranks first. Pure.
 */
export function candidatesFromBands(
  rows: readonly SyndicationRow[],
  before: ReadonlyMap<string, readonly string[]>,
  perKey = CANDIDATES_PER_KEY,
  perArticle = CANDIDATES_PER_ARTICLE,
): Array<{ id: string; other: string }> {
  const filedEarlier = new Map<string, string[]>();
  const pairs: Array<{ id: string; other: string }> = [];
  for (const row of rows) {
    const shared = new Map<string, number>();
    const keys = [...new Set(row.keys)];
    for (const key of keys) {
      const newestFirst = [...(filedEarlier.get(key) ?? []), ...(before.get(key) ?? [])];
      for (const other of newestFirst.filter((id) => id !== row.id).slice(0, perKey))
        shared.set(other, (shared.get(other) ?? 0) + 1);
    }
    const ranked = [...shared.entries()].sort((a, b) => b[1] - a[1]).slice(0, perArticle);
    for (const [other] of ranked) pairs.push({ id: row.id, other });
    for (const key of keys) filedEarlier.set(key, [row.id, ...(filedEarlier.get(key) ?? [])]);
  }
  return pairs;
}
