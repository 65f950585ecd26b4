import Link from 'next/link';
import type { ReactNode } from 'react';
import { entityHref } from '../lib/routes';
import { typeClass } from '../lib/node-types';

/** One extracted mention: offsets into the text and the entity it refers to. */
export interface TextMention {
  start: number;
  end: number;
  entity: { id: string; type: string; name: string };
}

/**
 * Drops mentions that fall outside the text or overlap an earlier one (sorted by start, longer first),
 * so every character is highlighted at most once.
 */
export function selectMentions(text: string, mentions: TextMention[]): TextMention[] {
  const sorted = [...mentions]
    .filter((m) => m.start >= 0 && m.end <= text.length && m.end > m.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: TextMention[] = [];
  let cursor = 0;
  for (const mention of sorted) {
    if (mention.start < cursor) continue;
    kept.push(mention);
    cursor = mention.end;
  }
  return kept;
}

/** The full text with every mention as a `<mark>` coloured by type, linking to its entity. */
export function HighlightedText({ text, mentions }: { text: string; mentions: TextMention[] }) {
  const parts: ReactNode[] = [];
  let cursor = 0;
  for (const mention of selectMentions(text, mentions)) {
    if (mention.start > cursor) parts.push(text.slice(cursor, mention.start));
    parts.push(
      <mark key={`${mention.start}-${mention.end}`} className={typeClass(mention.entity.type)} data-entity-id={mention.entity.id}>
        <Link href={entityHref(mention.entity.id)} title={`${mention.entity.name} (${mention.entity.type})`}>
          {text.slice(mention.start, mention.end)}
        </Link>
      </mark>,
    );
    cursor = mention.end;
  }
  if (cursor < text.length) parts.push(text.slice(cursor));
  return <div className="article-text">{parts}</div>;
}
