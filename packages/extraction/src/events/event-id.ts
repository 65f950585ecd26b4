import { slugify } from '../text/slug.js';

/**
 * `event:<kind>-<organization>-<count|countText|pct-N|unspecified>[-<when>][-cumulative]`, from the facts only,
 * so two articles reporting the same figures share an id and differing figures stay apart. A transaction with a
 * named counterparty ends in `-with-<counterparty>`: a sale to one buyer is not a sale to another.
 */
export function eventId(e: {
  kind: string;
  organization: string | null;
  count: number | null;
  countText?: string;
  percent: number | null;
  when: string | null;
  cumulative?: boolean;
  counterparty?: string;
}): string {
  const org = e.organization ? e.organization.replace(/^[a-z]+:/, '') : 'none';
  const amount =
    e.count !== null
      ? String(e.count)
      : e.countText
        ? slugify(e.countText)
        : e.percent !== null
          ? `pct-${String(e.percent).replace('.', '-')}`
          : 'unspecified';
  const party = e.counterparty ? 'with-' + e.counterparty.replace(/^[a-z]+:/, '') : '';
  return ['event:' + e.kind, org, amount, e.when ?? '', e.cumulative ? 'cumulative' : '', party]
    .filter(Boolean)
    .join('-');
}
