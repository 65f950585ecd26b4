import type { EventKind, EventStatus, ExtractedEvent, Span } from '../types.js';
import { type DocContext, mentionsIn } from '../resolve/doc-context.js';
import { addEvidence } from '../resolve/evidence.js';
import { type DateMention, findDates, findReferenceDate } from './dates.js';
import { eventId } from './event-id.js';
import { type QuantityHit, type SentenceTokens, findQuantityHits } from './quantity-hits.js';
import { EVENT_FAMILIES, F, tokenMask } from './trigger-lexicon.js';
import { anaphoricAsideDate, followingSentenceDate, shareDates } from './neighbour-dates.js';
import { findSubject } from './subject.js';
import { findRestructuringActions } from './restructuring-actions.js';
import { ANNOUNCE_RE, CUMULATIVE_RE, CUT_JOBS_RE, POSSESSIVE_CUTS_RE } from './triggers.js';

interface Draft {
  kind: EventKind;
  org: string | null;
  count: number | null;
  countText?: string;
  percent: number | null;
  when: string | null;
  cumulative: boolean;
  status: EventStatus;
  evidence: Span[];
  si: number;
  /** No figure at all ("announced a round of job cuts"). */
  bare: boolean;
}

const REFERENTIAL_TO_RE = /\b(?:decision|move|need|pressure|efforts?|choice)\s+to\s+$/i;
const cutClass = (k: EventKind) => (k === 'layoff' || k === 'restructuring' ? 'cut' : k);

/**
 * Events, sentence by sentence: every figure tied to a cut, hire, earnings move or investment becomes an event
 * whose organization is the clause's subject; "the cuts affect hundreds"/"represent 4 percent" refine the event
 * already reported; announcements without a figure become events only for a named subject and only when that
 * organization has no other event. Running totals ("27,000 since early 2023") are kept as `cumulative`.
 * Events with the same id (same facts) merge.
 */
export function findEvents(ctx: DocContext): ExtractedEvent[] {
  const drafts: Draft[] = [];
  let reference: string | null | undefined;
  const tokens = ctx.tokens;
  const masks = new Uint16Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) masks[i] = tokenMask(tokens[i]!);
  let ti = 0;
  /** Sentences with figures (hits): their dates belong to their own events. */
  const withFigures = new Set<number>();
  ctx.sentences.forEach((s, si) => {
    while (ti < tokens.length && tokens[ti]!.start < s.start) ti++;
    let tj = ti;
    let mask = 0;
    while (tj < tokens.length && tokens[tj]!.start < s.end) mask |= masks[tj++]!;
    const st: SentenceTokens = { tokens, masks, from: ti, to: tj, mask };
    ti = tj;
    if (!(mask & EVENT_FAMILIES)) return;
    const hits = findQuantityHits(ctx.work, s, st);
    if (reference === undefined)
      reference = ctx.publishedAt ?? findReferenceDate(ctx.work, ctx.sentences[0]?.start ?? 0);
    const dates = () => findDates(ctx.work, s.start, s.end, ctx.publishedAt, reference ?? null);
    const claimed = new Set<DateMention>();
    if (hits.length === 0) return bareEvents(ctx, s, si, dates, drafts, st);
    withFigures.add(si);
    const sentenceDates = dates();
    const aside = anaphoricAsideDate(ctx.work, s, sentenceDates);
    if (aside) {
      claimed.add(aside);
      const earlier = lastDraft(drafts, (d) => cutClass(d.kind) === 'cut', si, 3);
      if (earlier && earlier.when === null) earlier.when = aside.value;
    }
    let sentenceOrg: string | null | undefined;
    hits.forEach((h, i) => {
      const subj = findSubject(ctx, s, h.trigger);
      if (subj.hypothetical) return;
      const next = hits[i + 1]?.start ?? s.end;
      const date = pickDate(
        ctx.work,
        sentenceDates,
        h,
        next,
        hits[i - 1]?.end ?? s.start,
        claimed,
        subj.clauseStart,
        s,
      );
      const isCut = h.kind === 'layoff' || h.kind === 'restructuring';
      const cumulative =
        isCut && (!!h.cumulative || CUMULATIVE_RE.test(ctx.work.slice(h.start, next)) || !!date?.since);
      const org = subj.generic
        ? null
        : !subj.explicit && sentenceOrg !== undefined
          ? sentenceOrg
          : (subj.orgs[0] ?? null);
      sentenceOrg = org;
      if (isCut && (h.definite || (!subj.explicit && h.count === null && !h.countText))) {
        if (refine(drafts, h, si, s)) return;
      }
      if (cumulative && h.count === null) return;
      const kind: EventKind = h.kind;
      drafts.push({
        kind,
        org,
        count: h.count,
        ...(h.countText ? { countText: h.countText } : {}),
        percent: h.percent,
        when: date?.value ?? null,
        cumulative,
        status: statusOf(ctx.work.slice(subj.clauseStart, h.end), ctx.work.slice(s.start, s.end), kind),
        evidence: [s],
        si,
        bare: false,
      });
    });
  });
  for (const d of drafts) {
    const next = ctx.sentences[d.si + 1];
    if (d.when === null && !d.cumulative && next && !withFigures.has(d.si + 1))
      d.when = followingSentenceDate(ctx.work, next, ctx.publishedAt);
  }
  unifyKinds(drafts);
  shareDates(drafts);
  return finalize(ctx, drafts);
}

/** The last draft at most `within` sentences before sentence `si` that satisfies `ok` (scans back only that far). */
function lastDraft(drafts: Draft[], ok: (d: Draft) => boolean, si: number, within: number): Draft | undefined {
  for (let i = drafts.length - 1; i >= 0 && si - drafts[i]!.si <= within; i--) if (ok(drafts[i]!)) return drafts[i];
  return undefined;
}

/**
 * One round of cuts written as "cuts 8,500 positions" in one sentence and "a restructuring that removes 8,500
 * positions" in another is one event: drafts of the same organization and count take one kind, layoff if any
 * mention says so, so their ids agree and they merge.
 */
function unifyKinds(drafts: Draft[]): void {
  const layoff = new Set<string>();
  const key = (d: Draft) => `${d.org}|${d.count}|${d.countText ?? ''}`;
  for (const d of drafts) if (d.kind === 'layoff' && (d.count !== null || d.countText)) layoff.add(key(d));
  for (const d of drafts) if (d.kind === 'restructuring' && layoff.has(key(d))) d.kind = 'layoff';
}

function refine(drafts: Draft[], h: QuantityHit, si: number, s: Span): boolean {
  const figureOnly = h.count === null && !h.countText;
  for (let i = drafts.length - 1; i >= 0; i--) {
    const d = drafts[i]!;
    if (si - d.si > (figureOnly ? 3 : 40)) break;
    if (cutClass(d.kind) !== 'cut') continue;
    // A count refines a round reported without one: a bare announcement, or a share alone ("cut 17% … the cuts
    // would affect roughly 1,500 people") a few sentences back.
    const shareOnly = d.count === null && !d.countText && d.percent !== null && si - d.si <= 3;
    if (figureOnly ? d.percent !== null || si - d.si > 3 : !d.bare && !shareOnly) continue;
    if (!figureOnly) {
      d.count = h.count;
      if (h.countText) d.countText = h.countText;
      d.bare = false;
      if (h.kind === 'layoff') d.kind = 'layoff';
    }
    if (h.percent !== null && d.percent === null) d.percent = h.percent;
    addEvidence(d.evidence, s);
    return true;
  }
  return false;
}

/**
 * Events without a figure, for a named subject only: announced cuts ("announced a round of job cuts"), jobs cut
 * without a number, "X's restructuring", and restructuring actions (a split, spin-off, sale or closure of a unit,
 * an exit, a new operating model; see restructuring-actions.ts).
 */
function bareEvents(
  ctx: DocContext,
  s: Span,
  si: number,
  lazyDates: () => DateMention[],
  drafts: Draft[],
  st: SentenceTokens,
): void {
  if (!(st.mask & (F.cutNoun | F.cutVerb | F.restructure | F.structure))) return;
  const body = ctx.work.slice(s.start, s.end);
  const found: Array<{ at: number; end: number; cn: string; orgs?: string[] }> = [];
  for (const re of st.mask & (F.cutNoun | F.cutVerb | F.restructure) ? [ANNOUNCE_RE, CUT_JOBS_RE] : []) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(body)) !== null) {
      if (body[m.index - 1] === '-' || REFERENTIAL_TO_RE.test(body.slice(Math.max(0, m.index - 20), m.index))) continue;
      found.push({ at: s.start + m.index, end: s.start + m.index + m[0].length, cn: m.groups?.cn ?? 'cuts' });
    }
  }
  if (st.mask & F.structure)
    for (const a of findRestructuringActions(body, s.start, st.tokens, st.from, st.to))
      if (!found.some((f) => f.at < a.end && f.end > a.start))
        found.push({ at: a.start, end: a.end, cn: 'restructuring' });
  for (const o of mentionsIn(ctx, s.start, s.end)) {
    if (o.type !== 'Company' && o.type !== 'Division') continue;
    POSSESSIVE_CUTS_RE.lastIndex = o.end;
    const m = POSSESSIVE_CUTS_RE.exec(ctx.work);
    if (m && m.index + m[0].length <= s.end)
      found.push({ at: o.start, end: m.index + m[0].length, cn: m.groups!.cn!, orgs: [o.id] });
  }
  const dates = found.length ? lazyDates() : [];
  const claimed = new Set<DateMention>();
  found.sort((a, b) => a.at - b.at);
  for (const f of found) {
    const subj = f.orgs ? null : findSubject(ctx, s, f.at);
    if (subj && (subj.hypothetical || !subj.explicit || subj.generic)) continue;
    const kind: EventKind = /restructur|reorg|overhaul/i.test(f.cn) ? 'restructuring' : 'layoff';
    const date = pickDate(
      ctx.work,
      dates,
      { start: f.at, end: f.end },
      s.end,
      s.start,
      claimed,
      subj?.clauseStart ?? s.start,
      s,
    );
    for (const org of f.orgs ?? subj!.orgs) {
      drafts.push({
        kind,
        org,
        count: null,
        percent: null,
        when: date?.value ?? null,
        cumulative: false,
        status: statusOf(body, body, kind),
        evidence: [s],
        si,
        bare: true,
      });
    }
  }
}

const CLAUSE_END_RE = /,\s+(?:as|which|while|after|because|since|when|although|though|but|who|where)\b|;|\s[—–]\s/;
const SAID_BEFORE_RE =
  /\b(?:said|says|announced|disclosed|confirmed|wrote|reported|told [\w ]{1,30}?)\s+(?:on\s+|in\s+|late\s+|early\s+)?(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?$/;

/** A sentence-opening date adverbial: "In July 2019, …", "On Monday, …", "Earlier this year, …". */
const OPENING_DATE_BEFORE_RE = /^\s*(?:(?:In|On|Back in|As of|Earlier|Later)\s+)?(?:(?:early|late|mid-?)\s*)?$/i;

/**
 * The date of a figure: the first resolved date after it in its clause, else one inside it, else one before it in
 * its clause (not in a ", …," aside) or opening the sentence ("In July 2019, …"), else the sentence's
 * announcement date ("…, it said on Thursday"). Target dates ("by 2026") never count; unresolved dates still
 * claim their slot.
 */
function pickDate(
  work: string,
  dates: DateMention[],
  h: { start: number; end: number },
  next: number,
  prevEnd: number,
  claimed: Set<DateMention>,
  clauseStart: number,
  s: Span,
): DateMention | undefined {
  const cut = CLAUSE_END_RE.exec(work.slice(h.end, next));
  const limit = cut ? h.end + cut.index : next;
  const free = dates.filter((d) => !claimed.has(d) && !d.deadline);
  const inAfter = free.filter((d) => d.start >= h.end - 1 && d.start < limit);
  const after = inAfter.find((d) => d.value !== null) ?? inAfter[0];
  const inside = free.find((d) => d.start >= h.start && d.end <= h.end);
  const before = [...free]
    .reverse()
    .find(
      (d) =>
        d.end <= h.start &&
        d.start >= prevEnd &&
        ((d.start >= clauseStart && work.indexOf(',', d.end) >= h.start) ||
          (/^\s*,/.test(work.slice(d.end, d.end + 3)) && OPENING_DATE_BEFORE_RE.test(work.slice(s.start, d.start)))),
    );
  const said = free.find(
    (d) => d.value !== null && SAID_BEFORE_RE.test(work.slice(Math.max(0, d.start - 40), d.start)),
  );
  let pick = after ?? inside ?? before;
  if ((!pick || pick.value === null) && said) pick = said;
  if (pick) claimed.add(pick);
  return pick;
}

function statusOf(clause: string, sentence: string, kind: EventKind): EventStatus {
  if (kind === 'earnings') return 'reported';
  if (/\b(?:according to|reportedly|sources|reported|people familiar)\b/i.test(sentence)) return 'reported';
  if (
    /\b(?:plan(?:s|ning|ned)?\s+to|will|would|is set to|are set to|expects? to|intends? to|(?:is|are) expected to|preparing to|could|may|might|considering|weighing|next (?:week|month|year))\b/i.test(
      clause,
    )
  )
    return 'planned';
  if (
    /\b(?:cut|eliminated|laid off|shed|slashed|axed|impacted|affected|let go|has cut|have cut)\b/i.test(clause) &&
    !/\b(?:is|are)\s+(?:cutting|eliminating|laying)\b/i.test(clause)
  )
    return 'completed';
  return 'announced';
}

/**
 * A share stated alone and undated ("Spotify to cut 17% of staff" in a headline) is the round the text reports
 * with a count elsewhere ("… reduce its workforce by about 17% … roughly 1,500 people"): when exactly one other
 * draft of the same organization and kind has that share and a count, it takes the evidence and true is returned.
 * `counted` indexes the drafts with a count by shareKey.
 */
function shareIsKnownRound(counted: Map<string, Draft[]>, d: Draft): boolean {
  if (d.count !== null || d.countText || d.percent === null || d.when !== null) return false;
  const same = counted.get(shareKey(d));
  if (same?.length !== 1) return false;
  for (const e of d.evidence) addEvidence(same[0]!.evidence, e);
  return true;
}

const shareKey = (d: Draft) => `${d.org}|${cutClass(d.kind)}|${d.percent}`;

function finalize(ctx: DocContext, drafts: Draft[]): ExtractedEvent[] {
  const firstFigure = new Map<string, Draft>();
  const firstBare = new Map<string, Draft>();
  const counted = new Map<string, Draft[]>();
  for (const d of drafts) {
    if (d.percent !== null && (d.count !== null || d.countText)) {
      const list = counted.get(shareKey(d));
      if (list) list.push(d);
      else counted.set(shareKey(d), [d]);
    }
    const key = `${d.org}|${cutClass(d.kind)}`;
    if (!d.bare && !firstFigure.has(key)) firstFigure.set(key, d);
    if (d.bare && !firstBare.has(key)) firstBare.set(key, d);
  }
  const kept = drafts.filter((d) => {
    if (!d.bare) return !shareIsKnownRound(counted, d);
    const key = `${d.org}|${cutClass(d.kind)}`;
    const other = firstFigure.get(key) ?? (firstBare.get(key) !== d ? firstBare.get(key) : undefined);
    if (other) for (const e of d.evidence) addEvidence(other.evidence, e);
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
