import type { DocContext } from '../resolve/doc-context.js';
import type { Draft } from './draft.js';
import { isShortenedName } from './short-name.js';

/** How many sentences after a round a restructuring told as done or announced may explain it. */
const EXPLAINED_REACH = 3;

/**
 * "Kestrel South Africa will cut about 7% of its staff. … The company said it had to restructure its South Africa
 * operations", "Kestrel to close Swiss site, 436 jobs at risk. Vessla Grid, a unit of Kestrel, will cease operations at
 * the site": a restructuring without a figure (no sale, spin-off or insolvency) of a company whose own name has no
 * round with a figure is the round with a figure of its unit or owner (a known parent, or one name written short and in
 * full: "Kestrel" and "Kestrel South Africa"), when it is still to come ("will cease") or told at most three sentences
 * after that round. Returns the round (the first that fits), or undefined. `rounds`: the drafts with a figure.
 */
export function familyRound(ctx: DocContext, d: Draft, rounds: readonly Draft[]): Draft | undefined {
  if (d.kind !== 'restructuring' || !d.bare || d.transaction || d.status === 'completed' || d.org === null)
    return undefined;
  const org = d.org;
  // Bounded: the first 200 rounds only (hostile input stays linear).
  for (let i = 0; i < rounds.length && i < 200; i++) {
    const o = rounds[i]!;
    if (o.org === null || o.org === org || o.cumulative) continue;
    const near = d.status === 'planned' || (d.si > o.si && d.si - o.si <= EXPLAINED_REACH);
    if (
      near &&
      (ctx.parentOf?.get(org) === o.org || ctx.parentOf?.get(o.org) === org || isShortenedName(ctx, org, o.org))
    )
      return o;
  }
  return undefined;
}

/** Whether two organizations are one company's unit and owner, or one name written short and in full. */
export function isFamily(ctx: DocContext, a: string | null, b: string | null): boolean {
  if (a === null || b === null || a === b) return false;
  return ctx.parentOf?.get(a) === b || ctx.parentOf?.get(b) === a || isShortenedName(ctx, a, b);
}

/** How many sentences apart a dated announcement and its family's round may be told (the lede and the next two). */
const FAMILY_REACH = 2;

/**
 * "Kestrel will stop making cars in Orsk, the company announced on Thursday. Kestrel Orsk will wind down assembly …
 * some 4,000 employees work there": a dated restructuring without a figure of one company, and the round of its unit
 * or owner (or of the same name written short or in full) told undated or on the same day in the next two sentences,
 * are one round: the dated announcement joins that round, which takes its date where it had none. Returns the round
 * (the first that fits), or undefined. `rounds`: the rounds with a figure and the dated restructurings without one,
 * in text order.
 */
export function datedFamilyRound(ctx: DocContext, d: Draft, rounds: readonly Draft[]): Draft | undefined {
  if (d.when === null || d.transaction || d.org === null) return undefined;
  // Only the rounds of the sentences within reach, looked up by sentence (a long text stays linear).
  for (const i of roundsNear(rounds, d.si)) {
    const o = rounds[i]!;
    if (o === d || o.cumulative || o.transaction) continue;
    if (o.when !== null && o.when !== d.when) continue;
    if (!isFamily(ctx, d.org, o.org)) continue;
    o.when ??= d.when;
    return o;
  }
  return undefined;
}

/** A list of rounds indexed by sentence: `seen` rounds indexed so far (a list only grows), their positions by `si`. */
interface SentenceIndex {
  seen: number;
  bySentence: Map<number, number[]>;
}
const SENTENCE_INDEXES = new WeakMap<readonly Draft[], SentenceIndex>();

/**
 * The positions in `rounds` of the rounds told within FAMILY_REACH sentences of sentence `si`, in list order. The
 * index of a list is built once and extended with the rounds pushed since the last call.
 */
function roundsNear(rounds: readonly Draft[], si: number): number[] {
  let index = SENTENCE_INDEXES.get(rounds);
  if (!index) {
    index = { seen: 0, bySentence: new Map() };
    SENTENCE_INDEXES.set(rounds, index);
  }
  for (; index.seen < rounds.length; index.seen++) {
    const at = rounds[index.seen]!.si;
    const list = index.bySentence.get(at);
    if (list) list.push(index.seen);
    else index.bySentence.set(at, [index.seen]);
  }
  const near: number[] = [];
  for (let s = si - FAMILY_REACH; s <= si + FAMILY_REACH; s++) near.push(...(index.bySentence.get(s) ?? []));
  return near.sort((a, b) => a - b);
}
