import { ErrorCode } from './errors.js';

/** Why a request was stopped before it finished. */
export interface BudgetStop {
  code: ErrorCode.RESPONSE_TOO_LARGE | ErrorCode.TIMEOUT;
  message: string;
}

/** Thrown by graph reads once a request has spent its budget (the whole response is then replaced by one error). */
export class BudgetExceededError extends Error {
  override readonly name = 'BudgetExceededError';
  constructor(readonly stop: BudgetStop) {
    super(stop.message);
  }
}

/**
 * What one GraphQL request may still read: objects and bytes from Neo4j, and time. The cost rule bounds what a
 * query can ask for before it runs; this bounds what it really fetches while it runs, so no request holds more
 * than about `maxBytes` of results in memory, however the graph is shaped.
 */
export interface RequestBudget {
  /** Counts what a graph read returned; throws BudgetExceededError once over. */
  charge(result: unknown): void;
  /** Throws BudgetExceededError when the request was stopped (too large or out of time). */
  assertOpen(): void;
  /** Stops the request for running out of time (the HTTP layer has answered already). */
  expire(message: string): void;
  /** Why the request was stopped, or null. */
  readonly stopped: BudgetStop | null;
}

/** Bytes a read result will take once serialised, roughly: strings by length, 8 per other value, 16 per key. */
export function estimateBytes(value: unknown, depth = 0): number {
  if (typeof value === 'string') return value.length + 2;
  if (value === null || typeof value !== 'object' || depth > 8) return 8;
  let total = 2;
  if (value instanceof Map) {
    for (const item of value.values()) total += estimateBytes(item, depth + 1);
    return total;
  }
  if (Array.isArray(value)) {
    for (const item of value) total += estimateBytes(item, depth + 1) + 1;
    return total;
  }
  for (const key in value) total += 16 + estimateBytes((value as Record<string, unknown>)[key], depth + 1);
  return total;
}

/** A fresh budget of `maxBytes` of read results. */
export function createRequestBudget(maxBytes: number): RequestBudget {
  let spent = 0;
  let stopped: BudgetStop | null = null;
  const budget: RequestBudget = {
    charge(result) {
      budget.assertOpen();
      spent += estimateBytes(result);
      if (spent > maxBytes) {
        stopped = {
          code: ErrorCode.RESPONSE_TOO_LARGE,
          message: `The response would be larger than ${maxBytes} bytes; ask for fewer items or fields.`,
        };
        throw new BudgetExceededError(stopped);
      }
    },
    assertOpen() {
      if (stopped) throw new BudgetExceededError(stopped);
    },
    expire(message) {
      stopped ??= { code: ErrorCode.TIMEOUT, message };
    },
    get stopped() {
      return stopped;
    },
  };
  return budget;
}
