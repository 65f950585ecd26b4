import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** What `/metrics` reads about the driver's connection pool at scrape time. */
export interface PoolUsage {
  /** Sessions holding (or waiting for) a pooled connection now. */
  inUse: number;
  /** The pool's size (maxConnectionPoolSize). */
  max: number;
}

/** Options of `createApiMetrics`. */
export interface ApiMetricsOptions {
  /** Read at scrape time: the Neo4j pool's usage. */
  poolUsage?: () => PoolUsage;
  /** Read at scrape time: true while the API answers 503 because Neo4j is unreachable. */
  neo4jDown?: () => boolean;
  /** Node's own process metrics (CPU, memory, event loop lag, GC) as `newsgraph_process_*` and `newsgraph_nodejs_*`; default true. */
  processMetrics?: boolean;
}

/** The API's Prometheus metrics (one registry per API, so several APIs in one process, as in tests, do not mix). */
export interface ApiMetrics {
  readonly registry: Registry;
  /** One GraphQL request finished: `operation` already bounded (operation-label.ts), `outcome` 'ok' or an error code. */
  observeRequest(operation: string, outcome: string, seconds: number): void;
  /** A request failed on Neo4j; `code` is a GraphErrorCode (UNAVAILABLE, TIMEOUT, INVALID_INPUT, INTERNAL). */
  countNeo4jError(code: string): void;
  /** One article through the ingestDocument mutation: 'ingested', 'unchanged' or 'failed'. */
  countIngest(result: 'ingested' | 'unchanged' | 'failed'): void;
}

/** Seconds: from a fast cached read (~2 ms) to the 15 s request budget. */
const DURATION_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 15];

/**
 * Creates the metrics `/metrics` serves, named as Prometheus asks (units in the name, `_total` on counters,
 * bounded label values): see apps/api/README.md for what each means and example alerts.
 */
export function createApiMetrics(options: ApiMetricsOptions = {}): ApiMetrics {
  const registry = new Registry();
  if (options.processMetrics ?? true) collectDefaultMetrics({ register: registry, prefix: 'newsgraph_' });
  const requests = new Counter({
    name: 'newsgraph_graphql_requests_total',
    help: 'GraphQL requests answered, by operation name (bounded) and outcome (ok or the error code)',
    labelNames: ['operation', 'outcome'] as const,
    registers: [registry],
  });
  const duration = new Histogram({
    name: 'newsgraph_graphql_request_duration_seconds',
    help: 'Time from receiving a GraphQL request to sending its response, by operation name (bounded)',
    labelNames: ['operation'] as const,
    buckets: DURATION_BUCKETS,
    registers: [registry],
  });
  const neo4jErrors = new Counter({
    name: 'newsgraph_neo4j_errors_total',
    help: 'GraphQL requests that failed on Neo4j, by error code (UNAVAILABLE, TIMEOUT, INVALID_INPUT, INTERNAL)',
    labelNames: ['code'] as const,
    registers: [registry],
  });
  const ingested = new Counter({
    name: 'newsgraph_ingest_articles_total',
    help: 'Articles sent to the ingestDocument mutation, by result (ingested, unchanged, failed)',
    labelNames: ['result'] as const,
    registers: [registry],
  });
  const { poolUsage, neo4jDown } = options;
  if (poolUsage) {
    new Gauge({
      name: 'newsgraph_neo4j_pool_connections_in_use',
      help: 'Neo4j driver sessions holding or waiting for a pooled connection',
      registers: [registry],
      collect() {
        this.set(poolUsage().inUse);
      },
    });
    new Gauge({
      name: 'newsgraph_neo4j_pool_connections_max',
      help: 'Size of the Neo4j driver connection pool',
      registers: [registry],
      collect() {
        this.set(poolUsage().max);
      },
    });
  }
  if (neo4jDown) {
    new Gauge({
      name: 'newsgraph_neo4j_up',
      help: '1 while Neo4j answers, 0 during an outage (the API answers 503 then)',
      registers: [registry],
      collect() {
        this.set(neo4jDown() ? 0 : 1);
      },
    });
  }
  // The labelled series of each (operation, outcome), looked up once: label values are bounded (operation-label.ts,
  // the server's error codes), and prom-client would otherwise hash the labels on every request.
  const requestSeries = new Map<string, { count: () => void; time: (seconds: number) => void }>();
  const seriesOf = (operation: string, outcome: string) => {
    const key = `${operation}\u0000${outcome}`;
    let series = requestSeries.get(key);
    if (!series) {
      const counted = requests.labels({ operation, outcome });
      const timed = duration.labels({ operation });
      series = { count: () => counted.inc(), time: (seconds) => timed.observe(seconds) };
      requestSeries.set(key, series);
    }
    return series;
  };
  return {
    registry,
    observeRequest(operation, outcome, seconds) {
      const series = seriesOf(operation, outcome);
      series.count();
      series.time(seconds);
    },
    countNeo4jError: (code) => neo4jErrors.inc({ code }),
    countIngest: (result) => ingested.inc({ result }),
  };
}
