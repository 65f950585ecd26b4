import type { QuotedSource, QuotedSourceItem, SourceQuote } from '../../../components/source-quotes';

/** A source reporting the event and the exact sentences in it that do, in text order. */
export type EventReport = QuotedSourceItem;

/**
 * One report per source: the event's sources in the API's order, each with its evidence; evidence from a source
 * missing from `sources` still gets a report (named from the evidence), so no quote is dropped.
 */
export function groupReports(event: {
  sources: QuotedSource[];
  evidence: (SourceQuote & { source: QuotedSource })[];
}): EventReport[] {
  const reports = new Map<string, EventReport>(event.sources.map((source) => [source.id, { source, quotes: [] }]));
  for (const { source, text, start, end } of event.evidence) {
    const report: EventReport = reports.get(source.id) ?? { source, quotes: [] };
    reports.set(source.id, report);
    report.quotes.push({ text, start, end });
  }
  for (const report of reports.values()) report.quotes.sort((a, b) => a.start - b.start);
  return [...reports.values()];
}
