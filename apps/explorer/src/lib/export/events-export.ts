import { EventsExportDocument, type EventKind, type EventsExportQuery, type NewsgraphClient } from '@newsgraph/client';
import { csvChunk } from './csv';

type ExportedEvent = EventsExportQuery['events']['edges'][number]['node'];

/** The filters and order of an events export (the API's `events` arguments). */
export interface EventsExportArgs {
  kind: EventKind | null;
  organization: string | null;
  from: string | null;
  to: string | null;
  cumulative: boolean | null;
  orderBy: 'WHEN_ASC' | 'WHEN_DESC' | 'COUNT_DESC';
}

/** Most events one export holds: the whole 10,000-article generated graph (~9,900 events) fits. */
export const MAX_EXPORTED_EVENTS = 20_000;

/** The CSV columns of an events export, one row per event. */
export const EVENT_COLUMNS = [
  'id',
  'kind',
  'count',
  'count_text',
  'percent',
  'when',
  'status',
  'running_total',
  'organization_id',
  'organization',
  'divisions',
  'source_count',
  'source_urls',
  'quote',
  'quote_source_id',
  'quote_start',
  'quote_end',
] as const;

type EventRow = Record<(typeof EVENT_COLUMNS)[number], string | number | boolean | null>;

/** One event as a CSV row: figures as stored, its sources' URLs (space-separated) and its first quote. */
export function eventRow(event: ExportedEvent): EventRow {
  const quote = event.evidence[0];
  return {
    id: event.id,
    kind: event.kind,
    count: event.count ?? null,
    count_text: event.countText ?? null,
    percent: event.percent ?? null,
    when: event.when ?? null,
    status: event.status ?? null,
    running_total: event.cumulative,
    organization_id: event.organization?.id ?? null,
    organization: event.organization?.name ?? null,
    divisions: event.divisions.map((d) => d.name).join('; '),
    source_count: event.sources.length,
    source_urls: event.sources.map((s) => s.uri ?? s.id).join(' '),
    quote: quote?.text ?? null,
    quote_source_id: quote?.source.id ?? null,
    quote_start: quote?.start ?? null,
    quote_end: quote?.end ?? null,
  };
}

/** Every event of the filter, page by page (100 per request, keyset cursors), up to MAX_EXPORTED_EVENTS. */
async function* exportedEvents(api: NewsgraphClient, args: EventsExportArgs): AsyncGenerator<ExportedEvent[]> {
  let after: string | null = null;
  let sent = 0;
  do {
    const { events }: EventsExportQuery = await api.request(EventsExportDocument, { ...args, after });
    const page = events.edges.map((edge) => edge.node).slice(0, MAX_EXPORTED_EVENTS - sent);
    sent += page.length;
    yield page;
    after = events.pageInfo.hasNextPage && sent < MAX_EXPORTED_EVENTS ? (events.pageInfo.endCursor ?? null) : null;
  } while (after);
}

/** The events of a filter as CSV, streamed a page at a time (header first, even when there are none). */
export async function* eventsCsv(api: NewsgraphClient, args: EventsExportArgs): AsyncGenerator<string> {
  let header = true;
  for await (const page of exportedEvents(api, args)) {
    yield csvChunk(page.map(eventRow), EVENT_COLUMNS, header) || (header ? `${EVENT_COLUMNS.join(',')}\r\n` : '');
    header = false;
  }
}

/** The events of a filter as JSON — `{ filters, events: [...] }` with each event whole — streamed a page at a time. */
export async function* eventsJson(api: NewsgraphClient, args: EventsExportArgs): AsyncGenerator<string> {
  let first = true;
  for await (const page of exportedEvents(api, args)) {
    const items = page.map((event) => JSON.stringify(event)).join(',\n');
    yield `${first ? `{"filters":${JSON.stringify(args)},"events":[\n` : items ? ',\n' : ''}${items}`;
    first = false;
  }
  yield '\n]}\n';
}
