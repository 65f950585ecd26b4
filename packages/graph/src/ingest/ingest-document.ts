import type { DocumentExtraction } from '@newsgraph/extraction';
import type { Executor, WriteTransaction } from '../executor.js';
import type { CypherQuery } from '../query.js';
import { claimSourceQuery, ingestStatements } from './ingest-statements.js';
import { prepareDocument } from './prepare-document.js';
import { collectGarbageStatements, deleteArticleQuery, removeEvidenceQuery, type RemovedEvidence } from './remove-statements.js';

/** What ingesting one document did. */
export interface IngestOutcome {
  /** False when the same text (same content hash) was already stored under this source id. */
  changed: boolean;
  sourceId: string;
  entities: number;
  relations: number;
  events: number;
}

/** Sends statements back to back without waiting for each result (Bolt pipelining); they still run in order. */
async function runPipelined(tx: WriteTransaction, statements: CypherQuery[]): Promise<void> {
  await Promise.all(statements.map((statement) => tx.run(statement)));
}

async function removeEvidence(tx: WriteTransaction, sourceId: string): Promise<void> {
  const [removed] = await tx.run<RemovedEvidence>(removeEvidenceQuery(sourceId));
  if (!removed) return;
  await runPipelined(tx, collectGarbageStatements(removed));
}

/**
 * Writes one document in one transaction (all or nothing). Same content hash → nothing written;
 * changed text under the same source id → that source's old evidence is replaced, other sources untouched.
 */
export async function ingestDocument(executor: Executor, extraction: DocumentExtraction, text: string): Promise<IngestOutcome> {
  const doc = prepareDocument(extraction, text);
  const counts = { entities: doc.entities.length, relations: doc.relations.length, events: doc.events.length };
  return executor.write(async (tx) => {
    const [claimed] = await tx.run<{ contentHash: string | null; isNew: boolean }>(claimSourceQuery(doc.source.id));
    if (!claimed!.isNew && claimed!.contentHash === doc.source.contentHash) {
      return { changed: false, sourceId: doc.source.id, ...counts };
    }
    if (!claimed!.isNew) {
      // Remove old evidence first; garbage collection runs after the new facts are in so shared nodes survive.
      const [removed] = await tx.run<RemovedEvidence>(removeEvidenceQuery(doc.source.id));
      await runPipelined(tx, ingestStatements(doc));
      if (removed) await runPipelined(tx, collectGarbageStatements(removed));
    } else {
      await runPipelined(tx, ingestStatements(doc));
    }
    return { changed: true, sourceId: doc.source.id, ...counts };
  });
}

/** Deletes an article, its evidence, and every node or edge left with no evidence; false when no such article. */
export async function deleteSource(executor: Executor, sourceId: string): Promise<boolean> {
  return executor.write(async (tx) => {
    await removeEvidence(tx, sourceId);
    const [row] = await tx.run<{ deleted: number }>(deleteArticleQuery(sourceId));
    return (row?.deleted ?? 0) > 0;
  });
}
