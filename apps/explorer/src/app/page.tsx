import Link from 'next/link';
import { OverviewDocument, type OverviewQuery } from '@newsgraph/client';
import { ApiError } from '../components/api-error';
import { EmptyState } from '../components/empty-state';
import { EventList } from '../components/event-list';
import { SearchForm } from '../components/search-form';
import { loadFromApi } from '../lib/api';
import { headline } from '../lib/format';
import { NODE_TYPES, typeClass } from '../lib/node-types';
import { getFormatter } from '../lib/request-formatter';
import { eventsHref, sourceHref, sourcesHref } from '../lib/routes';
import { largestRounds } from './largest-rounds';

/** Rounds shown under "Largest rounds". */
const ROUNDS_SHOWN = 6;

/** `/`: search, what the graph holds, the latest articles and the largest rounds. */
export default async function OverviewPage() {
  const result = await loadFromApi((api) => api.request(OverviewDocument, {}));
  return (
    <>
      <h1>Tech layoffs, traced to the sentence</h1>
      <p className="lede">
        Search the companies, divisions and people in the news, then follow each fact to the article that states it.
      </p>
      <SearchForm />
      {result.ok ? <Overview data={result.data} /> : <ApiError failure={result.failure} />}
    </>
  );
}

async function Overview({ data }: { data: OverviewQuery }) {
  const format = await getFormatter();
  // Node types only: "Article" and "Claim" are internal counts, not types a reader browses.
  const counts = data.stats.counts.filter((c) => (NODE_TYPES as readonly string[]).includes(c.type) && c.count > 0);
  const articles = data.sources.totalCount;
  const rounds = largestRounds(
    data.events.edges.map(({ node }) => node),
    ROUNDS_SHOWN,
  );
  return (
    <>
      <section aria-labelledby="counts-title">
        <h2 id="counts-title">In the graph</h2>
        {counts.length === 0 ? (
          <EmptyState>
            The graph is empty. Ingest some articles with <code>npm run ingest -- seeds</code>.
          </EmptyState>
        ) : (
          <dl className="stats">
            {counts.map((c) => (
              <div key={c.type} className={`stat ${typeClass(c.type)}`}>
                <dt>{c.type === 'Source' ? 'Sources (articles and the sources they cite)' : c.type}</dt>
                <dd className="value" style={{ margin: 0 }}>
                  {format.count(c.count)}
                </dd>
              </div>
            ))}
          </dl>
        )}
      </section>
      <div className="grid">
        <section aria-labelledby="latest-title">
          <h2 id="latest-title">Latest articles</h2>
          {data.sources.edges.length === 0 ? (
            <EmptyState>No articles yet.</EmptyState>
          ) : (
            <ul className="list">
              {data.sources.edges.map(({ node }) => (
                <li key={node.id}>
                  <Link prefetch={false} href={sourceHref(node.id)}>
                    {headline(node.title).text}
                  </Link>
                  <div className="meta">
                    {[node.publisher, node.publishedAt ? format.when(node.publishedAt) : null]
                      .filter(Boolean)
                      .join(' · ')}
                  </div>
                </li>
              ))}
            </ul>
          )}
          <p className="small">
            <Link prefetch={false} href={sourcesHref()}>
              All {format.count(articles)} article{articles === 1 ? '' : 's'} →
            </Link>
          </p>
        </section>
        <section aria-labelledby="largest-title">
          <h2 id="largest-title">Largest rounds</h2>
          <EventList events={rounds} empty="No events yet." />
          <p className="small">
            Running totals (“27,000 since 2023”) are left out here.{' '}
            <Link prefetch={false} href={eventsHref()}>
              All events on the timeline →
            </Link>
          </p>
        </section>
      </div>
    </>
  );
}
