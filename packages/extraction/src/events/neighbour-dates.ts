import type { Span } from '../types.js';
import { COMPANY_NOUNS } from '../gazetteer/lexicon/org-nouns.js';
import { type DateMention, findDates } from './dates.js';

/**
 * "The second wave, announced in March 2023, comes …", "The voluntary programme, negotiated with unions and opened
 * in July, had drawn …": a sentence whose subject points back at cuts already reported, with the date of that
 * announcement in an aside. Group 0 ends where the date must start.
 */
const ANAPHORIC_ASIDE_RE =
  /^(?:The|This|That|These|Those|Its|Their)\s+(?:[\w-]+\s+){0,2}?(?:wave|round|cuts|job cuts|job losses|losses|layoffs|lay-offs|dismissals|redundancies|reductions?|restructuring|reorganization|reorganisation|overhaul|plan|move|programme|program|closures?|figure|number|total|target|decision|announcement)\s*,\s*(?:(?:first|initially|originally|officially|formally)\s+)?(?:announced|unveiled|disclosed|revealed|confirmed|reported|made public|set out|presented|outlined|published|opened|launched|negotiated)\s+(?:(?!(?:on|in)\b)[\w-]+\s+){0,4}?(?:on\s+|in\s+)?/;

/** The date in such an aside (it dates the earlier event, not the figures of this sentence), else null. */
export function anaphoricAsideDate(work: string, s: Span, dates: readonly DateMention[]): DateMention | null {
  const m = ANAPHORIC_ASIDE_RE.exec(work.slice(s.start, s.end));
  if (!m) return null;
  const at = s.start + m[0].length;
  // The date stands in the aside: before the comma that closes it.
  const close = work.indexOf(',', at);
  const end = close < 0 || close > s.end ? s.end : close;
  return dates.find((d) => d.start >= at - 3 && d.start < end && d.value !== null && !d.since) ?? null;
}

/**
 * "The company disclosed the decision on Friday …", "It announced the plan in March", "The Indian steel major announced
 * the job cuts last week": the next sentence dates the
 * announcement of what the sentence before reported, in any form (relative dates resolved from the publication date).
 */
const ANAPHORIC_ANNOUNCE_RE = new RegExp(
  `^(?:The (?:[\\p{L}-]+\\s+){0,3}?(?:${[...COMPANY_NOUNS, 'business', 'maker'].join('|')})|It|They|\\p{Lu}[\\p{L}\\p{N}&'’.-]*(?:\\s+\\p{Lu}[\\p{L}\\p{N}&'’.-]*){0,3})\\s+(?:first\\s+|formally\\s+|officially\\s+)?(?:announced|disclosed|confirmed|unveiled|revealed|made public|set out|outlined|communicated|informed \\w+ of)\\s+(?:the|its|this|these|that|those)\\s+(?:[\\p{Ll}-]+\\s+){0,2}?(?:decision|plans?|move|cuts|changes|restructuring|reorganization|reorganisation|job cuts|job losses|layoffs|redundancies|reductions?|exit|closures?|sale|split|measures|programme|program|news)\\b`,
  'u',
);

/** "dated August 14, 2024", "in a memo on January 20, 2023": a full date naming when something was said or filed. */
const ANNOUNCED_ON_RE = /\b(?:dated|on|issued|filed|sent|published|announced|posted)\s+$/i;

/**
 * The date an undated event borrows from the sentence after it ("… said it will eliminate 12,000 jobs." → "Pichai
 * told employees in a memo on January 20, 2023 …"): the first complete date (day, month and year written out)
 * introduced as the date of a filing, memo or announcement. Only called for a following sentence that states
 * no figures of its own, so it cannot be the date of another event.
 */
export function followingSentenceDate(work: string, next: Span, publishedAt: string | null): string | null {
  const dates = findDates(work, next.start, next.end, publishedAt, publishedAt);
  if (dates.length === 0) return null;
  if (ANAPHORIC_ANNOUNCE_RE.test(work.slice(next.start, Math.min(next.end, next.start + 160))))
    for (const d of dates) if (d.value !== null && !d.since && !d.deadline) return d.value;
  for (const d of dates) {
    if (d.value === null || d.since || d.deadline || d.value.length !== 10) continue;
    // "The producer said on Wednesday that …", "Speaking to reporters on June 1, …": the day the news was told.
    // "…, with most of the restructuring done by the end of 2017, Halden said in a statement Monday.": a trailing
    // attribution dates the whole sentence however long it is.
    const closing = /^\s*[.!]?["”’]?\s*$/.test(work.slice(d.end, next.end));
    if (
      (d.start - next.start <= 120 || closing) &&
      SAID_ON_RE.test(work.slice(Math.max(next.start, d.start - 60), d.start))
    )
      return d.value;
    if (opensToldSentence(work, next, d)) return d.value;
    if (!/\d{4}/.test(work.slice(d.start, d.end))) continue; // written out, not resolved from "on Tuesday"
    // "On 4 May 2021, the union staged a strike …": a day that opens its sentence dates that sentence's own act (its
    // telling form is `opensToldSentence` above), never the round told the sentence before.
    if (/^\s*["“]?\s*On\s+$/.test(work.slice(next.start, d.start))) continue;
    if (ANNOUNCED_ON_RE.test(work.slice(Math.max(next.start, d.start - 20), d.start))) return d.value;
  }
  return null;
}

/** Words that tell the news, just before its day ("said on", "told reporters on", "adopted the resolution on"). */
const SAID_ON_RE =
  /\b(?:said|announced|confirmed|disclosed|told\s+(?:[\w-]+\s+){1,3}?|[Ss]peaking\s+(?:to|at)\s+(?:[\w-]+\s+){1,3}?|adopted\s+(?:[\w-]+\s+){1,3}?|approved\s+(?:[\w-]+\s+){1,3}?)(?:\s+in\s+(?:a|an|its)\s+(?:[\w-]+\s+)?(?:statement|release|filing|email|e-mail|memo|note|letter|post))?\s*(?:late\s+|early\s+)?(?:on\s+)?$/;

const REPORTING_RE = /\b(?:said|says|added|adds|announced|confirmed|disclosed|unveiled|told)\b/;

/**
 * "On Wednesday, October 21, 2020, the airline simply stopped flying. Cathay … said it would …": a lede that dates
 * the day and a next sentence that reports the announcement without a date. The preceding sentence's first
 * day-precise date (not a target or start date) dates an undated event whose sentence reports what was said;
 * only called for a preceding sentence that states no figures of its own.
 */
export function precedingSentenceDate(work: string, prev: Span, own: Span, publishedAt: string | null): string | null {
  if (!REPORTING_RE.test(work.slice(own.start, own.end))) return null;
  for (const d of findDates(work, prev.start, prev.end, publishedAt, publishedAt))
    if (d.value !== null && d.value.length === 10 && !d.since && !d.deadline) return d.value;
  return null;
}

/**
 * "On Monday, the chief executive said: …", "In a statement on Monday, the company said …": a day that opens its
 * sentence before a comma, with the news told a few words on — the day of what is said there and in a quote it opens.
 */
const OPENING_DAY_BEFORE_RE =
  /^\s*["“]?(?:(?:In|Speaking\s+in)\s+(?:a|an|its|the)\s+(?:[\w-]+\s+){0,2}?(?:statement|release|filing|interview|e-?mail|memo|note|letter|post|briefing)\s+)?(?:(?:late|early)\s+)?(?:[Oo]n\s+)?$/;
const OPENING_DAY_AFTER_RE =
  /^\s*(?:morning|afternoon|evening|night)?,\s+[^.;!?]{0,80}?\b(?:said|says|announced|confirmed|disclosed|told|unveiled)\b/;

function opensToldSentence(work: string, s: Span, d: DateMention): boolean {
  if (d.start - s.start > 60 || !OPENING_DAY_BEFORE_RE.test(work.slice(s.start, d.start))) return false;
  return OPENING_DAY_AFTER_RE.test(work.slice(d.end, Math.min(s.end, d.end + 110)));
}

/**
 * The news told on a day: "said on 20 November", "announced after the close on 26 February", "unveiled on Tuesday";
 * a plan set out with its name between ("set out the second stage of its cost programme on 6 November").
 */
const TOLD_ON_RE =
  /\b(?:(?:said|announced|confirmed|disclosed|told)(?:\s+[\w-]+){0,3}?|(?:unveiled|presented|outlined|detailed|(?:set|laid)\s+out)(?:\s+[\w'’-]+){0,8}?)\s+on\s+$/;

/**
 * "Acme said on 20 November that it will shrink its workforce. The carmaker gave the figures below. 4,000 Jobs to go
 * …": the first round with a figure after a sentence that tells the day of the announcement (a few sentences back,
 * none between that tells an event or a figure: `told`) is the news of that day. Null when no such sentence stands before.
 */
export function announcementDayBefore(
  work: string,
  sentences: readonly Span[],
  si: number,
  told: ReadonlySet<number>,
  publishedAt: string | null,
): string | null {
  for (let j = si - 1; j >= 0 && j >= si - 3; j--) {
    if (told.has(j)) return null;
    const s = sentences[j]!;
    const dates = findDates(work, s.start, s.end, publishedAt, publishedAt);
    for (const d of dates) {
      if (d.value === null || d.value.length !== 10 || d.since || d.deadline) continue;
      if (TOLD_ON_RE.test(work.slice(Math.max(s.start, d.start - 60), d.start)) || opensToldSentence(work, s, d))
        return d.value;
    }
    if (dates.length > 0) return null;
  }
  return null;
}

/** The facts that make two drafts the same event, the date aside. */
interface Datable {
  kind: string;
  org: string | null;
  count: number | null;
  countText?: string;
  percent: number | null;
  cumulative: boolean;
  when: string | null;
}

/**
 * Mentions of the same figure for the same organization are one event: an undated one ("Alphabet to cut 12,000
 * jobs" in a headline) takes the date of the dated ones, and a coarser date takes a finer one it contains ("in
 * 2023" → "on 3 November 2023"), so they merge. Left alone when the dated mentions disagree, or when there is no
 * figure.
 */
export function shareDates(drafts: Datable[]): void {
  const key = (d: Datable) => {
    const figure =
      d.count !== null || d.countText
        ? `${d.count}|${d.countText ?? ''}`
        : d.percent !== null
          ? `pct ${d.percent}`
          : null;
    return figure === null ? null : `${d.kind}|${d.org}|${figure}|${d.cumulative}`;
  };
  // A share also dates its round by the share alone ("to lay off a tenth of staff" in a headline, "about a tenth
  // …, hundreds of jobs" in the body).
  const shareKey = (d: Datable) => (d.percent !== null ? `${d.kind}|${d.org}|pct ${d.percent}|${d.cumulative}` : null);
  const dated = new Map<string, string | null>();
  for (const d of drafts) {
    if (d.when === null) continue;
    for (const k of new Set([key(d), shareKey(d)])) {
      if (k === null) continue;
      if (!dated.has(k)) dated.set(k, d.when);
      else dated.set(k, finer(dated.get(k) ?? null, d.when));
    }
  }
  for (const d of drafts) {
    const k = key(d);
    if (k === null) continue;
    const when = dated.get(k) ?? null;
    if (d.when === null || (when !== null && when.startsWith(d.when))) d.when = when;
  }
}

/** The finer of two dates when one contains the other ("2023" and "2023-11-03"), else null (they disagree). */
function finer(a: string | null, b: string): string | null {
  if (a === null) return null;
  if (b.startsWith(a)) return b;
  if (a.startsWith(b)) return a;
  return null;
}
