/**
 * A real Neo4j (@newsgraph/neo4j-local) for the benches that write generated articles and then run statements of
 * their own beside the graph: the server on a free port, the graph over it and a plain driver for the bench's own
 * statements (story-candidates-ab.ts, ingest-cost-bench.ts).
 */
import neo4j, { type Driver } from 'neo4j-driver';
import { startNeo4j, type LocalNeo4j } from '@newsgraph/neo4j-local';
import { findFreePort } from '@newsgraph/process-tools';
import { createGraph, type Graph } from '../src/index.js';

export interface BenchServer {
  server: LocalNeo4j;
  graph: Graph;
  /** Numbers come back as JavaScript numbers, as from the graph's own driver (graph.ts). */
  driver: Driver;
  /** Closes the driver and the graph, then stops the server. */
  close(): Promise<void>;
}

export interface BenchServerOptions {
  /** The Neo4j home: a new one, or one an earlier run kept (its store is reused). */
  homeDir: string;
  /** The graph's timeout per statement. */
  queryTimeoutMs: number;
  /** Further neo4j.conf settings (e.g. statement-cpu.ts's STATEMENT_CPU_SETTINGS). */
  settings?: Record<string, string>;
}

/** Starts Neo4j (1 GB heap, 512 MB page cache; up to 15 minutes to start on a loaded machine) and opens both. */
export async function openBenchServer(options: BenchServerOptions): Promise<BenchServer> {
  const server = await startNeo4j({
    homeDir: options.homeDir,
    boltPort: await findFreePort(),
    memory: { heap: '1g', pageCache: '512m' },
    settings: options.settings ?? {},
    startTimeoutMs: 900_000,
  });
  const graph = createGraph(server.connection, { queryTimeoutMs: options.queryTimeoutMs });
  const driver = neo4j.driver(
    server.connection.uri,
    neo4j.auth.basic(server.connection.user, server.connection.password),
    // As the graph's own driver (graph.ts): ingestion computes with the numbers its statements return, and Neo4j
    // Integer objects in their place made batches fail under the profiling and CPU-timing executors (each then
    // retried one article a transaction, and some articles failed).
    { disableLosslessIntegers: true },
  );
  return {
    server,
    graph,
    driver,
    close: async () => {
      await driver.close();
      await graph.close();
      await server.stop();
    },
  };
}
