import type { Span } from '@newsgraph/extraction';
import { GraphError, GraphErrorCode } from '../errors.js';

/** Parallel arrays of spans (Neo4j properties cannot hold lists of maps). */
export interface SpanArrays {
  starts: number[];
  ends: number[];
  quotes: string[];
}

/** Throws GraphError(INVALID_INPUT) unless `span` is an exact slice of `text`. */
export function checkSpan(text: string, span: Span, what: string): void {
  if (!Number.isInteger(span.start) || !Number.isInteger(span.end) || text.slice(span.start, span.end) !== span.text) {
    throw new GraphError(
      GraphErrorCode.INVALID_INPUT,
      `${what}: span [${span.start}, ${span.end}) does not match the text.`,
    );
  }
}

/** Spans as parallel arrays: each span once, in text order, at most `limit` (quotes: MAX_QUOTES_PER_LINK). */
export function toSpanArrays(spans: readonly Span[], limit = Infinity): SpanArrays {
  const unique = new Map<string, Span>();
  for (const span of spans) unique.set(`${span.start}:${span.end}`, span);
  const sorted = [...unique.values()].sort((a, b) => a.start - b.start || a.end - b.end).slice(0, limit);
  return { starts: sorted.map((s) => s.start), ends: sorted.map((s) => s.end), quotes: sorted.map((s) => s.text) };
}
