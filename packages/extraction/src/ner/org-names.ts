import { namedForRemit } from './for-bodies.js';
import { KB_ORGS, KB_WORDS } from '../gazetteer/data/kb-orgs.js';
import { isCommonWord } from '../gazetteer/lexicon/common-words.js';
import { LEGAL_PREFIX, LEGAL_SUFFIX, WEAK_LEGAL_SUFFIX } from '../gazetteer/lexicon/legal-forms.js';
import {
  COMMON_ACRONYMS,
  NAME_PARTICLES,
  ORG_HEAD_WORDS,
  ORG_PREFIX_WORDS,
  STATE_BODY_WORDS,
} from '../gazetteer/lexicon/org-nouns.js';
import { NATIONALITIES, isCountryOrRegion, isPlace } from '../gazetteer/lexicon/places.js';
import { isCapitalized } from '../text/tokenize.js';
import { memoByString } from '../text/memo.js';
import { UPPER_FIRST_RE } from '../text/char-class.js';
import { isPostField } from './titles.js';

/** One-word names of unions and federations in Nordic, Finnish, German and Dutch ("…förbundet", "…liitto"). */
const BODY_WORD_RE = /^\p{Lu}\p{L}{2,}(?:förbundet|forbundet|förbund|forbund|liitto|verband|vakbond)$/u;
/** The last letters of those endings (t, d, o): a char test before the expression. */
const BODY_WORD_END = new Set([116, 100, 111]);

let kb: Set<string> | null = null;
let kbWords: Set<string> | null = null;

/** True when the registry-built knowledge base (data/kb-orgs.ts) lists the name as a company or brand. */
export function inKnowledgeBase(name: string): boolean {
  kb ??= new Set(KB_ORGS.split('|'));
  return kb.has(name);
}

/**
 * True when the one-word company list (data/kb-orgs.ts, from a spelling dictionary) has the word: weaker than the
 * main list, so it counts only where capitals mean something (not opening a sentence).
 */
export function inKnowledgeBaseWords(word: string): boolean {
  kbWords ??= new Set(KB_WORDS.split('|'));
  return kbWords.has(word);
}

/** The name without trailing legal forms and stops: "Nissan Motor Co." → "Nissan Motor", "Hallberg AG" → "Hallberg". */
export const stripLegalForm: (name: string) => string = memoByString((name) => {
  const words = name
    .replace(/[.,]+$/, '')
    .replace(/ A\/S$/, '')
    .split(' ');
  // "Kuroda Co., Ltd", "Siam Vellmora Public Company Limited", "Ombara Sdn Bhd": every part of the form goes.
  let popped = false;
  while (words.length > 1) {
    const last = words[words.length - 1]!.replace(/[.,]+$/, '');
    if (!LEGAL_SUFFIX.has(last) && !(popped && FORM_LEADS.has(last))) break;
    words.pop();
    popped = true;
  }
  if (words.length > 1 && words[words.length - 1] === 'Private') words.pop();
  // "PT Kestrel Indonesia", "PJSC Kestrel": a legal form written before the name goes too (not "Grupo", a name's word).
  if (words.length > 1 && LEADING_FORMS.has(words[0]!)) words.shift();
  // "Tevesa, S.A.": the comma before the form goes with it.
  if (popped) words[words.length - 1] = words[words.length - 1]!.replace(/,$/, '');
  // "Inter & Co", "Lindqvist & Sons": a form after "&" is part of the name; "Tarvik GmbH & Co" is Tarvik.
  if (words[words.length - 1] === '&') {
    if (words.length < 3 || !LEGAL_SUFFIX.has(words[words.length - 2]!)) return name.replace(/[.,]+$/, '');
    words.length -= 2;
  }
  return words.join(' ');
});

/** Legal forms written before a company's name that are no word of it. */
const LEADING_FORMS = new Set(['PT', 'OOO', 'PJSC', 'JSC']);

/** First words of legal forms of two parts ("Private Limited", "Sdn Bhd", "SAB de CV"), dropped with them. */
const FORM_LEADS = new Set(['Private', 'Sdn', 'Public', 'de']);

/** `word.replace(/\.$/, '')` by char code ("Co." → "Co"). */
export function withoutFinalDot(word: string): string {
  return word.charCodeAt(word.length - 1) === 46 ? word.slice(0, -1) : word;
}

/** Words before "of" that make the whole a company's name ("Bank of Ireland", "Industrial Bank of Korea"). */
const OF_COMPANY_HEADS = new Set(['Bank', 'Banco', 'Corporation', 'Company', 'Port']);

/** True when the words say "company" by themselves: a legal form, an organization word, or a knowledge-base name. */
export function looksLikeOrgName(words: readonly string[]): string | null {
  const n = words.length;
  if (n === 0) return null;
  // "Bank of Vellmora (Hong Kong)": the name before a country in brackets decides.
  if (n > 2 && words[n - 1]!.endsWith(')')) {
    const open = words.findIndex((w) => w.startsWith('('));
    if (open > 0) return looksLikeOrgName(words.slice(0, open));
  }
  const last = withoutFinalDot(words[n - 1]!);
  if (n >= 2 && LEGAL_SUFFIX.has(last) && (!WEAK_LEGAL_SUFFIX.has(last) || hasDistinctiveWord(words.slice(0, -1))))
    return 'legal';
  if (n >= 2 && LEGAL_PREFIX.has(words[0]!) && hasDistinctiveWord(words.slice(1))) return 'legal';
  // "Qatar Airways", "South African Breweries": a place or nationality of one or two words before the word.
  if (
    n >= 2 &&
    ORG_HEAD_WORDS.has(last) &&
    (hasDistinctiveWord(words.slice(0, -1)) ||
      isPlaceWord(words[0]!) ||
      (n === 3 && isPlaceWord(`${words[0]} ${words[1]}`)))
  )
    return 'head';
  if (
    n >= 2 &&
    ORG_PREFIX_WORDS.has(words[0]!) &&
    words.slice(1).every((w) => NAME_PARTICLES.has(w) || !isCommonWord(w) || isPlaceWord(w)) &&
    !NAME_PARTICLES.has(words[n - 1]!)
  )
    return 'head';
  // "Bank of Ireland", "Royal Bank of Scotland": a bank or corporation "of" a place or a name.
  // Also the body that runs a port, written with a capital ("Port of Norrvik", "Autonomous Port of Orsk"), never a
  // town so named.
  const of = words.indexOf('of');
  if (
    of > 0 &&
    of < n - 1 &&
    OF_COMPANY_HEADS.has(words[of - 1]!) &&
    words.slice(of + 1).every((w) => isCapitalized(w)) &&
    !(words[of - 1] === 'Port' && isPlace(words.join(' ')))
  )
    return 'head';
  // "Office for National Statistics", "Kora Union for Rail Transport and Travel": a body's noun, "for", a remit.
  if (namedForRemit(words)) return 'head';
  const name = words.join(' ');
  if (isStateBody(name)) return 'head';
  // "Finansförbundet", "Pankkiliitto", "Metaalverband": a workers' or trade body named in its own language.
  if (n === 1 && name.length >= 9 && BODY_WORD_END.has(name.charCodeAt(name.length - 1)) && BODY_WORD_RE.test(name))
    return 'head';
  if (inKnowledgeBase(name) || inKnowledgeBase(stripLegalForm(name))) return 'kb';
  if (n === 1 && inKnowledgeBaseWords(name)) return 'kb-word';
  return null;
}

/**
 * `looksLikeOrgName` of a name's space-separated words, remembered by name: both passes over name runs and the
 * short-form registry ask it of the same names, which also recur across the articles of a run.
 */
export const orgNameKind: (name: string) => string | null = memoByString((name) => looksLikeOrgName(name.split(' ')));

/** A word that is not common English, a place or a nationality: it is what makes a name a name. */
export function hasDistinctiveWord(words: readonly string[]): boolean {
  return words.some((w) => isDistinctive(w));
}

/** Not common English, not a place, not a nationality, not an organization word. */
export function isDistinctive(word: string): boolean {
  return (
    word.length >= 2 &&
    !isCommonWord(word) &&
    !COMMON_ACRONYMS.has(word) &&
    !/\d/.test(word) &&
    !isPlaceWord(word) &&
    !ORG_HEAD_WORDS.has(word) &&
    !ORG_PREFIX_WORDS.has(word) &&
    !LEGAL_SUFFIX.has(word)
  );
}

/** A place or nationality word ("Qatar", "Singapore", "German"). */
export function isPlaceWord(word: string): boolean {
  return isPlace(word) || NATIONALITIES.has(word);
}

/**
 * The words after a company's first word that name a place: each a place word ("Nigeria", "Asia Pacific") or
 * together one place of several words ("South Africa", "New Zealand", "Hong Kong") — "Kestrel South Africa".
 */
export function isPlaceTail(words: readonly string[]): boolean {
  return words.length > 0 && (words.every(isPlaceWord) || (words.length <= 3 && isPlaceWord(words.join(' '))));
}

/**
 * A first word that can stand for its company alone: distinctive, or a city that is no country or region
 * ("Zhongshan" for Zhongshan Automobile; "Singapore" never stands for Singapore Airlines).
 */
export function isDistinctiveHead(word: string): boolean {
  if (isDistinctive(word)) return true;
  return (
    isPlace(word) &&
    !isCountryOrRegion(word) &&
    !NATIONALITIES.has(word) &&
    !isCommonWord(word) &&
    !ORG_HEAD_WORDS.has(word) &&
    !ORG_PREFIX_WORDS.has(word)
  );
}

/**
 * "Competition and Markets Authority", "Ministry of Finance", "Department for Trade", "Federal Network Agency": a state body or regulator
 * named in full (two words or more, one of them not common English or a place) — never "the Commission".
 */
export function isStateBody(name: string): boolean {
  const words = name.split(' ');
  if (words.length < 2) return false;
  const last = words[words.length - 1]!;
  const first = words[0]!;
  if (!STATE_BODY_WORDS.has(last) && !(STATE_BODY_WORDS.has(first) && (words[1] === 'of' || words[1] === 'for')))
    return false;
  // "Head of Corporate Communications Department": a company's department named by two field words or more.
  if (words.length >= 3 && isPostField(name)) return false;
  return words.some((w) => w.length > 2 && UPPER_FIRST_RE.test(w) && !STATE_BODY_WORDS.has(w));
}
