import type { ReactNode } from 'react';
import { EntityLink } from '../../../components/entity-link';
import { formatKind } from '../../../lib/format';
import { getFormatter } from '../../../lib/request-formatter';
import type { EventData } from './load-event';

/** The event's fields as a definition list: figures exactly as stored, then who is affected (as entity links). */
export async function EventFacts({ event }: { event: EventData }) {
  const format = await getFormatter();
  const rows: [string, ReactNode][] = [
    ['Kind', formatKind(event.kind)],
    ['Count', event.count != null ? format.count(event.count) : '—'],
    ['As written', event.countText ?? '—'],
    ['Percent', event.percent != null ? format.percent(event.percent) : '—'],
    [
      'When',
      <time key="when" dateTime={event.when ?? undefined}>
        {format.when(event.when)}
      </time>,
    ],
    ['Status', event.status ? event.status.toLowerCase() : '—'],
    ['Running total', event.cumulative ? 'Yes (a total to date, not a new round)' : 'No (a round of its own)'],
    ['Organization', event.organization ? <EntityLink entity={event.organization} /> : '—'],
    ['Divisions affected', event.divisions.length ? <EntityList entities={event.divisions} /> : '—'],
  ];
  return (
    <dl className="facts" data-testid="event-facts">
      {rows.map(([term, value]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

function EntityList({ entities }: { entities: EventData['divisions'] }) {
  return (
    <ul className="tags">
      {entities.map((d) => (
        <li key={d.id} className="tag">
          <EntityLink entity={d} />
        </li>
      ))}
    </ul>
  );
}
