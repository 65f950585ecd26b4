import type { ExtractedEvent } from '../types.js';
import { type DocContext, mentionsIn } from '../resolve/doc-context.js';
import { addEvidence } from '../resolve/evidence.js';
import { type Draft, cutClass } from './draft.js';
import { eventId } from './event-id.js';
import { figureRoundOf, isEarlierRound } from './earlier-figure-rounds.js';
import { datedFamilyRound, familyRound } from './family-rounds.js';
import { isShortenedName } from './short-name.js';
import { alignRetellingDays, isNewsDay } from './same-week.js';

/**
 * One round of cuts written as "cuts 8,500 positions" in one sentence and "a restructuring that removes 8,500
 * positions" in another is one event: drafts of the same organization and count take one kind, layoff if any
 * mention says so, so their ids agree and they merge.
 */
export function unifyKinds(drafts: Draft[]): void {
  const layoff = new Set<string>();
  const key = (d: Draft) => `${d.org}|${d.count}|${d.countText ?? ''}`;
  for (const d of drafts) if (d.kind === 'layoff' && (d.count !== null || d.countText)) layoff.add(key(d));
  for (const d of drafts) if (d.kind === 'restructuring' && layoff.has(key(d))) d.kind = 'layoff';
}

/**
 * A share stated alone and undated ("Spotify to cut 17% of staff" in a headline) is the round the text reports
 * with a count elsewhere ("… reduce its workforce by about 17% … roughly 1,500 people"): when exactly one other
 * draft of the same organization and kind has that share and a count, it takes the evidence and true is returned.
 * `counted` indexes the drafts with a count by shareKey.
 */
function shareIsKnownRound(counted: Map<string, Draft[]>, d: Draft): boolean {
  if (d.count !== null || d.countText || d.percent === null) return false;
  const same = counted.get(shareKey(d));
  if (same?.length !== 1) return false;
  // Dated only by the day the round was told (the headline's and the body's): still the same round.
  if (d.when !== null && !compatible(d.when, same[0]!.when)) return false;
  for (const e of d.evidence) addEvidence(same[0]!.evidence, e);
  return true;
}

const shareKey = (d: Draft) => `${d.org}|${cutClass(d.kind)}|${d.percent}`;

export function finalize(ctx: DocContext, drafts: Draft[]): ExtractedEvent[] {
  const firstFigure = new Map<string, Draft>();
  const firstBare = new Map<string, Draft>();
  /** The first dated restructuring without a figure: an undated mention of the same company's restructuring joins it. */
  const firstDated = new Map<string, Draft>();
  const counted = new Map<string, Draft[]>();
  for (const d of drafts) {
    if (d.percent !== null && (d.count !== null || d.countText)) {
      const list = counted.get(shareKey(d));
      if (list) list.push(d);
      else counted.set(shareKey(d), [d]);
    }
    const key = `${d.org}|${cutClass(d.kind)}`;
    if (!d.bare && !firstFigure.has(key)) firstFigure.set(key, d);
    if (d.bare && !d.transaction && !firstBare.has(key)) firstBare.set(key, d);
    if (d.bare && !d.transaction && d.kind === 'restructuring' && d.when !== null && !firstDated.has(key))
      firstDated.set(key, d);
  }
  // Rounds with a figure and dated restructurings, by organization, for the dated-restructuring check below.
  const figuresOf = new Map<string | null, Draft[]>();
  const allFigures = drafts.filter((d) => !d.bare && cutClass(d.kind) === 'cut');
  for (const d of allFigures) push(figuresOf, d.org, d);
  const datedBare = new Map<string | null, Draft[]>();
  /** The dated restructurings without a figure kept so far, in text order (for a unit's or owner's, below). */
  const keptDatedBare: Draft[] = [];
  const transactions = new Map<string | null, Draft[]>();
  alignRetellingDays(drafts);
  const kept = drafts.filter((d) => {
    if (!d.bare) return !shareIsKnownRound(counted, d);
    const key = `${d.org}|${cutClass(d.kind)}`;
    if (d.transaction && d.sideDeal && d.when === null) {
      // "The group has already sold its logistics arm": an undated side remark joins the company's main event.
      const main = firstOf(transactions.get(d.org), (o) => o !== d) ?? firstFigure.get(key) ?? firstBare.get(key);
      if (main) {
        for (const e of d.evidence) addEvidence(main.evidence, e);
        return false;
      }
    }
    if (d.transaction) {
      // A sale, spin-off or insolvency is its own event: merged only with the same company's transaction of the
      // same date, or into the first one when undated.
      // Sales to two different buyers ("sell X to Norrvik", "sell Y to Vessel") stay two events, and so do a split
      // and the sale of a unit told beside it.
      const same = (o: Draft) =>
        o !== d &&
        !o.split === !d.split &&
        (d.when === null || o.when === null || compatible(o.when, d.when)) &&
        !(d.counterparty && o.counterparty && !sameParty(ctx, d.counterparty, o.counterparty));
      const other = firstOf(transactions.get(d.org), same);
      if (other) {
        for (const e of d.evidence) addEvidence(other.evidence, e);
        if (other.when === null) other.when = d.when;
      } else push(transactions, d.org, d);
      return !other;
    }
    if (d.kind === 'restructuring' && d.when !== null && !(d.programme && firstFigure.has(key))) {
      // A dated restructuring is its own event unless a round of the same company bears a compatible date, or is
      // the undated figure told right after it.
      const same = (o: Draft) => o !== d && compatible(o.when, d.when);
      const other =
        firstOf(figuresOf.get(d.org), same) ??
        firstOf(datedBare.get(d.org), same) ??
        datesFollowingRound(d, figuresOf.get(d.org)) ??
        datedFamilyRound(ctx, d, allFigures) ??
        datedFamilyRound(ctx, d, keptDatedBare);
      if (other) for (const e of d.evidence) addEvidence(other.evidence, e);
      else {
        push(datedBare, d.org, d);
        keptDatedBare.push(d);
      }
      return !other;
    }
    // "Kora Retail announced on Monday the closure of a tenth of its stores. … In 2021, the firm closed its stores in
    // Peru.": the news of the day, told first, is no mention of a restructuring dated only by a year told after it.
    const dated = firstDated.get(key);
    const background = dated && dated.si > d.si && d.si <= 2 && dated.when!.length === 4;
    const other =
      datesFollowingRound(d, figuresOf.get(d.org)) ??
      currentRound(ctx, d, firstFigure.get(key)) ??
      (background ? undefined : dated) ??
      (firstBare.get(key) !== d ? firstBare.get(key) : undefined) ??
      familyRound(ctx, d, allFigures);
    if (other) for (const e of d.evidence) addEvidence(other.evidence, e);
    // "Kora Motors said on 20 November that it will cut jobs …" and the figures told below it, undated: the round
    // is the news of that day.
    // "Kestrel Rail unveils voluntary retirement scheme … Kestrel Rail has today opened a voluntary redundancy scheme":
    // a headline's round with no figure is the lede's news of the day too.
    if (
      other &&
      other.when === null &&
      !other.cumulative &&
      (!other.bare || other.headline) &&
      isNewsDay(d.when, ctx.publishedAt)
    )
      other.when = d.when;
    return !other;
  });
  const byId = new Map<string, ExtractedEvent>();
  for (const d of kept) {
    const id = eventId({
      kind: d.kind,
      organization: d.org,
      count: d.count,
      countText: d.countText,
      percent: d.percent,
      when: d.when,
      cumulative: d.cumulative,
      ...(d.transaction && d.counterparty ? { counterparty: d.counterparty } : {}),
    });
    const prev = byId.get(id);
    if (prev) {
      for (const e of d.evidence) addEvidence(prev.evidence, e);
      prev.percent ??= d.percent;
      continue;
    }
    // Written out key by key (no object spread): this order is the JSON contract's field order.
    const event: ExtractedEvent = d.countText
      ? {
          id,
          kind: d.kind,
          organization: d.org,
          count: d.count,
          countText: d.countText,
          percent: d.percent,
          when: d.when,
          cumulative: d.cumulative,
          divisions: [],
          status: d.status,
          evidence: d.evidence.slice(),
        }
      : {
          id,
          kind: d.kind,
          organization: d.org,
          count: d.count,
          percent: d.percent,
          when: d.when,
          cumulative: d.cumulative,
          divisions: [],
          status: d.status,
          evidence: d.evidence.slice(),
        };
    byId.set(id, event);
  }
  for (const e of byId.values()) {
    e.evidence.sort((a, b) => a.start - b.start);
    const divs = new Set<string>();
    for (const s of e.evidence)
      for (const m of mentionsIn(ctx, s.start, s.end))
        if (m.type === 'Division' && m.id !== e.organization) divs.add(m.id);
    e.divisions = [...divs];
  }
  return [...byId.values()].sort((a, b) => a.evidence[0]!.start - b.evidence[0]!.start);
}

/**
 * "Norrvik unveiled a restructuring plan on Monday. Around 2,000 jobs will be cut.": a dated announcement without
 * a figure and the company's first round with a figure in the next two sentences, undated, are one round; the round
 * takes the announcement's date and is returned.
 */
function datesFollowingRound(d: Draft, rounds: Draft[] | undefined): Draft | undefined {
  if (d.when === null || d.transaction) return undefined;
  const next = firstOf(rounds, (o) => o.si > d.si);
  if (!next || next.si - d.si > 2 || next.when !== null || next.cumulative) return undefined;
  next.when = d.when;
  return next;
}

/** "a new round of retrenchments", "a fresh wave of job cuts": a round told as one more after the earlier ones. */
const NEW_ROUND_RE = /\b(?:new|fresh|further|another)\s+(?:round|wave)\s+of\b/i;
/** The company's first round with a figure, unless it is an earlier round told as background to `d`'s news. */
function currentRound(ctx: DocContext, d: Draft, round: Draft | undefined): Draft | undefined {
  return round &&
    !(round.cumulative && NEW_ROUND_RE.test(d.evidence[0]!.text)) &&
    !apartInTime(d.when, round.when) &&
    !isEarlierRound(ctx.work, d, figureRoundOf(ctx.work, round), ctx.publishedAt)
    ? round
    : undefined;
}

/**
 * "an amended circular on its retirement scheme on June 9" and "In February, 874 employees opted for voluntary
 * retirement": news told on a day and a round dated to another month are two rounds (a year, or the
 * same month, may hold the day).
 */
function apartInTime(news: string | null, round: string | null): boolean {
  return news !== null && news.length === 10 && round !== null && round.length >= 7 && !compatible(news, round);
}

/**
 * "to sell its paint unit to Tolvo" in the headline, "to sell its paint business to Tolvo Capital Partners" in the
 * lede: one buyer, named short and in full (its full name opens with the short one, word for word).
 */
function sameParty(ctx: DocContext, a: string, b: string): boolean {
  return a === b || isShortenedName(ctx, a, b);
}

/** Two dates of one event: equal, or one contains the other ("2023" and "2023-11-03"). */
function compatible(a: string | null, b: string | null): boolean {
  return a !== null && b !== null && (a.startsWith(b) || b.startsWith(a));
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The first of at most 200 entries that passes `ok` (bounded, so hostile input stays linear). */
function firstOf<T>(list: T[] | undefined, ok: (x: T) => boolean): T | undefined {
  if (!list) return undefined;
  for (let i = 0; i < list.length && i < 200; i++) if (ok(list[i]!)) return list[i];
  return undefined;
}
