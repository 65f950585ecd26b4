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
