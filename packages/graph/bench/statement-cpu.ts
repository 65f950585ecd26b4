import { closeSync, existsSync, openSync, readdirSync, readFileSync, readSync, statSync } from 'node:fs';
import { join } from 'node:path';
import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import { toCypherParams, type Executor } from '../src/executor.js';
import type { CypherQuery } from '../src/query.js';
import { plainReads, statementName } from './profiling-executor.js';

/**
 * Neo4j's CPU per statement, measured by the kernel rather than by a clock on a loaded machine. Neo4j Community
 * has no query log (`db.logs.query.*` are accepted but nothing is written: the logger is Enterprise's), so the
 * bench reads the scheduler's own account of the server's threads (`/proc/<pid>/task/<tid>/schedstat`: nanoseconds
 * on a CPU) before and after every statement, running one statement of one transaction at a time so the difference
 * is that statement's (plus whatever the server's background threads did meanwhile, GC included). The commit is
 * timed the same way: from the transaction function's end to the session's close. Time spent waiting for a CPU
 * (the machine's load) is not counted; time waiting for locks cannot occur (one transaction at a time).
 */

/** Nanoseconds all threads of process `pid` have run on a CPU (Linux schedstat; threads that ended are not counted). */
export function processRunNanos(pid: number): number {
  const dir = `/proc/${pid}/task`;
  let total = 0;
  for (const tid of readdirSync(dir)) {
    try {
      total += Number(readFileSync(join(dir, tid, 'schedstat'), 'utf8').split(' ')[0]);
    } catch {
      // the thread ended between listing and reading
    }
  }
  return total;
}

/** What a Neo4j thread does, by its name: runs Cypher (Bolt workers), compiles Java (the JIT), collects garbage, else. */
export type ThreadKind = 'query' | 'jit' | 'gc' | 'other';
export const THREAD_KINDS: readonly ThreadKind[] = ['query', 'jit', 'gc', 'other'];

function threadKind(name: string): ThreadKind {
  if (name.startsWith('neo4j.BoltWorke')) return 'query';
  if (/^C[12] CompilerThre/.test(name)) return 'jit';
  if (/^(GC Thread|G1 |VM Thread)/.test(name)) return 'gc';
  return 'other';
}

/** As processRunNanos, split by what the threads do (ThreadKind), so JIT compilation and GC are told apart. */
export function processRunNanosByKind(pid: number): Record<ThreadKind, number> {
  const dir = `/proc/${pid}/task`;
  const total: Record<ThreadKind, number> = { query: 0, jit: 0, gc: 0, other: 0 };
  for (const tid of readdirSync(dir)) {
    try {
      const kind = threadKind(readFileSync(join(dir, tid, 'comm'), 'utf8').trim());
      total[kind] += Number(readFileSync(join(dir, tid, 'schedstat'), 'utf8').split(' ')[0]);
    } catch {
      // the thread ended between listing and reading
    }
  }
  return total;
}

const minus = (a: Record<ThreadKind, number>, b: Record<ThreadKind, number>): Record<ThreadKind, number> => ({
  query: a.query - b.query,
  jit: a.jit - b.jit,
  gc: a.gc - b.gc,
  other: a.other - b.other,
});

/** Settings of the bench's throwaway server for `--statement-cpu`: keep every transaction log, so its bytes add up. */
export const STATEMENT_CPU_SETTINGS: Record<string, string> = { 'db.tx_log.rotation.retention_policy': 'keep_all' };

/** Bytes of a database's transaction log files (with retention keep_all: all of them ever written). */
export function transactionLogBytes(homeDir: string, database = 'neo4j'): number {
  const dir = join(homeDir, 'data', 'transactions', database);
  if (!existsSync(dir)) return 0;
  return readdirSync(dir)
    .filter((name) => name.includes('transaction.db'))
    .reduce((sum, name) => sum + statSync(join(dir, name)).size, 0);
}

/**
 * Counts the plans Neo4j threw away since the last call ("Discarded stale query from the query cache" in
 * debug.log: the statistics moved past the divergence threshold, so the statement is planned again, which for a
 * statement with several subqueries costs far more CPU than running it). Reads only what the log gained.
 */
export function createReplanCounter(homeDir: string): () => number {
  const file = join(homeDir, 'logs', 'debug.log');
  let offset = existsSync(file) ? statSync(file).size : 0;
  return () => {
    if (!existsSync(file)) return 0;
    const size = statSync(file).size;
    if (size <= offset) return 0;
    const buffer = Buffer.alloc(size - offset);
    const fd = openSync(file, 'r');
    try {
      readSync(fd, buffer, 0, buffer.length, offset);
    } finally {
      closeSync(fd);
    }
    offset = size;
    return buffer.toString('utf8').split('Discarded stale query').length - 1;
  };
}

/** One statement kind's server CPU, summed over its runs. */
export interface StatementCpu {
  name: string;
  runs: number;
  cpuNanos: number;
  /** The same split by what the threads do: the query's own (Bolt worker) thread, the JIT compilers, GC, other. */
  byKind: Record<ThreadKind, number>;
  /** Runs during which Neo4j discarded a stale plan (with one transaction at a time: this statement's, replanned). */
  replans: number;
}

export const COMMIT = '(commit: locks released, indexes and transaction log written)';

/**
 * An Executor whose writes run their statements one after another (a pipelined pair is sent in turn) and add each
 * one's server CPU to `cpu`, the commit's under COMMIT, counting the runs during which `replans` saw a plan discarded. For one caller at a time: concurrent writes would mix.
 */
export function createCpuTimingExecutor(
  driver: Driver,
  pid: number,
  replans: () => number = () => 0,
): {
  executor: Executor;
  cpu: Map<string, StatementCpu>;
  record: (name: string, nanos: Record<ThreadKind, number>) => void;
} {
  const cpu = new Map<string, StatementCpu>();
  const record = (name: string, nanos: Record<ThreadKind, number>) => {
    const entry = cpu.get(name) ?? {
      name,
      runs: 0,
      cpuNanos: 0,
      byKind: { query: 0, jit: 0, gc: 0, other: 0 },
      replans: 0,
    };
    entry.runs += 1;
    if (replans() > 0) entry.replans += 1;
    for (const kind of THREAD_KINDS) {
      entry.byKind[kind] += nanos[kind];
      entry.cpuNanos += nanos[kind];
    }
    cpu.set(name, entry);
  };
  const executor: Executor = {
    ...plainReads(driver),
    async write<T>(work: (tx: { run<R>(query: CypherQuery): Promise<R[]> }) => Promise<T>): Promise<T> {
      const session = driver.session({ defaultAccessMode: neo4j.session.WRITE });
      let queue: Promise<unknown> = Promise.resolve();
      let workEnd = processRunNanosByKind(pid);
      try {
        const out = await session.executeWrite(async (tx: ManagedTransaction) => {
          const value = await work({
            run<R>(query: CypherQuery): Promise<R[]> {
              const mine = queue.then(async () => {
                const before = processRunNanosByKind(pid);
                const result = await tx.run(query.cypher, toCypherParams(query.params));
                record(statementName(query.cypher), minus(processRunNanosByKind(pid), before));
                return result.records.map((r) => r.toObject() as R);
              });
              queue = mine.catch(() => undefined);
              return mine;
            },
          });
          workEnd = processRunNanosByKind(pid);
          return value;
        });
        record(COMMIT, minus(processRunNanosByKind(pid), workEnd));
        return out;
      } finally {
        await session.close();
      }
    },
  };
  return { executor, cpu, record };
}
