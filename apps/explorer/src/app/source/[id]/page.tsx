import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { SourcePageDocument, type SourcePageQuery } from '@newsgraph/client';
import { ApiError } from '../../../components/api-error';
import { citedParts } from '../../../components/cited-link';
import { EmptyState } from '../../../components/empty-state';
import { EntityLink } from '../../../components/entity-link';
import { EventList } from '../../../components/event-list';
import { HighlightedText } from '../../../components/highlighted-text';
import { Quote } from '../../../components/quote';
import { TypeLegend } from '../../../components/type-legend';
import { loadFromApi } from '../../../lib/api';
import { formatSourceKind, headline } from '../../../lib/format';
import { getFormatter } from '../../../lib/request-formatter';
import { decodeRouteParam, firstParam, graphHref, parseQuoteParam, sourceHref } from '../../../lib/routes';
import { QuoteNote } from './quote-note';

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };
type SourceData = NonNullable<SourcePageQuery['source']>;

const loadSource = cache(async (id: string) =>
  loadFromApi(async (api) => (await api.request(SourcePageDocument, { id })).source),
);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const result = await loadSource(decodeRouteParam((await params).id));
  return { title: result.ok && result.data ? headline(result.data.title).text : 'Source' };
}

/**
 * `/source/[id]`: the article with every mention highlighted, the facts it asserts, and citations both ways.
 * `?quote=<start>-<end>` also highlights that span as `#quote` (ignored when not a span of the text).
 */
export default async function SourcePage({ params, searchParams }: Props) {
  const result = await loadSource(decodeRouteParam((await params).id));
  if (!result.ok) return <ApiError failure={result.failure} />;
  const source = result.data;
  if (!source) notFound();
  const mentionTypes = [...new Set(source.mentions.map((m) => m.entity.type))];
  const quote = source.text ? parseQuoteParam(firstParam((await searchParams).quote), source.text.length) : null;
  const format = await getFormatter();
  const title = headline(source.title);
  return (
    <article>
      <h1 title={title.isSentence ? source.title : undefined}>{title.text}</h1>
      {title.isSentence && <p className="small muted">Untitled: named after its first sentence.</p>}
      <p className="meta">
        {[source.publisher, source.publishedAt ? format.when(source.publishedAt) : null, formatSourceKind(source.kind)]
          .filter(Boolean)
          .join(' · ')}
        {source.uri && (
          <>
            {' '}
            · <span>{source.uri}</span>
          </>
        )}
        {' · '}
        <Link prefetch={false} href={graphHref(source.id)}>
          Explore in the graph
        </Link>
      </p>
      {source.copyOf && (
        <p className="meta" data-testid="copy-of">
          Republished copy of{' '}
          <Link prefetch={false} href={sourceHref(source.copyOf.id)}>
            {source.copyOf.title}
          </Link>
          {source.copyOf.publisher ? ` (${source.copyOf.publisher})` : ''}: its facts count once, with the original.
        </p>
      )}
      {source.copies.length > 0 && (
        <p className="meta" data-testid="copies">
          Also published by{' '}
          {source.copies.map((copy, i) => (
            <span key={copy.id}>
              {i > 0 ? ', ' : ''}
              <Link prefetch={false} href={sourceHref(copy.id)}>
                {copy.publisher ?? copy.title}
              </Link>
            </span>
          ))}
          .
        </p>
      )}

      <section aria-labelledby="text-title">
        <h2 id="text-title">Text</h2>
        {source.text ? (
          <>
            {mentionTypes.length > 0 && <TypeLegend types={mentionTypes} label="Highlight colours" />}
            {quote && <QuoteNote sourceId={source.id} />}
            <HighlightedText text={source.text} mentions={source.mentions} quote={quote} />
          </>
        ) : (
          <EmptyState>No text stored for this {source.kind === 'ARTICLE' ? 'article' : 'cited source'}.</EmptyState>
        )}
      </section>

      <section aria-labelledby="facts-title">
        <h2 id="facts-title">Facts asserted here</h2>
        <FactList facts={source.facts} sourceId={source.id} />
      </section>

      <section aria-labelledby="events-title">
        <h2 id="events-title">Events reported</h2>
        <EventList events={source.events} empty="This source reports no events." />
      </section>

      <div className="grid">
        <section aria-labelledby="cites-title">
          <h2 id="cites-title">Cites</h2>
          <CitedList cited={source.cites} empty="Cites no other source." when={format.when} />
        </section>
        <section aria-labelledby="cited-by-title">
          <h2 id="cited-by-title">Cited by</h2>
          <SourceList sources={source.citedBy} empty="No other source cites this one." when={format.when} />
        </section>
      </div>
    </article>
  );
}

function FactList({ facts, sourceId }: { facts: SourceData['facts']; sourceId: string }) {
  if (facts.length === 0) return <EmptyState>No relationships extracted from this source.</EmptyState>;
  return (
    <ul className="list">
      {facts.map((fact, i) => (
        <li key={`${fact.type}-${fact.from.id}-${fact.to.id}-${i}`}>
          <span className="hop">
            <EntityLink entity={fact.from} />
            <span className="rel">
              {fact.type}
              {fact.title ? `: ${fact.title}` : ''}
            </span>
            <EntityLink entity={fact.to} />
          </span>
          {fact.evidence.map((e) => (
            <Quote key={`${e.start}-${e.end}`} quote={e} sourceId={sourceId} />
          ))}
        </li>
      ))}
    </ul>
  );
}

/** What the article cites: sources by title, and the outlets and firms it names (companies) by name. */
function CitedList({
  cited,
  empty,
  when,
}: {
  cited: SourceData['cites'];
  empty: string;
  when: (date: string) => string;
}) {
  if (cited.length === 0) return <EmptyState>{empty}</EmptyState>;
  return (
    <ul className="list" data-testid="cites-list">
      {cited.map((c) => {
        const { href, name, kind } = citedParts(c);
        const dated = c.__typename === 'Source' ? [c.publisher, c.publishedAt ? when(c.publishedAt) : null] : [];
        return (
          <li key={c.id}>
            <Link prefetch={false} href={href}>
              {name}
            </Link>
            <div className="meta">{[kind, ...dated].filter(Boolean).join(' · ')}</div>
          </li>
        );
      })}
    </ul>
  );
}

function SourceList({
  sources,
  empty,
  when,
}: {
  sources: SourceData['citedBy'];
  empty: string;
  when: (date: string) => string;
}) {
  if (sources.length === 0) return <EmptyState>{empty}</EmptyState>;
  return (
    <ul className="list">
      {sources.map((s) => (
        <li key={s.id}>
          <Link prefetch={false} href={sourceHref(s.id)}>
            {headline(s.title).text}
          </Link>
          <div className="meta">
            {[formatSourceKind(s.kind), s.publisher, s.publishedAt ? when(s.publishedAt) : null]
              .filter(Boolean)
              .join(' · ')}
          </div>
        </li>
      ))}
    </ul>
  );
}
