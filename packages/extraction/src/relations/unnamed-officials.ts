import { PUBLIC_BODY_WORDS } from '../gazetteer/lexicon/org-nouns.js';
import type { GenericSource } from './generic-sources.js';

/** Whose official it is, in one lower-case word: "a company official", "a senior bank official". */
const OFFICIAL_OF = '(?:company|bank|group|firm|management|plant|factory|mill|airline|carmaker)';
/** A verb of telling right after the official. */
const TELLING = ',?\\s+(?:said|says|told|tells|added|confirmed|explained)\\b';
/** Before the bare plural: the comma of a reporting clause after what was said ("…, company officials said"). */
const CLAUSE_START = '(?:,\\s+)';

/**
 * An unnamed official of the company who speaks: "a company official said", "a senior bank official told the
 * paper", "two company officials said", "…, company officials said Sunday" (the bare plural in a reporting clause)
 * — a generic source named by its own words ("company official"). Only with a word saying whose official (not "an
 * official said": a ministry's as often as the company's) and a verb of telling right after (not "a company
 * official was fired"). A sentence opening with the bare plural ("Bank officials said …") is left out: dev's gold does
 * not count it.
 */
export const UNNAMED_OFFICIALS: GenericSource = {
  re: new RegExp(
    `(?<=\\b(?:an?|one|another|two|three|several)\\s+(?:senior\\s+)?${OFFICIAL_OF}\\s+)officials?(?=${TELLING})|(?<=${CLAUSE_START}(?:senior\\s+)?${OFFICIAL_OF}\\s+)officials(?=${TELLING})`,
    'giu',
  ),
  leads: ['official', 'officials'],
  kind: 'anonymous',
  generic: () => 'company official',
  // Named by its own words ("company official", "senior bank officials"): the company a sentence names near it is as
  // often a client or a buyer as the official's employer.
  named: (m) => m.toLowerCase().replace(/\s+/g, ' '),
};

/** A company's name in one to three capitalised words, read case-sensitively: "a Kestrel Foods official". */
const COMPANY_WORDS = '(?:\\p{Lu}[\\p{L}&-]*\\s+){1,3}';
/** A public body's last word, capitalised or not ("Ministry", "union", "Party"): such an official is no company's. */
const PUBLIC_BODY = `(?:${[...PUBLIC_BODY_WORDS].map((w) => `[${w[0]}${w[0]!.toLowerCase()}]${w.slice(1)}`).join('|')})`;
/** The name before "official" does not end in a public body's word ("a Finance Ministry official", "a Vakta Party official"). */
const NO_BODY_BEFORE = `(?<!\\b${PUBLIC_BODY}\\s+)`;
/**
 * Where a ranked official sits, between the noun and the verb: " at the Orsk plant" (one short phrase), never a phrase
 * that opens or ends with a public body or a union ("at the labour ministry", "of the union", "at the Ministry of …").
 */
const POSTED = `(?:\\s+(?:in|at|of|with|from|within)\\s+(?!(?:the\\s+)?${PUBLIC_BODY}\\b)[^,.;:"“”()]{1,60}?(?<!\\b${PUBLIC_BODY}))?`;
/** A verb of telling right after the official (or the phrase of where they sit): also "informed" as Indian news writes it. */
const TELLING_OR_INFORMED = ',?\\s+(?:said|says|told|tells|added|confirmed|explained|informed)\\b';

/**
 * An unnamed official whose company a name or their rank gives: "a Kestrel Foods official said" (the company's name
 * before the noun, not "an official said"), "a top official at the Orsk plant told the paper", "a senior
 * official informed" (a rank word right before the noun, a short phrase of where they sit allowed), "officials of the
 * firm", "company officials" after "according to". Cited under the company the article is about
 * ("Kestrel Foods official", alias "company official" and the words as written), apart from the anonymous sources
 * ("sources said"), as news tells the two apart. Never a public body's official ("a Finance Ministry official", "a
 * top official at the labour ministry"): the company in focus would be credited with what the state said.
 */
export const COMPANY_OFFICIALS: GenericSource = {
  re: new RegExp(
    `(?<=\\b(?:[Aa]n?|[Oo]ne|[Aa]nother|[Tt]wo|[Tt]hree|[Ss]everal)\\s+(?:senior\\s+|top\\s+)?${COMPANY_WORDS})${NO_BODY_BEFORE}officials?(?=${TELLING_OR_INFORMED})|(?<=\\b(?:[Aa]n?|[Oo]ne|[Aa]nother)\\s+(?:top|senior|high-ranking|high-level)\\s+)official(?=${POSTED}${TELLING_OR_INFORMED})|(?<=\\baccording\\s+to\\s+(?:(?:senior|top)\\s+)?)officials(?=\\s+(?:of|at|from)\\s+the\\s+(?:company|bank|firm|group|lender|carmaker|airline|plant|factory|mill)\\b)|(?<=\\baccording\\s+to\\s+(?:(?:senior|top)\\s+)?(?:company|bank|firm|group|management)\\s+)officials\\b`,
    'gu',
  ),
  leads: ['official', 'officials'],
  kind: 'anonymous',
  generic: () => 'company official',
  suffix: () => 'official',
};
