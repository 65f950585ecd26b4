import { estimatedSimilarity, NEAR_DUPLICATE_THRESHOLD } from '@newsgraph/documents';
import type { CopyGroupAssignment, SyndicationRow } from './syndication-statements.js';

/** A candidate found by a shared lookup key (see candidatesFromBands): `other` shares a key with `id`. */
export interface FoundCandidate {
  id: string;
  other: string;
  textHash: string | null;
  minhash: number[] | null;
}

/**
 * The candidates that are copies of the article they were found for: equal normalised text hash (exact) or
 * estimated Jaccard similarity at least NEAR_DUPLICATE_THRESHOLD (near). Pure.
 */
export function copiesAmong<T extends FoundCandidate>(rows: SyndicationRow[], candidates: T[]): T[] {
  const byId = new Map(rows.map((row) => [row.id, row]));
  return candidates.filter((c) => {
    const row = byId.get(c.id);
    if (!row) return false;
    const exact = c.textHash !== null && c.textHash === row.textHash;
    const near = !!(
      row.minhash &&
      c.minhash &&
      estimatedSimilarity(row.minhash, c.minhash) >= NEAR_DUPLICATE_THRESHOLD
    );
    return exact || near;
  });
}

/**
 * Decides which articles are syndicated copies of one another (one copy group): a candidate is a copy when its
 * normalised text hash is equal (exact) or its estimated Jaccard similarity is at least NEAR_DUPLICATE_THRESHOLD
 * (near). Copies are joined transitively (union-find). The write (assignCopyGroupsQuery) puts each set in the
 * smallest existing copy group of its members filed before this batch (`filedBefore`: the candidates, as the
 * batch's rows are in none) and merges the others it bridges into it, or else in a new group named after its
 * smallest member (`newGroup`: `copy-group:<article id>`), so the same articles give the same graph whether written
 * one by one or in a batch. Sets of one are not written. Pure.
 */
export function groupCopies(
  rows: SyndicationRow[],
  candidates: FoundCandidate[],
  newId = (members: string[]) => `copy-group:${members[0]}`,
): CopyGroupAssignment[] {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let root = x;
    while (parent.get(root) !== root) root = parent.get(root) ?? (parent.set(root, root), root);
    parent.set(x, root);
    return root;
  };
  const union = (a: string, b: string) => {
    const [ra, rb] = [find(a), find(b)];
    if (ra !== rb) parent.set(ra < rb ? rb : ra, ra < rb ? ra : rb);
  };
  for (const c of copiesAmong(rows, candidates)) union(c.id, c.other);
  const groups = new Map<string, string[]>();
  for (const id of parent.keys()) {
    const root = find(id);
    groups.set(root, [...(groups.get(root) ?? []), id]);
  }
  const inBatch = new Set(rows.map((row) => row.id));
  const assignments: CopyGroupAssignment[] = [];
  for (const members of groups.values()) {
    if (members.length < 2) continue;
    members.sort();
    assignments.push({ members, filedBefore: members.filter((m) => !inBatch.has(m)), newGroup: newId(members) });
  }
  return assignments;
}
