import Link from 'next/link';
import type { EventsQuery } from '@newsgraph/client';
import { EmptyState } from '../../components/empty-state';
import { EventLine } from '../../components/event-list';
import { Quote } from '../../components/quote';
import { StoryLink } from '../../components/story-link';
import { headline, type Formatter } from '../../lib/format';
import { eventsHref, sourceHref } from '../../lib/routes';
import { timelineQuery, type TimelineView } from '../../lib/timeline-params';

type Events = EventsQuery['events'];

/** Previous / next page links of the timeline (keyset cursors in the URL). */
export function TimelinePager({ events, view, label }: { events: Events; view: TimelineView; label: string }) {
  const { hasPreviousPage, hasNextPage, startCursor, endCursor } = events.pageInfo;
  if (!hasPreviousPage && !hasNextPage) return null;
  return (
    <nav className="pager" aria-label={label}>
      {hasPreviousPage && startCursor && (
        <Link prefetch={false} href={eventsHref() + timelineQuery(view, { before: startCursor, after: '' })} rel="prev">
          ← Previous
        </Link>
      )}
      {hasNextPage && endCursor && (
        <Link prefetch={false} href={eventsHref() + timelineQuery(view, { after: endCursor, before: '' })} rel="next">
          Next →
        </Link>
      )}
    </nav>
  );
}

/** One page of the timeline: each event with its first quote and the sources reporting it. */
export function TimelineList({ events, format }: { events: Events; format: Formatter }) {
  const nodes = events.edges.map((edge) => edge.node);
  if (nodes.length === 0) return <EmptyState>No event matches these filters.</EmptyState>;
  return (
    <ol className="timeline" data-testid="timeline">
      {nodes.map((event) => (
        <li key={event.id} data-kind={event.kind.toLowerCase()} data-id={event.id}>
          <EventLine event={event} />
          {event.story && (
            <>
              {' · '}
              <StoryLink story={event.story} />
            </>
          )}
          {event.evidence[0] && <Quote quote={event.evidence[0]} sourceId={event.evidence[0].source.id} />}
          {event.sources.length > 0 && (
            <p className="small" style={{ margin: 0 }}>
              Reported by:{' '}
              {event.sources.map((s, i) => (
                <span key={s.id}>
                  {i > 0 && ', '}
                  <Link prefetch={false} href={sourceHref(s.id)}>
                    {headline(s.title, 60).text}
                  </Link>
                  {s.publishedAt && <span className="muted"> ({format.when(s.publishedAt)})</span>}
                </span>
              ))}
            </p>
          )}
        </li>
      ))}
    </ol>
  );
}
