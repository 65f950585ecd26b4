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
        {/* A plain link: the source page loads in full and the browser scrolls to #quote itself. A client-side
            navigation to a "?quote=…#quote" address fetched an RSC payload that 404ed in CI now and then (a console
            error, then a full load anyway); other in-page links stay client-side. */}
        <a href={quoteHref(source?.id ?? sourceId!, quote)} className="quote-link">
          “{quote.text.trim()}”
        </a>
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
