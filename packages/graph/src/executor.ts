import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import { toGraphError } from './errors.js';
import type { CypherQuery } from './query.js';

/**
 * Sends whole numbers as Cypher INTEGER (the driver would send every JS number as FLOAT, which LIMIT
 * rejects and which would store offsets as 14.0).
 */
export function toCypherParams(value: unknown): unknown {
  if (typeof value === 'number') return Number.isSafeInteger(value) ? neo4j.int(value) : value;
  if (Array.isArray(value)) return value.map(toCypherParams);
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) out[key] = toCypherParams(item);
    return out;
  }
  return value;
}

/**
 * Runs `start` (which must be synchronous) with V8's stack capture off. neo4j-driver builds a Result by creating
 * an Error and formatting its stack, for every query, to decorate errors that may come later; under load that
 * was ~6% of the API's CPU (docs/BENCHMARKS.md). Our errors get their own stack in toGraphError, and the
 * caller's frames at this point say no more than "the executor ran a read".
 */
function withoutStackCapture<T>(start: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return start();
  } finally {
    Error.stackTraceLimit = limit;
  }
}

const WRITE_ATTEMPTS = 8;
/** A read that fails with a retryable error (a restarting server, a cluster leader switch) is tried this often. */
const READ_ATTEMPTS = 3;
const LOCK_CONFLICTS = new Set([
  'Neo.TransientError.Transaction.DeadlockDetected',
  'Neo.TransientError.Transaction.LockAcquisitionTimeout',
]);

/** Options shared by every statement the executor runs. */
export interface ExecutorOptions {
  /** Server-side transaction timeout in ms; default 10 000. */
  queryTimeoutMs?: number;
  /** Called with the Cypher text of every statement before it is sent (tests count queries with it). */
  onQuery?: (cypher: string) => void;
  /** The database to use; default the server's default database. */
  database?: string;
}

/** Runs statements inside one write transaction. */
export interface WriteTransaction {
  run<T = Record<string, unknown>>(query: CypherQuery): Promise<T[]>;
}

/** The thin layer between query builders and the driver: runs `{ cypher, params }`, returns plain rows. */
export interface Executor {
  read<T = Record<string, unknown>>(query: CypherQuery): Promise<T[]>;
  /** Runs `work` in one transaction: all its statements commit together or not at all. */
  write<T>(work: (tx: WriteTransaction) => Promise<T>): Promise<T>;
  /** Sessions open now, each holding or waiting for a pooled connection (for the pool-usage metric). */
  sessionsInUse(): number;
}

/** An executor over `driver`; errors come out as GraphError (see errors.ts). */
export function createExecutor(driver: Driver, options: ExecutorOptions = {}): Executor {
  const timeout = options.queryTimeoutMs ?? 10_000;
  const onQuery = options.onQuery ?? (() => {});
  let sessionsInUse = 0;

  return {
    sessionsInUse: () => sessionsInUse,

    async read<T>(query: CypherQuery): Promise<T[]> {
      onQuery(query.cypher);
      for (let attempt = 1; ; attempt++) {
        try {
          return await readOnce<T>(query);
        } catch (error) {
          if (attempt >= READ_ATTEMPTS || !neo4j.isRetryableError(error)) throw toGraphError(error);
          await new Promise((resolve) => setTimeout(resolve, 100 * attempt));
        }
      }
    },

    async write<T>(work: (tx: WriteTransaction) => Promise<T>): Promise<T> {
      // The driver retries transient errors for maxTransactionRetryTime (kept short so reads fail fast while
      // Neo4j is down); lock conflicts between concurrent ingests get a few more, jittered, attempts here.
      for (let attempt = 1; ; attempt++) {
        try {
          return await writeOnce(work);
        } catch (error) {
          const code = (error as { cause?: { code?: string } }).cause?.code ?? '';
          if (attempt >= WRITE_ATTEMPTS || !LOCK_CONFLICTS.has(code)) throw error;
          await new Promise((resolve) => setTimeout(resolve, 50 * attempt + Math.random() * 100 * attempt));
        }
      }
    },
  };

  /**
   * One auto-commit read (RUN and PULL in one round trip, no BEGIN/COMMIT): about 40% less CPU per query, on
   * both sides, than a managed transaction (docs/BENCHMARKS.md). Reads go to a reader in a cluster.
   */
  async function readOnce<T>(query: CypherQuery): Promise<T[]> {
    const session = driver.session({ defaultAccessMode: neo4j.session.READ, database: options.database });
    sessionsInUse++;
    try {
      const result = await withoutStackCapture(() =>
        session.run(query.cypher, toCypherParams(query.params) as Record<string, unknown>, { timeout }),
      );
      return result.records.map((record) => record.toObject() as T);
    } finally {
      sessionsInUse--;
      await session.close();
    }
  }

  async function writeOnce<T>(work: (tx: WriteTransaction) => Promise<T>): Promise<T> {
    const session = driver.session({ defaultAccessMode: neo4j.session.WRITE, database: options.database });
    sessionsInUse++;
    try {
      return await session.executeWrite(
        (tx: ManagedTransaction) =>
          work({
            async run<R>(query: CypherQuery): Promise<R[]> {
              onQuery(query.cypher);
              const result = await tx.run(query.cypher, toCypherParams(query.params));
              return result.records.map((record) => record.toObject() as R);
            },
          }),
        { timeout },
      );
    } catch (error) {
      throw toGraphError(error);
    } finally {
      sessionsInUse--;
      await session.close();
    }
  }
}
