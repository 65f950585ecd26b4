import neo4j, { type Driver } from 'neo4j-driver';
import type { Neo4jConnection } from './connection.js';
import { GraphError, GraphErrorCode, toGraphError } from './errors.js';

/** Asks Neo4j whether it answers, on a driver of its own. */
export interface Pinger {
  /** Resolves when Neo4j answers `RETURN 1`; rejects with a GraphError (UNAVAILABLE, TIMEOUT …) otherwise. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

/**
 * A health check's connection to Neo4j: one pooled connection of its own, so it says whether Neo4j answers rather
 * than waiting behind a pool that heavy requests keep busy; connect and query each bounded to 3 s. Light enough to
 * load on its own (the API's health thread imports only this module of the package).
 */
export function createPinger(connection: Neo4jConnection): Pinger {
  let driver: Driver | null = null;
  const getDriver = () =>
    (driver ??= neo4j.driver(connection.uri, neo4j.auth.basic(connection.user, connection.password), {
      maxConnectionPoolSize: 1,
      connectionAcquisitionTimeout: 3_000,
      connectionTimeout: 3_000,
      maxTransactionRetryTime: 0,
      logging: { level: 'error', logger: () => {} },
    }));
  return {
    async ping() {
      try {
        await getDriver().executeQuery(
          'RETURN 1',
          {},
          { database: connection.database, transactionConfig: { timeout: 3_000 } },
        );
      } catch (error) {
        throw toGraphError(error);
      }
    },
    async close() {
      await driver?.close();
    },
  };
}

/** What a bounded probe found: Neo4j answered, or why not (`<GraphErrorCode>: <message>`). */
export interface ProbeResult {
  reachable: boolean;
  reason?: string;
}

/**
 * Runs `ping` but answers within `timeoutMs` whatever Neo4j does (a ping past the bound is reported UNAVAILABLE
 * and left to finish on its own). Never rejects.
 */
export async function probeWithin(ping: () => Promise<void>, timeoutMs: number): Promise<ProbeResult> {
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      ping(),
      new Promise<never>((_, reject) => {
        timer = setTimeout(
          () => reject(new GraphError(GraphErrorCode.UNAVAILABLE, `Neo4j did not answer within ${timeoutMs} ms.`)),
          timeoutMs,
        );
      }),
    ]);
    return { reachable: true };
  } catch (error) {
    const graphError = toGraphError(error);
    return { reachable: false, reason: `${graphError.code}: ${graphError.message}` };
  } finally {
    clearTimeout(timer);
  }
}
