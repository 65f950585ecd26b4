import Link from 'next/link';
import type { EventSummaryFragment } from '@newsgraph/client';
import { formatKind } from '../lib/format';
import { getFormatter } from '../lib/request-formatter';
import { eventHref } from '../lib/routes';
import { EntityLink } from './entity-link';
import { EmptyState } from './empty-state';

/** Events as a compact list: kind, size, date, organization and divisions. */
export function EventList({
  events,
  empty = 'No events recorded.',
}: {
  events: EventSummaryFragment[];
  empty?: string;
}) {
  if (events.length === 0) return <EmptyState>{empty}</EmptyState>;
  return (
    <ul className="list">
      {events.map((event) => (
        <li key={event.id}>
          <EventLine event={event} />
        </li>
      ))}
    </ul>
  );
}

/** One event on one line; its kind and size link to the event's page (numbers and dates in the reader's locale). */
export async function EventLine({ event }: { event: EventSummaryFragment }) {
  const format = await getFormatter();
  const size = format.eventSize(event);
  return (
    <span>
      <Link prefetch={false} href={eventHref(event.id)}>
        <strong>{formatKind(event.kind)}</strong>
        {size && ` · ${size}`}
      </Link>
      {event.cumulative && ' (running total)'}
      {' · '}
      <time dateTime={event.when ?? undefined}>{format.when(event.when)}</time>
      {event.status && <span className="muted"> · {event.status}</span>}
      {event.organization && (
        <>
          {' · '}
          <EntityLink entity={event.organization} />
        </>
      )}
      {event.divisions.length > 0 && (
        <span className="muted">
          {' — '}
          {event.divisions.map((d, i) => (
            <span key={d.id}>
              {i > 0 && ', '}
              <EntityLink entity={d} />
            </span>
          ))}
        </span>
      )}
    </span>
  );
}
