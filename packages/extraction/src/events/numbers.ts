/** Regular-expression sources for quantities of jobs and shares, shared by the event rules, and their parsers. */

const MOD =
  '(?:about|around|roughly|approximately|approx\\.|nearly|almost|some|over|more than|in excess of|at least|at most|up to|as many as|as much as|an additional|additional|another|a further|further|a total of|total of|close to|equivalent of|upwards of|fewer than|less than|just over|just under|under|well over|an estimated|estimated|a maximum of|a minimum of|staggering|whopping|massive|hefty|record|an|a|the|its|their|all|only|between|~)';
/** Words that scale a figure: "1.2 million", "12k", "1.2 lakh" (100,000), "3 crore", "3 mil" (a thousand). */
const SCALE = '(?:million|thousand|lakhs?|crores?|mil|k)';
/**
 * A figure in digits: "14,000", Indian grouping "1,20,000", thin-space grouping "14 000" (a thin, no-break or plain space, as in South African and French news), "2.500" (a full stop
 * grouping thousands, as in much of Europe: exactly three digits after each stop), "1.2", each with an optional
 * scale word. A figure is never cut inside its digit groups ("12" of "12,000-strong").
 */
const NUM =
  '(?:\\d{1,2}(?:,\\d{2})+,\\d{3}(?![\\d,]\\d)|\\d{1,3}(?:,\\d{3})+(?![\\d,]\\d)|\\d{1,3}(?:[\\u00a0\\u202f]\\d{3})+(?!\\d)|\\d{1,3}(?: \\d{3})+(?![\\d,.]?\\d)|\\d{1,3}(?:\\.\\d{3})+(?![\\d.]\\d)|\\d+(?:\\.\\d+)?(?![\\d,]\\d))';
/**
 * A year opening a count ("In 2019 450 workers …", a dateline's "4 May, 2011 Around 900 miners …") is no figure of its
 * own, nor the count with the hedged figure after it read as the size of a whole.
 */
const DIGITS = `(?:(?!(?:19|20)\\d\\d\\s+(?:(?:about|around|roughly|approximately|nearly|almost|some|over)\\s+)?\\d)${NUM}(?:\\s*${SCALE}\\b)?)`;
/**
 * Counts given without a figure: "thousands", "several hundred", and the German press's "a four-digit number" or "a
 * mid three-digit number" (eine vierstellige Zahl) of jobs.
 */
const VAGUE =
  '(?:tens of thousands|tens(?= of\\s)|hundreds of thousands|thousands|hundreds|dozens|several (?:hundred|thousand)|a few (?:hundred|thousand)|a handful|scores|an? (?:(?:low|mid|middle|high|lower|upper)[- ])?(?:two|three|four|five|six|double|triple)[- ]digit (?:number|figure))';
const UNIT = 'one|two|three|four|five|six|seven|eight|nine';
const TEEN = 'ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen';
const TENS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
const SMALL_WORD = `(?:(?:${TENS})(?:[- ](?:${UNIT}))?|${TEEN}|${UNIT})`;
/** One token of a number in words joined to its scale by hyphens: "ten-thousand", "twenty-five-hundred". */
export const HYPHENATED_NUMBER_WORD_RE = new RegExp(
  `^(?:(?:${TENS})(?:-(?:${UNIT}))?|${TEEN}|${UNIT})-(?:hundred|thousand|million)$`,
);
/** Numbers in words: "two thousand", "ten-thousand", "twenty-five hundred", "one hundred and fifty", "a dozen", "nine". */
/**
 * A share in words ("one third", "two-fifths", "three quarters") is no count: its first word is not read as a number of
 * jobs ("a cut of one third of its staff" is a share of 33%, not 1 job).
 */
const NOT_A_FRACTION =
  '(?![- ](?:thirds?|quarters?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?|halves|half)\\b)';
const WORDS = `(?:(?:${SMALL_WORD}|a|an)(?:\\s+|-)(?:hundred|thousand|million)(?:\\s+(?:and\\s+)?${SMALL_WORD}(?:\\s+(?:hundred|thousand))?)*|a dozen|${SMALL_WORD}${NOT_A_FRACTION})`;
/** A range's upper end, ignored for the count: "9,000 to 10,000", "9,000-10,000", "between 9,000 and 10,000". */
const RANGE_TAIL = `(?:\\s*(?:-|–|to|and)\\s*(?:about\\s+|around\\s+)?${DIGITS})?`;

/** A quantity with its modifiers ("about 14,000", "thousands more", "another 9,000"); group `q`. */
export const QUANTITY = `(?<q>(?:${MOD}\\s+){0,3}(?:${DIGITS}${RANGE_TAIL}|${VAGUE}|${WORDS})(?:\\s+(?:more|additional|other|fewer))?)`;
/** A quantity without leading modifiers, for rules that start with the number (cheaper to scan for). */
export const QUANTITY_LEAD = `(?<q>(?:${DIGITS}${RANGE_TAIL}|${VAGUE}|${WORDS})(?:\\s+(?:more|additional|other|fewer))?)`;
/** A quantity without a capture group (for a second figure in one rule). */
export const QUANTITY_PLAIN = QUANTITY.replace('(?<q>', '(?:');
/** Nouns that make a quantity a number of jobs. */
export const JOB_NOUN =
  '(?:jobs?|roles?|positions?|posts|employees?|workers?|staff(?:ers| members|s)?|people|persons|personnel|members|engineers|contractors|recruiters|managers|salespeople|white-collar jobs|workplaces|work places|redundancies|job losses|job cuts|professionals|executives|supervisors|pilots|(?:cabin )?crew(?: members)?|flight attendants|nurses|drivers|miners|(?:mine|steel|dock|auto|car|farm|rail|oil|metal|factory)workers|teachers|journalists|officers|agents|advis[eo]rs|bankers|workmen|tutors|educators|clerks|tellers|operators|technicians|labou?rers|associates|colleagues|team members|full-time equivalents|FTEs|heads)';
/**
 * Between a count and its jobs: "of", an owner, and the size of the whole ("9,000 of the group's 52,000 jobs",
 * "1,200 of its 8,000-strong staff", "9,000 of its total of 134,000 jobs", "22 out of its 26 local employees"): the
 * count is the first figure.
 */
const OF_WHOLE = `(?:\\s+(?:out\\s+)?of)?(?:\\s+(?:its|their|the company['’]s|the\\s+[a-z]+['’]s|the))?(?:\\s+(?:total|overall|global|worldwide)\\s+of)?(?:\\s+(?:about|around|roughly|some|nearly|approximately|almost))?(?:\\s+\\d[\\d,.]*(?:-strong)?(?=\\s))?`;
/**
 * "10 percent of its employees", "10 per cent of staff": a share, never a count of jobs (the words between a count
 * and its job noun would otherwise take "percent of its" in).
 */
const NOT_A_SHARE = '(?!\\s*(?:%|percent\\b|per\\s+cent\\b|pct\\b))';
/** A quantity of jobs: "14,000 corporate jobs", "hundreds of positions", "about 10,000 employees". */
/**
 * A count told as a part of the whole workforce: "11,000 of the retail group's 76,000-strong workforce", "1,000 of
 * its staff", "60 out of its 140 workforce" (the whole as a bare headcount) — the workforce noun closes the phrase, the
 * first figure is the count.
 */
const OF_WORKFORCE = `\\s+(?:out\\s+)?of\\s+(?:its|their|the(?:\\s+[a-z-]+){1,2}['’]s)(?:\\s+(?:total|entire|global|current|overall))?(?:\\s+(?:about|around|roughly|some|nearly|approximately|almost))?(?:\\s+\\d[\\d,.]*(?:-strong)?)?\\s+(?:workforce|work\\s+force|labou?r\\s+force|headcount|staff|employees|workers)\\b`;
/** "2,700 workers out of its total 7,800 workforce": the whole after the jobs, part of the phrase. */
const OUT_OF_WHOLE = `(?:\\s+out\\s+of\\s+(?:a|its|their|the)(?:\\s+total(?:\\s+of)?)?(?:\\s+(?:about|around|roughly|some|nearly|more\\s+than|over))?\\s+\\d[\\d,.]*(?:-strong)?(?:\\s+(?:workforce|staff|employees|workers|jobs|people))?\\b)?`;
/**
 * A word between a quantity and its jobs: "370 full-time positions", "1,200 UK jobs"; a country written with full
 * stops ("370 U.S. positions", "200 U.K. staff").
 */
const WORD_BEFORE_JOBS = '(?:[a-z][a-z\\-]*|(?:[a-z]\\.){2,3})';
/** After a quantity: its jobs, with what lies between (the whole it is part of, up to three words). */
export const JOBS_AFTER = `${NOT_A_SHARE}(?:${OF_WORKFORCE}|${OF_WHOLE}(?:\\s+${WORD_BEFORE_JOBS}){0,3}?\\s+${JOB_NOUN}\\b${OUT_OF_WHOLE})`;
export const QUANTITY_OF_JOBS = `${QUANTITY}${JOBS_AFTER}`;
/** QUANTITY_OF_JOBS starting at the number. */
export const QUANTITY_OF_JOBS_LEAD = `${QUANTITY_LEAD}${JOBS_AFTER}`;
/** The whole of a share told as "one in …": "one in five", "one in eleven", "1 in 20", "one in every three". */
export const ONE_IN_OF =
  '(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|\\d+)';
/** "one job in every ten", "one worker out of every 10": the one of a share told with what it counts. */
export const ONE_OF_STAFF = '(?:job|role|position|post|employee|worker)';
/**
 * Shares in words; group `f`: "a quarter", "one in five", "two-thirds". Not "half": "roughly half its staff" is
 * annotated as no percentage.
 */
export const FRACTION = `(?<f>(?:a|an|one)[- ](?:third|quarter|fifth|sixth|seventh|eighth|ninth|tenth)|(?:a|one)[- ]10th(?=\\s+of\\s)|(?<!\\b(?:the|first|second|third|fourth|final|last|this|next|its|their)\\s)(?:third|quarter|fifth|tenth)(?=\\s+of\\s)|two[- ]thirds|three[- ]quarters|(?:two|three)[- ]fifths|(?:one|1) in (?:every )?${ONE_IN_OF})`;
/**
 * A percentage, or a range of them ("10% to 15%", "between 50% and 60%": the lower end counts), in digits or in
 * words before "per cent" ("six per cent"); group `p`, read by `percentValue`.
 */
export const PERCENT = `(?<p>\\d+(?:\\.\\d+)?|\\b${SMALL_WORD}(?=\\s+per\\s?cent\\b))(?:\\s*(?:%|percent|per cent|pct|pc)?\\s*(?:-|–|to|(?<=\\bbetween\\s+\\S+\\s*)and)\\s*\\d+(?:\\.\\d+)?)?\\s*(?:%|percent\\b|per cent\\b|pct\\b|pc\\b)`;
/** A percentage or a share in words (groups `p` / `f`). */
export const SHARE = `(?:${PERCENT}|${FRACTION})`;

const SMALL: Record<string, number> = {
  zero: 0,
  one: 1,
  a: 1,
  an: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
const SCALES: Record<string, number> = {
  k: 1e3,
  thousand: 1e3,
  mil: 1e3,
  lakh: 1e5,
  lakhs: 1e5,
  million: 1e6,
  crore: 1e7,
  crores: 1e7,
};

/** A parsed job count: an integer, or null with the words kept ("thousands more"). */
export interface ParsedCount {
  count: number | null;
  countText?: string;
}

const DIGITS_RE =
  /(\d{1,2}(?:,\d{2})+,\d{3}(?![\d,]\d)|\d{1,3}(?:,\d{3})+(?![\d,]\d)|\d{1,3}(?:[\u00a0\u202f]\d{3})+(?!\d)|\d{1,3}(?: \d{3})+(?![\d,.]?\d)|\d{1,3}(?:\.\d{3})+(?![\d.]\d)|\d+(?:\.\d+)?)(?:\s*(million|thousand|lakhs?|crores?|mil|k)\b)?/;
const WORD_NUMBER_RE = new RegExp(
  `\\b(?:${SMALL_WORD}|a|an)(?:\\s+|-)(?:hundred|thousand|million)\\b(?:\\s+(?:and\\s+)?${SMALL_WORD}(?:\\s+(?:hundred|thousand))?)*|\\b${SMALL_WORD}\\b`,
);
const VAGUE_RE = new RegExp(`${VAGUE}(?: (?:more|additional|other|fewer))?`);

/**
 * Parses a quantity phrase: "14,000" → 14000, "1.2 million" → 1200000, "12k" → 12000, "1.2 lakh" → 120000,
 * "1,20,000" → 120000, "2.500" → 2500, "two thousand" → 2000, "twenty-five hundred" → 2500, "a dozen" → 12;
 * "thousands more" / "hundreds" → null with `countText`. Leading modifiers ("about", "another") and a range's
 * upper end ("9,000 to 10,000") are ignored. Returns null count and the text for anything else.
 */
export function parseCount(phrase: string): ParsedCount {
  const p = phrase
    .toLowerCase()
    .replace(/[ \t\r\n]+/g, ' ')
    .trim();
  const digits = DIGITS_RE.exec(p);
  if (digits) {
    const raw = digits[1]!;
    const scale = digits[2];
    const grouped = /^\d{1,3}(?:\.\d{3})+$/.test(raw) && !scale;
    const base = parseFloat(grouped ? raw.replace(/\./g, '') : raw.replace(/[, \u00a0\u202f]/g, ''));
    return { count: Math.round(base * (scale ? SCALES[scale]! : 1)) };
  }
  if (/\ba dozen\b/.test(p)) return { count: 12 };
  const words = /hundreds|thousands|dozens|digit/.test(p) ? null : WORD_NUMBER_RE.exec(p);
  if (words) return { count: wordsToNumber(words[0]) };
  const vague = VAGUE_RE.exec(p);
  return { count: null, countText: vague ? vague[0] : p };
}

/** "twenty-five hundred" → 2500, "one hundred and fifty" → 150, "two thousand" → 2000. */
function wordsToNumber(words: string): number {
  let total = 0;
  let current = 0;
  for (const w of words.split(/[\s-]+/)) {
    if (w === 'and') continue;
    if (w === 'hundred') current = (current || 1) * 100;
    else if (w === 'thousand' || w === 'million') {
      total += (current || 1) * SCALES[w]!;
      current = 0;
    } else current += SMALL[w] ?? 0;
  }
  return total + current;
}

const PERCENT_WORDS_RE = new RegExp(`\\b(${SMALL_WORD})\\s+per\\s?cent\\b`, 'i');

/** The figure of a percentage's group `p`: "12.5" → 12.5, "six" → 6, "twenty-five" → 25. */
export function percentValue(p: string): number {
  return /^\d/.test(p) ? parseFloat(p) : wordsToNumber(p.toLowerCase());
}

const FRACTIONS: Record<string, number> = {
  half: 50,
  third: 33,
  quarter: 25,
  fifth: 20,
  sixth: 17,
  seventh: 14,
  eighth: 12.5,
  ninth: 11,
  tenth: 10,
  '10th': 10,
  'two fifths': 40,
  'three fifths': 60,
  'two thirds': 67,
  'three quarters': 75,
};

/** "one in five", "one position out of every eight" (lower case): the whole, group 1. */
const ONE_IN_WHOLE_RE = new RegExp(`(?:\\bone|(?<![\\d.,])1)(?: ${ONE_OF_STAFF})? (?:in|out of) (?:every )?(\\w+)`);
/**
 * Parses a share: "4 percent" → 4, "10%" → 10, "12.5 per cent" → 12.5, "15 pct" → 15, "10% to 15%" or "between 10% and
 * 15%" → 10 (the lower end),
 * "a quarter" → 25, "a third" → 33, "one in five" → 20, "one post out of every 8" → 13, "two-thirds" → 67; else null.
 */
export function parsePercent(phrase: string): number | null {
  const words = PERCENT_WORDS_RE.exec(phrase);
  if (words) return percentValue(words[1]!);
  const m =
    /(\d+(?:\.\d+)?)(?:\s*(?:%|percent|per cent|pct|pc)?\s*(?:-|–|to|(?<=\bbetween\s+\S+\s*)and)\s*\d+(?:\.\d+)?)?\s*(?:%|percent|per cent|pct|pc\b)/i.exec(
      phrase,
    );
  if (m) return parseFloat(m[1]!);
  const p = phrase.toLowerCase().replace(/-/g, ' ');
  const oneIn = ONE_IN_WHOLE_RE.exec(p);
  if (oneIn) {
    const n = SMALL[oneIn[1]!] ?? Number(oneIn[1]);
    return n > 0 ? Math.round(100 / n) : null;
  }
  const f =
    /\b(two thirds|three quarters|two fifths|three fifths|half|third|quarter|fifth|sixth|seventh|eighth|ninth|tenth|10th)\b/.exec(
      p,
    );
  return f ? FRACTIONS[f[1]!]! : null;
}
