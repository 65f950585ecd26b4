import type { Metadata } from 'next';
import Link from 'next/link';
import { SourcesDocument, type SourceOrder } from '@newsgraph/client';
import { ApiError } from '../../components/api-error';
import { EmptyState } from '../../components/empty-state';
import { loadFromApi } from '../../lib/api';
import { headline } from '../../lib/format';
import { getFormatter } from '../../lib/request-formatter';
import { firstParam, sourceHref, sourcesHref } from '../../lib/routes';

export const metadata: Metadata = { title: 'Articles' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Articles per page. */
const PAGE_SIZE = 50;

const ORDERS: Array<[SourceOrder, string]> = [
  ['NEWEST', 'Newest first'],
  ['OLDEST', 'Oldest first'],
  ['TITLE', 'By title'],
];

/** `/sources?order=NEWEST|OLDEST|TITLE[&after=|&before=<cursor>]`: every article, a page at a time (keyset cursors). */
export default async function SourcesPage({ searchParams }: Props) {
  const params = await searchParams;
  const order = ORDERS.find(([value]) => value === firstParam(params.order).toUpperCase())?.[0] ?? 'NEWEST';
  const after = firstParam(params.after) || null;
  const before = firstParam(params.before) || null;
  const format = await getFormatter();
  const result = await loadFromApi(
    async (api) =>
      (
        await api.request(
          SourcesDocument,
          before ? { last: PAGE_SIZE, before, orderBy: order } : { first: PAGE_SIZE, after, orderBy: order },
        )
      ).sources,
  );
  const orderParam = order === 'NEWEST' ? null : order;
  return (
    <>
      <h1>Articles</h1>
      <form className="search-form" action="/sources" method="get" aria-label="Order of the articles">
        <div className="field">
          <label htmlFor="order">Order</label>
          <select id="order" name="order" defaultValue={order}>
            {ORDERS.map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <button type="submit">Show</button>
      </form>
      {!result.ok ? (
        <ApiError failure={result.failure} />
      ) : result.data.edges.length === 0 ? (
        <EmptyState>No articles yet.</EmptyState>
      ) : (
        <section aria-labelledby="articles-title">
          <h2 id="articles-title">
            {format.count(result.data.totalCount)} article{result.data.totalCount === 1 ? '' : 's'}
          </h2>
          <ol className="list" data-testid="source-list">
            {result.data.edges.map(({ node }) => {
              const title = headline(node.title);
              return (
                <li key={node.id}>
                  <Link prefetch={false} href={sourceHref(node.id)} title={title.isSentence ? node.title : undefined}>
                    {title.text}
                  </Link>
                  <div className="meta">
                    {[node.publisher, node.publishedAt ? format.when(node.publishedAt) : 'date unknown', node.uri]
                      .filter(Boolean)
                      .join(' · ')}
                  </div>
                </li>
              );
            })}
          </ol>
          <nav className="pager" aria-label="Pages of articles">
            {result.data.pageInfo.hasPreviousPage && result.data.pageInfo.startCursor && (
              <Link
                prefetch={false}
                href={sourcesHref({ order: orderParam, before: result.data.pageInfo.startCursor })}
                rel="prev"
              >
                ← Previous
              </Link>
            )}
            {result.data.pageInfo.hasNextPage && result.data.pageInfo.endCursor && (
              <Link
                prefetch={false}
                href={sourcesHref({ order: orderParam, after: result.data.pageInfo.endCursor })}
                rel="next"
              >
                Next →
              </Link>
            )}
          </nav>
        </section>
      )}
    </>
  );
}
