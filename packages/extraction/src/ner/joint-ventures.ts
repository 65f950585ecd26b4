/**
 * A joint venture named with two owners: "Orsk, a joint venture of Norrvik Mining and Tarvo," / "a joint-venture
 * between Norrvik and Tarvo Corp.". The venture belongs to neither owner alone, so it is a company of its own, not a
 * unit of the first owner named. One owner alone ("a joint venture of Norrvik") reads as before.
 */

/** "joint venture" or "joint-venture" ending an apposition's words. */
const JOINT_VENTURE_END_RE = /\bjoint[\s-]+ventures?$/iu;
/**
 * " of Norrvik Mining and Tarvo", " between the Swedish Norrvik and Tarvo": two capitalised names (up to five words each,
 * a possessive place allowed before each) joined by "and". The second must open a name: "of Norrvik and its partners"
 * names one owner.
 */
const TWO_OWNERS_AFTER_RE =
  /\s+(?:of|between)\s+(?:the\s+)?(?:\p{Lu}[\p{L}.-]*['’]s\s+)?\p{Lu}[\p{L}\p{N}.&'’-]*(?:\s+\p{Lu}[\p{L}\p{N}.&'’-]*){0,4}\s+and\s+(?:the\s+)?(?:\p{Lu}[\p{L}.-]*['’]s\s+)?\p{Lu}/uy;

/** Whether the apposition ending at `nounEnd` calls the name a joint venture of two named owners. */
export function isJointVentureOfTwo(text: string, apposition: string, nounEnd: number): boolean {
  if (!JOINT_VENTURE_END_RE.test(apposition)) return false;
  TWO_OWNERS_AFTER_RE.lastIndex = nounEnd;
  return TWO_OWNERS_AFTER_RE.test(text);
}
