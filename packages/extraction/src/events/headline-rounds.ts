import type { DocContext } from '../resolve/doc-context.js';
import { addEvidence } from '../resolve/evidence.js';
import { openingOrg } from './unit-in-focus.js';
import { isShortenedName } from './short-name.js';
import { type Draft, cutClass } from './draft.js';

/** How far into the body the round a headline announces is told: the lede or the two sentences after it. */
const LEDE_REACH = 3;

/** The counts a vague figure can stand for ("thousands of jobs": 2,000 or more), or null for an unknown word. */
function vagueRange(text: string): [number, number] | null {
  const t = text.toLowerCase();
  if (/hundreds of thousands/.test(t)) return [200_000, 1_000_000];
  if (/tens of thousands/.test(t)) return [20_000, 100_000];
  if (/thousand/.test(t)) return [2_000, 20_000];
  if (/hundred/.test(t)) return [200, 1_000];
  if (/dozens|scores/.test(t)) return [24, 200];
  return null;
}

/**
 * "Kora Bank to shed thousands of jobs" or "Kora Bank to cut 10% of workforce" as a headline, and "Kora Bank will cut
 * 4,000 jobs" in the lede: the headline tells the lede's round without its count. A headline round of an
 * organization with a vague figure or a share only joins that organization's first counted round in the lede (or
 * the two sentences after it), else its only counted round in the text ("Haulage firm sheds 20% of workforce" over
 * "51 Vessla employees were let go" further down), when the count fits the vague figure, or the round has no
 * other share; it gives its share and date where the round has none. The drafts left are returned.
 */
export function foldCountlessHeadlines(drafts: Draft[]): Draft[] {
  const rounds = countedRoundsBySentence(drafts);
  const byOrg = countedRoundsByOrg(drafts);
  const folded = new Set<Draft>();
  for (const h of drafts) {
    if (!h.headline || h.count !== null || h.bare || h.cumulative || cutClass(h.kind) !== 'cut') continue;
    if (!h.countText && h.percent === null) continue;
    const round = firstRoundAfter(rounds, h) ?? onlyRoundOf(byOrg.get(h.org) ?? [], h);
    if (!round) continue;
    const range = h.countText ? vagueRange(h.countText) : null;
    if (h.countText && !(range && round.count! >= range[0] && round.count! < range[1])) continue;
    if (h.percent !== null && round.percent !== null && round.percent !== h.percent) continue;
    for (const e of h.evidence) addEvidence(round.evidence, e);
    round.percent ??= h.percent;
    round.when ??= h.when;
    folded.add(h);
  }
  return folded.size ? drafts.filter((d) => !folded.has(d)) : drafts;
}

/** A round a headline can join: a counted cut told in the body, not bare, not a cumulative total. */
function isBodyCountedCut(o: Draft): boolean {
  return !o.headline && o.count !== null && !o.bare && !o.cumulative && cutClass(o.kind) === 'cut';
}

/**
 * The body's counted cut rounds a headline can join: the first in draft order of each organization and sentence
 * (so a headline looks at LEDE_REACH sentences, not at every draft: a text of thousands of rounds stays linear).
 */
function countedRoundsBySentence(drafts: readonly Draft[]): Map<string, { draft: Draft; at: number }> {
  const rounds = new Map<string, { draft: Draft; at: number }>();
  drafts.forEach((o, at) => {
    if (!isBodyCountedCut(o)) return;
    const key = `${o.org}|${o.si}`;
    if (!rounds.has(key)) rounds.set(key, { draft: o, at });
  });
  return rounds;
}

/** Beyond this many counted rounds an organization has no "only" round (and a headline looks at no more). */
const MAX_ROUNDS_OF_ORG = 12;

/**
 * The body's counted cut rounds of each organization, in draft order; an organization with more than
 * MAX_ROUNDS_OF_ORG of them gets an empty list (each headline then reads a bounded list: the text stays linear).
 */
function countedRoundsByOrg(drafts: readonly Draft[]): Map<string | null, Draft[]> {
  const byOrg = new Map<string | null, Draft[]>();
  const many = new Set<string | null>();
  for (const o of drafts) {
    if (!isBodyCountedCut(o)) continue;
    if (many.has(o.org)) continue;
    const list = byOrg.get(o.org) ?? [];
    list.push(o);
    byOrg.set(o.org, list);
    if (list.length > MAX_ROUNDS_OF_ORG) {
      many.add(o.org);
      byOrg.set(o.org, []);
    }
  }
  return byOrg;
}

/**
 * "Hallberg Bank restructuring puts hundreds of jobs at risk" over a story that gives its one count further down
 * ("… with 827 jobs potentially at risk"): the organization's only counted round in the text, wherever it is told
 * (not one dated apart). `rounds` are the organization's counted rounds (countedRoundsByOrg).
 */
function onlyRoundOf(rounds: readonly Draft[], h: Draft): Draft | undefined {
  let only: Draft | undefined;
  for (const o of rounds) {
    if (o === h) continue;
    // "In 2019 Hallberg Bank cut 300 jobs": a round dated apart from the headline's is an earlier one.
    if (o.when !== null && !(h.when !== null && (h.when.startsWith(o.when) || o.when.startsWith(h.when)))) continue;
    if (only && only.count !== o.count) return undefined;
    only ??= o;
  }
  return only;
}

/** The organization's first counted round (in draft order) told in the LEDE_REACH sentences after the headline's. */
function firstRoundAfter(rounds: Map<string, { draft: Draft; at: number }>, h: Draft): Draft | undefined {
  let first: { draft: Draft; at: number } | undefined;
  for (let si = h.si + 1; si <= h.si + LEDE_REACH; si++) {
    const candidate = rounds.get(`${h.org}|${si}`);
    if (candidate && (!first || candidate.at < first.at)) first = candidate;
  }
  return first?.draft;
}

/**
 * "Unions sign deal on 3,572 exits" as a headline naming no company, and "Banco Tarvo and the unions signed …" as the
 * lede: the headline's round is the lede's organization's (not the company the article names most). A headline
 * round whose organization was not named where it stands takes the organization of the first round named in the
 * lede (or the two sentences after it), else the organization the lede opens with. A headline whose subject is a
 * trade ("Europe's biggest banks to cut 130,000 jobs") is a sum and keeps no organization.
 */
export function adoptLedeOrganization(ctx: DocContext, drafts: Draft[]): void {
  for (const h of drafts) {
    if (!h.headline || h.named || h.generic || h.si !== 0 || cutClass(h.kind) !== 'cut') continue;
    const lede = drafts.find(
      (o) => !o.headline && o.named && o.org !== null && cutClass(o.kind) === 'cut' && o.si > 0 && o.si <= LEDE_REACH,
    );
    const opener = lede ? null : ctx.sentences[1] ? openingOrg(ctx, ctx.sentences[1], Infinity) : undefined;
    const org = lede?.org ?? opener?.id;
    if (org && !(h.bare && ownerOrUnitOf(ctx, org, h.org))) h.org = org;
  }
}

/**
 * "Hallberg to spin off Vessla units" as a headline, "Vessla will be split …, Hallberg said." as the lede: a move
 * without a figure names its mover in the headline; the lede opening with the mover's unit (or its owner:
 * "Tarvo Group flagship Tarvo Motors said …") tells the same move, and the headline keeps its organization.
 */
function ownerOrUnitOf(ctx: DocContext, a: string, b: string | null): boolean {
  if (b === null || !(ctx.parentOf?.get(a) === b || ctx.parentOf?.get(b) === a)) return false;
  // "Kora" in the headline and "Kora Sanpaolo" in the lede: one name shortened, not an owner and its unit.
  return !isShortenedName(ctx, a, b);
}
