import { F } from './trigger-lexicon.js';
import { QUANTITY_OF_JOBS_LEAD } from './numbers.js';
import type { QuantityRule } from './triggers.js';

/**
 * Staff told of their own lay-off: the count is who hears the news, and the cut is in the clause they are told
 * ("Nearly 620 staff of Kestrel Steel were suddenly informed by their managers on Thursday that they would all be
 * dismissed", "Kestrel warned 300 workers last week that they could lose their jobs"). Not what staff are told of anything else
 * ("300 workers were told that they would be moved to the Orsk plant") nor what they fear ("told reporters that
 * they could lose their jobs" names no count of staff).
 */

/** The verbs of giving staff notice. */
const TOLD = '(?:notified|told|informed|warned|advised)';
/** The fate the staff are told of: "would all be dismissed", "could lose their jobs", "will be made redundant". */
const THEY_GO =
  "that\\s+they\\s+(?:are|were|would|will|could|might|may|had|have|'d)\\s+(?:soon\\s+|all\\s+)?(?:be(?:en|ing)?\\s+)?(?:laid\\s+off|dismissed|made\\s+redundant|retrenched|fired|sacked|let\\s+go|terminated|(?:los(?:e|ing)|lost)\\s+their\\s+(?:jobs?|positions|employment))\\b";
/** What may stand between the staff and their verb: an employer, a place (one clause, no full stop). */
const BETWEEN = '(?:\\s+[^.;!?]{1,100}?)?';
/** What may stand between the telling and its clause: "by their managers on Thursday", "last week". */
const BEFORE_CLAUSE = '\\s+(?:[^.;!?]{1,60}?\\s+)?';

/** The gate of both rules: a verb of telling, then "that they" within the clause. */
const TOLD_THEN_THEY_RE = new RegExp(`\\b${TOLD}\\s[^.;!?]{0,80}\\bthat\\s+they\\b`, 'i');

export const NOTIFIED_STAFF_RULES: QuantityRule[] = [
  {
    // "Nearly 620 staff of Kestrel Steel were suddenly informed on Thursday that they would all be dismissed".
    name: 'staff-notified-they-go',
    anchor: F.number,
    ahead: { bits: F.participle | F.cutVerb, within: 45 },
    gate: TOLD_THEN_THEY_RE,
    re: new RegExp(
      `${QUANTITY_OF_JOBS_LEAD}${BETWEEN}\\s+(?:were|have\\s+been|had\\s+been|are\\s+being|was)\\s+(?:[a-z]+ly\\s+)?${TOLD}${BEFORE_CLAUSE}${THEY_GO}`,
      'iuy',
    ),
    kind: 'layoff',
  },
  {
    // "Kestrel warned 300 workers last week that they could lose their jobs".
    name: 'told-staff-they-go',
    anchor: F.number,
    ahead: { bits: F.participle | F.cutVerb, within: 30 },
    gate: TOLD_THEN_THEY_RE,
    re: new RegExp(
      `(?<=\\b${TOLD}\\s+(?:(?:about|around|some|nearly|more\\s+than|over|all|its|their)\\s+)?)${QUANTITY_OF_JOBS_LEAD}${BEFORE_CLAUSE}${THEY_GO}`,
      'iuy',
    ),
    kind: 'layoff',
  },
];
