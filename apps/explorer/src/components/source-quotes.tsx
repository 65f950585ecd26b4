import Link from 'next/link';
import { formatSourceKind, headline } from '../lib/format';
import { getFormatter } from '../lib/request-formatter';
import { sourceHref } from '../lib/routes';
import { EmptyState } from './empty-state';
import { Quote } from './quote';

/** Quotes shown at once per source; the rest fold away. */
const QUOTES_SHOWN = 3;

/** A source as the API gives it in a reference or in evidence (evidence has no kind or date). */
export interface QuotedSource {
  id: string;
  title: string;
  kind?: string;
  publisher?: string | null;
  publishedAt?: string | null;
}

/** One exact quote: `source.text.slice(start, end) === text`. */
export interface SourceQuote {
  text: string;
  start: number;
  end: number;
}

/** A source and the quotes it contributes (to an entity's citations or an event's reports). */
export interface QuotedSourceItem {
  source: QuotedSource;
  quotes: SourceQuote[];
}

/** Sources, each with its title linking to its page, publisher · date and quotes; `empty` when there are none. */
export function SourceQuotesList({
  items,
  empty,
  testId,
}: {
  items: QuotedSourceItem[];
  empty: string;
  testId: string;
}) {
  if (items.length === 0) return <EmptyState>{empty}</EmptyState>;
  return (
    <ul className="list" data-testid={testId}>
      {items.map(({ source, quotes }) => (
        <li key={source.id}>
          <SourceQuotes source={source} quotes={quotes} />
        </li>
      ))}
    </ul>
  );
}

/** A source's title linking to its page, its publisher · date (· kind unless an article), and its quotes. */
async function SourceQuotes({ source, quotes }: { source: QuotedSource; quotes: SourceQuote[] }) {
  const format = await getFormatter();
  const rest = quotes.length - QUOTES_SHOWN;
  return (
    <>
      <Link prefetch={false} href={sourceHref(source.id)}>
        {headline(source.title).text}
      </Link>
      <div className="meta">
        {[
          source.publisher,
          source.publishedAt ? format.when(source.publishedAt) : null,
          formatSourceKind(source.kind) || null,
        ]
          .filter(Boolean)
          .join(' · ')}
      </div>
      {quotes.slice(0, QUOTES_SHOWN).map((q) => (
        <Quote key={`${q.start}-${q.end}`} quote={q} sourceId={source.id} />
      ))}
      {rest > 0 && (
        <details>
          <summary className="small">
            {rest} more quote{rest === 1 ? '' : 's'}
          </summary>
          {quotes.slice(QUOTES_SHOWN).map((q) => (
            <Quote key={`${q.start}-${q.end}`} quote={q} sourceId={source.id} />
          ))}
        </details>
      )}
    </>
  );
}
