import { bracketedShortNameAt } from './bracketed-acronym.js';

/**
 * A workers' or trade body written out by its full name — "the Kora Union of Power Employees", "the Senior Staff
 * Association of Vessla Utilities", "the Orsk Trade Union Congress", "the Norrvik Ceramic Union", "the General
 * Federation of Workers of Orsk" — is an organization of the story whether or not it speaks: the gold convention lists
 * every named union, federation or association among the companies, and news writes such a name in full only for a
 * body that takes part (it negotiates, intervenes, is turned to). A cited one is also found by
 * `resolve/named-bodies.ts`; this cue covers the one that only acts or is acted upon.
 *
 * Only a name of three words or more, each capitalised but for joining words, whose body word (Union, Unions,
 * Federation, Confederation, Association, Alliance) ends it or stands before its "of" ("Union of …", "Association of …"), or
 * that ends in a union's "Congress" ("… Trade Union Congress", "… Labour Congress"). Never a union of states or of
 * markets ("Eurasian Customs Union", "Economic and Monetary Union"), a credit union (`lender-unions.ts`), a party's
 * or parliament's "Congress" ("National People's Congress"), nor a council (too often a city's). An "Alliance" of
 * three words or more is a body too ("the Print, Radio & Screen Alliance", a journalists' union); an airline
 * alliance's name is shorter ("Orsk Alliance"). Only a run that is the whole name as written: not one the text continues ("the
 * Kora Union of Miners of Vessla", "the Orsk Retail, Kitchen and Hotel Staff Union": the run is a part), not
 * another body's English name in apposition ("Vesliitto, the nation's Pulp Makers' Union"), not
 * one a bracket other than its initials follows ("… Union (Orskliitto)": the citation step reads the native name), and
 * not "Union of Miners and Solidarity" (a second body listed after "and").
 */
const BODY_WORDS = new Set(['Union', 'Unions', 'Federation', 'Confederation', 'Association', 'Alliance']);
const JOINING_WORDS = new Set(['of', 'and', 'for', 'the', 'in', '&']);
/** Words before a body word that make it a union of states, markets or lenders, not of workers or a trade. */
const NOT_TRADE_BODY_BEFORE = new Set([
  'European',
  'African',
  'Soviet',
  'Economic',
  'Monetary',
  'Customs',
  'Banking',
  'Capital',
  'Credit',
  'Postal',
  'Telecommunication',
  'Russian',
]);
/** Words before "Congress" that make it a congress of unions. */
const UNION_CONGRESS_BEFORE = new Set(['Union', 'Unions', 'Labour', 'Labor', 'Workers', "Workers'"]);
const CAPITALISED_RE = /^\p{Lu}/u;
/** After a run: the name goes on ("of Vessla", "of the Orsk", ", Insurance and Finance Employees"). */
const CONTINUED_AFTER_RE = /^(?: of (?:the )?\p{Lu}|, \p{Lu}\p{Ll}+ (?:and|&) \p{Lu})/u;
/** Before a run: a body told something or named by a post ("told the …", "president of the …"). */
const TOLD_OR_POST_BEFORE_RE =
  /\b(?:told|tells|informed|president|secretary|chairman|chairwoman|chair|head|leader|director|spokesman|spokeswoman|spokesperson|official)\s+(?:of\s+|for\s+)?the $/iu;
/**
 * Before a run: a capitalised word and a comma, the name's first part ("the Orsk Retail, Kitchen and …"); "New",
 * which no run opens with ("New Vessla Council of Trade Unions"); or a named body and "the (country's)": the run is its
 * English name in apposition ("Vesliitto, the nation's Dye Makers' Union", "Vesliitto, the Orsk-affiliated …").
 */
const CONTINUED_BEFORE_RE = /(?:\p{Lu}[\p{L}'’-]*, (?:the (?:[\p{L}'’-]+ )?)?|\bNew )$/u;
const MAX_WORDS = 14;

/** Whether the run `name` at [start, end) of `text` is a workers' or trade body's full name, written whole. */
export function isFullBodyAt(text: string, name: string, start: number, end: number): boolean {
  if (!isFullBodyName(name)) return false;
  if (CONTINUED_AFTER_RE.test(text.slice(end, end + 40))) return false;
  // A bracket must hold the name's short form alone: its initials, in capitals or written as a word as news in many
  // countries does ("the Kora Workers Union (KWU)", "the Central Council of Kora Unions (Ccku)"), never a native
  // name or a remark.
  if (text.startsWith(' (', end) && !bracketedShortNameAt(text, end, name)) return false;
  // "the Kestrel Workers Union (NWO)": initials in brackets must open with the name's own first letter.
  if (text.startsWith(' (', end) && text.charAt(end + 2) !== name.charAt(0)) return false;
  // "the Kestrel Traders Association of Orsk (KTAO)": a body named by "of" and given its initials is read whole by
  // the citation step (an employers' body speaking of its members' closures is no employer itself).
  if (!BODY_WORDS.has(name.slice(name.lastIndexOf(' ') + 1)) && text.startsWith(' (', end)) return false;
  // "Jane Roe told the Orsk Workers Union", "Orsk Workers Union president Jan Roe" written as "president of …": a body told, or one
  // a post names, is left to the citation and post steps, which read it whole.
  if (TOLD_OR_POST_BEFORE_RE.test(text.slice(Math.max(0, start - 40), start))) return false;
  return !CONTINUED_BEFORE_RE.test(text.slice(Math.max(0, start - 40), start));
}

/** Whether `name` (a run's words, one space apart) is a workers' or trade body's full name. */
export function isFullBodyName(name: string): boolean {
  const words = name.split(' ');
  if (words.length < 3 || words.length > MAX_WORDS) return false;
  let capitalised = 0;
  for (const w of words) {
    if (JOINING_WORDS.has(w)) continue;
    if (!CAPITALISED_RE.test(w)) return false;
    capitalised++;
  }
  if (capitalised < 3 || JOINING_WORDS.has(words[0]!)) return false;
  const last = words[words.length - 1]!;
  if (last === 'Congress') return UNION_CONGRESS_BEFORE.has(words[words.length - 2]!);
  const at = BODY_WORDS.has(last) ? words.length - 1 : words.indexOf('of') - 1;
  if (at < 0 || !BODY_WORDS.has(words[at]!)) return false;
  if (at > 0 && NOT_TRADE_BODY_BEFORE.has(words[at - 1]!)) return false;
  // "Union of Miners and Solidarity": one word after the last "and" of a body named by "of" lists another body.
  return at === words.length - 1 || words.lastIndexOf('and') !== words.length - 2;
}
