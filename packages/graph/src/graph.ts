import neo4j from 'neo4j-driver';
import type { DocumentExtraction, DocumentInput } from '@newsgraph/extraction';
import { asError } from './errors.js';
import { createExecutor, type Executor, type ExecutorOptions } from './executor.js';
import { defaultExtract, type Extract } from './ingest/extractor.js';
import type { PageMeta } from './ingest/prepare-document.js';
import {
  deleteSource,
  ingestDocument,
  ingestDocuments,
  type ExtractedDocument,
  type IngestOutcome,
  type IngestResult,
} from './ingest/ingest-document.js';
import type { Neo4jConnection } from './connection.js';
import { createReadModel, type ReadModel } from './read-model.js';
import { createPinger } from './ping.js';
import { createFeedMemory, type FeedMemory } from './feeds/feed-memory.js';
import { cypher } from './query.js';
import {
  awaitIndexesStatement,
  backfillMentionKeysStatement,
  MENTION_BACKFILL_BATCH,
  schemaStatements,
} from './schema/schema-statements.js';
import { backfillFactClaims } from './schema/fact-claims-backfill.js';
import { backfillMentionTallies } from './schema/mention-tally-backfill.js';

/** Nodes `deleteAll` removes per transaction (with their relationships). */
const DELETE_ALL_BATCH = 10_000;

/** Options of `createGraph`. */
export interface GraphOptions extends ExecutorOptions {
  /** Extractor used by `ingestText`; default `extractDocument` from @newsgraph/extraction. */
  extract?: Extract;
  /** Pool size of the driver; default 64. */
  maxConnectionPoolSize?: number;
  /** Estimated bytes one document (and one bulk transaction) may write; default 24 MiB (see prepareDocument). */
  maxDocumentBytes?: number;
}

/** A document to extract and ingest: extraction's input plus what the reader knows of a page (see PageMeta). */
export type IngestInput = DocumentInput & PageMeta;

/** The page fields of a read document, for the article node (`ingestDocument`'s `page`). */
export function pageMetaOf(input: IngestInput): PageMeta {
  return {
    author: input.author,
    modifiedAt: input.modifiedAt,
    language: input.language,
    originalHash: input.originalHash,
    origin: input.origin,
    accessibleForFree: input.accessibleForFree,
    format: input.format,
  };
}

/** All access to the Newsgraph knowledge graph in Neo4j; owns one driver. */
export interface Graph extends ReadModel {
  readonly executor: Executor;
  /** What `npm run ingest -- --feed` has seen of each feed (in Neo4j: it survives restarts). */
  readonly feeds: FeedMemory;
  /** Constraints, full-text and lookup indexes; idempotent; waits until they are online. */
  applySchema(): Promise<void>;
  /** Writes one document's extraction in one transaction; see ingest/ingest-document.ts. */
  ingestDocument(extraction: DocumentExtraction, text: string, page?: PageMeta): Promise<IngestOutcome>;
  /** Bulk ingestion: several documents per transaction, each still all or nothing; see ingest/ingest-document.ts. */
  ingestDocuments(documents: ExtractedDocument[], batchSize?: number): Promise<IngestResult[]>;
  /** Extracts then ingests (the input already read and guarded by @newsgraph/documents). */
  ingestText(input: IngestInput): Promise<IngestOutcome>;
  /** Extracts each text then ingests them in bulk; a text that fails extraction fails alone. */
  ingestTexts(inputs: IngestInput[], batchSize?: number): Promise<IngestResult[]>;
  /** Deletes an article and whatever is left without evidence; false when there was no such article. */
  deleteSource(id: string): Promise<boolean>;
  /** Resolves when Neo4j answers; rejects with a GraphError (UNAVAILABLE) otherwise. */
  ping(): Promise<void>;
  /** The driver pool now: sessions holding or waiting for a connection, and the pool's size (for /metrics). */
  poolUsage(): { inUse: number; max: number };
  /** Deletes every node and relationship (tests and benchmarks only). */
  deleteAll(): Promise<void>;
  close(): Promise<void>;
}

/** Connects to Neo4j (lazily: nothing is sent until the first query) and returns the graph API. */
export function createGraph(connection: Neo4jConnection, options: GraphOptions = {}): Graph {
  const auth = neo4j.auth.basic(connection.user, connection.password);
  const maxConnectionPoolSize = options.maxConnectionPoolSize ?? 64;
  const driver = neo4j.driver(connection.uri, auth, {
    disableLosslessIntegers: true,
    maxConnectionPoolSize,
    // Under a burst, requests wait for a free connection (back-pressure) rather than fail; the API's own time
    // budget per request (15 s) bounds the wait.
    connectionAcquisitionTimeout: 15_000,
    connectionTimeout: 3_000,
    maxTransactionRetryTime: 3_000,
    logging: { level: 'error', logger: () => {} },
  });
  const database = connection.database ?? options.database;
  // Pings get a connection of their own (ping.ts): a health check must say whether Neo4j answers.
  const pinger = createPinger({ ...connection, database });
  const executor = createExecutor(driver, { ...options, database });
  const extract: Extract = options.extract ?? defaultExtract;
  const limits = { maxDocumentBytes: options.maxDocumentBytes };

  return {
    executor,
    feeds: createFeedMemory(executor),
    ...createReadModel(executor),

    async applySchema() {
      for (const statement of schemaStatements()) await executor.write((tx) => tx.run(statement));
      for (;;) {
        const [row] = await executor.write((tx) => tx.run<{ updated: number }>(backfillMentionKeysStatement()));
        if ((row?.updated ?? 0) < MENTION_BACKFILL_BATCH) break;
      }
      await executor.read(awaitIndexesStatement());
      await backfillMentionTallies(executor);
      await backfillFactClaims(executor);
    },

    ingestDocument: (extraction, text, page) => ingestDocument(executor, extraction, text, page, limits),

    ingestDocuments: (documents, batchSize) => ingestDocuments(executor, documents, batchSize, limits),

    async ingestText(input) {
      const extraction = await extract(input);
      return ingestDocument(executor, extraction, input.text, pageMetaOf(input), limits);
    },

    async ingestTexts(inputs, batchSize) {
      const results = new Array<IngestResult>(inputs.length);
      const extracted: Array<{ index: number; document: ExtractedDocument }> = [];
      for (const [index, input] of inputs.entries()) {
        try {
          extracted.push({
            index,
            document: { extraction: await extract(input), text: input.text, page: pageMetaOf(input) },
          });
        } catch (error) {
          results[index] = { ok: false, error: asError(error) };
        }
      }
      const written = await ingestDocuments(
        executor,
        extracted.map((item) => item.document),
        batchSize,
        limits,
      );
      extracted.forEach((item, i) => (results[item.index] = written[i]!));
      return results;
    },

    deleteSource: (id) => deleteSource(executor, id),

    ping: () => pinger.ping(),

    poolUsage: () => ({ inUse: executor.sessionsInUse(), max: maxConnectionPoolSize }),

    async deleteAll() {
      // A batch per transaction: one DETACH DELETE of a 10,000-article graph exceeded Neo4j's transaction memory
      // (dbms.memory.transaction.total.max, 70% of a 1 GB heap).
      for (;;) {
        const [row] = await executor.write((tx) =>
          tx.run<{ deleted: number }>({
            cypher: cypher`MATCH (n) WITH n LIMIT $batch DETACH DELETE n RETURN count(*) AS deleted`,
            params: { batch: DELETE_ALL_BATCH },
          }),
        );
        if (!row || row.deleted === 0) return;
      }
    },

    async close() {
      await Promise.all([driver.close(), pinger.close()]);
    },
  };
}
