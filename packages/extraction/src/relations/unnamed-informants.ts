import type { GenericSource } from './generic-sources.js';

/**
 * Words that say where an unnamed informant stands, between the article and the noun: "a senior company source", "a
 * Kestrel source", "a company insider", "a bank insider". A capitalised word is the company's name ("a Kestrel
 * source"); it is read case-sensitively, so the expression has no `i` flag.
 */
const STANDING =
  '(?:senior|well-placed|highly[- ]placed|reliable|trusted|company|group|bank|banking|industry|government|ministry|management|internal|union|party|trade|\\p{Lu}[\\p{L}&-]*)';

/**
 * Where the informant sits, between the noun and the verb: "a well-placed source in Kestrel Group told", "a senior
 * source at the Norrvik Bank said" (one to four capitalised words, an apostrophe inside one as in "O’Varr").
 */
const INSIDE = "(?:\\s+(?:in|at|within|inside)\\s+(?:the\\s+)?\\p{Lu}[\\p{L}'’&-]*(?:\\s+\\p{Lu}[\\p{L}'’&-]*){0,3})?";

/** "a source at the company said", "a source inside the bank told": where the source sits, the company named by its noun. */
const INSIDE_THE_COMPANY =
  '\\s+(?:in|at|within|inside)\\s+the\\s+(?:company|group|firm|bank|lender|insurer|carmaker|airline|operator|ministry|union)';

const STAFF_RE = /^(?:staff|employee)/;

/**
 * "a senior company source said", "a Kestrel source told the paper", "a company insider told Orsk Daily": an
 * unnamed source or insider after one or two words of where they stand (the one-word lower-case forms, "a company
 * source said", are read in GENERIC), then a verb of telling. Also "a staff member told Orsk Daily", "an employee
 * told the Norrvik Post": a member of staff who tells an outlet (a capitalised name after "told"), not one who
 * "told the court" or "told colleagues". Also "a Kestrel staffer said", "a Norrvik Air staff member told reporters": a
 * member of a named company's staff who speaks, unnamed (not "a Kestrel employee said": a worker quoted on a round is
 * no informant). Also a bare "a source said", "A source confirmed …" (one source, a verb of telling right after;
 * not "a source of funds"), also placed: "a source within Kestrel Group told", "a source at the company said". Also a
 * source that closes "according to": "according to a Kestrel source", "according to Norrvik's release and a company
 * source" (not "according to a Kestrel source of revenue"). Also a source named after the verb it speaks with, alone
 * before a comma or "who": '"…," said a source, who added …' (not "said a source of funds was …"). The match is the
 * noun, so the source's alias is "source", "insider" or "staff member".
 */
export const UNNAMED_INFORMANTS: GenericSource = {
  re: new RegExp(
    `(?<=\\b(?:[Aa]n?|[Oo]ne|[Aa]nother|[Tt]wo|[Tt]hree|[Ss]everal)\\s+(?:${STANDING}\\s+){1,2})(?:sources?|insiders?)\\b(?=${INSIDE},?\\s+(?:said|says|told|tells|added|confirmed|explained|revealed|indicated)\\b)|(?<=\\b(?:[Aa]n?|[Oo]ne|[Aa]nother)\\s+)source\\b(?=(?:${INSIDE}|${INSIDE_THE_COMPANY}),?\\s+(?:said|says|told|tells|added|confirmed|explained|revealed|indicated)\\b)|(?<=\\baccording\\s+to\\s+(?:[^.;]{1,60}\\s+and\\s+)?(?:an?|one|another)\\s+(?:${STANDING}\\s+){1,2})(?:source|insider)\\b(?!\\s+(?:code|of)\\b)|(?<=\\b(?:said|says|added|explained)\\s+(?:an?|one|another)\\s+(?:${STANDING}\\s+){0,2})source\\b(?=\\s*[,.;]|\\s+who\\b)|(?<=\\b(?:[Aa]n?|[Oo]ne|[Aa]nother|[Tt]wo|[Tt]hree|[Ss]everal)\\s+(?:former\\s+|senior\\s+)?)(?:staff\\s+members?|staffers?|employees?)(?=\\s+told\\s+(?:the\\s+)?\\p{Lu})|(?<=\\b(?:[Aa]n?|[Oo]ne|[Aa]nother)\\s+(?:\\p{Lu}[\\p{L}&-]*\\s+){1,2})(?:staff\\s+member|staffer)(?=\\s+(?:said|says|told)\\b)`,
    'gu',
  ),
  leads: ['source', 'sources', 'insider', 'insiders', 'staff', 'staffer', 'staffers', 'employee', 'employees'],
  kind: 'anonymous',
  generic: () => 'sources familiar with the matter',
  // A member of staff is a source of its own, not one more of the anonymous sources cited before.
  suffix: (m) => (STAFF_RE.test(m) ? 'staff member' : 'anonymous sources'),
};
