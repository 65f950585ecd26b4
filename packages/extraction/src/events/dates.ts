/** A date expression in the text and its normalised value (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`), or null when unresolved. */
export interface DateMention {
  start: number;
  end: number;
  value: string | null;
  /** True for "since …" (the start of a running total). */
  since: boolean;
  /** True for a target date ("by 2026", "until March", "before the end of 2025"): never the date of an event. */
  deadline?: boolean;
}

const MONTH =
  '(?<mon>January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)';
/** "2013-14", "2014/15": a financial year, never the date of a round. */
const YEAR = '(?<year>(?:19|20)\\d{2})(?![\\d,.]\\d|\\d|[-–/]\\d{2}(?!\\d))';
const PREP = `(?:${'in since by until from during through of early late mid-? before after throughout between and to for starting beginning ending that on'
  .split(' ')
  .map((w) => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}`)
  .join('|')})`;
const WEEKDAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
/** "in January this year", "on 3 March last year": a month placed in a year relative to the article's day. */
const REL_YEAR = '(?:,?\\s+(?:of\\s+)?(?<ry>this|last|next|the previous|the following) year\\b)?';

const MONTH_HINT_RE = /Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec/;

/**
 * What a pattern needs in the sentence before it is worth running: a digit, a year (19xx/20xx), a month name, a
 * relative word. Most sentences with a figure have no year, so the patterns that require one are not run there.
 */
type Need = 'digit' | 'year' | 'month' | 'month+digit' | 'month+year' | 'rel' | 'decade';
const PATTERNS: Array<{
  re: RegExp;
  kind: 'iso' | 'num' | 'mdy' | 'dmy' | 'my' | 'md' | 'm' | 'y' | 'rel' | 'span';
  need: Need;
  /**
   * A word every match holds, tested on the sentence before the pattern runs (a necessary condition, so the same
   * dates are found): these patterns open with a lookbehind or a word boundary, so a failing scan is tried at
   * every position of the sentence.
   */
  also?: RegExp;
}> = [
  {
    // "Two years later it merged …", "a year earlier": counted from the year the narrative stands in.
    re: /\b(?<n>[Aa]|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|\d)\s+years?\s+(?<dir>later|earlier|afterwards|on)\b/g,
    kind: 'span',
    need: 'rel',
    also: /year/,
  },
  {
    // "had 1,600 employees as at 2015. But a layoff affecting 500 workers in that year …": the year named last.
    re: /\b(?<=(?:in|during)\s+)(?:that|the\s+same)\s+year\b(?!\s+(?:of|to|ending|ended)\b)/gi,
    kind: 'span',
    need: 'rel',
    also: /year/i,
  },
  { re: /\b(?<year>\d{4})-(?<mm>\d{2})-(?<dd>\d{2})\b/g, kind: 'iso', need: 'digit' },
  // "Thursday (18/8/2022)", "el 03/11/2022": a numeric date as outlets outside the US write it, day first unless
  // the second number cannot be a month ("8/18/2022").
  { re: /(?<![\d/.])(?<a>\d{1,2})\/(?<b>\d{1,2})\/(?<year>(?:19|20)\d{2})(?![\d/])/g, kind: 'num', need: 'year' },
  {
    // "Tuesday, November 5, 2024": the weekday is part of the date (not a second, relative one).
    re: new RegExp(`\\b(?:${WEEKDAY},?\\s+)?${MONTH}\\s+(?<dd>\\d{1,2})(?:st|nd|rd|th)?,?\\s+${YEAR}`, 'g'),
    kind: 'mdy',
    need: 'month+year',
  },
  {
    re: new RegExp(`\\b(?:${WEEKDAY},?\\s+)?(?<dd>\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH},?\\s+${YEAR}`, 'g'),
    kind: 'dmy',
    need: 'month+year',
  },
  // "March 2023", "March, 2023", "August of 2016".
  { re: new RegExp(`\\b${MONTH},?\\s+(?:of\\s+)?${YEAR}`, 'g'), kind: 'my', need: 'month+year' },
  {
    re: new RegExp(`\\b(?:${WEEKDAY},?\\s+)?${MONTH}\\s+(?<dd>\\d{1,2})(?:st|nd|rd|th)?\\b${REL_YEAR}`, 'g'),
    kind: 'md',
    need: 'month+digit',
  },
  {
    re: new RegExp(`\\b(?:${WEEKDAY},?\\s+)?(?<dd>\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH}(?![\\p{L}])${REL_YEAR}`, 'gu'),
    kind: 'md',
    need: 'month+digit',
  },
  {
    re: new RegExp(`\\b${PREP}\\s+(?:(?:early|late|mid-?)\\s*)?${MONTH}(?![\\p{L}])${REL_YEAR}`, 'gu'),
    kind: 'm',
    need: 'month',
  },
  {
    re: new RegExp(
      `(?:\\b${PREP}|\\b(?:fiscal|FY|year|Q[1-4]|H[12]|quarter of|half of|spring|summer|fall|autumn|winter)|^)\\s+(?:(?:early|late|mid-?)\\s*)?${YEAR}`,
      'g',
    ),
    kind: 'y',
    need: 'year',
  },
  { re: new RegExp(`\\b${YEAR}(?=['’]s\\b)`, 'g'), kind: 'y', need: 'decade' },
  {
    re: new RegExp(`\\b(?<rel>(?:[Ll]ast|[Tt]his|[Nn]ext)\\s+${MONTH.replace('(?<mon>', '(?:')})(?![\\p{L}])`, 'gu'),
    kind: 'rel',
    need: 'rel',
    // Every month form holds its first three letters ("Sept" → "Sep").
    also: MONTH_HINT_RE,
  },
  {
    // "The cuts come two years after the carmaker eliminated 5,000 positions": the earlier round lies that far back
    // from the news.
    re: /(?<=\b(?:comes?|came|coming|arrives?|arrived)\s+)(?<rel>(?:\d+|a|one|two|three|four|five|six|ten) (?:years?|months?) after)\b/gi,
    kind: 'rel',
    need: 'rel',
    also: /after/i,
  },
  {
    re: new RegExp(
      `\\b(?<rel>today|yesterday|tomorrow|(?:earlier|later) this (?:year|month|week)|(?<=\\b(?:in|during|over|for)\\s+)the (?:first|second|third|fourth|final|last) (?:(?:three|six|nine) months|quarter|half) of (?:the|this) year|(?<=\\b(?:in|during)\\s+)the (?:first|second|third|fourth) quarter(?! of)|(?<=\\b(?:at|in)\\s+)the (?:start|beginning) of the year|(?:last|this) (?:spring|summer|autumn|fall|winter)(?!['’]s)|(?:\\d+|a|one|two|three|four|five|six|ten) (?:days?|weeks?|months?) (?:ago|earlier)|(?:\\d+|a|one|two|three|four|five|six|ten) years? ago|(?:this|last|next|past) (?:week|month|year)(?!\\s+of\\b|['’]s\\b)|(?:on|last|this|next) ${WEEKDAY}|${WEEKDAY})\\b`,
      'gi',
    ),
    kind: 'rel',
    need: 'rel',
  },
];

/**
 * A date introduced as a target: "by 2026", "until March", "through 2025", "by the end of the year", "by the fourth
 * quarter of 2026", "by around March 2026", "no later than June 2026".
 */
const DEADLINE_LEAD_RE = /^(?:by|until|till|through|before)\b/i;
const DEADLINE_BEFORE_RE =
  /\b(?:by|until|till|through|before|no\s+later\s+than)\s+(?:(?:around|about|roughly|approximately|circa)\s+)?(?:the\s+)?(?:(?:end|middle|start|beginning|close|turn|summer|spring|autumn|fall|winter|(?:first|second)\s+half|(?:first|second|third|fourth|final|last)\s+quarter)\s+of\s+(?:the\s+)?){0,2}(?:(?:early|late|mid-?)\s*)?(?:(?:fiscal|financial)\s+(?:year\s+)?)?$/i;
/**
 * The year savings start or are counted in, not the date of a round: "a plan to save €400 million a year from
 * 2025", "annual savings of $1bn starting in 2026" (never "saved €300 million last year, said on May 9, 2025 …").
 */
const SAVINGS_BEFORE_RE =
  /\b(?:sav(?:e|es|ed|ing|ings)|cost\s+(?:cuts|reductions?))\b[^.;!?]{0,50}?(?:\d\s*(?:m|bn)|million|billion|crore)(?:\s+(?:a|per|each)\s+year|\s+annually|\s+per\s+annum)?\s+(?:from|starting(?:\s+in)?|beginning(?:\s+in)?|as\s+of|in)\s+(?:(?:early|late|mid-?)\s*)?$/i;
function savingsYear(before: string): boolean {
  return /sav|cost/i.test(before) && SAVINGS_BEFORE_RE.test(before);
}
/**
 * A period a figure is measured against, not when anything happened: "cut staff by 900 from fiscal 2019 levels",
 * "headcount below 2020 levels", "back to its 2018 level".
 */
const BASELINE_AFTER_RE = /^\s*(?:['’]s\s+)?levels?\b/i;
/**
 * The year of a mishap the round follows, not the round's: "to recover after two plane crashes in 2014", "following
 * the accounting scandal in 2019" (never "after cutting 500 jobs in 2019").
 */
const INCIDENT_BEFORE_RE =
  /\b(?:after|following|since)\s+(?:[\p{L}-]+\s+){0,3}?(?:crash(?:es)?|disasters?|accidents?|collapse|scandals?|pandemic|outbreak|fires?|floods?|flooding|earthquakes?|explosions?|blasts?|spills?|hacks?|cyberattacks?|cyber-attacks?|wars?)\s+in\s+(?:(?:early|late|mid-?)\s*)?$/iu;
/** Where the date itself starts inside a match that may begin with a preposition ("of 2025", "in March"). */
const CORE_RE = /\d|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec/;
const THAT_YEAR_RE = /^,?\s+(?:of\s+)?(?:that|the same)\s+year\b/i;
const DECADE_HINT_RE = /\d['’]s/;
const YEAR_HINT_RE = /(?:19|20)\d\d/;
const REL_HINT_RE = /today|yesterday|tomorrow|week|month|year|quarter|days?\b|(?:last|this|next)\s+\p{Lu}/iu;
const MONTH_NUM: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

/**
 * Dates in `text[start, end)`: "January 18, 2023" → 2023-01-18, "January 2023" → 2023-01, "in 2022" → 2022,
 * "in March" → the year of an earlier date in the same span (else of the publication date; in an undated
 * article, `priorYear`, the year of a month named in the sentence before: "two rounds in May 2022. In the first,
 * announced in the third week of May, …") plus the month,
 * and relative dates ("last week", "on Wednesday", "earlier this year") resolved only from `publishedAt`.
 * Unresolvable expressions are kept with a null value so they are not mistaken for a neighbouring date.
 */
export function findDates(
  text: string,
  start: number,
  end: number,
  publishedAt: string | null,
  referenceDate: string | null = publishedAt,
  priorYear?: number,
  /** The last year written in the sentence before ("In 2020 … . Two years later …"). */
  anchorYear?: number,
): DateMention[] {
  const body = text.slice(start, end);
  const digit = /\d/.test(body);
  const month = MONTH_HINT_RE.test(body);
  const rel = REL_HINT_RE.test(body);
  if (!digit && !month && !rel) return [];
  const hasYear = digit && YEAR_HINT_RE.test(body);
  const decade = digit && (body.includes("'s") || body.includes('’s')) && DECADE_HINT_RE.test(body);
  const ok = {
    digit,
    year: hasYear,
    month,
    'month+digit': month && digit,
    'month+year': month && hasYear,
    rel,
    decade,
  } as const;
  const found: Array<DateMention & { kind: string; year?: number; month?: number; ry?: string }> = [];
  const taken: Array<[number, number]> = [];
  for (const { re, kind, need, also } of PATTERNS) {
    if (!ok[need] || (also !== undefined && !also.test(body))) continue;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(body)) !== null) {
      const g = m.groups ?? {};
      const s = start + m.index;
      const e = s + m[0].length;
      if (taken.some(([a, b]) => s < b && e > a)) continue;
      taken.push([s, e]);
      if (/^in\b/i.test(m[0]) || /\bin\s+$/i.test(text.slice(Math.max(0, s - 4), s)))
        if (INCIDENT_BEFORE_RE.test(text.slice(Math.max(0, s - 80), s + (/^in\b/i.test(m[0]) ? 3 : 0)))) continue;
      if (kind === 'num') {
        const dayFirst = Number(g.b) <= 12;
        g.dd = (dayFirst ? g.a : g.b) ?? '';
        g.mm = (dayFirst ? g.b : g.a) ?? '';
      }
      const month = g.mon ? MONTH_NUM[g.mon.slice(0, 3).toLowerCase()] : g.mm ? Number(g.mm) : undefined;
      const year = g.year ? Number(g.year) : undefined;
      const since =
        /^since\b/i.test(m[0]) || /\bsince\s+(?:early\s+|late\s+|mid-?)?$/i.test(text.slice(Math.max(0, s - 16), s));
      const core = s + Math.max(0, m[0].search(CORE_RE));
      const deadline =
        DEADLINE_LEAD_RE.test(m[0]) ||
        DEADLINE_BEFORE_RE.test(text.slice(Math.max(0, core - 48), core)) ||
        savingsYear(text.slice(Math.max(0, core - 90), core)) ||
        BASELINE_AFTER_RE.test(text.slice(e, e + 12));
      found.push({
        start: s,
        end: e,
        value: null,
        since,
        ...(deadline ? { deadline } : {}),
        kind,
        ...(year ? { year } : {}),
        ...(month ? { month } : {}),
        ...(g.ry ? { ry: g.ry } : {}),
      });
      const last = found[found.length - 1]!;
      const dd = g.dd ? Number(g.dd) : undefined;
      if (kind === 'iso' || kind === 'num' || kind === 'mdy' || kind === 'dmy') last.value = ymd(year!, month!, dd);
      else if (kind === 'my') last.value = ymd(year!, month!);
      else if (kind === 'y') last.value = String(year);
      else if (kind === 'rel') last.value = resolveRelative(g.rel!, publishedAt);
      else if (kind === 'span') {
        const base = lastYearIn(text.slice(Math.max(start, s - 300), s)) ?? anchorYear;
        const n = g.n === undefined ? 0 : /\d/.test(g.n) ? Number(g.n) : (AGO_WORDS[g.n.toLowerCase()] ?? 1);
        if (base) last.value = String(base + (g.dir === 'earlier' ? -n : n));
      } else (last as { day?: number }).day = dd;
    }
  }
  found.sort((a, b) => a.start - b.start);
  let lastYear: number | undefined;
  let anyYear: number | undefined;
  for (const d of found) {
    if (d.year && d.month) lastYear = d.year;
    if (d.year) anyYear = d.year;
    if ((d.kind === 'm' || d.kind === 'md') && d.month) {
      // "in September of that year": the year named last, even alone ("That contrasts with 2020, when …").
      const that = THAT_YEAR_RE.test(text.slice(d.end, d.end + 24));
      const named = that ? (anyYear ?? lastYearIn(text.slice(start, d.start))) : undefined;
      // "will solicit early retirements starting in July" (the article is of May): a month to come.
      // "would stop brewing at the end of September" (the article is of June): a month a clause looking ahead names.
      const ahead =
        STARTING_BEFORE_RE.test(text.slice(Math.max(0, d.start - 16), d.start)) ||
        (!d.ry && FUTURE_MONTH_BEFORE_RE.test(text.slice(Math.max(start, d.start - 100), d.start)));
      // "X to Close Plant in Orsk in March" over an article of November: next March, a target.
      const headlineAhead = !d.ry && HEADLINE_TO_BEFORE_RE.test(text.slice(Math.max(start, d.start - 100), d.start));
      const year = d.ry
        ? relativeYear(d.ry, referenceDate)
        : ((that ? named : lastYear) ??
          (referenceDate === null
            ? priorYear
            : yearFromPublished(d.month, referenceDate, ahead || headlineAhead, headlineAhead)));
      if (year) d.value = ymd(year, d.month, (d as { day?: number }).day);
    }
  }
  // "will close the plant next year", "in June" (the article is of March): a date after the article's day is a
  // target, never when the news happened.
  // A date written with its year is a target only where the clause looks ahead to it ("would cut 300 roles in
  // 2026", "in 2025 and 2026"), never "said on May 9, 2025" or "from January 2025".
  const ref = referenceDate?.slice(0, 10) ?? null;
  // Without the article's day, a month and year the clause looks ahead to stay the round's date ("will cut 1,200
  // jobs in March 2026": the stories of its reports meet on that month).
  const ahead = (s: number, e: number) =>
    IN_BEFORE_RE.test(text.slice(Math.max(0, s - 24), coreOf(text, s, e))) &&
    FUTURE_BEFORE_RE.test(text.slice(Math.max(0, s - 100), s));
  return found.map(({ start: s, end: e, value, since, deadline, kind, year }) =>
    deadline || (isAfter(value, ref) && (kind === 'rel' || !year || ahead(s, e)))
      ? { start: s, end: e, value, since, deadline: true }
      : { start: s, end: e, value, since },
  );
}

/**
 * "in 2026", "in 2025 and 2026", "during fiscal 2026": where a clause that looks ahead puts a target ("from January 2026" is when a change
 * takes effect, not a target).
 */
const IN_BEFORE_RE =
  /\b(?:in|during|ending|ended|and|or|to|between|(?:end|start|beginning|middle|close|turn)\s+of(?:\s+the)?)\s+(?:(?:early|late|mid-?)\s*)?(?:(?:fiscal|financial)\s+(?:year\s+)?)?$/i;

/** Where the date itself starts in `text[s, e)` (after a leading preposition: "from 2026" → "2026"). */
function coreOf(text: string, s: number, e: number): number {
  const at = text.slice(s, e).search(CORE_RE);
  return at < 0 ? s : s + at;
}
const FUTURE_BEFORE_RE =
  /\b(?:will|would|shall|plans?\s+to|planned\s+to|aims?\s+to|intend(?:s|ed)?\s+to|is\s+to|are\s+to|set\s+to|expected\s+to|going\s+to|to\s+(?:cut|shed|axe|slash|eliminate|lay\s+off))\s[^.;!?]*$/i;

/**
 * A future verb earlier in the clause with no report between ("would stop brewing at the end of", not "will cut 300
 * jobs, it said in"): a bare month after it lies ahead of the article's day (not after a bare "pledged to cut").
 */
const FUTURE_MONTH_BEFORE_RE =
  /\b(?:will|would|shall|plans?\s+to|aims?\s+to|intend(?:s|ed)?\s+to|is\s+to|are\s+to|set\s+to|expected\s+to|going\s+to)\s(?:(?!said\b|says\b|announced\b|told\b|reported\b|confirmed\b|disclosed\b)[^.;!?])*$/i;

/**
 * A headline's future, "to" and a verb of cutting or closing in title case ("Kestrel to Close Plant in Orsk in March"):
 * the month after it lies ahead, as after "will" (an initial's stop between: "to Close Plant in S. Orsk in March"). Only
 * in title case, which body text never writes after "to".
 */
const HEADLINE_TO_BEFORE_RE =
  /\sto\s+(?:Close|Shut|Shutter|Cut|Axe|Slash|Shed|Lay|Sack|Fire|Dismiss|Retrench|Furlough|Trim|Reduce|Eliminate|Exit|End|Stop|Halt|Cease|Wind|Idle|Suspend|Mothball|Scrap|Sell|Merge|Split|Spin|Relocate|Move)\s(?:[^.;!?]|(?<=\b[A-Z])\.)*$/;

/** True when `value` lies after the day `ref` at the coarser of their two precisions ("2026" after "2025-03-12"). */
function isAfter(value: string | null, ref: string | null): boolean {
  if (value === null || ref === null || !/^\d{4}/.test(ref)) return false;
  const n = Math.min(value.length, ref.length);
  return value.slice(0, n) > ref.slice(0, n);
}

/** "this year" / "last year" / "next year" as a year counted from the article's day; undefined without one. */
function relativeYear(rel: string, referenceDate: string | null): number | undefined {
  const d = pubDate(referenceDate);
  if (!d) return undefined;
  return d.getUTCFullYear() + (/last|previous/.test(rel) ? -1 : /next|following/.test(rel) ? 1 : 0);
}

/** The last year (1900–2099) written in `text`, e.g. "That contrasts with 2020, when …". */
function lastYearIn(text: string): number | undefined {
  let year: number | undefined;
  for (const m of text.matchAll(/\b(?:19|20)\d{2}\b/g)) year = Number(m[0]);
  return year;
}

function ymd(y: number, m: number, d?: number): string | null {
  if (!(m >= 1 && m <= 12)) return null;
  const mm = String(m).padStart(2, '0');
  if (d === undefined) return `${y}-${mm}`;
  if (!(d >= 1 && d <= 31)) return `${y}-${mm}`;
  return `${y}-${mm}-${String(d).padStart(2, '0')}`;
}

function pubDate(publishedAt: string | null): Date | null {
  if (!publishedAt) return null;
  const t = Date.parse(publishedAt.slice(0, 10) + 'T00:00:00Z');
  return Number.isNaN(t) ? null : new Date(t);
}

function yearFromPublished(
  month: number,
  publishedAt: string | null,
  ahead = false,
  nextYear = false,
): number | undefined {
  const d = pubDate(publishedAt);
  if (!d) return undefined;
  const now = d.getUTCMonth() + 1;
  // A headline's "to Close … in March" in an article of November: next March.
  if (nextYear && month < now) return d.getUTCFullYear() + 1;
  return month > now && !ahead ? d.getUTCFullYear() - 1 : d.getUTCFullYear();
}
/** "starting in July", "beginning in", "effective": a month that lies ahead. */
const STARTING_BEFORE_RE = /\b(?:starting|beginning|effective)\s+(?:in\s+|from\s+)?(?:early\s+|late\s+|mid-?)?$/i;

const FULL_DATE_RE = new RegExp(
  `\\b\\d{4}-\\d{2}-\\d{2}\\b|(?<![\\d/.])\\d{1,2}\\/\\d{1,2}\\/(?:19|20)\\d{2}(?![\\d/])|\\b${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+${YEAR}|\\b\\d{1,2}\\s+${MONTH.replace('(?<mon>', '(?:')},?\\s+${YEAR.replace('(?<year>', '(?:')}`,
  'g',
);

/**
 * The date an undated article most likely speaks from: the first complete date in its text ("dated August 14,
 * 2024"). Used only to give a year to "in February" when no publication date is known.
 */
export function findReferenceDate(text: string, from = 0): string | null {
  FULL_DATE_RE.lastIndex = from;
  const m = FULL_DATE_RE.exec(text);
  if (!m) return null;
  return findDates(m[0], 0, m[0].length, null)[0]?.value ?? null;
}

const AGO_WORDS: Record<string, number> = { a: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, ten: 10 };
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/** Resolves a relative date against the publication date; null without one. */
export function resolveRelative(expr: string, publishedAt: string | null): string | null {
  const d = pubDate(publishedAt);
  if (!d) return null;
  // "(comes) two years after …" counts back from the news as "two years ago" does.
  const e = expr.toLowerCase().replace(/ after$/, ' ago');
  const shift = (days: number) => new Date(d.getTime() + days * 86400000);
  const iso = (x: Date) => x.toISOString().slice(0, 10);
  const ym = (x: Date) => x.toISOString().slice(0, 7);
  if (e === 'today') return iso(d);
  if (e === 'yesterday') return iso(shift(-1));
  if (e === 'tomorrow') return iso(shift(1));
  if (/week$/.test(e)) return ym(shift(/last|past/.test(e) ? -7 : /next/.test(e) ? 7 : 0));
  if (/month$/.test(e)) {
    const delta = /last|past/.test(e) ? -1 : /next/.test(e) ? 1 : 0;
    return ym(new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + delta, 1)));
  }
  if (/of (?:the|this) year$/.test(e)) return String(d.getUTCFullYear());
  if (/year$/.test(e)) return String(d.getUTCFullYear() + (/last|past/.test(e) ? -1 : /next/.test(e) ? 1 : 0));
  const yearsAgo = /^(\d+|a|one|two|three|four|five|six|ten) years? ago$/.exec(e);
  if (yearsAgo)
    return String(
      d.getUTCFullYear() - (/^\d+$/.test(yearsAgo[1]!) ? Number(yearsAgo[1]) : (AGO_WORDS[yearsAgo[1]!] ?? 1)),
    );
  if (/^the (?:first|second|third|fourth) quarter$|^the (?:start|beginning) of the year$/.test(e))
    return String(d.getUTCFullYear());
  const season = /^(last|this) (spring|summer|autumn|fall|winter)$/.exec(e);
  if (season) {
    // A season ends in May, August, November or February; "last" is the latest one over by the article's month.
    const ends: Record<string, number> = { spring: 5, summer: 8, autumn: 11, fall: 11, winter: 2 };
    const y = d.getUTCFullYear();
    return String(season[1] === 'this' || d.getUTCMonth() + 1 > ends[season[2]!]! ? y : y - 1);
  }
  const ago = /^(\d+|a|one|two|three|four|five|six|ten) (days?|weeks?|months?) (?:ago|earlier)$/.exec(e);
  if (ago) {
    const n = /^\d+$/.test(ago[1]!) ? Number(ago[1]) : (AGO_WORDS[ago[1]!] ?? 1);
    if (ago[2]!.startsWith('day')) return iso(shift(-n));
    if (ago[2]!.startsWith('week')) return ym(shift(-7 * n));
    return ym(new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - n, 1)));
  }
  const month = /^(last|this|next)\s+([a-z]{3})/.exec(e);
  if (month && MONTH_NUM[month[2]!]) {
    const m = MONTH_NUM[month[2]!]!;
    const pm = d.getUTCMonth() + 1;
    const y = d.getUTCFullYear();
    const year = month[1] === 'last' ? (m < pm ? y : y - 1) : month[1] === 'next' ? (m > pm ? y : y + 1) : y;
    return `${year}-${String(m).padStart(2, '0')}`;
  }
  const wd = WEEKDAYS.findIndex((w) => e.endsWith(w));
  if (wd < 0) return null;
  const diff = (d.getUTCDay() - wd + 7) % 7;
  if (e.startsWith('next')) return iso(shift((wd - d.getUTCDay() + 7) % 7 || 7));
  return iso(shift(-(e.startsWith('last') ? diff || 7 : diff)));
}

const FULL_DATE = `(?:${MONTH.replace('(?<mon>', '(?:')}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+(?:19|20)\\d{2}|\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH.replace('(?<mon>', '(?:')},?\\s+(?:19|20)\\d{2}|(?:19|20)\\d{2}-\\d{2}-\\d{2})`;
/**
 * A clock time after a stamp's date: " 7:55am EDT", " 07:01 GMT", ", 11:21 JST", " | 10:15 AM IST", " at 4:30 pm"
 * (a bar or "at" before it, its am or pm in capitals before a zone).
 */
const STAMP_TIME = `(?:(?:,?\\s+|\\s*[|·•]\\s*|,?\\s+at\\s+)\\d{1,2}[:.]\\d{2}\\s*(?:[ap]\\.?m\\.?|[AP]M)?(?:\\s+\\p{Lu}{2,4})?)?`;
/** "Thu", "Thursday,": a weekday opening a stamp. */
const STAMP_WEEKDAY = `(?:(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:day|sday|nesday|rsday|urday)?\\.?,?\\s+)?`;
const DATELINE_RE = new RegExp(
  `^[^\\n]{0,60}?\\b${FULL_DATE}\\b[^\\n]{0,50}?\\s[–—-]\\s` +
    // "MUMBAI, March 4, 2024: The board …", "Madrid, 17 February 2021. Banco …": a place, the date, a colon or stop.
    `|^\\p{Lu}[^\\n,:|]{0,40},\\s*${FULL_DATE}\\s*[:.]\\s` +
    // "By Hannah Reid | May 20, 2020", "Seoul | Weekly Review | February 14, 2020", "Trade Review - 29 January
    // 2024": a byline or masthead line that ends with the date.
    `|^(?:[^\\n.]{0,70}?(?:\\s[|–—-]|[|·•]|Published:?|Updated:?|Posted:?)\\s*)?${FULL_DATE}${STAMP_TIME}\\s*$` +
    // "Thu Jul 12, 2012 7:55am EDT", "By Jane Roe, August 1, 2019", "Posted in Business, 21st November 2012 07:01
    // GMT": a wire's time stamp, a byline with a comma, a blog's posting line — each with the date last.
    `|^(?:By\\s+[^\\n.,]{2,50},\\s*|Posted\\s+(?:in|on|by)\\s+[^\\n.,]{1,40},\\s*|(?:Published|Updated|Posted)(?:\\s+on)?:?\\s+)?${STAMP_WEEKDAY}${FULL_DATE}${STAMP_TIME}\\s*$` +
    // "PARIS - Reuters (Published Monday, Oct. 17, 2016 6:37AM EDT – Last updated …)": a stamp in brackets.
    `|^[^\\n(]{0,60}\\(\\s*(?:Published|Posted)(?:\\s+on)?:?\\s+${STAMP_WEEKDAY}${FULL_DATE}${STAMP_TIME}[^\\n()]{0,60}\\)\\s*$`,
  'u',
);

/**
 * A year of 1900–2099: every alternative of DATELINE_RE holds FULL_DATE, and so one. Tested first, since the
 * expression is searched at every position of a line.
 */
const YEAR_IN_LINE_RE = /(?:19|20)\d\d/;

/**
 * "November 7, 2019", "By Jane Roe | May 20, 2020", "Updated: 12 March 2024 | 10:15 AM": a line that is only a date
 * stamp (no sentence of its own; the lede follows it).
 */
export function isDateStampLine(line: string): boolean {
  if (line.length > 120 || /[.!?]["”’)]?$/.test(line) || !YEAR_IN_LINE_RE.test(line)) return false;
  // The whole line: not a dateline opening a sentence, nor a timeline's "5 December 2019 — business rescue".
  return DATELINE_RE.exec(line)?.[0].length === line.length;
}

/**
 * The date of a dateline ("LONDON, 14 May 2025 (Meridian Newswire) – …", "Prague / Bucharest, 1 April 2021 – …",
 * "MUMBAI, March 4, 2024: …") or of a byline or masthead line ending with the date ("By A. Writer | May 20,
 * 2020"): a complete date at the start of one of the first lines of the body. It is the day the article speaks
 * from when no publication date is given. Looks at the first 2,000 characters only.
 */
export function findDatelineDate(text: string, from: number): string | null {
  const head = text.slice(from, from + 2000);
  let at = 0;
  for (let k = 0; k < 12 && at < head.length; k++) {
    const nl = head.indexOf('\n', at);
    const line = head.slice(at, nl < 0 ? head.length : nl);
    const m = YEAR_IN_LINE_RE.test(line) ? DATELINE_RE.exec(line) : null;
    if (m) return findDates(m[0], 0, m[0].length, null).find((d) => d.value?.length === 10)?.value ?? null;
    if (nl < 0) break;
    at = nl + 1;
  }
  return null;
}

const MONTH_YEAR_RE =
  /\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+(?:\d{1,2},?\s+)?((?:19|20)\d{2})\b/g;

/** The last year (1900–2099) written in `text[start, end)`, else undefined. */
export function lastYearOf(text: string, start: number, end: number): number | undefined {
  return lastYearIn(text.slice(start, end));
}

/** "for the year ending March 2013", "the fiscal year to March 31, 2016": the end of a financial period, not news. */
const PERIOD_END_BEFORE_RE = /\b(?:year|period|half|quarter|months)\s+(?:ending|ended|to|through)\s+$/i;
/** The year of the last month-and-year written in `text[start, end)` ("in May 2022" → 2022), else undefined. */
export function monthYearIn(text: string, start: number, end: number): number | undefined {
  const body = text.slice(start, end);
  if (!/\d{4}/.test(body)) return undefined;
  let year: number | undefined;
  MONTH_YEAR_RE.lastIndex = 0;
  for (let m = MONTH_YEAR_RE.exec(body); m !== null; m = MONTH_YEAR_RE.exec(body))
    if (!PERIOD_END_BEFORE_RE.test(body.slice(Math.max(0, m.index - 24), m.index))) year = Number(m[1]);
  return year;
}
