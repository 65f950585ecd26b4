import Link from 'next/link';
import type { CitedRefFragment } from '@newsgraph/client';
import { formatSourceKind, headline } from '../lib/format';
import { entityHref, sourceHref } from '../lib/routes';

/**
 * What a cited thing is for a reader: its page, its name and what kind of source it is. A source links to its
 * source page by title; a company an article cites (a named outlet, wire or firm) links to its entity page by name,
 * described as "news outlet" when it was cited as one, else "organization".
 */
export function citedParts(cited: CitedRefFragment): { href: string; name: string; kind: string } {
  if (cited.__typename === 'Company')
    return {
      href: entityHref(cited.id),
      name: cited.name,
      kind: formatSourceKind(cited.companyKind) || 'organization',
    };
  return { href: sourceHref(cited.id), name: headline(cited.title).text, kind: formatSourceKind(cited.kind) };
}

/** A link to what a statement came through or a figure rests on, with its kind in brackets ("Kestrel Times (news outlet)"). */
export function CitedLink({ cited }: { cited: CitedRefFragment }) {
  const { href, name, kind } = citedParts(cited);
  return (
    <>
      <Link prefetch={false} href={href} data-testid="cited-link">
        {name}
      </Link>
      {kind ? ` (${kind})` : ''}
    </>
  );
}
