import Link from 'next/link';
import { headline } from '../lib/format';
import { quoteHref, sourceHref, type TextSpan } from '../lib/routes';

/** A source as evidence names it. */
export interface QuoteSource {
  id: string;
  title: string;
  publisher?: string | null;
}

/** The quoted span of a source's text; `source` is named below the quote, `sourceId` only links to it. */
export type QuoteProps = { quote: TextSpan & { text: string } } & (
  { source: QuoteSource; sourceId?: never } | { sourceId: string; source?: never }
);

/** One piece of evidence: the exact sentence, linking to its span highlighted in the source's text. */
export function Quote({ quote, source, sourceId }: QuoteProps) {
  return (
    <blockquote className="quote">
      <p>
        <Link prefetch={false} href={quoteHref(source?.id ?? sourceId!, quote)} className="quote-link">
          “{quote.text.trim()}”
        </Link>
      </p>
      {source && (
        <footer>
          <Link prefetch={false} href={sourceHref(source.id)}>
            {headline(source.title).text}
          </Link>
          {source.publisher ? ` — ${source.publisher}` : ''}
        </footer>
      )}
    </blockquote>
  );
}
