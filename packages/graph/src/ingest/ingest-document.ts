import type { DocumentExtraction } from '@newsgraph/extraction';
import { isUnavailable, toGraphError } from '../errors.js';
import type { Executor, WriteTransaction } from '../executor.js';
import type { CypherQuery } from '../query.js';
import { claimSourcesQuery, ingestStatement } from './ingest-statements.js';
import { estimateBytes } from './document-size.js';
import { fileCopies } from '../syndication/file-copies.js';
import { detachSyndicationQuery } from '../syndication/syndication-statements.js';
import { MAX_DOCUMENT_BYTES, prepareDocument, type PageMeta, type PreparedDocument } from './prepare-document.js';
import {
  addMentionTalliesQuery,
  dropEmptyTalliesQuery,
  pickTallyShard,
  sumTallies,
  writtenMentions,
  type TallyDelta,
} from './mention-tallies.js';
import { addFactClaimsQuery, removedClaims, sumClaimDeltas, writtenClaims, type ClaimDelta } from './fact-claims.js';
import { removeAttributionsQuery } from './remove-attributions.js';
import { stampReportTime } from './report-time.js';
import { removeStaleLocksQuery, storiesOfSourceQuery } from './story-statements.js';
import { planStories, storyWrites, type CandidateRow } from './update-stories.js';
import {
  collectGarbageStatements,
  collectOrphanNodesQuery,
  deleteArticleQuery,
  mergeRemovedEvidence,
  removeEvidenceQuery,
  type RemovedEvidence,
} from './remove-statements.js';

/** What ingesting one document did. */
export interface IngestOutcome {
  /** False when the same text and metadata (same revision) were already stored under this source id. */
  changed: boolean;
  sourceId: string;
  entities: number;
  relations: number;
  events: number;
}

/** One document of a batch: its outcome, or why it was not written (nothing of it was). */
export type IngestResult = { ok: true; outcome: IngestOutcome } | { ok: false; error: Error };

/** A document and its extraction, as `ingestDocuments` takes them. */
export interface ExtractedDocument {
  extraction: DocumentExtraction;
  text: string;
  /** What the reader knew beyond extraction's source meta (a page's author, language, original hash …). */
  page?: PageMeta;
}

/** Bounds of a write: see prepareDocument. */
export interface IngestLimits {
  /** Bytes one document (and one bulk transaction) may write; default MAX_DOCUMENT_BYTES. */
  maxDocumentBytes?: number;
}

/** Documents per transaction in bulk ingestion: large enough to share commits, small enough to keep locks short. */
export const INGEST_BATCH_SIZE = 20;

/** Sends statements back to back without waiting for each result (Bolt pipelining); they still run in order. */
async function runPipelined(tx: WriteTransaction, statements: CypherQuery[]): Promise<void> {
  await Promise.all(statements.map((statement) => tx.run(statement)));
}

function outcomeOf(doc: PreparedDocument, changed: boolean): IngestOutcome {
  return {
    changed,
    sourceId: doc.source.id,
    entities: doc.entities.length,
    relations: doc.relations.length,
    events: doc.events.length,
  };
}

/**
 * Writes documents with distinct source ids in one transaction (all of them or none). Per document: same
 * revision (text and metadata) → nothing written; changed text under the same source id → its old evidence is replaced, other
 * sources untouched; new → written.
 */
async function writeInOneTransaction(executor: Executor, prepared: PreparedDocument[]): Promise<IngestOutcome[]> {
  // Report time for articles without a publication date: one timestamp per transaction.
  const ingestedAt = new Date().toISOString();
  const docs = prepared.map((doc) => stampReportTime(doc, ingestedAt));
  return executor.write(async (tx) => {
    const claims = await tx.run<{ sourceId: string; revision: string | null; isNew: boolean }>(
      claimSourcesQuery(docs.map((doc) => doc.source.id)),
    );
    const claimOf = new Map(claims.map((claim) => [claim.sourceId, claim]));
    const toWrite = docs.filter((doc) => {
      const claim = claimOf.get(doc.source.id)!;
      return claim.isNew || claim.revision !== doc.source.revision;
    });
    const replaced = toWrite.filter((doc) => !claimOf.get(doc.source.id)!.isNew);
    const replacedIds = replaced.map((doc) => doc.source.id);
    // Old evidence goes first (the stories it backs noted before it goes); garbage collection runs after the new
    // facts are in, so shared nodes survive. Statements with no result to wait for are sent back to back.
    const [touched] = await Promise.all([
      storiesOf(tx, replacedIds),
      ...replacedIds.map((id) => tx.run(removeAttributionsQuery(id))),
    ]);
    const removed = (
      await Promise.all(replacedIds.map((id) => tx.run<RemovedEvidence>(removeEvidenceQuery(id))))
    ).flat();
    if (replaced.length > 0)
      await runPipelined(
        tx,
        replaced.map((doc) => detachSyndicationQuery(doc.source.id)),
      );
    // Stories: the candidate lookup rides behind the documents' write (pipelined), the assignments after it.
    const plan = planStories(toWrite);
    let storyRows: CandidateRow[] = [];
    let settled = new Set<string>();
    if (toWrite.length > 0) {
      const [writeRows, found] = await Promise.all([
        tx.run<{ settled: string[] }>(
          ingestStatement(toWrite, new Set(removed.flatMap((evidence) => evidence.claims.map((claim) => claim.key)))),
        ),
        plan.candidates ? tx.run<CandidateRow>(plan.candidates) : [],
      ]);
      storyRows = found;
      settled = new Set(writeRows.flatMap((row) => row.settled));
    }
    const garbage = removed.length > 0 ? mergeRemovedEvidence(removed) : null;
    if (garbage) await runPipelined(tx, collectGarbageStatements(garbage));
    // Stories recomputed, then the organizations only an emptied story still held go too.
    await runPipelined(tx, [
      ...storyWrites(plan, storyRows, touched),
      ...(garbage ? [collectOrphanNodesQuery(garbage.nodeIds)] : []),
    ]);
    // Syndication: the new texts filed under their lookup keys, their copies joined into copy groups. Late in the
    // transaction, as filing locks the key nodes (boilerplate is shared by many articles) until the commit.
    if (toWrite.length > 0)
      await fileCopies(
        tx,
        toWrite.map((doc) => doc.syndication),
      );
    await addFactClaims(tx, [...writtenClaims(toWrite, settled), ...removedClaims(removed)]);
    await addMentionTallies(tx, [...writtenMentions(toWrite), ...(garbage?.mentionsLost ?? [])]);
    const written = new Set(toWrite);
    return docs.map((doc) => outcomeOf(doc, written.has(doc)));
  });
}

/** The Claims each fact edge gained or lost, kept on the edge (see fact-claims.ts); before the mention tallies. */
async function addFactClaims(tx: WriteTransaction, deltas: ClaimDelta[]): Promise<void> {
  const facts = sumClaimDeltas(deltas);
  if (facts.length > 0) await tx.run(addFactClaimsQuery(facts));
}

/** The transaction's last statement: mention counts kept per entity (see mention-tallies.ts). */
async function addMentionTallies(tx: WriteTransaction, deltas: TallyDelta[]): Promise<void> {
  const tallies = sumTallies(deltas);
  if (tallies.length === 0) return;
  await tx.run(addMentionTalliesQuery(tallies, pickTallyShard()));
  const lost = tallies.filter((tally) => tally.delta < 0).map((tally) => tally.entityId);
  if (lost.length > 0) await tx.run(dropEmptyTalliesQuery(lost));
}

/** Stories the sources' claims belong to, before those claims are removed. */
async function storiesOf(tx: WriteTransaction, sourceIds: string[]): Promise<string[]> {
  if (sourceIds.length === 0) return [];
  const [row] = await tx.run<{ storyIds: string[] }>(storiesOfSourceQuery(sourceIds));
  return row?.storyIds ?? [];
}

/**
 * Writes one document's extraction in one transaction (all or nothing). Same content hash → nothing written;
 * changed text under the same source id → that source's old evidence is replaced, other sources untouched.
 */
export async function ingestDocument(
  executor: Executor,
  extraction: DocumentExtraction,
  text: string,
  page?: PageMeta,
  limits: IngestLimits = {},
): Promise<IngestOutcome> {
  const doc = prepareDocument(extraction, text, { page, maxDocumentBytes: limits.maxDocumentBytes });
  const [outcome] = await writeInOneTransaction(executor, [doc]);
  return outcome!;
}

/**
 * Splits prepared documents into transactions of at most `size` documents and `maxBytes` estimated bytes,
 * never two with the same source id in one.
 */
function intoBatches(docs: Array<{ index: number; doc: PreparedDocument }>, size: number, maxBytes: number) {
  const batches: Array<typeof docs> = [];
  let current: typeof docs = [];
  let ids = new Set<string>();
  let bytes = 0;
  for (const item of docs) {
    const itemBytes = estimateBytes(item.doc);
    if (
      current.length > 0 &&
      (current.length === size || ids.has(item.doc.source.id) || bytes + itemBytes > maxBytes)
    ) {
      batches.push(current);
      current = [];
      ids = new Set();
      bytes = 0;
    }
    current.push(item);
    ids.add(item.doc.source.id);
    bytes += itemBytes;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}

/**
 * Bulk ingestion: up to `batchSize` documents share one transaction and one statement, which is what makes
 * folders fast (see docs/BENCHMARKS.md). Each document is still all or nothing: when a batch fails for any
 * reason but an unreachable database, its documents are retried one transaction each, so a bad document fails
 * alone and nothing of it is written. Results come back in input order.
 */
export async function ingestDocuments(
  executor: Executor,
  documents: ExtractedDocument[],
  batchSize = INGEST_BATCH_SIZE,
  limits: IngestLimits = {},
): Promise<IngestResult[]> {
  const maxBytes = limits.maxDocumentBytes ?? MAX_DOCUMENT_BYTES;
  const results = new Array<IngestResult>(documents.length);
  const prepared: Array<{ index: number; doc: PreparedDocument }> = [];
  documents.forEach(({ extraction, text, page }, index) => {
    try {
      prepared.push({ index, doc: prepareDocument(extraction, text, { page, maxDocumentBytes: maxBytes }) });
    } catch (error) {
      results[index] = { ok: false, error: toGraphError(error) };
    }
  });
  for (const batch of intoBatches(prepared, Math.max(1, batchSize), maxBytes)) {
    try {
      const outcomes = await writeInOneTransaction(
        executor,
        batch.map((item) => item.doc),
      );
      batch.forEach((item, i) => (results[item.index] = { ok: true, outcome: outcomes[i]! }));
    } catch (error) {
      if (batch.length === 1 || isUnavailable(error)) {
        for (const item of batch) results[item.index] = { ok: false, error: toGraphError(error) };
        continue;
      }
      for (const item of batch) {
        try {
          const [outcome] = await writeInOneTransaction(executor, [item.doc]);
          results[item.index] = { ok: true, outcome: outcome! };
        } catch (single) {
          results[item.index] = { ok: false, error: toGraphError(single) };
        }
      }
    }
  }
  return results;
}

/** Deletes an article, its evidence, and every node or edge left with no evidence; false when no such article. */
export async function deleteSource(executor: Executor, sourceId: string): Promise<boolean> {
  return executor.write(async (tx) => {
    const [touched] = await Promise.all([storiesOf(tx, [sourceId]), tx.run(removeAttributionsQuery(sourceId))]);
    const [removed] = await tx.run<RemovedEvidence>(removeEvidenceQuery(sourceId));
    if (removed) await runPipelined(tx, collectGarbageStatements(removed));
    await tx.run(detachSyndicationQuery(sourceId));
    // Stories recomputed, then the organizations only an emptied story still held, then their story locks.
    await runPipelined(tx, [
      ...storyWrites(planStories([]), [], touched),
      ...(removed ? [collectOrphanNodesQuery(removed.nodeIds)] : []),
      removeStaleLocksQuery(),
    ]);
    await addFactClaims(tx, removed ? removedClaims([removed]) : []);
    await addMentionTallies(tx, removed?.mentionsLost ?? []);
    const [row] = await tx.run<{ deleted: number }>(deleteArticleQuery(sourceId));
    return (row?.deleted ?? 0) > 0;
  });
}
