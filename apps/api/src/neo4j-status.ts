import { GraphError, GraphErrorCode, probeWithin, type Graph } from '@newsgraph/graph';

/** What the API knows about Neo4j: whether an outage is under way, and a cheap, time-bounded probe. */
export interface Neo4jStatus {
  /** True between a request finding Neo4j unreachable and a probe reaching it again. */
  readonly down: boolean;
  /** Throws GraphError(UNAVAILABLE) at once during an outage, so requests fail fast instead of waiting on the driver. */
  assertUp(): void;
  /** A request found Neo4j unreachable: logs it (once per outage) and starts probing for its return. */
  reportUnavailable(error: unknown): void;
  /** Pings Neo4j, at most once per `cacheMs`, answering within `timeoutMs` whatever Neo4j does. */
  probe(): Promise<{ reachable: boolean; reason?: string }>;
  /** Stops probing. */
  close(): void;
}

/** Options of `createNeo4jStatus`. */
export interface Neo4jStatusOptions {
  /** How long a probe's answer is reused; default 1 s. */
  cacheMs?: number;
  /** Longest a probe waits for Neo4j; default 1 s. */
  timeoutMs?: number;
  /** During an outage, how often Neo4j is probed for its return; default 1 s. */
  retryMs?: number;
  log?: (line: string) => void;
}

/**
 * Tracks Neo4j's availability for one API process. During an outage GraphQL requests fail at once with
 * SERVICE_UNAVAILABLE (answered 503 + Retry-After) and only this probe talks to Neo4j; the log says so once when
 * the outage starts and once when it ends, never once per request.
 */
export function createNeo4jStatus(graph: Pick<Graph, 'ping'>, options: Neo4jStatusOptions = {}): Neo4jStatus {
  const cacheMs = options.cacheMs ?? 1_000;
  const timeoutMs = options.timeoutMs ?? 1_000;
  const retryMs = options.retryMs ?? 1_000;
  const log = options.log ?? ((line: string) => console.error(line));
  let downSince: number | null = null;
  let refused = 0;
  let cached: { at: number; result: { reachable: boolean; reason?: string } } | null = null;
  let inFlight: Promise<{ reachable: boolean; reason?: string }> | null = null;
  let timer: NodeJS.Timeout | null = null;

  const ping = () => probeWithin(() => graph.ping(), timeoutMs);

  const recovered = () => {
    if (downSince === null) return;
    log(
      `Neo4j is reachable again after ${((Date.now() - downSince) / 1000).toFixed(1)} s; ${refused} requests were answered 503.`,
    );
    downSince = null;
    refused = 0;
    if (timer) clearInterval(timer);
    timer = null;
  };

  const status: Neo4jStatus = {
    get down() {
      return downSince !== null;
    },
    assertUp() {
      if (downSince === null) return;
      refused++;
      throw new GraphError(GraphErrorCode.UNAVAILABLE, 'Neo4j is unreachable.');
    },
    reportUnavailable(error) {
      if (downSince !== null) return;
      downSince = Date.now();
      cached = null;
      const reason =
        error instanceof Error ? (error.cause instanceof Error ? error.cause.message : error.message) : String(error);
      log(`Neo4j is unreachable (${reason}); answering 503 until it is back.`);
      timer = setInterval(() => {
        void status.probe().then((result) => result.reachable && recovered());
      }, retryMs);
      timer.unref();
    },
    probe() {
      if (cached && Date.now() - cached.at < cacheMs) return Promise.resolve(cached.result);
      inFlight ??= ping().then((result) => {
        cached = { at: Date.now(), result };
        inFlight = null;
        if (result.reachable) recovered();
        return result;
      });
      return inFlight;
    },
    close() {
      if (timer) clearInterval(timer);
      timer = null;
    },
  };
  return status;
}
