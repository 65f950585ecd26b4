import type { Metadata } from 'next';
import Link from 'next/link';
import { EventsDocument, type EventKind, type EventsQuery } from '@newsgraph/client';
import { ApiError } from '../../components/api-error';
import { EmptyState } from '../../components/empty-state';
import { EventLine } from '../../components/event-list';
import { Quote } from '../../components/quote';
import { loadFromApi } from '../../lib/api';
import { formatWhen, truncate } from '../../lib/format';
import { firstParam, sourceHref } from '../../lib/routes';
import { EventFilters, type EventFilterValues } from './event-filters';

export const metadata: Metadata = { title: 'Events' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };
type EventNode = EventsQuery['events']['edges'][number]['node'];

const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const KINDS: readonly EventKind[] = ['LAYOFF', 'RESTRUCTURING', 'HIRING', 'INVESTMENT', 'EARNINGS', 'LEADERSHIP'];

/** The API's kind for a `kind` parameter ("layoff" in URLs, as the filter form writes it), or null. */
function toEventKind(kind: string): EventKind | null {
  const upper = kind.toUpperCase() as EventKind;
  return KINDS.includes(upper) ? upper : null;
}

/** Reads the filters from the query string; malformed dates are reported, not sent. */
function readFilters(params: Record<string, string | string[] | undefined>): {
  values: EventFilterValues;
  invalid: string[];
} {
  const values = {
    kind: firstParam(params.kind),
    organization: firstParam(params.organization),
    from: firstParam(params.from),
    to: firstParam(params.to),
  };
  const invalid: string[] = (['from', 'to'] as const).filter((k) => values[k] && !DATE.test(values[k]));
  if (values.kind && !toEventKind(values.kind)) invalid.push('kind');
  return { values, invalid };
}

/** `/events`: the timeline, filtered by kind, organization and date range; each event links to its sources. */
export default async function EventsPage({ searchParams }: Props) {
  const { values, invalid } = readFilters(await searchParams);
  const result = await loadFromApi(async (api) => {
    const unfiltered = !values.kind && !values.organization && !values.from && !values.to;
    const [all, filtered] = await Promise.all([
      api.request(EventsDocument, { first: 100, orderBy: 'WHEN_ASC' }),
      invalid.length || unfiltered
        ? null
        : api.request(EventsDocument, {
            first: 100,
            orderBy: 'WHEN_ASC',
            kind: values.kind ? toEventKind(values.kind) : null,
            organization: values.organization || null,
            from: values.from || null,
            to: values.to || null,
          }),
    ]);
    return { all: all.events.edges.map((e) => e.node), filtered: unfiltered ? all.events : (filtered?.events ?? null) };
  });

  return (
    <>
      <h1>Events timeline</h1>
      <p className="lede">
        Layoffs, restructurings, hiring and other events, oldest first, each with the articles that report it.
      </p>
      {!result.ok ? (
        <ApiError failure={result.failure} />
      ) : (
        <>
          <EventFilters
            values={values}
            kinds={distinctKinds(result.data.all)}
            organizations={distinctOrganizations(result.data.all)}
          />
          {invalid.length > 0 && (
            <p className="state error" role="alert">
              {invalid.includes('kind') && 'That kind of event is unknown. '}
              {invalid.some((name) => name !== 'kind') &&
                `Dates must look like 2023, 2023-01 or 2023-01-18 (${invalid.filter((name) => name !== 'kind').join(' and ')} did not).`}
            </p>
          )}
          {result.data.filtered && (
            <Timeline events={result.data.filtered.edges.map((e) => e.node)} total={result.data.filtered.totalCount} />
          )}
        </>
      )}
    </>
  );
}

function distinctKinds(events: EventNode[]): string[] {
  return [...new Set(events.map((e) => e.kind.toLowerCase()))].sort();
}

function distinctOrganizations(events: EventNode[]): { id: string; name: string }[] {
  const byId = new Map<string, string>();
  for (const e of events) if (e.organization) byId.set(e.organization.id, e.organization.name);
  return [...byId].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name));
}

function Timeline({ events, total }: { events: EventNode[]; total: number }) {
  return (
    <section aria-labelledby="timeline-title">
      <h2 id="timeline-title">
        {total} event{total === 1 ? '' : 's'}
        {total > events.length && <span className="muted small"> (showing the first {events.length})</span>}
      </h2>
      {events.length === 0 ? (
        <EmptyState>No event matches these filters.</EmptyState>
      ) : (
        <ol className="timeline" data-testid="timeline">
          {events.map((event) => (
            <li key={event.id} data-kind={event.kind.toLowerCase()}>
              <EventLine event={event} />
              {event.evidence[0] && <Quote quote={event.evidence[0]} sourceId={event.evidence[0].source.id} />}
              {event.sources.length > 0 && (
                <p className="small" style={{ margin: 0 }}>
                  Reported by:{' '}
                  {event.sources.map((s, i) => (
                    <span key={s.id}>
                      {i > 0 && ', '}
                      <Link href={sourceHref(s.id)}>{truncate(s.title)}</Link>
                      {s.publishedAt && <span className="muted"> ({formatWhen(s.publishedAt)})</span>}
                    </span>
                  ))}
                </p>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
