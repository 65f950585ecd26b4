import type { WriteTransaction } from '../executor.js';
import { candidatesFromBands } from './band-candidates.js';
import { copiesAmong, groupCopies, type FoundCandidate } from './group-copies.js';
import {
  assignCopyGroupsQuery,
  copyGroupsQuery,
  fileInBandsQuery,
  fingerprintsQuery,
  type SyndicationRow,
} from './syndication-statements.js';

/**
 * Syndication in a write transaction: files the new texts under their lookup keys, picks the candidates from each
 * key's list of newest articles, compares their fingerprints and joins the copies into copy groups. Only the
 * chosen candidates' fingerprints are read, and the copy groups of only those that are copies (most are not).
 */
export async function fileCopies(tx: WriteTransaction, rows: SyndicationRow[]): Promise<void> {
  const filed = await tx.run<{ key: string; before: string[] }>(fileInBandsQuery(rows));
  const pairs = candidatesFromBands(rows, new Map(filed.map((row) => [row.key, row.before])));
  if (pairs.length === 0) return;
  const prints = await tx.run<Omit<FoundCandidate, 'other'>>(
    fingerprintsQuery([...new Set(pairs.map((pair) => pair.other))]),
  );
  const printOf = new Map(prints.map((row) => [row.id, row]));
  const found: FoundCandidate[] = pairs.flatMap(({ id, other }) => {
    const print = printOf.get(other);
    return print ? [{ id, other, textHash: print.textHash, minhash: print.minhash }] : [];
  });
  const copies = copiesAmong(rows, found);
  if (copies.length === 0) return;
  const groupRows = await tx.run<{ id: string; copyGroup: string | null }>(
    copyGroupsQuery([...new Set(copies.map((c) => c.other))]),
  );
  const groupOf = new Map(groupRows.map((row) => [row.id, row.copyGroup]));
  const groups = groupCopies(
    rows,
    copies.map((c) => ({ ...c, copyGroup: groupOf.get(c.other) ?? null })),
  );
  if (groups.length > 0) await tx.run(assignCopyGroupsQuery(groups));
}
