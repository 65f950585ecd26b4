import type { ExtractedEvent, ExtractedStatement, ExtractedSupport, Span } from '../types.js';
import { type AttributionContext, sourcesIn } from './attribution-context.js';
import { figureOffset, segmentsOf, type Segment } from './clauses.js';
import { firstStartingAt } from '../text/sorted-spans.js';

/**
 * What each figure and statement rests on. A cited source supports an event's figure when it is named in the
 * figure's clause ("Reuters reported that … 30,000"), in a trailing attribution right after it (", according to
 * sources familiar with the matter,") or in a leading one ("According to a memo, …"); a figure inside a
 * statement's words is supported by the speaker ("Acme said it would cut 500") and by the memo or statement the
 * words came through. A statement is supported by the document it came through.
 */
export function findSupports(
  ac: AttributionContext,
  events: readonly ExtractedEvent[],
  statements: readonly ExtractedStatement[],
): ExtractedSupport[] {
  const out = new Map<string, ExtractedSupport>();
  const add = (by: string, target: { event: string } | { statement: string }, sentence: Span) => {
    const key = `${by}|${'event' in target ? `e:${target.event}` : `s:${target.statement}`}`;
    const found = out.get(key);
    if (!found) out.set(key, { by, ...target, evidence: [sentence] });
    else if (!found.evidence.some((e) => e.start === sentence.start)) found.evidence.push(sentence);
  };
  const quotesAt = statementsQuoting(statements);
  for (const event of events) {
    for (const sentence of event.evidence) {
      const at = figureOffset(ac.ctx.work, sentence, event);
      for (const source of supportingSources(ac, sentence, at)) add(source, { event: event.id }, sentence);
      if (at === null) continue;
      for (const st of quotesAt(at)) {
        add(st.speaker, { event: event.id }, sentence);
        if (st.via) add(st.via, { event: event.id }, sentence);
      }
    }
  }
  for (const st of statements) if (st.via) add(st.via, { statement: st.id }, st.evidence[0]!);
  return [...out.values()];
}

/**
 * A lookup of the statements whose quoted words contain an offset, in the statements' order: sorted by quote start
 * with the furthest quote end so far, so a lookup walks back only over quotes that can still reach the offset.
 */
function statementsQuoting(statements: readonly ExtractedStatement[]): (at: number) => ExtractedStatement[] {
  const byStart = statements
    .map((st, order) => ({ st, order, start: st.quote.start }))
    .sort((a, b) => a.start - b.start || a.order - b.order);
  const reach: number[] = [];
  for (const [i, x] of byStart.entries()) reach.push(Math.max(reach[i - 1] ?? -1, x.st.quote.end));
  return (at) => {
    const found: { st: ExtractedStatement; order: number }[] = [];
    for (let i = firstStartingAt(byStart, at + 1) - 1; i >= 0 && reach[i]! > at; i--)
      if (at < byStart[i]!.st.quote.end) found.push(byStart[i]!);
    return found.sort((a, b) => a.order - b.order).map((x) => x.st);
  };
}

/** Cited sources in `sentence` whose attribution covers the clause at `at` (the sentence's first clause if null). */
function supportingSources(ac: AttributionContext, sentence: Span, at: number | null): string[] {
  const cited = sourcesIn(ac, sentence.start, sentence.end);
  if (cited.length === 0) return [];
  const segments = segmentsOf(ac.ctx.work, sentence);
  const target =
    at === null
      ? 0
      : Math.max(
          0,
          segments.findIndex((g) => at >= g.start && at < g.end),
        );
  const ids: string[] = [];
  for (const source of cited) {
    const i = segments.findIndex((g) => source.start >= g.start && source.start < g.end);
    if (i < 0) continue;
    if (i === target || covers(segments, i, target)) ids.push(source.id);
  }
  return [...new Set(ids)];
}

/** True when attribution segment `i` covers segment `target`: a leading one covers all, a trailing one what precedes. */
function covers(segments: Segment[], i: number, target: number): boolean {
  const g = segments[i]!;
  if (!g.attributive) return false;
  if (i === 0) return true;
  if (target > i) return false;
  // A trailing attribution covers the clauses before it, back to the previous attribution.
  for (let j = i - 1; j > target; j--) if (segments[j]!.attributive) return false;
  return true;
}
