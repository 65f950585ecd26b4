/** Regular-expression sources for quantities of jobs, shared by the event rules. */

const MOD =
  '(?:about|around|roughly|approximately|approx\\.|nearly|almost|some|over|more than|at least|up to|as many as|an additional|additional|another|a further|further|a total of|total of|close to|upwards of|fewer than|less than|just over|just under|an estimated|estimated|an|a|the|its|their|all|only|~)';
const DIGITS = '(?:\\d{1,3}(?:,\\d{3})+(?!\\d)|\\d+(?:\\.\\d+)?(?:\\s*(?:million|thousand)\\b|k\\b)?)';
const VAGUE =
  '(?:tens of thousands|hundreds of thousands|thousands|hundreds|dozens|several (?:hundred|thousand)|a few (?:hundred|thousand)|a handful|scores)';
const WORDS =
  '(?:(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|a|one)\\s+(?:hundred|thousand)|a dozen|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty))';

/** A quantity with its modifiers ("about 14,000", "thousands more", "another 9,000"); group `q`. */
export const QUANTITY = `(?<q>(?:${MOD}\\s+){0,3}(?:${DIGITS}|${VAGUE}|${WORDS})(?:\\s+(?:more|additional|other|fewer))?)`;
/** A quantity without leading modifiers, for rules that start with the number (cheaper to scan for). */
export const QUANTITY_LEAD = `(?<q>(?:${DIGITS}|${VAGUE}|${WORDS})(?:\\s+(?:more|additional|other|fewer))?)`;
/** Nouns that make a quantity a number of jobs. */
export const JOB_NOUN =
  '(?:jobs?|roles?|positions?|employees?|workers?|staff(?:ers| members)?|people|personnel|members|engineers|contractors|recruiters|managers|salespeople|white-collar jobs)';
/** A quantity of jobs: "14,000 corporate jobs", "hundreds of positions", "about 10,000 employees". */
export const QUANTITY_OF_JOBS = `${QUANTITY}(?:\\s+of)?(?:\\s+(?:its|their|the company['’]s|the))?(?:\\s+[a-z][a-z\\-]*){0,3}?\\s+${JOB_NOUN}\\b`;
/** QUANTITY_OF_JOBS starting at the number. */
export const QUANTITY_OF_JOBS_LEAD = `${QUANTITY_LEAD}(?:\\s+of)?(?:\\s+(?:its|their|the company['’]s|the))?(?:\\s+[a-z][a-z\\-]*){0,3}?\\s+${JOB_NOUN}\\b`;
/** A percentage; group `p`. */
export const PERCENT = '(?<p>\\d+(?:\\.\\d+)?)\\s*(?:%|percent\\b|per cent\\b)';

const SMALL: Record<string, number> = {
  one: 1,
  a: 1,
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
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
};

/** A parsed job count: an integer, or null with the words kept ("thousands more"). */
export interface ParsedCount {
  count: number | null;
  countText?: string;
}

/**
 * Parses a quantity phrase: "14,000" → 14000, "1.2 million" → 1200000, "12k" → 12000, "two thousand" → 2000,
 * "a dozen" → 12; "thousands more" / "hundreds" → null with `countText`. Leading modifiers ("about",
 * "another") are ignored. Returns null count and the text for anything else.
 */
export function parseCount(phrase: string): ParsedCount {
  const p = phrase.toLowerCase().replace(/\s+/g, ' ').trim();
  const digits = /(\d{1,3}(?:,\d{3})+(?!\d)|\d+(?:\.\d+)?)\s*(million|thousand|k\b)?/.exec(p);
  if (digits) {
    const base = parseFloat(digits[1]!.replace(/,/g, ''));
    const mult = digits[2] === 'million' ? 1e6 : digits[2] === 'thousand' || digits[2] === 'k' ? 1e3 : 1;
    return { count: Math.round(base * mult) };
  }
  if (/\ba dozen\b/.test(p)) return { count: 12 };
  const words =
    /\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|a)\s+(hundred|thousand)\b/.exec(
      p,
    );
  if (words) return { count: SMALL[words[1]!]! * (words[2] === 'hundred' ? 100 : 1000) };
  const single = /\b(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty)\b/.exec(p);
  if (single && !/hundreds|thousands|dozens/.test(p)) return { count: SMALL[single[1]!]! };
  const vague =
    /(?:tens of thousands|hundreds of thousands|thousands|hundreds|dozens|several (?:hundred|thousand)|a few (?:hundred|thousand)|a handful|scores)(?: (?:more|additional|other|fewer))?/.exec(
      p,
    );
  return { count: null, countText: vague ? vague[0] : p };
}

/** Parses a percentage ("4 percent", "10%", "12.5 per cent") into a number, or null. */
export function parsePercent(phrase: string): number | null {
  const m = /(\d+(?:\.\d+)?)\s*(?:%|percent|per cent)/i.exec(phrase);
  return m ? parseFloat(m[1]!) : null;
}
