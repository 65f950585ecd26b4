import { preferenceKey } from '../stories/preference.js';
import { dayOf } from '../stories/story-dates.js';
import type { PreparedDocument } from './prepare-document.js';

/**
 * Stamps a prepared document with its report time, the second clock: the day it was published, else the day it
 * is ingested (`ingestedAt`, an ISO timestamp taken once per batch). Each event row gets its REPORTS properties:
 * the spans, this source's claim, the report day and the preference key (see stories/preference.ts).
 */
export function stampReportTime(doc: PreparedDocument, ingestedAt: string): PreparedDocument {
  const published = dayOf(doc.source.publishedAt);
  const reportedAt = published ?? dayOf(ingestedAt)!;
  return {
    ...doc,
    source: { ...doc.source, reportedAt, reportedAtFrom: published ? 'published' : 'ingested', ingestedAt },
    events: doc.events.map((ev) => {
      const { referenceWhen: _reference, ...claim } = ev.claim;
      return {
        ...ev,
        report: {
          starts: ev.starts,
          ends: ev.ends,
          quotes: ev.quotes,
          ...claim,
          cumulative: ev.props.cumulative === true,
          reportedAt,
          preferKey: preferenceKey({
            count: ev.claim.count,
            basis: ev.claim.basisKind,
            reportedAt,
            sourceId: doc.source.id,
            eventId: ev.id,
          }),
        },
      };
    }),
  };
}
