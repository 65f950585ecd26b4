import type { Span } from '../types.js';
import { countWordRuns } from '../text/tokenize.js';

/** A quotation in a sentence: offsets of its opening and closing marks. */
export interface Quotation {
  open: number;
  close: number;
}

/**
 * Quotations of `work[s.start, s.end)`: “curly” pairs, and straight double quotes paired in order. A quotation
 * that is not closed in the sentence is ignored.
 */
export function findQuotations(work: string, s: Span): Quotation[] {
  const out: Quotation[] = [];
  let curly = -1;
  let straight = -1;
  for (let i = s.start; i < s.end; i++) {
    const c = work[i];
    if (c === '“') curly = i;
    else if (c === '”' && curly >= 0) {
      out.push({ open: curly, close: i });
      curly = -1;
    } else if (c === '"') {
      if (straight < 0) straight = i;
      else {
        out.push({ open: straight, close: i });
        straight = -1;
      }
    }
  }
  return out.sort((a, b) => a.open - b.open);
}

const DAY = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month|year|morning|afternoon|evening|night';
const WEEKDAY = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday';
const MONTH = 'January|February|March|April|May|June|July|August|September|October|November|December';
const CHANNEL =
  'statement|memo|memorandum|note|e-?mail|letter|message|post|blog\\s+post|interview|call|conference\\s+call|earnings\\s+call|town\\s+hall|all-hands(?:\\s+meeting)?|meeting|video|filing|release|press\\s+release|news\\s+conference|press\\s+conference|podcast|presentation|briefing|speech|hearing|op-ed|report';
const AUDIENCE_NOUN =
  'staff|employees|workers|staffers|teams?|investors|analysts|reporters|journalists|shareholders|colleagues|customers|partners|lawmakers|regulators';
/**
 * What may sit between a speech verb and the words: when ("on Tuesday", "in January 2023"), the channel ("in a
 * memo to employees", "on a conference call with analysts", "in an interview published Monday"). Sticky.
 */
const MODIFIER_RE = new RegExp(
  `\\s*,?\\s*(?:(?:on|last|this|next|earlier|late|early)\\s+(?:${DAY})\\b|(?:${WEEKDAY})\\b|(?:in|on|at|during|via|through|with)\\s+(?:a|an|the|its|his|her|their)\\s+(?:[\\w'’-]+\\s+){0,3}?(?:${CHANNEL})\\b(?:\\s+(?:to|with|for)\\s+(?:all\\s+)?(?:[\\w'’-]+\\s+){0,2}?(?:${AUDIENCE_NOUN})\\b)?(?:\\s+(?:published|posted|sent|released|aired)(?:\\s+(?:on\\s+)?(?:${DAY}))?)?|(?:in|on)\\s+(?:(?:early|late|mid-?)\\s*)?(?:${MONTH})(?:\\s+\\d{1,2}(?:st|nd|rd|th)?)?(?:,?\\s+\\d{4})?|in\\s+\\d{4}\\b|on\\s+\\d{4}-\\d{2}-\\d{2}\\b|(?:to|with)\\s+(?:${AUDIENCE_NOUN})\\b|(?:after|before)\\s+the\\s+(?:announcement|meeting|call|vote))`,
  'y',
);
/** Whom "told" addresses: "employees", "the company's staff", "Reuters", "the Financial Times". Sticky. */
const AUDIENCE_RE = new RegExp(
  `\\s+(?:(?:the\\s+)?(?:company['’]s\\s+|its\\s+|his\\s+|her\\s+|their\\s+|all\\s+)?(?:${AUDIENCE_NOUN}|the\\s+team|his\\s+team|her\\s+team|attendees|the\\s+audience)\\b|(?:the\\s+)?[A-Z][\\w'’.&-]*(?:\\s+[A-Z][\\w'’.&-]*){0,3})`,
  'y',
);

/** The end of the audience after "told" at `pos`, or -1 when none follows. */
export function audienceEnd(work: string, pos: number): number {
  AUDIENCE_RE.lastIndex = pos;
  const m = AUDIENCE_RE.exec(work);
  return m ? pos + m[0].length : -1;
}

/** Skips time and channel modifiers at `pos` ("on Tuesday in a memo to staff"); returns where they end. */
export function skipModifiers(work: string, pos: number, limit: number): number {
  for (let guard = 0; guard < 4; guard++) {
    MODIFIER_RE.lastIndex = pos;
    const m = MODIFIER_RE.exec(work);
    if (!m || pos + m[0].length > limit) break;
    pos += m[0].length;
  }
  return pos;
}

/** Trims whitespace, trailing punctuation and unbalanced quotation marks off `[start, end)`. */
export function trimWords(work: string, start: number, end: number): [number, number] {
  while (start < end && /[\s,:;—–-]/.test(work[start]!)) start++;
  while (end > start && /[\s.,;:!?]/.test(work[end - 1]!)) end--;
  const inner = work.slice(start, end);
  const opens = (inner.match(/“/g) ?? []).length;
  const closes = (inner.match(/”/g) ?? []).length;
  if (closes > opens && work[end - 1] === '”') end--;
  if (opens > closes && work[start] === '“') start++;
  const straight = (inner.match(/"/g) ?? []).length;
  if (straight % 2 === 1) {
    if (work[end - 1] === '"') end--;
    else if (work[start] === '"') start++;
  }
  while (end > start && /[\s.,;:!?]/.test(work[end - 1]!)) end--;
  return [start, end];
}

/** At least three words: shorter "words" are fragments ("he said so"). */
export function isWords(text: string): boolean {
  return countWordRuns(text, 3) >= 3;
}

/** Where a clause plausibly starts after a bare speech verb ("said |the company would …"). */
export const CLAUSE_START_RE =
  /\s*(?:that\s+)?(?=(?:the|a|an|it|its|he|she|they|we|i|his|her|their|this|these|those|most|some|all|about|roughly|nearly|more|there|no|[A-Z][\w'’-]*)\b)/y;
