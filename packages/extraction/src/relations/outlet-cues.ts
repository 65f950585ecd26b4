import { isNewsAgency } from './wire-credits.js';
import { AMBIGUOUS_HEADS, OUTLET_HEADS } from './outlet-lexicon.js';

/**
 * Cues that a name cited with "according to X" is a news outlet rather than a body or a person, read from the name
 * and the words of its own sentence (no list of outlets beyond the news agencies datelines credit):
 *  - a news agency's name: "according to Kora Press Agency", "according to AFP";
 *  - a title opened by a capital "The" mid-sentence: "according to The Norrvik Courant";
 *  - a name ending in a newspaper's noun that names no company too: "according to Norrvik Dagblad";
 *  - a sentence that already says the news is reported: "Kestrel has reportedly cut 40 pilots, according to Tarvo
 *    Indonesia" (a report is what "reportedly" rests on).
 * Not "according to Hallberg" in "Hallberg, the union, said …" (no cue), nor "according to The Kestrel Group" (a
 * company word ends the name).
 */
export function accordingNamesOutlet(name: string, titled: boolean, sentenceBefore: string): boolean {
  if (COMPANY_WORD_RE.test(name)) return false;
  const head = name.split(' ').pop() ?? '';
  return (
    isNewsAgency(name) ||
    titled ||
    (OUTLET_HEADS.has(head) && !AMBIGUOUS_HEADS.has(head) && name.includes(' ')) ||
    REPORTEDLY_RE.test(sentenceBefore)
  );
}
/** Words that end a company's or an institution's name, never a paper's. */
const COMPANY_WORD_RE =
  /\b(?:Group|Holdings?|Inc|Corp|Corporation|Company|Ltd|Limited|AG|SA|plc|Bank|Institute|Foundation|Ministry|Council|Association|Union|Federation|Bureau|Office)\.?$/u;
/** "has reportedly cut", "reportedly plans": the sentence reports what an outlet said. */
const REPORTEDLY_RE = /\breportedly\b/iu;

/**
 * "said in a Norrvik Globe article", "told … in an interview", "wrote in a Tarvo Financiero editorial": the name
 * between "in a(n)" and a journalistic piece's noun is the outlet that ran the piece. Not "in a Kestrel report" (a
 * company's annual report is a report too) nor "in a Kestrel statement" (the company's own words).
 */
export function inAnOutletsPiece(before: string, after: string): boolean {
  return IN_A_BEFORE_RE.test(before) && PIECE_AFTER_RE.test(after);
}
const IN_A_BEFORE_RE = /\bin\s+an?\s+$/iu;
/** The nouns of a piece a quote is taken from ("said in a Norrvik Globe article"; voices-in-outlet-pieces.ts too). */
export const PRINT_PIECE_NOUNS = 'article|interview|story|editorial|column|op-ed';
const PIECE_AFTER_RE = new RegExp(String.raw`^\s+(?:${PRINT_PIECE_NOUNS}|opinion\s+piece|broadcast|podcast)\b`, 'u');
