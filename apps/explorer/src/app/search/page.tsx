import type { Metadata } from 'next';
import Link from 'next/link';
import { SearchDocument, type SearchQuery } from '@newsgraph/client';
import { ApiError } from '../../components/api-error';
import { EmptyState } from '../../components/empty-state';
import { SearchForm } from '../../components/search-form';
import { StoriesFound } from '../../components/stories-found';
import { TypeBadge } from '../../components/type-badge';
import { loadFromApi } from '../../lib/api';
import { NODE_TYPES, typeClass } from '../../lib/node-types';
import { entityHref, firstParam } from '../../lib/routes';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const q = firstParam((await searchParams).q);
  return { title: q ? `Search: ${q}` : 'Search' };
}

type Hit = SearchQuery['search'][number];

function groupByType(hits: Hit[]): [string, Hit[]][] {
  const groups = new Map<string, Hit[]>();
  for (const hit of hits) groups.set(hit.type, [...(groups.get(hit.type) ?? []), hit]);
  const order = (t: string) => {
    const i = (NODE_TYPES as readonly string[]).indexOf(t);
    return i < 0 ? NODE_TYPES.length : i;
  };
  return [...groups.entries()].sort((a, b) => order(a[0]) - order(b[0]));
}

/**
 * `/search?q=`: entities matching a name or alias, grouped by type, best first within each group; then the stories
 * of the events the words describe ("Amazon 14,000").
 */
export default async function SearchPage({ searchParams }: Props) {
  const q = firstParam((await searchParams).q);
  const result = q ? await loadFromApi((api) => api.request(SearchDocument, { query: q, first: 50 })) : null;
  return (
    <>
      <h1>{q ? <>Results for “{q}”</> : 'Search'}</h1>
      <SearchForm defaultValue={q} />
      {!q && <EmptyState>Type a name or an alias, e.g. “Jassy” or “AWS”.</EmptyState>}
      {result && !result.ok && <ApiError failure={result.failure} />}
      {result?.ok && result.data.search.length === 0 && (
        <EmptyState>No entity matches “{q}”. Try a shorter name or an alias.</EmptyState>
      )}
      {result?.ok &&
        groupByType(result.data.search).map(([type, hits]) => (
          <section key={type} aria-labelledby={`group-${type}`}>
            <h2 id={`group-${type}`} className={typeClass(type)}>
              <span className="dot" aria-hidden="true" />
              {type} <span className="muted small">({hits.length})</span>
            </h2>
            <ul className="list">
              {hits.map((hit) => (
                <li key={hit.id}>
                  <Link prefetch={false} href={entityHref(hit.id)}>
                    {hit.name}
                  </Link>{' '}
                  <TypeBadge type={hit.type} />
                  <div className="meta">
                    {hit.aliases.length > 0 && <>Also: {hit.aliases.join(', ')} · </>}
                    {hit.mentionCount} mention{hit.mentionCount === 1 ? '' : 's'}
                  </div>
                </li>
              ))}
            </ul>
          </section>
        ))}
      {q && <StoriesFound query={q} />}
    </>
  );
}
