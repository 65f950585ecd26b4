import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ApiError } from '../../../components/api-error';
import { EventList } from '../../../components/event-list';
import { NodePicker } from '../../../components/node-picker';
import { SourceQuotesList } from '../../../components/source-quotes';
import { StoryLink } from '../../../components/story-link';
import { TypeBadge } from '../../../components/type-badge';
import { formatKind } from '../../../lib/format';
import { getFormatter } from '../../../lib/request-formatter';
import { decodeRouteParam, graphHref } from '../../../lib/routes';
import { EventFacts } from './event-facts';
import { loadEvent } from './load-event';

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const result = await loadEvent(decodeRouteParam((await params).id));
  const format = await getFormatter();
  return { title: result.ok && result.data ? format.eventTitle(result.data.event) : 'Event' };
}

/**
 * `/event/[id]`: what happened (kind, figures, when, who), every source reporting it with its exact quotes, and a
 * form to find how anything else is connected to it.
 */
export default async function EventPage({ params }: Props) {
  const result = await loadEvent(decodeRouteParam((await params).id));
  if (!result.ok) return <ApiError failure={result.failure} />;
  if (!result.data) notFound();
  const { event, reports, siblings } = result.data;
  const format = await getFormatter();
  const size = format.eventSize(event);
  const organization = event.organization;
  const name = `${formatKind(event.kind).toLowerCase()}${organization ? ` at ${organization.name}` : ''}`;
  return (
    <article>
      <p className="small muted" style={{ margin: 0 }}>
        <TypeBadge type="Event" />
      </p>
      <h1>
        {formatKind(event.kind)}
        {organization ? ` at ${organization.name}` : ''}
        {size ? `: ${size}` : ''}
      </h1>
      <p className="meta">
        {[format.when(event.when), event.status, event.cumulative ? 'running total' : null].filter(Boolean).join(' · ')}
        {' · '}
        <Link prefetch={false} href={graphHref(event.id)}>
          Explore in the graph
        </Link>
        {event.story && (
          <>
            {' · '}
            <StoryLink story={event.story} />
          </>
        )}
      </p>

      <EventFacts event={event} />

      <section aria-labelledby="connect-title">
        <h2 id="connect-title">How is … connected to this {name}?</h2>
        <form className="search-form" action="/path" method="get" aria-label={`Path to this ${name}`}>
          <input type="hidden" name="to" value={event.id} />
          <NodePicker
            id="connect-from"
            name="from"
            label="A person, company, division, event or article"
            placeholder="e.g. Beth Galetti"
            required
          />
          <button type="submit">Show the connection</button>
        </form>
      </section>

      <section aria-labelledby="reports-title">
        <h2 id="reports-title">
          Reported by {reports.length} source{reports.length === 1 ? '' : 's'}
        </h2>
        <SourceQuotesList items={reports} empty="No source is recorded for this event." testId="event-reports" />
      </section>

      {organization && 'events' in organization && (
        <section aria-labelledby="siblings-title">
          <h2 id="siblings-title">Other reports about {organization.name}</h2>
          <EventList events={siblings} empty={`No other event recorded for ${organization.name}.`} />
        </section>
      )}
    </article>
  );
}
