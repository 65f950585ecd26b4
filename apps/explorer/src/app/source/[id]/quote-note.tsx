import Link from 'next/link';
import { QUOTE_FRAGMENT, sourceHref } from '../../../lib/routes';

/** Said above the text when a quote is highlighted: where it is, and the way back to the plain article. */
export function QuoteNote({ sourceId }: { sourceId: string }) {
  return (
    <p className="quote-note" data-testid="quote-note">
      <span className="quote-note-swatch" aria-hidden="true" />
      Highlighted: <a href={`#${QUOTE_FRAGMENT}`}>the quoted sentence</a> ·{' '}
      <Link prefetch={false} href={sourceHref(sourceId)}>
        Clear highlight
      </Link>
    </p>
  );
}
