/** What went wrong talking to Neo4j, in terms the API can map to a client-facing error. */
export enum GraphErrorCode {
  /** Neo4j is down, restarting, or refused our credentials. */
  UNAVAILABLE = 'UNAVAILABLE',
  /** The transaction ran longer than `queryTimeoutMs`. */
  TIMEOUT = 'TIMEOUT',
  /** The caller passed something the graph cannot store or look up (bad id, malformed extraction). */
  INVALID_INPUT = 'INVALID_INPUT',
  /** Anything else: a bug or an unexpected database error. */
  INTERNAL = 'INTERNAL',
}

/** A domain error from `packages/graph`; `cause` keeps the driver error for logs, never for clients. */
export class GraphError extends Error {
  override readonly name = 'GraphError';
  constructor(
    readonly code: GraphErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

const UNAVAILABLE_CODES = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'Neo.TransientError.General.DatabaseUnavailable',
]);
const TIMEOUT_CODES = new Set([
  'Neo.ClientError.Transaction.TransactionTimedOut',
  'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
  'Neo.TransientError.Transaction.LockClientStopped',
]);

/** Maps a neo4j-driver (or any) error to a GraphError with a message safe to show: no URLs, no Cypher. */
export function toGraphError(error: unknown): GraphError {
  if (error instanceof GraphError) return error;
  const code = typeof (error as { code?: unknown })?.code === 'string' ? (error as { code: string }).code : '';
  if (UNAVAILABLE_CODES.has(code) || code.startsWith('Neo.ClientError.Security.')) {
    return new GraphError(GraphErrorCode.UNAVAILABLE, 'Neo4j is unreachable.', { cause: error });
  }
  const message = (error as { message?: unknown })?.message;
  if (typeof message === 'string' && message.startsWith('Connection acquisition timed out')) {
    // Every pooled connection busy for connectionAcquisitionTimeout: Neo4j is slow, not gone.
    return new GraphError(GraphErrorCode.TIMEOUT, 'Neo4j is busy: no connection was free in time.', { cause: error });
  }
  if (TIMEOUT_CODES.has(code) || code === 'Neo.TransientError.Transaction.Terminated') {
    return new GraphError(GraphErrorCode.TIMEOUT, 'The database query timed out.', { cause: error });
  }
  if (code.startsWith('Neo.ClientError.Statement.TypeError') || code === 'Neo.ClientError.Statement.ArgumentError') {
    return new GraphError(GraphErrorCode.INVALID_INPUT, 'The graph rejected a value.', { cause: error });
  }
  return new GraphError(GraphErrorCode.INTERNAL, 'Unexpected database error.', { cause: error });
}

/** Any thrown value as an Error (its message kept), for results that carry the error instead of throwing it. */
export function asError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}

/** True when the error means Neo4j could not be reached (worth a 503, not a 500). */
export function isUnavailable(error: unknown): boolean {
  return error instanceof GraphError && error.code === GraphErrorCode.UNAVAILABLE;
}
