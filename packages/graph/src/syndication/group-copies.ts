import { estimatedSimilarity, NEAR_DUPLICATE_THRESHOLD } from '@newsgraph/documents';
import type { CopyGroupAssignment, SyndicationRow } from './syndication-statements.js';

/** A candidate found by a shared lookup key (see candidatesFromBands): `other` shares a key with `id`. */
export interface FoundCandidate {
  id: string;
  other: string;
  textHash: string | null;
  minhash: number[] | null;
}

/** A candidate with the copy group `other` already belongs to, if any (copyGroupsQuery). */
export interface Candidate extends FoundCandidate {
  copyGroup: string | null;
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
 * (near). Copies are joined transitively (union-find); a group keeps the smallest existing copy-group id (groups it
 * bridges are merged into it) or gets a new one named after its smallest member (`copy-group:<article id>`), so the
 * same articles give the same graph whether written one by one or in a batch. Groups of one are not written. Pure.
 */
export function groupCopies(
  rows: SyndicationRow[],
  candidates: Candidate[],
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
  const groupOf = new Map<string, string>();
  for (const c of copiesAmong(rows, candidates)) {
    union(c.id, c.other);
    if (c.copyGroup) groupOf.set(c.other, c.copyGroup);
  }
  const groups = new Map<string, string[]>();
  for (const id of parent.keys()) {
    const root = find(id);
    groups.set(root, [...(groups.get(root) ?? []), id]);
  }
  const assignments: CopyGroupAssignment[] = [];
  for (const members of groups.values()) {
    if (members.length < 2) continue;
    members.sort();
    const existing = [...new Set(members.map((m) => groupOf.get(m)).filter((g): g is string => !!g))].sort();
    const copyGroup = existing[0] ?? newId(members);
    assignments.push({ copyGroup, members, merged: existing.slice(1) });
  }
  return assignments;
}
