import Link from 'next/link';
import { OverviewDocument } from '@newsgraph/client';
import { ApiError } from '../components/api-error';
import { EmptyState } from '../components/empty-state';
import { EventList } from '../components/event-list';
import { SearchForm } from '../components/search-form';
import { loadFromApi } from '../lib/api';
import { formatCount, formatWhen } from '../lib/format';
import { typeClass } from '../lib/node-types';
import { sourceHref } from '../lib/routes';

/** `/`: search, counts by type, the latest sources and the largest events. */
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

function Overview({ data }: { data: import('@newsgraph/client').OverviewQuery }) {
  const counts = data.stats.counts.filter((c) => c.count > 0);
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
                <dt>{c.type}</dt>
                <dd className="value" style={{ margin: 0 }}>
                  {formatCount(c.count)}
                </dd>
              </div>
            ))}
          </dl>
        )}
      </section>
      <div className="grid">
        <section aria-labelledby="latest-title">
          <h2 id="latest-title">Latest sources</h2>
          {data.sources.edges.length === 0 ? (
            <EmptyState>No articles yet.</EmptyState>
          ) : (
            <ul className="list">
              {data.sources.edges.map(({ node }) => (
                <li key={node.id}>
                  <Link href={sourceHref(node.id)}>{node.title}</Link>
                  <div className="meta">
                    {[node.publisher, node.publishedAt ? formatWhen(node.publishedAt) : null]
                      .filter(Boolean)
                      .join(' · ')}
                  </div>
                </li>
              ))}
            </ul>
          )}
          {data.sources.totalCount > data.sources.edges.length && (
            <p className="small muted">{formatCount(data.sources.totalCount)} articles in all.</p>
          )}
        </section>
        <section aria-labelledby="largest-title">
          <h2 id="largest-title">Largest events</h2>
          <EventList events={data.events.edges.map(({ node }) => node)} empty="No events yet." />
          <p className="small">
            <Link href="/events">All events on the timeline →</Link>
          </p>
        </section>
      </div>
    </>
  );
}
