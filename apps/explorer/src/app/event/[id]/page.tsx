import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ApiError } from '../../../components/api-error';
import { EventList } from '../../../components/event-list';
import { SourceQuotesList } from '../../../components/source-quotes';
import { TypeBadge } from '../../../components/type-badge';
import { formatEventSize, formatEventTitle, formatKind, formatWhen } from '../../../lib/format';
import { decodeRouteParam, graphHref } from '../../../lib/routes';
import { EventFacts } from './event-facts';
import { loadEvent } from './load-event';

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const result = await loadEvent(decodeRouteParam((await params).id));
  return { title: result.ok && result.data ? formatEventTitle(result.data.event) : 'Event' };
}

/** `/event/[id]`: what happened (kind, figures, when, who), and every source reporting it with its exact quotes. */
export default async function EventPage({ params }: Props) {
  const result = await loadEvent(decodeRouteParam((await params).id));
  if (!result.ok) return <ApiError failure={result.failure} />;
  if (!result.data) notFound();
  const { event, reports, siblings } = result.data;
  const size = formatEventSize(event);
  const organization = event.organization;
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
        {[formatWhen(event.when), event.status, event.cumulative ? 'running total' : null].filter(Boolean).join(' · ')}
        {' · '}
        <Link href={graphHref(event.id)}>Explore in the graph</Link>
      </p>

      <EventFacts event={event} />

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
