import type { GenericSource } from './generic-sources.js';

/** Who the analysts are, in lower-case words before them: "industry analysts", "some analysts". */
const ANALYST_GROUP = '(?:industry|market|sector|banking|equity|financial|independent|some|other|many|most|several)';
/** Where a sentence starts: the text's start, a line break, or the end of a sentence with its closing quote. */
const SENTENCE_START = '(?:^|\\n|[.!?]["”’)]?\\s+)';
/** A verb of telling after the analysts, with one auxiliary: "said", "had said", "have warned", "say". */
const TELLING =
  '(?:(?:had|have|also|previously|earlier)\\s+)?(?:said|say|says|told|tell|warned|warn|noted|note|wrote|write|cautioned|argued|argue|added|pointed\\s+out)\\b';

/**
 * Analysts nobody names who speak as the subject of a verb of telling: "Analysts said the cuts were overdue",
 * "Industry analysts say the move signals …", "Analysts had said the merger could …" — a generic source ("analysts").
 * Only at a sentence's start or after a word saying which analysts: not "Kestrel analysts said" or "analysts at
 * Kestrel said" (a firm, cited under its name), not "what analysts call" or "analysts expected" (no telling).
 */
export const UNNAMED_ANALYSTS: GenericSource = {
  re: new RegExp(`(?<=(?:${SENTENCE_START}|\\b${ANALYST_GROUP}\\s+))analysts(?=\\s+${TELLING})`, 'giu'),
  leads: ['analysts'],
  kind: 'other',
  generic: () => 'analysts',
  named: (m) => m.toLowerCase().replace(/\s+/g, ' '),
};

/** Up to two words that say which analyst, in lower case or a base ("industry", "Orsk-based energy"). */
const ONE_ANALYST_WORDS = '(?:[\\p{Ll}-]+\\s+|\\p{Lu}[\\p{L}]*-based\\s+){0,2}';
/** An inverted verb of telling before the analyst: '"…," said an industry analyst.' */
const INVERTED_TELLING = '(?:said|says|added|adds|noted|notes|argued|argues|warned|warns|explained|explains|cautioned)';

/**
 * One analyst nobody names, who speaks: "An industry analyst said the split was overdue", "A retail analyst in Orsk
 * said …", '"…," said an Orsk-based energy analyst.', "one analyst noted" — cited as the unnamed analysts are
 * ("analysts"), so both forms in one text are one source. Not "an analyst at Kestrel said" or "a Kestrel analyst
 * said" (a firm, cited under its name), not "the analyst said" (one the text named), not "an analyst expected".
 */
export const ONE_UNNAMED_ANALYST: GenericSource = {
  re: new RegExp(
    `(?<=${SENTENCE_START}(?:An?|One)\\s+${ONE_ANALYST_WORDS})analyst(?=(?:\\s+in\\s+\\p{Lu}[\\p{L}-]*)?\\s+${TELLING})` +
      `|(?<=\\b${INVERTED_TELLING}\\s+(?:an?|one)\\s+${ONE_ANALYST_WORDS})analyst(?=(?:\\s+in\\s+\\p{Lu}[\\p{L}-]*)?\\s*[.,;])`,
    'gu',
  ),
  leads: ['analyst'],
  kind: 'other',
  generic: () => 'analysts',
  named: () => 'analysts',
};
