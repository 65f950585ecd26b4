import type { Token } from '../text/tokenize.js';
import { isCommonWord } from '../gazetteer/lexicon/common-words.js';
import { NATIONALITIES, isPlace } from '../gazetteer/lexicon/places.js';
import type { NameRun } from './name-runs.js';
import { findSemicolonUnitLists } from './semicolon-unit-lists.js';
import { findBulletUnitLists } from './bullet-unit-lists.js';
import { findPublishedTitles } from './published-titles.js';
import { findSisterTitles } from './sister-titles.js';
import { findCountedUnitAppositions } from './counted-unit-appositions.js';
import { findSiteLists } from './site-lists.js';
import { OUTLET_ONLY_HEADS } from '../gazetteer/lexicon/outlet-nouns.js';
import { LEGAL_SUFFIX } from '../gazetteer/lexicon/legal-forms.js';

// Module constants: esbuild (tsx, vitest) rewrites a \p{…} literal inside a function into `new RegExp` per call.
const COLON_LOWER_WORDS_BEFORE_RE = /[:—–]\s*(?!(?:the|a|an)\s)(?:[\p{Ll}-]+\s+){1,4}$/u;
const LETTER_RE = /\p{L}/u;
const LETTER_OR_DIGIT_RE = /[\p{L}\p{N}]/u;
const CAPITAL_RE = /\p{Lu}/u;
const AFTER_SEMICOLON_RE = /^[^;]*;\s*(?:and\s+)?(?:(?:the|a|an)\s+(?:[\p{Ll}-]+\s+){0,2})?$/u;
const LIST_JOIN_RE = /^(?:\s*\([^()]{1,12}\)|['’]s)?(?:, |,? and | & )(?:[Tt]he (?:[\p{Ll}-]+ ){0,2})?$/u;
const LIST_JOIN_NAME_RE = /^(?:, |,? and |,? or |, & )(?:\p{Lu}\p{Ll}+ )?$/u;

/** Plural nouns that introduce a company's parts; "groups"/"businesses" only when the names are generic words. */
const UNIT_PLURALS = new Set([
  'segments',
  'divisions',
  'units',
  'subsidiaries',
  'brands',
  'studios',
  'arms',
  'labels',
  'businesses',
  'groups',
  'entities',
  'mastheads',
  'newspapers',
]);
/**
 * Singular unit nouns that introduce parts only in a relative clause: "its watchmakers division, which includes A, B
 * and C" (the division itself is unnamed; the names are the company's units).
 */
const UNIT_SINGULARS = new Set(['division', 'segment', 'unit', 'arm']);
/** Plural nouns a list of names may follow straight after "the": "the brands A, B and C". */
const NAMED_AFTER_THE = new Set(['brands', 'labels', 'subsidiaries', 'divisions', 'units']);
const WHICH_INCLUDES_RE = /^,\s+(?:which|that)\s/u;
/** Nouns that introduce parts only before a colon, with an owner, or for names made of common words. */
const AMBIGUOUS = new Set(['groups', 'businesses', 'entities']);
/** Words that make "companies" a company's parts: "operating companies", "group companies". */
const PART_COMPANIES = new Set(['operating', 'group', 'subsidiary', 'member', 'portfolio', 'affiliated']);
/**
 * What may stand between the noun and the first name: a colon, a dash, "such as", "including", "like"; after a colon
 * also a description without an article ("its other businesses: health and beauty retailer A").
 */
const LEAD_RE =
  /(?:\s+[\p{Ll}-]+){0,5}?(?:\s*(?::|—|–)|,?\s+(?:(?:which|that)\s+(?:now\s+|also\s+)?(?=includ|compris))?(?:such\s+as|including|includes|included|include|comprising|comprises|like|namely|among\s+them|among\s+which|notably))\s*(?:(?:the|a|an)\s+(?:[\p{Ll}-]+\s+){0,2}|(?<=[:—–]\s*)(?:[\p{Ll}-]+\s+){1,4}(?=\p{Lu}))?/uy;
const MAX_ITEMS = 12;
/** A count or "business" right before the plural noun: "six business groups", "two new groups". */
const COUNTED_RE =
  /\b(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|business|operating)\s+(?:new\s+|business\s+)?$/;
/** The gap before an item whose opening capitalised word is no run word ("…, Executive Jets"). */
const ITEM_CUT_RE = /^(?:, |,? and | & )\p{Lu}\p{Ll}+ $/u;

/**
 * The owner written before the unit noun: "its", "their", "the group's" (the company in focus: group 1) or a name
 * ("Hallberg's": group 2), with up to three words between ("the group's other main businesses").
 */
const OWNER_BEFORE_RE =
  /(?:\b(its|their|[Tt]he\s+(?:group|company|firm|bank|lender|insurer|conglomerate|carrier|airline|retailer|operator)['’]s)|(\p{Lu}[\p{L}.&-]*)['’]s)\s+(?:[\p{L}\d-]+\s+){0,3}$/u;

/**
 * A media group's plural for its newspapers: the owner may be written before it as a bare name ("Kestrel mastheads").
 * "titles" and "dailies" name newspapers only when a listed name ends in a newspaper's word (TITLE_PLURALS).
 */
const MASTHEAD_PLURALS = new Set(['mastheads', 'newspapers', 'titles', 'dailies']);
/**
 * "Kestrel Media's eight city daily titles – the Norrvik Gazette, Orsk Evening News and Tarvo Echo": a media group's
 * titles listed with an owner are its units when one of them ends in a word only a publication's name ends in
 * (OUTLET_ONLY_HEADS: "Gazette", "News", "Daily" …); "its mobile titles including Star Raiders" and "its titles – Frost
 * Star, Iron Age" (games and books end in "Star", "Age", "Sun", "Express" as papers do) name none.
 */
const TITLE_PLURALS = new Set(['titles', 'dailies']);
/** Up to three capitalised words right before the noun ("Kestrel ", "Kora Media "): group 1 the owner's name. */
const NAME_BEFORE_NOUN_RE = /(\p{Lu}[\p{L}.&-]*(?:\s\p{Lu}[\p{L}.&-]*){0,2})\s$/u;

/**
 * "several Kestrel mastheads, including …", "Kora Media newspapers such as …": the owner of a media group's titles,
 * written as a bare name before the plural; null for a place or a nationality ("Australian mastheads", "Norrvik
 * newspapers" where Norrvik is a town) or a common word opening a sentence ("Regional newspapers").
 */
function mastheadOwnerBefore(text: string, noun: Token): number | null {
  if (!MASTHEAD_PLURALS.has(noun.text)) return null;
  const head = text.slice(Math.max(0, noun.start - 40), noun.start);
  const m = NAME_BEFORE_NOUN_RE.exec(head);
  if (!m) return null;
  const words = m[1]!.split(/\s/);
  if (isCommonWord(words[0]!) || isPlace(m[1]!) || words.some((w) => isPlace(w) || NATIONALITIES.has(w))) return null;
  return noun.start - head.length + m.index;
}

/** A name listed after a unit noun, with the owner the text gives ("its", "Hallberg's"). */
export interface ListedUnit {
  run: NameRun;
  kind: 'unit' | 'company';
  /** Offset of the owner's name, -1 for "its"/"their"/none (the company in focus). */
  ownerAt: number;
  /** True when an owner word stands before the list ("its A and B subsidiaries", "Hallberg's brands: A"). */
  owned?: boolean;
}

/**
 * "three segments: Ocean, the shipping business; Logistics & Services, …; and Terminals", "brands such as A and
 * B", "a set of groups, including A, B and C": the names that open each item of the list. Items are split on
 * ";" when the list uses it (each item may carry an apposition), else on ", " / " and ". "groups" and
 * "businesses" count only for names made of common words ("Production & Operations"); other names there are
 * companies ("oil groups such as Hallberg"), which the descriptor cue already finds.
 */
export function findUnitLists(text: string, tokens: readonly Token[], runs: readonly NameRun[]): ListedUnit[] {
  const out: ListedUnit[] = [];
  let r = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // "operating companies, among them A and B", "its group companies A, B and C".
    const singular = UNIT_SINGULARS.has(t.text);
    if (
      !UNIT_PLURALS.has(t.text) &&
      !TITLE_PLURALS.has(t.text) &&
      !singular &&
      !(t.text === 'companies' && PART_COMPANIES.has(tokens[i - 1]?.text ?? ''))
    )
      continue;
    const owner = OWNER_BEFORE_RE.exec(text.slice(Math.max(0, t.start - 50), t.start));
    LEAD_RE.lastIndex = t.end;
    // "its subsidiaries Vella Steel Ltd and Kestrel Wire Ltd": with an owner before it, the names may follow at once.
    let lead = LEAD_RE.exec(text) ?? (owner && !AMBIGUOUS.has(t.text) && text[t.end] === ' ' ? [' '] : null);
    // "which includes the brands A, B and C": after "the", a list of two names or more may follow the noun at once.
    const bare =
      !lead &&
      NAMED_AFTER_THE.has(t.text) &&
      text[t.end] === ' ' &&
      /\b[Tt]he $/.test(text.slice(t.start - 4, t.start));
    if (bare) lead = [' '];
    if (singular && !(lead && WHICH_INCLUDES_RE.test(lead[0]))) lead = null;
    // "groups reshape themselves: electronics maker A, …" lists peer companies: after "groups" a bare description opens
    // a list of parts only with an owner or a count ("its groups: …", "six business groups: …"); after "businesses:"
    // or "divisions:" it always does.
    if (
      !lead ||
      (!owner &&
        t.text === 'groups' &&
        !COUNTED_RE.test(text.slice(Math.max(0, t.start - 30), t.start)) &&
        COLON_LOWER_WORDS_BEFORE_RE.test(lead[0]))
    )
      continue;
    const listStart = t.end + lead[0].length;
    while (r < runs.length && runs[r]!.start < listStart) r++;
    if (r >= runs.length || runs[r]!.start !== listStart) continue;
    const named = owner ? null : mastheadOwnerBefore(text, t);
    // "rival newspapers such as …" names no owner: a media group's titles are its own only when the text says whose.
    if (MASTHEAD_PLURALS.has(t.text) && !owner && named === null) continue;
    const ownerAt = owner?.[2] ? t.start - Math.min(50, t.start) + owner.index : (named ?? -1);
    const sentenceEnd = findSentenceEnd(text, listStart);
    const semi = text.slice(listStart, sentenceEnd).includes(';');
    const items: NameRun[] = [runs[r]!];
    let prevEnd = runs[r]!.end;
    for (let k = r + 1; k < runs.length && runs[k]!.start < sentenceEnd && items.length < MAX_ITEMS; k++) {
      const gap = text.slice(prevEnd, runs[k]!.start);
      // "Ostra Long Products Ltd (OLP), …": the bracketed acronym of an item is no item of its own; a name written
      // with "'s" ("Kestrel's, Vandle and Orsk") ends before it.
      if (!semi && /^\s*\($/.test(gap)) continue;
      prevEnd = runs[k]!.end;
      if (semi ? AFTER_SEMICOLON_RE.test(gap) && !gap.slice(0, -1).includes('.') : LIST_JOIN_RE.test(gap))
        items.push(runs[k]!);
      // "units: Aviation, Executive Jets, Defence and Services": an item opening with a word that splits names
      // (a title, "Other") is cut; the list goes on past it without the cut name.
      else if (!semi && !ITEM_CUT_RE.test(gap)) break;
    }
    if (bare && items.length < 2) continue;
    if (TITLE_PLURALS.has(t.text) && !items.some(endsInPublicationWord)) continue;
    const generic = items.every((x) => x.name.split(/ & | /).every((w) => isCommonWord(w)));
    // "the seven entities to be merged are:" — a colon announces the list, also after a few words.
    const colon = /[:—–]/.test(lead[0]);
    if (AMBIGUOUS.has(t.text) && !generic && !colon && !owner) continue;
    // "reducing the number of divisions to two: Vella UK and Vella Outsourcing Solutions": a colon after a plain
    // unit noun says the names are parts, even names in a company's form.
    const owned = owner !== null || named !== null || (colon && !AMBIGUOUS.has(t.text));
    for (const run of items) out.push({ run, kind: 'unit', ownerAt, owned });
  }
  return out.concat(
    listsBeforeNoun(text, tokens, runs),
    findSemicolonUnitLists(text, runs),
    findBulletUnitLists(text, runs),
    findPublishedTitles(text, runs),
    findSisterTitles(text, runs),
    findCountedUnitAppositions(text, runs),
    findSiteLists(text, tokens, runs),
  );
}

/**
 * "runs the COS, Weekday, Monki and Arket brands", "the Crop Science or Consumer Health businesses": two or more
 * names joined by ", " / " and " / " or " right before a plural unit noun are units of the company in focus.
 */
function listsBeforeNoun(text: string, tokens: readonly Token[], runs: readonly NameRun[]): ListedUnit[] {
  const out: ListedUnit[] = [];
  let r = 0;
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!UNIT_PLURALS.has(t.text) || t.start - tokens[i - 1]!.end !== 1) continue;
    // "its Pomona and Kestrel Kitchen food brands": one lower-case word saying what kind of unit may stand between.
    const kind = tokens[i - 1]!;
    const last =
      i >= 2 && KIND_WORD_RE.test(kind.text) && kind.start - tokens[i - 2]!.end === 1 ? tokens[i - 2]! : kind;
    while (r < runs.length && runs[r]!.end < last.end) r++;
    if (r >= runs.length || runs[r]!.end !== last.end) continue;
    const items = [runs[r]!];
    for (let k = r - 1; k >= 0 && items.length < MAX_ITEMS; k--) {
      const gap = text.slice(runs[k]!.end, items[items.length - 1]!.start);
      // "Monki, & Other Stories and Arket": a capitalised stop word may open an item ("Other", "The").
      if (!LIST_JOIN_NAME_RE.test(gap)) break;
      items.push(runs[k]!);
    }
    // "the Crop Science or Consumer Health businesses" when "Crop Science" was already read as a unit: the list
    // still has two names.
    const first = items[items.length - 1]!;
    if (items.length < 2 && !NAME_JOINED_BEFORE_RE.test(text.slice(Math.max(0, first.start - 40), first.start)))
      continue;
    const owned = /(?:\b(?:its|their|[Ii]ts|[Tt]heir)|['’]s)\s+(?:the\s+)?$/.test(
      text.slice(Math.max(0, first.start - 12), first.start),
    );
    for (const run of items) out.push({ run, kind: 'unit', ownerAt: -1, owned });
  }
  return out;
}

/** A lower-case word of what the units are ("food", "fashion", "regional"), not a function word. */
const KIND_WORD_RE =
  /^(?!(?:and|or|the|its|their|of|other|two|three|four|five|six|own|main|core|key|new|former)$)\p{Ll}{3,14}$/u;

/** A capitalised name and ", " / " and " / " or " right before a list's first item. */
const NAME_JOINED_BEFORE_RE = /\p{Lu}[\p{L}\p{N}&-]*(?:, |,? and |,? or )$/u;

/** "Norrvik Gazette", "Orsk Evening News": a name whose last word only a publication's name ends in. */
function endsInPublicationWord(run: NameRun): boolean {
  return OUTLET_ONLY_HEADS.has(run.name.slice(run.name.lastIndexOf(' ') + 1));
}

/**
 * Offset of the next sentence end (". " or a newline) after `from`, at most 400 characters on. The dot of a legal
 * form's abbreviation ends no sentence unless a capital follows: "including Kestrel Research Co. (KRC), and Kestrel
 * Sales Co. (KSC)" is one list.
 */
function findSentenceEnd(text: string, from: number): number {
  const limit = Math.min(text.length, from + 400);
  for (let k = from; k < limit; k++) {
    const c = text.charCodeAt(k);
    if (c === 10) return k;
    if ((c === 46 || c === 33 || c === 63) && (k + 1 >= text.length || text[k + 1] === ' ')) {
      if (c === 46 && legalDotInList(text, k)) continue;
      return k;
    }
  }
  return limit;
}

/** The word a legal form abbreviates right before the dot at `k` ("Co.", "Inc.", "Ltd."), and no capital after it. */
function legalDotInList(text: string, k: number): boolean {
  let w = k;
  while (w > 0 && k - w < 4 && LETTER_RE.test(text[w - 1]!)) w--;
  if (w === k || (w > 0 && LETTER_OR_DIGIT_RE.test(text[w - 1]!)) || !LEGAL_SUFFIX.has(text.slice(w, k))) return false;
  let n = k + 1;
  while (n < text.length && text[n] === ' ') n++;
  return n < text.length && !CAPITAL_RE.test(text[n]!);
}
