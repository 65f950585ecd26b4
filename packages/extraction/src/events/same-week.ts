import { type Draft, cutClass } from './draft.js';

/** Days between two told days of one round ("said on Tuesday", "told reporters on Wednesday"). */
const SAME_ROUND_DAYS = 7;
const DAY_MS = 86_400_000;

/**
 * "Kora Motors will cut 6,000 jobs, it said on Tuesday … Its chief told reporters on Wednesday that about 6,000 roles
 * would be affected": the same count of the same organization told on days a few apart is one round. The later
 * days take the first day, so the drafts share one event id and merge. Only counted rounds dated to the day (a
 * year or month apart may be an earlier round of the same size).
 */
export function alignRetellingDays(drafts: Draft[]): void {
  const first = new Map<string, Draft>();
  for (const d of drafts) {
    if (d.count === null || d.bare || d.cumulative || d.when?.length !== 10) continue;
    const key = `${d.org}|${cutClass(d.kind)}|${d.count}`;
    const earlier = first.get(key);
    if (!earlier) {
      first.set(key, d);
      continue;
    }
    const gap = Math.abs(Date.parse(d.when) - Date.parse(earlier.when!)) / DAY_MS;
    if (gap > 0 && gap <= SAME_ROUND_DAYS) d.when = earlier.when;
    else if (gap > 0 && gap <= FIRST_TOLD_DAYS) {
      // "… will cut 400 jobs, the union said on Friday. The company first announced the 400 job cuts on June 3.":
      // the day the round was first told dates both mentions (not "another 400" or "400 more").
      const told = [d, earlier].find((x) => says(x, FIRST_TOLD_RE));
      const other = told === d ? earlier : d;
      if (told && !says(other, FIRST_TOLD_RE) && !says(other, ANOTHER_RE)) other.when = told.when;
    }
  }
}
const says = (d: Draft, re: RegExp) => d.evidence.some((e) => re.test(e.text));
/** Days between a round's first telling and a later retelling that says so ("first announced on June 3"). */
const FIRST_TOLD_DAYS = 62;
const FIRST_TOLD_RE = /\b(?:first|originally|initially)\s+(?:announced|unveiled|disclosed|revealed|flagged)\b/i;
const ANOTHER_RE = /\b(?:another|further|additional|fresh|new)\b|\d\s+more\b/i;

/**
 * True when `when` is a day in the week before the article's day (`publishedAt`): the day of the news the article
 * reports ("Kora Motors said on 20 November that it will cut jobs …" in an article of 21 November).
 */
export function isNewsDay(when: string | null, publishedAt: string | null): boolean {
  if (when?.length !== 10 || !publishedAt || publishedAt.length < 10) return false;
  const gap = (Date.parse(publishedAt.slice(0, 10)) - Date.parse(when)) / DAY_MS;
  return gap >= 0 && gap <= SAME_ROUND_DAYS;
}
