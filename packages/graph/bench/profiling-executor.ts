import neo4j, { type Driver, type ManagedTransaction, type ProfiledPlan } from 'neo4j-driver';
import { toCypherParams, type Executor } from '../src/executor.js';
import type { CypherQuery } from '../src/query.js';

/** Database hits of one statement kind, summed over every time it ran, and its costliest operators. */
export interface StatementProfile {
  name: string;
  runs: number;
  dbHits: number;
  rows: number;
  operators: Map<string, number>;
}

/** Total database hits of a plan (PROFILE), its children included. */
export function planDbHits(plan: ProfiledPlan): number {
  return plan.dbHits + plan.children.reduce((sum, child) => sum + planDbHits(child), 0);
}

function addOperators(plan: ProfiledPlan, into: Map<string, number>): void {
  const details = String(plan.arguments['Details'] ?? '').slice(0, 90);
  const key = `${plan.operatorType}${details ? ` ${details}` : ''}`;
  into.set(key, (into.get(key) ?? 0) + plan.dbHits);
  plan.children.forEach((child) => addOperators(child, into));
}

/** A statement's name for the report: the first line that says what it does (a MERGE, MATCH, CALL …). */
export function statementName(cypher: string): string {
  const lines = cypher
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('//'));
  return lines.slice(0, 2).join(' ').slice(0, 80);
}

/** The read side shared by the bench's instrumented executors: reads go straight to the driver, uncounted. */
export function plainReads(driver: Driver): Pick<Executor, 'sessionsInUse' | 'read'> {
  return {
    sessionsInUse: () => 0,
    async read<T>(query: CypherQuery): Promise<T[]> {
      const result = await driver.executeQuery(query.cypher, toCypherParams(query.params));
      return result.records.map((r) => r.toObject() as T);
    },
  };
}

/**
 * An Executor whose writes run every statement under PROFILE and add up its database hits per statement kind —
 * the transaction flow of ingestion exactly as it runs, costed by Neo4j's own counters (commits as usual).
 */
export function createProfilingExecutor(driver: Driver): {
  executor: Executor;
  profiles: Map<string, StatementProfile>;
} {
  const profiles = new Map<string, StatementProfile>();
  const record = (query: CypherQuery, plan: ProfiledPlan | false) => {
    if (!plan) return;
    const name = statementName(query.cypher);
    const entry = profiles.get(name) ?? { name, runs: 0, dbHits: 0, rows: 0, operators: new Map<string, number>() };
    entry.runs += 1;
    entry.dbHits += planDbHits(plan);
    entry.rows += plan.rows;
    addOperators(plan, entry.operators);
    profiles.set(name, entry);
  };
  const executor: Executor = {
    ...plainReads(driver),
    async write<T>(work: (tx: { run<R>(query: CypherQuery): Promise<R[]> }) => Promise<T>): Promise<T> {
      const session = driver.session({ defaultAccessMode: neo4j.session.WRITE });
      try {
        return await session.executeWrite((tx: ManagedTransaction) =>
          work({
            async run<R>(query: CypherQuery): Promise<R[]> {
              const result = await tx.run(`PROFILE ${query.cypher}`, toCypherParams(query.params));
              record(query, result.summary.profile);
              return result.records.map((r) => r.toObject() as R);
            },
          }),
        );
      } finally {
        await session.close();
      }
    },
  };
  return { executor, profiles };
}
