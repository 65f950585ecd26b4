import { isCommonWord } from '../gazetteer/lexicon/common-words.js';
import { COMPANY_NOUNS, PERSON_OR_FIRM_NOUNS } from '../gazetteer/lexicon/org-nouns.js';
import type { Token } from '../text/tokenize.js';
import type { NameRun } from './name-runs.js';
import type { OrgCue } from './org-cues.js';

/** The verb whose subject a list of examples follows: "rivals that cut staff include Vornel, Quistra and Belmark". */
const INCLUDE_VERBS: ReadonlySet<string> = new Set(['include', 'includes', 'included']);

/**
 * Plural nouns of the company list that also name what a company has or sells ("its product lines include …", "the
 * apps include …", "fashion houses" aside): as the subject of "include" they list products, not companies.
 */
const THING_NOUNS: ReadonlySet<string> = new Set(['lines', 'apps', 'houses', 'chains', 'funds', 'platforms']);

/** How many words before "include" the subject's noun may stand ("companies and online platforms that have cut staff"). */
const SUBJECT_WINDOW = 12;

/** Between the subject's noun and "include": words of one clause, no punctuation. */
const SUBJECT_WORDS_RE = /^[^,.;:!?()\n"“”]{1,100}$/;

/** Words opening a relative clause between the subject and its verb: "companies that have cut staff include". */
const RELATIVE_WORDS: ReadonlySet<string> = new Set(['that', 'which', 'who', 'where', 'whose']);

/** "carmakers", "companies", not "business" (a singular in "-ss"). */
function isPluralCompanyNoun(word: string): boolean {
  return word.endsWith('s') && !word.endsWith('ss') && COMPANY_NOUNS.has(word);
}

/**
 * "Other carmakers that have cut staff this year include Brakvik, Olmsted and Varnu": a plural company noun as the
 * subject of "include(s|d)", up to twelve words before it in the same clause, makes the first name of the list after
 * the verb a company (the rest of the list follows it). A relative clause is read past: its own nouns are no subject
 * ("Markets where carmakers sell include Vestria" lists markets). Not "Its brands include Norvo and Pelta" (no company
 * noun), not "Its product lines include Kestrel" (a noun for things), not "the business groups include Home Care and
 * Beauty" (a company's parts, named in plain words).
 */
export function includedListSubject(text: string, tokens: readonly Token[], run: NameRun): OrgCue | null {
  const k = run.first - 1;
  const verb = tokens[k];
  if (!verb || !INCLUDE_VERBS.has(verb.text) || verb.end + 1 !== run.start) return null;
  // "The new business groups include Home Care and Personal Care": names of plain words are a company's parts.
  if (run.name.split(/ & | /).every((w) => isCommonWord(w))) return null;
  const from = Math.max(0, k - SUBJECT_WINDOW);
  let j = k - 1;
  while (j >= from && SUBJECT_WORDS_RE.test(text.slice(tokens[j]!.end, verb.start))) j--;
  // tokens (j, k) are the clause's words before the verb; a relative word among them closes the subject.
  let top = k - 1;
  for (let i = j + 1; i < k; i++) {
    const word = tokens[i]!.text.toLowerCase();
    if (RELATIVE_WORDS.has(word)) {
      top = i - 1;
      break;
    }
  }
  for (let i = top; i > j; i--) {
    const word = tokens[i]!.text.toLowerCase();
    if (!isPluralCompanyNoun(word) || THING_NOUNS.has(word)) continue;
    // "business groups", "business units": the parts of one company.
    if (tokens[i - 1]?.text.toLowerCase() === 'business') return null;
    // "Investors that sold shares include Jane Roe and …": a noun people hold too proves no company against a given name.
    return { strength: 'strong', kind: 'company', why: PERSON_OR_FIRM_NOUNS.has(word) ? 'person-noun' : 'descriptor' };
  }
  return null;
}
