import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
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

/** One statement kind's server CPU, summed over its runs. */
export interface StatementCpu {
  name: string;
  runs: number;
  cpuNanos: number;
}

export const COMMIT = '(commit: locks released, indexes and transaction log written)';

/**
 * An Executor whose writes run their statements one after another (a pipelined pair is sent in turn) and add each
 * one's server CPU to `cpu`, the commit's under COMMIT. For one caller at a time: concurrent writes would mix.
 */
export function createCpuTimingExecutor(
  driver: Driver,
  pid: number,
): { executor: Executor; cpu: Map<string, StatementCpu>; record: (name: string, nanos: number) => void } {
  const cpu = new Map<string, StatementCpu>();
  const record = (name: string, nanos: number) => {
    const entry = cpu.get(name) ?? { name, runs: 0, cpuNanos: 0 };
    entry.runs += 1;
    entry.cpuNanos += nanos;
    cpu.set(name, entry);
  };
  const executor: Executor = {
    ...plainReads(driver),
    async write<T>(work: (tx: { run<R>(query: CypherQuery): Promise<R[]> }) => Promise<T>): Promise<T> {
      const session = driver.session({ defaultAccessMode: neo4j.session.WRITE });
      let queue: Promise<unknown> = Promise.resolve();
      let workEnd = 0;
      try {
        const out = await session.executeWrite(async (tx: ManagedTransaction) => {
          const value = await work({
            run<R>(query: CypherQuery): Promise<R[]> {
              const mine = queue.then(async () => {
                const before = processRunNanos(pid);
                const result = await tx.run(query.cypher, toCypherParams(query.params));
                record(statementName(query.cypher), processRunNanos(pid) - before);
                return result.records.map((r) => r.toObject() as R);
              });
              queue = mine.catch(() => undefined);
              return mine;
            },
          });
          workEnd = processRunNanos(pid);
          return value;
        });
        record(COMMIT, processRunNanos(pid) - workEnd);
        return out;
      } finally {
        await session.close();
      }
    },
  };
  return { executor, cpu, record };
}
