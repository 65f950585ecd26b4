import Link from 'next/link';
import { entityHref, QUOTE_FRAGMENT, type TextSpan } from '../lib/routes';
import { typeClass } from '../lib/node-types';
import { segmentText, type TextMention, type TextPiece } from './text-segments';

/**
 * The full text with every mention as a `<mark>` coloured by type, linking to its entity; `quote` (when inside the
 * text) is one more `<mark id="quote">` around exactly its span, holding the mention marks within it.
 */
export function HighlightedText({
  text,
  mentions,
  quote = null,
}: {
  text: string;
  mentions: TextMention[];
  quote?: TextSpan | null;
}) {
  const segments = segmentText(text, mentions, quote);
  return (
    <div className="article-text">
      <Pieces text={text} pieces={segments.before} />
      {segments.quote && (
        <mark id={QUOTE_FRAGMENT} className="quote-span" data-testid="quote-span">
          <Pieces text={text} pieces={segments.quote} />
        </mark>
      )}
      <Pieces text={text} pieces={segments.after} />
    </div>
  );
}

function Pieces({ text, pieces }: { text: string; pieces: TextPiece[] }) {
  return pieces.map(({ start, end, mention }) =>
    mention ? (
      <mark key={start} className={typeClass(mention.entity.type)} data-entity-id={mention.entity.id}>
        <Link
          prefetch={false}
          href={entityHref(mention.entity.id)}
          title={`${mention.entity.name} (${mention.entity.type})`}
        >
          {text.slice(start, end)}
        </Link>
      </mark>
    ) : (
      text.slice(start, end)
    ),
  );
}
