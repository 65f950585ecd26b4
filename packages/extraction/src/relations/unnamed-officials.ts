import type { GenericSource } from './generic-sources.js';

/** Whose official it is, in one lower-case word: "a company official", "a senior bank official". */
const OFFICIAL_OF = '(?:company|bank|group|firm|management|plant|factory|mill|airline|carmaker)';

/**
 * An unnamed official of the company who speaks: "a company official said", "a senior bank official told the
 * paper", "two company officials said" — a generic source named by its own words ("company official"). Only with a
 * word saying whose official (not "an official said": a ministry's as often as the company's) and a verb of telling
 * right after (not "a company official was fired").
 */
export const UNNAMED_OFFICIALS: GenericSource = {
  re: new RegExp(
    `(?<=\\b(?:[Aa]n?|[Oo]ne|[Aa]nother|[Tt]wo|[Tt]hree|[Ss]everal)\\s+(?:senior\\s+)?${OFFICIAL_OF}\\s+)officials?(?=,?\\s+(?:said|says|told|tells|added|confirmed|explained)\\b)`,
    'gu',
  ),
  leads: ['official', 'officials'],
  kind: 'anonymous',
  generic: () => 'company official',
  // Named by its own words ("company official", "senior bank officials"): the company a sentence names near it is as
  // often a client or a buyer as the official's employer.
  named: (m) => m.toLowerCase().replace(/\s+/g, ' '),
};
