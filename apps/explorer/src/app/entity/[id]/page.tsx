import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ApiError } from '../../../components/api-error';
import { EmptyState } from '../../../components/empty-state';
import { EntityLink } from '../../../components/entity-link';
import { EventList } from '../../../components/event-list';
import { Quote } from '../../../components/quote';
import { SourceQuotesList } from '../../../components/source-quotes';
import { TypeBadge } from '../../../components/type-badge';
import { formatSourceKind, headline, sortByWhen } from '../../../lib/format';
import { getFormatter } from '../../../lib/request-formatter';
import {
  decodeRouteParam,
  entityHref,
  exportHref,
  firstParam,
  graphHref,
  pathHref,
  sourceHref,
} from '../../../lib/routes';
import { loadEntity, type CitationPage, type EntityData } from './load-entity';
import { RoleList } from './role-list';
import { StatementsSection } from '../../../components/statements-section';
import { parseTotalsFrom, TotalsSection } from '../../../components/totals-section';
import { parseChartBy, RoundsChartSection } from '../../../components/rounds-chart-section';

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const after = firstParam((await searchParams).after) || null;
  const result = await loadEntity(decodeRouteParam((await params).id), after);
  return { title: result.ok && result.data ? result.data.name : 'Entity' };
}

/**
 * `/entity/[id]`: who or what it is, its roles or people, divisions, events, and the sources citing it with
 * their quotes, a page at a time (`?after=<cursor>`).
 */
export default async function EntityPage({ params, searchParams }: Props) {
  const id = decodeRouteParam((await params).id);
  const after = firstParam((await searchParams).after) || null;
  const result = await loadEntity(id, after);
  if (!result.ok) return <ApiError failure={result.failure} />;
  if (!result.data) notFound();
  const entity = result.data;
  const format = await getFormatter();
  const citations = entity.citations;
  const events = 'events' in entity ? sortByWhen(entity.events) : null;
  // A named outlet articles cite is a company too, but not one the news reports on: unless it has events of its
  // own (a newspaper cutting jobs), its page shows what cites it instead of empty people, events and totals.
  const outletKind = entity.__typename === 'Company' ? formatSourceKind(entity.kind) : '';
  const organization =
    (entity.__typename === 'Company' || entity.__typename === 'Division') && !(outletKind && events?.length === 0);
  return (
    <article>
      <p className="small muted" style={{ margin: 0 }}>
        <TypeBadge type={entity.type} />
        {outletKind && (
          <>
            {' '}
            <span className="badge" data-testid="outlet-badge">
              {outletKind}
            </span>
          </>
        )}
      </p>
      <h1>{entity.name}</h1>
      {entity.aliases.length > 0 && <p className="meta">Also known as: {entity.aliases.join(', ')}</p>}
      <p className="meta">
        {format.count(entity.mentionCount)} mention{entity.mentionCount === 1 ? '' : 's'} in{' '}
        {format.count(citations.totalCount)} source{citations.totalCount === 1 ? '' : 's'} ·{' '}
        <Link prefetch={false} href={graphHref(entity.id)}>
          Explore in the graph
        </Link>{' '}
        ·{' '}
        <Link prefetch={false} href={pathHref(entity.id, '')}>
          Find a path from here
        </Link>
      </p>
      <p className="meta" data-testid="entity-exports">
        Download its facts with their quotes and source URLs:{' '}
        <a href={exportHref('entity', { id: entity.id, format: 'csv' })} download>
          CSV
        </a>{' '}
        ·{' '}
        <a href={exportHref('entity', { id: entity.id, format: 'json' })} download>
          JSON
        </a>
      </p>

      {entity.__typename === 'Person' && (
        <section aria-labelledby="roles-title">
          <h2 id="roles-title">Roles</h2>
          <RoleList roles={entity.roles} show="organization" empty="No roles recorded." />
        </section>
      )}
      {organization && (
        <section aria-labelledby="people-title">
          <h2 id="people-title">People</h2>
          <RoleList roles={entity.people} show="person" empty="No people recorded." />
        </section>
      )}
      {organization && <Structure entity={entity} />}
      {events && organization && (
        <section aria-labelledby="events-title">
          <h2 id="events-title">Events</h2>
          <EventList events={events} empty="No events recorded for this organization." />
        </section>
      )}
      {organization && (
        <RoundsChartSection
          organization={entity}
          by={parseChartBy(firstParam((await searchParams).chartBy) || undefined)}
        />
      )}
      {entity.__typename === 'Company' && organization && (
        <TotalsSection organizationId={entity.id} from={parseTotalsFrom(firstParam((await searchParams).totalsFrom))} />
      )}
      {(entity.__typename === 'Person' || entity.__typename === 'Company') && (
        <StatementsSection speakerId={entity.id} />
      )}
      {entity.__typename === 'Company' && entity.citedBy.length > 0 && (
        <section aria-labelledby="cited-by-title">
          <h2 id="cited-by-title">Articles citing {entity.name} as a source</h2>
          <ul className="list" data-testid="cited-by">
            {entity.citedBy.map((s) => (
              <li key={s.id}>
                <Link prefetch={false} href={sourceHref(s.id)}>
                  {headline(s.title).text}
                </Link>
                <div className="meta">
                  {[s.publisher, s.publishedAt ? format.when(s.publishedAt) : null].filter(Boolean).join(' · ')}
                </div>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="citing-title">
        <h2 id="citing-title">Sources citing {entity.name}</h2>
        <SourceQuotesList
          items={citations.edges.map(({ node }) => node)}
          empty="No source cites this entity."
          testId="citing-sources"
        />
        <CitationPager entity={entity} page={citations} paged={after !== null} count={format.count} />
      </section>
    </article>
  );
}

function Structure({ entity }: { entity: EntityData }) {
  if (entity.__typename !== 'Company' && entity.__typename !== 'Division') return null;
  const parent = entity.__typename === 'Division' ? entity.parent : null;
  return (
    <section aria-labelledby="structure-title">
      <h2 id="structure-title">Structure</h2>
      {parent && (
        <p>
          Part of <EntityLink entity={parent} />
        </p>
      )}
      {entity.__typename === 'Division' &&
        entity.partOfEvidence.map((e) => <Quote key={`${e.source.id}-${e.start}`} quote={e} source={e.source} />)}
      {entity.divisions.length > 0 ? (
        <>
          <h3>Divisions</h3>
          <ul className="tags">
            {entity.divisions.map((d) => (
              <li key={d.id} className="tag">
                <EntityLink entity={d} />
              </li>
            ))}
          </ul>
        </>
      ) : (
        !parent && <EmptyState>No divisions recorded.</EmptyState>
      )}
    </section>
  );
}

/** "Showing 20 of 734 · Next 20 →", and a way back to the newest once paged. */
function CitationPager({
  entity,
  page,
  paged,
  count,
}: {
  entity: EntityData;
  page: CitationPage;
  paged: boolean;
  count: (n: number) => string;
}) {
  if (!paged && !page.pageInfo.hasNextPage) return null;
  const next = page.pageInfo.endCursor;
  return (
    <nav className="pager" aria-label="Pages of citing sources">
      <span className="muted small">
        {count(page.edges.length)} of {count(page.totalCount)}, newest first
      </span>
      {paged && (
        <Link prefetch={false} href={`${entityHref(entity.id)}#citing-title`}>
          ← Newest
        </Link>
      )}
      {page.pageInfo.hasNextPage && next && (
        <Link
          prefetch={false}
          href={`${entityHref(entity.id)}?after=${encodeURIComponent(next)}#citing-title`}
          rel="next"
        >
          Older sources →
        </Link>
      )}
    </nav>
  );
}
