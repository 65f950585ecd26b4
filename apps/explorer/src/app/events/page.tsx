import type { Metadata } from 'next';
import { EventsDocument } from '@newsgraph/client';
import { ApiError } from '../../components/api-error';
import { EntityLink } from '../../components/entity-link';
import { loadFromApi } from '../../lib/api';
import { getFormatter } from '../../lib/request-formatter';
import { resolveEndpoint } from '../../lib/resolve-endpoint';
import { eventsHref, exportHref } from '../../lib/routes';
import { eventFilterArgs, readTimelineView, TIMELINE_PAGE_SIZE, timelineQuery } from '../../lib/timeline-params';
import { EventFilters } from './event-filters';
import { TimelineChart } from './timeline-chart';
import { TimelineList, TimelinePager } from './timeline-list';

export const metadata: Metadata = { title: 'Events' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/**
 * `/events`: the timeline across companies — filters (kind, organization, dates, running totals), a chart of
 * the whole filtered list per period with its table, and the list a page at a time with keyset cursors. The URL
 * holds all of it: every view, page and brushed range is a permalink.
 */
export default async function EventsPage({ searchParams }: Props) {
  const { view, invalid } = readTimelineView(await searchParams);
  const format = await getFormatter();
  const result = await loadFromApi(async (api) => {
    const organization = view.organization
      ? await resolveEndpoint(api, view.organization, format, { types: ['Company', 'Division'] })
      : null;
    if (organization && !organization.node) return { organization, events: null, periods: [] };
    const page = view.before
      ? { last: TIMELINE_PAGE_SIZE, before: view.before }
      : { first: TIMELINE_PAGE_SIZE, after: view.after || null };
    const { events, eventPeriods } = await api.request(EventsDocument, {
      ...eventFilterArgs(view, organization?.node?.id ?? null),
      orderBy: view.order,
      by: view.by,
      ...page,
    });
    return { organization, events, periods: eventPeriods };
  });
  const organization = result.ok ? result.data.organization : null;
  const resolvedView = organization?.node ? { ...view, organization: organization.node.id } : view;
  const exportQuery = timelineQuery({ ...resolvedView, after: '', before: '', by: 'MONTH' }).replace(/^\?/, '');

  return (
    <>
      <h1>Events timeline</h1>
      <p className="lede">
        Layoffs, restructurings, hiring and other events across companies, each with the articles that report it.
      </p>
      <EventFilters view={view} organizationId={organization?.node?.id ?? null} />
      {invalid.length > 0 && (
        <p className="state error" role="alert">
          Ignored: {invalid.join('; ')}.
        </p>
      )}
      {organization?.unknownId && (
        <p className="state error" role="alert">
          No company or division has the id <code>{organization.input}</code>.
        </p>
      )}
      {organization && !organization.node && !organization.unknownId && (
        <p className="state error" role="alert">
          No company or division matches “{organization.input}”.
        </p>
      )}
      {organization?.node && organization.node.id !== organization.input && (
        <p className="small">
          Organization:{' '}
          <EntityLink
            entity={{ id: organization.node.id, type: organization.node.type, name: organization.node.label }}
          />{' '}
          for “{organization.input}”.
        </p>
      )}
      {!result.ok && <ApiError failure={result.failure} />}
      {result.ok && result.data.events && (
        <>
          <TimelineChart
            periods={result.data.periods}
            total={result.data.events.totalCount}
            view={resolvedView}
            format={format}
          />
          <section aria-labelledby="timeline-title">
            <h2 id="timeline-title">
              {format.count(result.data.events.totalCount)} event{result.data.events.totalCount === 1 ? '' : 's'}
            </h2>
            <p className="small" data-testid="timeline-links">
              Download these {format.count(result.data.events.totalCount)}:{' '}
              <a href={`${exportHref('events', { format: 'csv' })}&${exportQuery}`} download>
                CSV
              </a>{' '}
              ·{' '}
              <a href={`${exportHref('events', { format: 'json' })}&${exportQuery}`} download>
                JSON
              </a>{' '}
              · <a href={eventsHref() + timelineQuery(resolvedView)}>Permalink to this view</a>
            </p>
            <TimelinePager events={result.data.events} view={resolvedView} label="Pages of events (top)" />
            <TimelineList events={result.data.events} format={format} />
            <TimelinePager events={result.data.events} view={resolvedView} label="Pages of events" />
          </section>
        </>
      )}
    </>
  );
}
