import type { WriteTransaction } from '../executor.js';
import { candidatesFromBands } from './band-candidates.js';
import { copiesAmong, groupCopies, type FoundCandidate } from './group-copies.js';
import { assignCopyGroupsQuery, fileInBandsQuery, type SyndicationRow } from './syndication-statements.js';

interface Print {
  id: string;
  textHash: string | null;
  minhash: number[] | null;
}

/**
 * Syndication in a write transaction: files the new texts under their lookup keys (which returns the articles
 * filed under them before and their fingerprints), picks the candidates from each key's list of newest articles,
 * compares their fingerprints and joins the copies into copy groups: one statement, and a second only for a batch
 * with copies, which also finds the groups those copies already belong to (Round 6: two statements fewer).
 */
export async function fileCopies(tx: WriteTransaction, rows: SyndicationRow[]): Promise<void> {
  const [filing] = await tx.run<{ filed: Array<{ key: string; before: string[] }>; prints: Print[] }>(
    fileInBandsQuery(rows),
  );
  if (!filing) return;
  const pairs = candidatesFromBands(rows, new Map(filing.filed.map((row) => [row.key, row.before])));
  if (pairs.length === 0) return;
  // A candidate is an article filed before this batch (its print came with the filing) or one of the batch's own.
  const printOf = new Map<string, Print>([...filing.prints, ...rows].map((print) => [print.id, print]));
  const found: FoundCandidate[] = pairs.flatMap(({ id, other }) => {
    const print = printOf.get(other);
    return print ? [{ id, other, textHash: print.textHash, minhash: print.minhash }] : [];
  });
  const copies = copiesAmong(rows, found);
  if (copies.length === 0) return;
  const groups = groupCopies(rows, copies);
  if (groups.length > 0) await tx.run(assignCopyGroupsQuery(groups));
}
