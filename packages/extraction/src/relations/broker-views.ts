import { BROKER_RATING, RATING_BRACKET_RE } from '../gazetteer/lexicon/broker-ratings.js';

/** Words of a broker's view in the lines under a digest heading: "The broker calls the deal …", "the analysts write". */
const VIEW_WORDS_RE = /\b(?:brokers?|brokerage|analysts?|research|notes?|ratings?|price\s+target|target\s+price)\b/i;
/** "… was the most positive, restating its buy rating": a firm that keeps or repeats its recommendation. */
const KEEPS_RATING_AFTER_RE = new RegExp(
  `^[^.;\\n]{0,60}?\\b(?:restat|reiterat|maintain|retain|repeat|keep|kept|confirm)\\w*\\s+(?:its|a|an|the)\\s+['"“‘]?${BROKER_RATING}['"”’]?\\s+(?:rating|recommendation|call|stance)\\b`,
  'iu',
);

/**
 * Whether the organization named at `[start, end)` gives a broker's view there: a digest heading that is the name
 * and its rating in brackets on a line of their own, with a broker's words in the lines under it ("Kellwick (buy,
 * target raised)"), or a sentence where it restates its rating ("Brantor was the most positive, restating its buy
 * rating"). A company never rates itself, so such a name is a cited research house, not a subject of the news.
 */
export function givesBrokerView(text: string, start: number, end: number): boolean {
  if (KEEPS_RATING_AFTER_RE.test(text.slice(end, end + 160))) return true;
  if (start > 0 && text.charCodeAt(start - 1) !== 10) return false;
  RATING_BRACKET_RE.lastIndex = end;
  if (!RATING_BRACKET_RE.test(text)) return false;
  const lineEnd = RATING_BRACKET_RE.lastIndex;
  if (!/^[ \t]*(?:\n|$)/.test(text.slice(lineEnd, lineEnd + 4))) return false;
  return VIEW_WORDS_RE.test(text.slice(lineEnd, lineEnd + 300));
}
