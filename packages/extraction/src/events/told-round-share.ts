import type { Span } from '../types.js';
import { addEvidence } from '../resolve/evidence.js';
import { type Draft, cutClass } from './draft.js';

/**
 * "Norrvik Insurance will shed 1,200 posts over two years. … The insurer is trimming its workforce by about 8%.": a
 * share of the company's own staff, told with no count a few sentences after the company's round with a count and no
 * share, is that round's share, even when the sentence names the company again ("the insurer", "Norrvik"). Not a
 * share told as another round ("also", "a further 5%"), one already carried out ("has cut its workforce by 10%"), one
 * of a part of the staff ("a quarter of its field sales team") or one told on another day than the round.
 */

/**
 * The share is of the whole staff: "its headcount", "its workforce", "of its staff", "its global workforce", and "the
 * workforce" with no owner or place after it ("to shed about three quarters of the workforce"; not "of the workforce
 * at its Orsk site", a part of the staff).
 */
const OWN_STAFF_RE =
  /\b(?:(?:its|their)\s+(?:(?:global|total|overall|entire|whole)\s+)?(?:headcount|workforce|work\s+force|staff|employees|payroll)\b|the\s+(?:(?:global|total|overall|entire|whole)\s+)?(?:headcount|workforce|work\s+force)\b(?!\s+(?:of|at|in|across)\b))/i;
/** How many sentences back the round may have been told (as far as for a share that opens with the round). */
const REACH = 8;

export interface ToldShare {
  org: string;
  percent: number;
  /** The share's date, when its sentence gives one. */
  when: string | null;
  si: number;
  sentence: Span;
  /** The share's own clause (subject to the next figure). */
  clause: string;
}

/** True when `share` is the share of the round its organization told just before (and that round now has it). */
export function shareOfToldRound(drafts: Draft[], share: ToldShare): boolean {
  if (!OWN_STAFF_RE.test(share.clause)) return false;
  for (let i = drafts.length - 1; i >= 0 && share.si - drafts[i]!.si <= REACH; i--) {
    const d = drafts[i]!;
    // A closure or new structure told without a figure ("will also shut 40 offices") takes no share.
    if (d.org !== share.org || cutClass(d.kind) !== 'cut' || d.transaction || d.bare) continue;
    // Only the company's latest round: an earlier one, a round already carried out or one with its own share is not.
    if (d.count === null || d.percent !== null || d.cumulative || d.status === 'completed' || d.si === share.si)
      return false;
    if (d.when !== null && share.when !== null && d.when !== share.when) return false;
    d.percent = share.percent;
    addEvidence(d.evidence, share.sentence);
    return true;
  }
  return false;
}
