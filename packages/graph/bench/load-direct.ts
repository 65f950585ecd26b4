import neo4j, { type Driver } from 'neo4j-driver';
import { toCypherParams, type CypherQuery } from '../src/index.js';

/** Throughput and latency of one load run (ms). */
export interface LoadResult {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  requests: number;
  /** Every request sent, when more than `requests` were (a ramp-up that does not count); CPU is shared over these. */
  totalRequests?: number;
  errors: number;
}

/** The value at quantile q of sorted samples. */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

/** A plain neo4j-driver, as an application without our layers would use it. */
export function createDirectDriver(connection: { uri: string; user: string; password: string }): Driver {
  return neo4j.driver(connection.uri, neo4j.auth.basic(connection.user, connection.password), {
    disableLosslessIntegers: true,
    maxConnectionPoolSize: 64,
  });
}

/**
 * The floor: the same Cypher the API runs, sent straight through neo4j-driver the same way (an auto-commit
 * read session, see packages/graph/src/executor.ts) by `concurrency` workers in a loop for `durationMs`, each
 * request taking the next query from `nextQuery` — a list when the API runs several statements for one request
 * (they run one after another, as the API's resolvers do).
 */
export async function loadDirect(
  driver: Driver,
  nextQuery: () => CypherQuery | readonly CypherQuery[],
  concurrency: number,
  durationMs: number,
): Promise<LoadResult> {
  const latencies: number[] = [];
  let errors = 0;
  const started = performance.now();
  const deadline = started + durationMs;
  const worker = async () => {
    while (performance.now() < deadline) {
      const next = nextQuery();
      const queries = 'cypher' in next ? [next] : next;
      const t0 = performance.now();
      const session = driver.session({ defaultAccessMode: neo4j.session.READ });
      try {
        for (const query of queries) await session.run(query.cypher, toCypherParams(query.params));
        latencies.push(performance.now() - t0);
      } catch {
        errors++;
      } finally {
        await session.close();
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    requestsPerSecond: latencies.length / elapsed,
    p50: quantile(latencies, 0.5),
    p99: quantile(latencies, 0.99),
    requests: latencies.length,
    errors,
  };
}
