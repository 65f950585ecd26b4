import Link from 'next/link';
import { truncate } from '../lib/format';
import { sourceHref } from '../lib/routes';

/** One piece of evidence: the exact sentence, and (optionally) the source it comes from. */
export function Quote({ text, source }: { text: string; source?: { id: string; title: string; publisher?: string | null } }) {
  return (
    <blockquote className="quote">
      <p>“{text.trim()}”</p>
      {source && (
        <footer>
          <Link href={sourceHref(source.id)}>{truncate(source.title)}</Link>
          {source.publisher ? ` — ${source.publisher}` : ''}
        </footer>
      )}
    </blockquote>
  );
}
