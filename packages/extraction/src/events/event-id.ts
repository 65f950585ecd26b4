import { slugify } from '../text/slug.js';

/**
 * `event:<kind>-<organization>-<count|countText|pct-N|unspecified>[-<when>][-cumulative]`, from the facts only,
 * so two articles reporting the same figures share an id and differing figures stay apart.
 */
export function eventId(e: {
  kind: string;
  organization: string | null;
  count: number | null;
  countText?: string;
  percent: number | null;
  when: string | null;
  cumulative?: boolean;
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
  return ['event:' + e.kind, org, amount, e.when ?? '', e.cumulative ? 'cumulative' : ''].filter(Boolean).join('-');
}
