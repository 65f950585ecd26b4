import { continuedSpeakerDate } from './continued-speaker-date.js';
import type { EventKind, ExtractedEvent, Span } from '../types.js';
import { type DocContext, isOrg, mentionsIn } from '../resolve/doc-context.js';
import { addEvidence } from '../resolve/evidence.js';
import { type DateMention, findDates, findReferenceDate, isDateStampLine, lastYearOf, monthYearIn } from './dates.js';
import { type QuantityHit, type SentenceTokens, findQuantityHits } from './quantity-hits.js';
import { EVENT_FAMILIES, F, tokenMask } from './trigger-lexicon.js';
import {
  anaphoricAsideDate,
  announcementDayBefore,
  followingSentenceDate,
  precedingSentenceDate,
  shareDates,
} from './neighbour-dates.js';
import { findSubject } from './subject.js';
import { listItemSubject } from './listed-company-items.js';
import { isDisclosedUnit, isReportedOfOthers, reportedClauseStart } from './reported-clauses.js';
import { findRestructuringActions } from './restructuring-actions.js';
import { CUT_EXERCISE_RE } from './cut-exercises.js';
import { boxFigure, explainerFigure, isCutHeading } from './explainer-figures.js';
import {
  ANNOUNCE_RE,
  CUMULATIVE_RE,
  CUT_JOBS_RE,
  PLANNED_BEFORE_RE,
  POSSESSIVE_CUTS_RE,
  PROGRAMME_RE,
  YEARS_SPAN_RE,
} from './triggers.js';
import { type Draft, cutClass } from './draft.js';
import { isEarlierRound } from './earlier-figure-rounds.js';
import { finalize, unifyKinds } from './finalize-events.js';
import { isNewsDay } from './same-week.js';
import { absorbBreakdowns, adoptOrgOfSameFigure, foldVagueFigures, mergeDefiniteMentions } from './merge-drafts.js';
import { pickDate, statusOf } from './pick-date.js';
import { foldRetoldRounds } from './retold-rounds.js';
import { adoptLedeOrganization, foldCountlessHeadlines } from './headline-rounds.js';
import { gappedFigure, passiveAgent, respectiveFigures } from './roundup-figures.js';
import { nominalAgent } from './nominal-agent.js';
import { isRivalAside, isSideDeal } from './side-remarks.js';
import { placedCompany } from './placed-object.js';
import { parentOfPassivePart, possessiveOwner } from './action-owner.js';
import { timelineHeadingDate } from './timeline-dates.js';
import { dropSiteStaffOfLargerRounds, mayTellSiteStaff, staffOfClosedSites } from './site-headcounts.js';
import { attachWorkforceShares } from './workforce-share.js';
import { dropDeniedReports } from './denied-reports.js';
import { dropSupersededProposals } from './superseded-proposals.js';
import { shareOfToldRound } from './told-round-share.js';
import { absorbSummedParts } from './summed-parts.js';
import { isStateBody } from '../ner/org-names.js';
import { isFamily } from './family-rounds.js';
import { continuesTally, isEconomyTally, isRateFigure, isTradesVagueFigure } from './unowned-figures.js';
import { corporateActionNews } from './corporate-action-news.js';
import { dropUnionRounds } from './union-rounds.js';
import { workplaceEmployer } from './workplace-employer.js';

/**
 * Restructuring actions that are events of their own rather than part of a round of cuts: a sale, spin-off, split or
 * break-up ("will split its mobile and network divisions into separate businesses" beside "to cut 800 jobs"),
 * insolvency or delisting.
 */
const TRANSACTIONS = new Set(['sale of a unit', 'spin off', 'split', 'break-up noun', 'insolvency', 'delisting']);
/** "has been restructuring", "have been overhauling": a restructuring going on, told without its own start. */
const ONGOING_BEFORE_RE = /\b(?:has|have|had)\s+been\s+$/i;
/** How a sentence ends; a line without it is a headline. */
const HEADLINE_END_RE = /[.!?]["”’)]?$/;
/** Companies a gapped list may pair with figures after the first ("…, Marlow 400, Tamsa 120 and Vessla 90"). */
const MAX_GAPPED = 8;
/**
 * "whether to close the plant", "the group may eventually need to separate its parcels arm": weighed or foreseen by
 * others, not done; "Before that, Vessla had considered selling its castings arm": weighed once, before the move the
 * article reports (not "is considering selling", a move in view).
 */
const WEIGHED_BEFORE_RE =
  /\b(?:(?:how|whether|when|where)\s+to|(?:may|might|could|would)\s+(?:eventually\s+|ultimately\s+|one\s+day\s+|yet\s+)?(?:need|have)\s+to|had\s+(?:(?:previously|once|earlier|also)\s+)?(?:considered|explored|weighed|contemplated|mulled))\s+$/i;
/**
 * "would resist any attempt to break up the group", "has scrapped plans to sell its unit", "regulators blocked a plan
 * by Hallberg to sell …": a move no one has made (any attempt) or one dropped or blocked, no restructuring of its own
 * (unlike "unveiled plans to sell" or "opposed the plan to sell", a plan that stands).
 */
const DROPPED_PLAN_BEFORE_RE =
  /\b(?:(?:resist|oppos|fight|fought|block|prevent)\p{L}*\s+any\s+(?:attempts?|plans?|moves?|efforts?|bids?)|(?:scrap|drop|abandon|shelv|ditch|block)\p{L}*\s+(?:(?:its|their|the|a|an)\s+)?(?:(?:earlier|previous|original)\s+)?(?:attempts?|plans?|moves?|proposals?|bids?|efforts?))(?:\s+by\s+[^,.;]{1,40}?)?\s+to\s+$/iu;
const ASIDE_LEAD_RE = /^(?:The|This|That|These|Those|Its|Their)\s[^,]{1,60},/;
const REFERENTIAL_TO_RE = /\b(?:decision|move|need|pressure|efforts?|choice)\s+to\s+$/i;

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
  const masks = new Uint32Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const mask = tokenMask(tokens[i]!);
    // "9%": a number with a percent sign is a share (the sign is no token of its own).
    masks[i] = mask === F.number && ctx.work.charCodeAt(tokens[i]!.end) === 37 ? mask | F.percent : mask;
  }
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
    // "The figure, disclosed alongside results on Thursday, is …": a date for the round reported just before.
    // (ASIDE_LEAD_RE opens with The/This/…/Its/Their: a capital T or I first.)
    const first = s.text.charCodeAt(0);
    if (drafts.length > 0 && (first === 84 || first === 73) && ASIDE_LEAD_RE.test(s.text)) {
      const aside = anaphoricAsideDate(
        ctx.work,
        s,
        findDates(ctx.work, s.start, s.end, ctx.publishedAt, ctx.publishedAt),
      );
      const earlier = aside && lastDraft(drafts, (d) => cutClass(d.kind) === 'cut', si, 3);
      if (aside && earlier && earlier.when === null) earlier.when = aside.value;
      if (aside && !(mask & (EVENT_FAMILIES | F.percent | F.surplus))) return;
    }
    // "22,000 more positions than it will need", "500 jobs were threatened": "than"/"too"/"threatened"/"face" count
    // only beside a number (they are common words).
    if (
      !(mask & (EVENT_FAMILIES | F.percent | F.voluntary)) &&
      !(mask & (F.surplus | F.risk | F.cue) && mask & F.number) &&
      !(mask & F.number && isCutHeading(ctx.work, ctx.sentences[si - 1], s)) &&
      !(mask & F.number && mayTellSiteStaff(s.text))
    )
      return;
    // "Will Norrvik cut more jobs under its new owners?": a question reports nothing.
    if (s.text.charCodeAt(s.text.length - 1) === 63) return;
    const hits = findQuantityHits(ctx.work, s, st);
    // "## What is being cut?" then "- 2,389 positions in total": an explainer's figure without a verb.
    // "4,000" on its own line, then "Jobs to go across Europe …": a numbers box.
    const listed =
      hits.length === 0
        ? (explainerFigure(ctx.work, s, ctx.sentences[si - 1]) ?? boxFigure(ctx.work, s, ctx.sentences[si - 1]))
        : null;
    if (listed) hits.push(listed);
    if (reference === undefined)
      reference = ctx.publishedAt ?? findReferenceDate(ctx.work, ctx.sentences[0]?.start ?? 0);
    const prev = ctx.sentences[si - 1];
    const dates = () =>
      findDates(
        ctx.work,
        s.start,
        s.end,
        ctx.publishedAt,
        reference ?? null,
        prev ? monthYearIn(ctx.work, prev.start, prev.end) : undefined,
        prev ? lastYearOf(ctx.work, prev.start, prev.end) : undefined,
      );
    const claimed = new Set<DateMention>();
    if (hits.length === 0 && siteStaffRound(ctx.work, s, si, drafts)) return;
    if (hits.length === 0) return bareEvents(ctx, s, si, dates, drafts, st, false);
    withFigures.add(si);
    const sentenceDates = dates();
    // "When the parent went into administration in September, it said 50 people would go": a sale, spin-off or
    // insolvency beside a figure is an event of its own.
    if (st.mask & F.structure) bareEvents(ctx, s, si, () => sentenceDates, drafts, st, true);
    const aside = anaphoricAsideDate(ctx.work, s, sentenceDates);
    // "That first round, unveiled in February 2023, will eliminate about 2,600 jobs" with no round reported just
    // before: the aside dates this sentence's own figure (left unclaimed for it).
    const earlier = aside ? lastDraft(drafts, (d) => cutClass(d.kind) === 'cut', si, 3) : undefined;
    if (aside && earlier) {
      claimed.add(aside);
      if (earlier.when === null) earlier.when = aside.value;
    }
    let sentenceOrg: string | null | undefined;
    let previousDate: string | null = null;
    /** The round the sentence's previous figure started ("cut 1,184 jobs" before ", reducing its workforce by 8%"). */
    let previousRound: Draft | undefined;
    hits.forEach((h, i) => {
      const round = previousRound;
      previousRound = undefined;
      if (comparedShare(ctx.work, s.start, h)) return;
      // "- PT Kestrel Busana, Orsk: 340 layoffs;": a list item opened by its company (no headline, though unstopped).
      const itemSubject = listItemSubject(ctx, s, h.start);
      // "640 staff working at Kestrel Shipping will be let go": the workplace named is the employer.
      const workplace = itemSubject ? null : workplaceEmployer(ctx, h.start, h.end);
      const found =
        itemSubject ??
        (workplace
          ? { orgs: [workplace], explicit: true, generic: false, hypothetical: false, clauseStart: s.start }
          : findSubject(ctx, s, h.trigger));
      // "A further 760 were let go in September" just after a trade's or a country's tally: that tally goes on.
      const subj =
        !found.generic && continuesTally(ctx, drafts, si, s.end, found.explicit) ? { ...found, generic: true } : found;
      if (subj.hypothetical || isTradesVagueFigure(subj.generic, h)) return;
      if (isRateFigure(ctx.work, h, hits[i + 1]?.start ?? s.end)) return;
      // "has accepted 1,184 applications for voluntary redundancy, reducing its workforce by about 8.5 percent": a
      // share told by a participle right after the count is that round's, never a round of its own.
      if (
        round &&
        round.percent === null &&
        h.count === null &&
        !h.countText &&
        h.percent !== null &&
        !h.cumulative &&
        (h.kind === 'layoff' || h.kind === 'restructuring') &&
        PARTICIPLE_SHARE_RE.test(ctx.work.slice(hits[i - 1]!.end, h.end))
      ) {
        round.percent = h.percent;
        return;
      }
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
      const own = ownClause(ctx.work, h, next);
      // "its fourth round of job cuts since early 2022": "since" dates the comparison, neither the round nor a total.
      const comparison = !!date?.since && FIRST_SINCE_RE.test(own);
      // "then in March 2024 added 1,750 positions, bringing the total to 7,150": the total as of that step.
      const when = (comparison ? null : date?.value) ?? (h.cumulative ? previousDate : null);
      previousDate = when;
      // "- 2,389 positions in total": a listed figure's "in total" sums the plan, no running total.
      const cumulative =
        isCut &&
        h !== listed &&
        (!!h.cumulative ||
          ((runningTotal(ctx.work, s.start, h, own) ||
            (YEARS_SPAN_RE.test(own) && !plannedBefore(ctx.work, s.start, h.start))) &&
            !FIRST_SINCE_RE.test(own)) ||
          (!!date?.since && !comparison));
      // "adding to the 2,000 layoffs announced by Kestrel": the passive's agent owns the figure.
      const agent = passiveAgent(ctx, h.end, next) ?? nominalAgent(ctx, h.start, h.end, next);
      const org = agent
        ? agent
        : subj.generic || isEconomyTally(subj.explicit, h)
          ? null
          : !subj.explicit && sentenceOrg !== undefined
            ? sentenceOrg
            : (subj.orgs[0] ?? null);
      sentenceOrg = org;
      if (isCut && (h.definite || (!subj.explicit && h.count === null && !h.countText))) {
        // "Nissan announced the loss of 9,000 jobs" after Michelin's plant closures: a count whose clause names its
        // company refines only that company's round.
        const onlyOf = subj.explicit && org !== null && h.count !== null ? org : undefined;
        // "The cuts represent about 4% of the Grid Systems workforce": the share names whose round it is.
        const shareOf =
          subj.explicit && org !== null && h.count === null && !h.countText
            ? { id: org, name: ctx.entities.get(org)?.name ?? '', nameOf: (id: string) => ctx.entities.get(id)?.name }
            : undefined;
        if (refine(ctx.work, drafts, h, si, s, when, onlyOf, false, false, shareOf)) return;
      } else if (
        isCut &&
        (!subj.explicit || (!ANOTHER_ROUND_RE.test(s.text) && !WORKED_OUT_RE.test(s.text))) &&
        h.count !== null &&
        h.percent === null &&
        !h.cumulative &&
        org !== null
      ) {
        // "Kora Bank is slashing a third of its staff. About 10,000 job cuts are planned.": a count told without its
        // company is the company's round just reported with a share alone; so is an undated count told with it ("The
        // lender, which has 300 employees, has issued 106 of them with redundancy letters"), unless it says it is
        // another round; a dated one ("plans to eliminate about 9% of its workforce. X will cut 2,800 jobs, it said
        // Wednesday.") only a round not dated otherwise.
        if (refine(ctx.work, drafts, h, si, s, when, org, true, subj.explicit && when !== null)) return;
      } else if (isCut && h.count !== null && h.percent !== null && !h.cumulative && org !== null) {
        // "around 12% of roles will be cut … a net reduction of approximately 400 roles (12%)": the same share told
        // with its count is the round the share alone reported a few sentences before.
        if (refine(ctx.work, drafts, h, si, s, when, org, true)) return;
      } else if (
        isCut &&
        subj.explicit &&
        org !== null &&
        h.count === null &&
        !h.countText &&
        h.percent !== null &&
        !h.cumulative &&
        !ANOTHER_ROUND_RE.test(s.text) &&
        statusOf(ctx.work.slice(subj.clauseStart, h.end), s.text, h.kind) !== 'completed'
      ) {
        // "Norrvik Insurance will shed 1,200 posts. … The insurer is trimming its workforce by about 8%.": the share
        // of the round the company told just before (see told-round-share.ts).
        const share = {
          org,
          percent: h.percent,
          when,
          si,
          sentence: s,
          clause: ctx.work.slice(subj.clauseStart, next),
        };
        if (shareOfToldRound(drafts, share)) return;
      } else if (isCut && h.count === null && h.countText && org !== null) {
        // "… will lay off a tenth of its workforce. … hundreds of jobs would go": a vague count is the same
        // company's round just reported without one.
        if (refine(ctx.work, drafts, h, si, s, when, org)) return;
      }
      if (cumulative && h.count === null) return;
      const kind: EventKind = h.kind;
      const draft: Draft = {
        kind,
        org,
        count: h.count,
        ...(h.countText ? { countText: h.countText } : {}),
        percent: h.percent,
        when,
        cumulative,
        status: statusOf(ctx.work.slice(subj.clauseStart, h.end), ctx.work.slice(s.start, s.end), kind),
        evidence: [s],
        si,
        bare: false,
        named: subj.explicit,
        ...(subj.generic ? { generic: true } : {}),
        ...(h.definite ? { definite: true } : {}),
        ...(h.derived ? { derived: true } : {}),
        ...(h.siteStaff ? { siteStaff: true } : {}),
        headline: !itemSubject && !HEADLINE_END_RE.test(s.text),
        clause: { start: subj.clauseStart, end: next },
        figure: { start: h.start, end: h.end },
      };
      // "Kestrel and Marlow cut 2,000 and 1,500 jobs respectively": one round per company, in order.
      const pairs = isCut && subj.explicit ? respectiveFigures(ctx.work, subj.orgs, h, s.end) : null;
      if (pairs) {
        for (const p of pairs) drafts.push({ ...draft, org: p.org, count: p.count, evidence: [s] });
        return;
      }
      drafts.push(draft);
      if (isCut && h.count !== null && !cumulative) previousRound = draft;
      // "Kestrel has announced 2,000 job cuts and Marlow 1,500": the second company's round, its verb left out (and
      // the third's, and so on, in a list: "…, Marlow 400 and Tamsa 120").
      let from = h.end;
      for (let k = 0; isCut && h.count !== null && k < MAX_GAPPED; k++) {
        const gapped = gappedFigure(ctx, from, s.end, org);
        if (!gapped) break;
        drafts.push({
          ...draft,
          org: gapped.org,
          count: gapped.count,
          percent: null,
          when: gapped.dated
            ? (sentenceDates.find((d) => d.start >= gapped.end && d.start <= gapped.end + 12)?.value ?? null)
            : draft.when,
          named: true,
          evidence: [s],
          figure: { start: from, end: gapped.end },
        });
        from = gapped.end;
      }
    });
  });
  const nextDates = new Map<number, string | null>();
  /** Sentences that tell an event or a figure: an announcement's day reaches no round past them. */
  const told = new Set<number>([...withFigures, ...drafts.map((d) => d.si)]);
  for (const d of drafts) {
    if (d.when === null && !d.cumulative) d.when = timelineHeadingDate(ctx.work, ctx.sentences, d.si, ctx.publishedAt);
    const ni = toldAfter(ctx, d.si);
    const next = ctx.sentences[ni];
    if (d.when === null && !d.cumulative && next && !withFigures.has(ni))
      d.when = cached(nextDates, ni, () => followingSentenceDate(ctx.work, next, ctx.publishedAt));
    const prev = ctx.sentences[d.si - 1];
    if (d.when === null && !d.cumulative && prev && !withFigures.has(d.si - 1))
      d.when =
        precedingSentenceDate(ctx.work, prev, d.evidence[0]!, ctx.publishedAt) ??
        continuedSpeakerDate(ctx.work, prev, d.evidence[0]!, ctx.publishedAt);
    // Only the first round with a figure told after the announcement (no event between), and one still to come (not
    // "had already cut 500").
    if (
      d.when === null &&
      !d.cumulative &&
      !d.bare &&
      (d.count !== null || d.percent !== null) &&
      d.status !== 'completed' &&
      cutClass(d.kind) === 'cut'
    )
      d.when = announcementDayBefore(ctx.work, ctx.sentences, d.si, told, ctx.publishedAt);
  }
  dropSiteStaffOfLargerRounds(ctx.work, ctx.sentences, drafts);
  adoptOrgOfSameFigure(drafts);
  adoptLedeOrganization(ctx, drafts);
  const rounds = foldVagueFigures(
    ctx.work,
    mergeDefiniteMentions(foldCountlessHeadlines(foldRetoldRounds(ctx.work, foldDerived(drafts)))),
    (a, b) => isFamily(ctx, a, b),
  );
  unifyKinds(rounds);
  // The body's date of the same figure first ("Acme sacks 600" in a headline, "confirmed on Friday" in the lede).
  shareDates(rounds);
  // "Norrvik to cut 15% of staff" as a headline, dated nowhere in the body: the news of the day the article speaks
  // from (its publication or dateline day).
  const day = ctx.publishedAt?.slice(0, 10);
  if (day && /^\d{4}-\d{2}-\d{2}$/.test(day)) {
    // "Tarvo Motors board clears split into two companies": a headline restructuring without a figure too, when its
    // organization has no round with a figure that could be dated otherwise (the headline's news joins that round).
    const counted = new Set(rounds.filter((o) => !o.bare && cutClass(o.kind) === 'cut').map((o) => o.org));
    const toldInLede = ledeDaysOf(rounds, day);
    for (const d of rounds)
      if (
        d.when === null &&
        d.headline &&
        d.si === 0 &&
        !d.cumulative &&
        cutClass(d.kind) === 'cut' &&
        !(d.bare && (counted.has(d.org) || toldInLede.has(moveKey(d))))
      )
        d.when = day;
    // "Reach is to cut up to 450 jobs, …" as the first sentence of the body, dated nowhere: the same news of the day
    // (its first figure only: "on top of 1,600 who left" or "after a first round of 4,000" is an earlier round).
    const lede = ledeIndex(ctx);
    let first: Draft | undefined;
    for (const d of rounds)
      if (d.si === lede && !d.bare && d.figure && (!first || d.figure.start < first.figure!.start)) first = d;
    // "… to offer up to 3,800 voluntary departures at its Italian sites this year": "this year" is when the cuts
    // fall, the day of the news dates the round (as a dateline or "said on Tuesday" does).
    const thisYear =
      first?.when === day.slice(0, 4) &&
      THIS_YEAR_RE.test(ctx.work.slice(first.evidence[0]!.start, first.evidence[0]!.end));
    if (first && (first.when === null || thisYear) && !first.cumulative && cutClass(first.kind) === 'cut')
      first.when = day;
    else if (!first) dateFigurelessLede(rounds, lede, day);
    shareDates(rounds);
  }
  const events = finalize(
    ctx,
    absorbBreakdowns(
      ctx.work,
      attachWorkforceShares(
        ctx.work,
        ctx.sentences,
        absorbSummedParts(
          ctx.work,
          ctx.sentences,
          dropDeniedReports(ctx.work, ctx.sentences, dropSupersededProposals(ctx.work, rounds)),
        ),
      ),
      ctx.parentOf,
    ),
  );
  return corporateActionNews(ctx, dropUnionRounds(ctx, events));
}

/** How far into the body a headline's move without a figure is told again with its day. */
const LEDE_DAY_REACH = 3;

/**
 * "Kestrel to split into three" as the headline, "The move follows a review. Kestrel said on Tuesday it would split
 * into three companies." below it: a move without a figure the first sentences tell on a day of the week before the
 * article's `day` is the headline's news, so the headline joins it rather than taking the article's day. Keys
 * organization, kind and whether it is a sale, spin-off or insolvency.
 */
function ledeDaysOf(rounds: Draft[], day: string): Set<string> {
  const keys = new Set<string>();
  for (const o of rounds)
    if (o.bare && !o.headline && o.si > 0 && o.si <= LEDE_DAY_REACH && isNewsDay(o.when, day)) keys.add(moveKey(o));
  return keys;
}

/** What makes two mentions without a figure the same move: organization, kind and whether it is a transaction. */
const moveKey = (d: Draft) => `${d.org}|${d.kind}|${!!d.transaction}`;

/**
 * The sentence that tells what sentence `si` reports: the next one, or the one after a date stamp line standing
 * between them ("Kestrel to split into three" as the headline, "November 7, 2019" below it, then the lede "Kestrel
 * said on Tuesday it would split …": the lede's day dates the headline).
 */
function toldAfter(ctx: DocContext, si: number): number {
  const next = ctx.sentences[si + 1];
  return next && isDateStampLine(next.text) ? si + 2 : si + 1;
}

const THIS_YEAR_RE = /\b(?:this|the current) (?:year|fiscal year)\b/i;

/**
 * The first sentence of the body, in an article with a title (a headline line before it, or a front-matter title):
 * the first of the first three that ends as a sentence does. -1 for a bare snippet of text (no article to date).
 */
function ledeIndex(ctx: DocContext): number {
  const titled = ctx.text.startsWith('---');
  for (let i = 0; i < 3 && i < ctx.sentences.length; i++)
    if (/[.!?]["”’)]?$/.test(ctx.sentences[i]!.text)) return i > 0 || titled ? i : -1;
  return -1;
}

/**
 * "about 18,000 jobs … will shrink the workforce from roughly 91,500 to about 74,000": a worked-out count within a
 * tenth of a count the text writes for the same organization is that round.
 */
function foldDerived(drafts: Draft[]): Draft[] {
  if (!drafts.some((d) => d.derived)) return drafts;
  return drafts.filter((d) => {
    if (!d.derived || d.count === null) return true;
    const c = d.count;
    let written: Draft | undefined;
    // Bounded: the first 400 drafts only (hostile input stays linear).
    for (let i = 0; i < drafts.length && i < 400 && !written; i++) {
      const o = drafts[i]!;
      if (!o.derived && o.org === d.org && o.count !== null && Math.abs(o.count - c) <= c / 10) written = o;
    }
    if (!written) return true;
    for (const e of d.evidence) addEvidence(written.evidence, e);
    return false;
  });
}

/**
 * "the first big restructuring since a consortium took it private", "its fourth round of job cuts since early
 * 2022": "since" dates the comparison, not a total.
 */
const FIRST_SINCE_RE =
  /\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)|biggest|largest|deepest|latest|worst)\s+(?:[\w-]+\s+){0,4}since\b/i;

/** True when the words just before a figure make it a plan ("is to shed 2,500 jobs in 4 years"), not a past total. */
function plannedBefore(work: string, from: number, at: number): boolean {
  return PLANNED_BEFORE_RE.test(work.slice(Math.max(from, at - 40), at));
}

/** "shed a total of 2,600 staff": "a total of" opening the figure of a cut. */
const TOTAL_OF_FIGURE_RE =
  /^[\p{L}\s-]{0,30}?\ba total of\s+[\d.,]+\s+(?:[\p{L}-]+\s+)?(?:jobs|employees|workers|staff|people|positions|posts|roles)\b/iu;
/**
 * Whether the figure's own clause tells a running total ("27,000 since early 2023", "a total of 5,000 so far"). A plan
 * told with "a total of" ("is to shed a total of 2,600 staff across three countries", its parts told after it) is
 * the size of that round, not a total of rounds, unless another cue of a running total stands in the clause.
 */
function runningTotal(work: string, from: number, h: QuantityHit, own: string): boolean {
  const m = CUMULATIVE_RE.exec(own);
  if (!m) return false;
  if (!/^a total of$/i.test(m[0]) || !TOTAL_OF_FIGURE_RE.test(own) || !plannedBefore(work, from, h.start)) return true;
  return CUMULATIVE_RE.test(own.slice(m.index + m[0].length));
}

/** A figure's own clause: from the figure to the next figure or the first clause break after it. */
const CLAUSE_BREAK_RE = /,\s+(?:as|which|while|with|after|because|when|although|though|but|who|where|and)\b|;|\s[—–]\s/;
function ownClause(work: string, h: QuantityHit, next: number): string {
  const tail = work.slice(h.end, next);
  const cut = CLAUSE_BREAK_RE.exec(tail);
  // One slice of the document (the figure and its tail are adjacent), not a concatenation to flatten.
  return work.slice(h.start, cut ? h.end + cut.index : Math.max(h.end, next));
}

/**
 * "… will wind down assembly at both plants. Some 4,000 employees work across the two factories.": the headcount of
 * the sites the sentence before closes is the count of that closure's round (its organization and date). One
 * sentence that tells no round may stand between ("… will shut its Orsk mill. Costs had made the mill unprofitable.
 * Outplacement help is offered to the 410 workers at the mill.").
 */
function siteStaffRound(work: string, s: Span, si: number, drafts: Draft[]): boolean {
  const last = drafts[drafts.length - 1];
  const closure = last && si - last.si <= 2 && last.bare && cutClass(last.kind) === 'cut' ? last : undefined;
  if (!closure || closure.transaction || !mayTellSiteStaff(s.text)) return false;
  const count = staffOfClosedSites(work, s, closure.evidence[0]);
  if (count === null) return false;
  drafts.push({
    ...closure,
    kind: 'layoff',
    count,
    evidence: [closure.evidence[0]!, s],
    si,
    bare: false,
    headline: false,
    siteStaff: true,
    figure: { start: s.start, end: s.end },
  });
  return true;
}

/**
 * "The reduction is modest compared with cuts of 12 percent at three rival insurers": a share the sentence compares the
 * round with is no round's share (a count after "more than" still is).
 */
const COMPARED_SHARE_RE =
  /\b(?:than|compared\s+(?:with|to)|versus|vs\.?)\s+(?:the\s+)?(?:cuts|job\s+cuts|reductions?|layoffs|declines?|falls?)\s+of\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+)?\d[\d.]*\s*(?:%|per\s?cent|percent|pc)$/i;
function comparedShare(work: string, from: number, h: QuantityHit): boolean {
  return (
    h.count === null && h.percent !== null && COMPARED_SHARE_RE.test(work.slice(Math.max(from, h.start - 60), h.end))
  );
}

/** The last draft at most `within` sentences before sentence `si` that satisfies `ok` (scans back only that far). */
function lastDraft(drafts: Draft[], ok: (d: Draft) => boolean, si: number, within: number): Draft | undefined {
  for (let i = drafts.length - 1; i >= 0 && si - drafts[i]!.si <= within; i--) if (ok(drafts[i]!)) return drafts[i];
  return undefined;
}

/** The value for `key`, computed once. */
function cached<T>(map: Map<number, T>, key: number, make: () => T): T {
  if (map.has(key)) return map.get(key)!;
  const value = make();
  map.set(key, value);
  return value;
}

/**
 * "…, meaning roughly 1,280 people will lose their jobs": a count the writer works out from the headcount stays apart
 * from the share it was worked out from (the gold convention keeps it an optional event of its own).
 */
const WORKED_OUT_RE =
  /\b(?:meaning|means|implying|implies|equating to|equates to|translat(?:es|ing) (?:in)?to|works out)\b/i;
/** Words that make a count a round of its own ("also", "a further 500", "300 more", "another round"). */
const ANOTHER_ROUND_RE =
  /\b(?:also|another|a further|further|additional|fresh|new round|second round|\d[\d,]*\s+more|more\s+(?:jobs|staff|workers|employees|roles|positions|people))\b/i;

/** ", reducing its workforce by about 8.5 percent": a participle after a comma that tells the share of the cut before. */
const PARTICIPLE_SHARE_RE =
  /^[^.;:,]{0,60}?,\s+(?:thereby\s+|effectively\s+)?(?:reducing|cutting|trimming|shrinking|lowering|slashing|bringing\s+down)\s+(?:its|their|the)\s+(?:[^.;:,]|[.,](?=\d)){0,50}$/i;

/** Most earlier drafts a new figure is compared with. */
const MAX_LOOK_BACK = 200;
/** "The job cuts announced Tuesday …", "The layoffs unveiled on May 3 …": a round named by the day it was told. */
const DATED_ROUND_RE =
  /^(?:The|These|Those)\s+(?:[\w-]+\s+){0,2}?(?:cuts|job cuts|layoffs|lay-offs|redundancies|job losses|reductions|job reductions)\s+(?:announced|unveiled|disclosed|outlined)\b/;
const DEFINITE_NOUN_RE =
  /\b(?:the|these|those)\s+(?:[\w-]+\s+)?(dismissals|layoffs|lay-offs|redundancies|job losses|departures|exits|retrenchments)\b/i;
const STEMS: Record<string, RegExp> = {
  dismissals: /\bdismiss/i,
  layoffs: /\blay(?:s|ing)?\s+off|\blaid\s+off|\blayoffs?/i,
  'lay-offs': /\blay-?offs?|\blaid\s+off/i,
  redundancies: /\bredundan/i,
  'job losses': /\bjob losses|\blose\b|\blost\b/i,
  departures: /\bdepart|\bleft\b/i,
  exits: /\bexit|\bleft\b/i,
  retrenchments: /\bretrench/i,
};

function refine(
  work: string,
  drafts: Draft[],
  h: QuantityHit,
  si: number,
  s: Span,
  when: string | null,
  /** Only a round of this organization (else the most recent round). */
  org?: string,
  /** Only a round told with a share and no count, at most three sentences back (the same share, when `h` has one). */
  shareRoundOnly = false,
  /** Only a round with no date or with `when`. */
  sameDateOnly = false,
  /** The organization a share-only sentence names ("4% of the Grid Systems workforce"; see onlyRoundShare). */
  shareOf?: ShareOf,
): boolean {
  const figureOnly = h.count === null && !h.countText;
  // "The 7,500 figure amounts to roughly 6% of …": the share of the round with that count, however far back.
  const namedCount = figureOnly ? namedCountOf(s.text) : null;
  // "the dismissals represent 4.5%": among recent rounds, the one written with the same word is meant.
  const noun = figureOnly ? DEFINITE_NOUN_RE.exec(s.text)?.[1]?.toLowerCase() : undefined;
  const stem = noun ? STEMS[noun] : undefined;
  // "The job cuts announced Tuesday represent about 3% of …": the share of the round announced that day, however far
  // back, and of its whole (the largest count of that day, or not dated yet), not of a part told after it.
  const dayOf = figureOnly && namedCount === null && when !== null && DATED_ROUND_RE.test(s.text) ? when : null;
  // Only recent drafts are candidates (a bounded look-back keeps this linear on hostile input).
  const order: number[] = [];
  const reach = figureOnly && namedCount === null && dayOf === null ? 3 : 40;
  for (let i = drafts.length - 1; i >= 0 && si - drafts[i]!.si <= reach && order.length < MAX_LOOK_BACK; i--)
    if (dayOf === null || drafts[i]!.when === dayOf || (drafts[i]!.when === null && drafts[i]!.status !== 'completed'))
      order.push(i);
  if (dayOf !== null) order.sort((a, b) => (drafts[b]!.count ?? -1) - (drafts[a]!.count ?? -1));
  // "… will affect 3,572 workers, below the 4,000 exits it first proposed. The adjustment represents around 13% …":
  // of a sentence's figures a share refines its first, the round, not a figure it is compared with.
  else if (figureOnly && namedCount === null) order.sort((a, b) => drafts[b]!.si - drafts[a]!.si || a - b);
  if (stem) {
    const near = (d: Draft) => (d.figure ? work.slice(Math.max(0, d.figure.start - 30), d.figure.end) : '');
    const named = order.filter((i) => si - drafts[i]!.si <= 3 && stem.test(near(drafts[i]!)));
    order.unshift(...named);
  }
  for (const i of order) {
    const d = drafts[i]!;
    // A sale or spin-off is an event of its own, never the round a figure refines.
    if (cutClass(d.kind) !== 'cut' || d.transaction || (org !== undefined && d.org !== org)) continue;
    if (figureOnly && !ofNamed(d, shareOf)) continue;
    if (dayOf !== null && d.percent !== null) return false;
    // A count refines a round reported without one: a bare announcement, or a share alone ("cut 17% … the cuts
    // would affect roughly 1,500 people") a few sentences back.
    const shareOnly = d.count === null && !d.countText && d.percent !== null && si - d.si <= 3;
    if (shareRoundOnly && (!shareOnly || (h.percent !== null && d.percent !== h.percent))) continue;
    if (sameDateOnly && d.when !== null && d.when !== when) continue;
    if (namedCount !== null ? d.count !== namedCount || d.percent !== null : false) continue;
    // "Hallberg will cut 10% of its staff" over "Hallberg plans to cut 12,000 jobs. The number represents almost a
    // tenth of its workforce.": the same share told again is that round, not a share-only round a later count fills.
    if (figureOnly && d.percent !== null && h.percent !== null && Math.abs(d.percent - h.percent) < 1) {
      if (si - d.si > 3) continue;
      addEvidence(d.evidence, s);
      return true;
    }
    if (
      figureOnly
        ? d.percent !== null || (namedCount === null && dayOf === null && si - d.si > 3)
        : !d.bare && !shareOnly
    )
      continue;
    // "Kestrel plans a new round of retrenchments. … “In 2024 alone, 60 workers were retrenched”": an earlier round.
    if (!figureOnly && d.bare && isEarlierRound(work, d, { text: s.text, si, when }, null)) continue;
    if (!figureOnly) {
      d.count = h.count;
      if (h.countText) d.countText = h.countText;
      // The figure is this sentence's: a headline announcement without a figure that it counts is no headline figure.
      if (d.bare) d.headline = false;
      d.bare = false;
      if (h.kind === 'layoff') d.kind = 'layoff';
    }
    if (h.percent !== null && d.percent === null) d.percent = h.percent;
    if (d.when === null && when !== null) d.when = when;
    addEvidence(d.evidence, s);
    return true;
  }
  return figureOnly && namedCount === null && dayOf === null && onlyRoundShare(drafts, h, si, s, org, shareOf);
}

/** The organization a share-only sentence names, and how to name the organizations of rounds. */
interface ShareOf {
  id: string;
  name: string;
  nameOf: (id: string) => string | undefined;
}

/**
 * A round of the organization a share names, of one whose name shares its first word ("Norrvik Cosmetics" for "30%
 * of Norrvik Japan's staff"), or one told with its name; true when the share names none.
 */
function ofNamed(d: Draft, shareOf?: ShareOf): boolean {
  if (!shareOf || d.org === shareOf.id || d.org === null) return true;
  const own = shareOf.nameOf(d.org);
  if (own && own.split(' ')[0] === shareOf.name.split(' ')[0]) return true;
  return shareOf.name.length > 2 && d.evidence.some((e) => e.text.includes(shareOf.name));
}

/**
 * "The job losses amount to around 5 percent of …", "The cuts represent …", "The overhaul will affect about 11% of the
 * workforce": a sentence opening with the round (or the plan it is part of) that sizes it as a share.
 */
const ROUND_OPENING_RE =
  /^(?:The|These|Those)\s+(?:[\w-]+\s+)?(?:(?:cuts|job cuts|job losses|reductions|job reductions|layoffs|lay[- ]offs|redundancies)\s+(?:would\s+|will\s+)?(?:amount|represent|equal|correspond|account|make\s+up)|(?:restructuring|reorganization|reorganisation|overhaul|plan|programme|program)\s+(?:would|will|could|may)\s+(?:affect|impact|hit)\b)/;
/**
 * The same back-reference inside a sentence: "Jane Roe told staff that the redundancies — involving
 * 12.5 percent of the payroll — start in May", "All told, the dismissals represented nearly 8% of its staff": the
 * round named with a definite article, then the verb that sizes it.
 */
const ROUND_SHARE_RE =
  /\b(?:the|these|those)\s+(?:[\w-]+\s+)?(?:cuts|job cuts|job losses|reductions|job reductions|layoffs|lay[- ]offs|redundancies|dismissals|retrenchments)\s*(?:--|—|–|,)?\s*(?:would\s+|will\s+)?(?:amount(?:s|ed|ing)?\s+to|represent(?:s|ed|ing)?|equal(?:s|led|ed|ling|ing)?(?:\s+to)?|correspond(?:s|ed|ing)?\s+to|account(?:s|ed|ing)?\s+for|make\s+up|involv(?:e|es|ed|ing))\b/i;
/** How many sentences back the one round a share opening with it refines may lie. */
const ONLY_ROUND_REACH = 8;

/**
 * A share told by a sentence that opens with the round ("The job losses amount to around 5 percent of the
 * workforce.") farther back than a few sentences: the share of the one round with a count the last sentences
 * report (none when they report two).
 */
function onlyRoundShare(
  drafts: Draft[],
  h: QuantityHit,
  si: number,
  s: Span,
  org?: string,
  shareOf?: ShareOf,
): boolean {
  if (h.percent === null || !(ROUND_OPENING_RE.test(s.text) || ROUND_SHARE_RE.test(s.text))) return false;
  // "The cuts represent about 4% of the Grid Systems workforce" after "Hallberg will cut 2,700 jobs from its Grid
  // Systems division" and a rival's 450: only rounds of that organization, or told with its name, are candidates.
  let round: Draft | undefined;
  for (let i = drafts.length - 1; i >= 0 && si - drafts[i]!.si <= ONLY_ROUND_REACH; i--) {
    const d = drafts[i]!;
    if (cutClass(d.kind) !== 'cut' || d.transaction || d.count === null || d.cumulative) continue;
    if ((org !== undefined && d.org !== org) || !ofNamed(d, shareOf)) continue;
    if (round && round.count !== d.count) return false;
    round = d;
  }
  if (!round || round.percent !== null) return false;
  round.percent = h.percent;
  addEvidence(round.evidence, s);
  return true;
}

/**
 * "The 7,500 figure …", "The 1,200 job cuts …", "We estimate the 2,000 roles …": a sentence that opens by naming a count
 * already reported.
 */
const NAMED_COUNT_LEAD_RE =
  /^(?:\p{Lu}\w*\s+(?:estimates?|calculates?|reckons?)\s+(?:that\s+)?(?:the|these|those)|The|These|Those) (\d{1,3}(?:,\d{3})+|\d+) (?!%|per\s?cent|percent)/u;
function namedCountOf(sentence: string): number | null {
  const m = NAMED_COUNT_LEAD_RE.exec(sentence);
  return m ? Number(m[1]!.replace(/,/g, '')) : null;
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
  transactionsOnly: boolean,
): void {
  if (!(st.mask & (F.cutNoun | F.cutVerb | F.restructure | F.structure | F.voluntary))) return;
  const body = ctx.work.slice(s.start, s.end);
  const found: Array<{
    at: number;
    end: number;
    cn: string;
    orgs?: string[];
    transaction?: boolean;
    programme?: boolean;
    /** A split or break-up (told with "also", still news of its own: see isSideDeal). */
    split?: boolean;
    /** The company acted upon: the object of "placed … in administration" (see RestructuringAction). */
    object?: { start: number; end: number };
  }> = [];
  for (const re of st.mask & (F.cutNoun | F.cutVerb | F.restructure | F.voluntary) && !transactionsOnly
    ? [ANNOUNCE_RE, CUT_JOBS_RE, PROGRAMME_RE, CUT_EXERCISE_RE]
    : []) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(body)) !== null) {
      if (body[m.index - 1] === '-' || REFERENTIAL_TO_RE.test(body.slice(Math.max(0, m.index - 20), m.index))) continue;
      const at = s.start + m.index;
      if (found.some((f) => f.at < at + m![0].length && f.end > at)) continue;
      found.push({
        at,
        end: at + m[0].length,
        cn: m.groups?.cn ?? 'cuts',
        ...(re === PROGRAMME_RE ? { programme: true } : {}),
      });
    }
  }
  if (st.mask & F.structure)
    for (const a of findRestructuringActions(body, s.start, st.tokens, st.from, st.to))
      if (!found.some((f) => f.at < a.end && f.end > a.start) && (!transactionsOnly || TRANSACTIONS.has(a.rule))) {
        // "the operating model Roe unveiled in January": the executive who unveiled it acts for their company.
        const executive = mentionsIn(ctx, a.start, a.end).find((m) => m.type === 'Person');
        const employer = executive ? ctx.roleOf?.get(executive.id) : undefined;
        // "…, the first sale in Kestrel’s retail exit from 13 markets": the possessive names who moves.
        const owner = employer ?? possessiveOwner(ctx, s.start, a.start);
        found.push({
          at: a.start,
          end: a.end,
          cn: 'restructuring',
          transaction: TRANSACTIONS.has(a.rule),
          ...(a.rule === 'split' ? { split: true } : {}),
          ...(owner ? { orgs: [owner] } : {}),
          ...(a.object ? { object: a.object } : {}),
        });
      }
  for (const o of transactionsOnly ? [] : mentionsIn(ctx, s.start, s.end)) {
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
    const placed = f.object ? placedCompany(ctx, s, f.object) : null;
    if (placed) f.orgs = [placed];
    const subj = f.orgs ? null : findSubject(ctx, s, f.at);
    if (subj && (subj.hypothetical || !subj.explicit || subj.generic)) continue;
    // "thinking about how to sell its stake", "whether to close the plant": weighed, not done.
    if (WEIGHED_BEFORE_RE.test(body.slice(Math.max(0, f.at - s.start - 40), f.at - s.start))) continue;
    if (DROPPED_PLAN_BEFORE_RE.test(body.slice(Math.max(0, f.at - s.start - 80), f.at - s.start))) continue;
    // "Since 2021 the bank has been restructuring its network": a process going on for years, no event of its own.
    if (
      f.cn === 'restructuring' &&
      ONGOING_BEFORE_RE.test(body.slice(Math.max(0, f.at - s.start - 16), f.at - s.start)) &&
      /^\w+ing\b/.test(body.slice(f.at - s.start, f.end - s.start))
    )
      continue;
    if (subj && f.cn === 'restructuring' && isReportedOfOthers(ctx, s, f.at, subj.clauseStart)) continue;
    if (subj && isRivalAside(ctx, subj.clauseStart, f.at)) continue;
    // "Trade union Vakka said Hallberg had announced restructuring …": the reported clause names who acts.
    const reported = subj ? reportedClauseStart(ctx, s, f.at, subj.clauseStart) : null;
    // Only the reported clause's own subject acts ("said Hallberg had announced …", not "said it had entered talks
    // with Norrvik for the sale of …").
    const actor =
      reported !== null
        ? mentionsIn(ctx, reported, f.at).find(
            (m) => isOrg(m) && /^\s*(?:the\s+)?$/i.test(ctx.work.slice(reported, m.start)),
          )
        : undefined;
    if (subj && actor && !isDisclosedUnit(ctx, subj.clauseStart, reported!, actor)) subj.orgs = [actor.id];
    // "Vessla will be split into two": a unit with a known parent undergoes the move, the parent makes it.
    if (subj && f.cn === 'restructuring')
      subj.orgs = [...new Set(subj.orgs.map((org) => parentOfPassivePart(ctx, s.start, f.at, org) ?? org))];
    const kind: EventKind = /restructur|reorg|overhaul|freez|froze|paus/i.test(f.cn) ? 'restructuring' : 'layoff';
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
    // "the Ministry of Finance sold part of its holding to a state fund": a ministry or regulator dealing in a company
    // it owns or oversees is the state's act, no restructuring of a company's own.
    const actors = (f.orgs ?? subj!.orgs).filter(
      (org) => !(f.transaction && isStateBody(ctx.entities.get(org)?.name ?? '')),
    );
    const counterparty = f.transaction ? counterpartyOf(ctx, f.end, s.end, actors) : undefined;
    for (const org of actors) {
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
        ...(HEADLINE_END_RE.test(s.text) ? {} : { headline: true }),
        ...(f.transaction ? { transaction: true } : {}),
        ...(f.transaction && isSideDeal(body.slice(0, f.at - s.start), f.split) ? { sideDeal: true } : {}),
        ...(f.programme ? { programme: true } : {}),
        ...(f.split ? { split: true } : {}),
        ...(counterparty ? { counterparty } : {}),
      });
    }
  }
}

/** Before the buyer or partner of a deal: "… stake in Kora Brewing to Tolvo", "merge with Vessa", "bought by Marlo". */
const BUYER_BEFORE_RE = /\b(?:to|with|by)\s+(?:the\s+)?$/i;

/**
 * The other party of a sale, spin-off or merger told from `from` to `end`: the organization after "to"/"with"/"by"
 * (the buyer: "sell its 58% stake in Kora Brewing to Tolvo" is Tolvo's, not Kora Brewing's), else the first
 * organization named after the action that is none of its actors.
 */
function counterpartyOf(ctx: DocContext, from: number, end: number, actors: string[]): string | undefined {
  const parties = mentionsIn(ctx, from, end).filter((m) => isOrg(m) && !actors.includes(m.id));
  const buyer = parties.find((m) => BUYER_BEFORE_RE.test(ctx.work.slice(Math.max(from, m.start - 12), m.start)));
  return (buyer ?? parties[0])?.id;
}

/**
 * "Kestrel Air has notified unions that it will declare an unspecified number of staff redundant" as the lede, with
 * no figure and no date: the news of the day the article speaks from, as a lede's first figure is. Only a round the
 * lede announces (not one already carried out, a sum of a trade's cuts, or a move of a company with a round that has a
 * figure).
 */
function dateFigurelessLede(rounds: Draft[], lede: number, day: string): void {
  const inLede = rounds.filter((d) => d.si === lede && cutClass(d.kind) === 'cut');
  if (inLede.length !== 1) return;
  const d = inLede[0]!;
  if (d.when !== null || !d.bare || d.cumulative || d.generic || d.status === 'completed' || d.sideDeal) return;
  // "Hallberg is merging two divisions … It will cut 2,000 jobs": the lede's move joins the round with a figure.
  if (rounds.some((o) => o !== d && o.org === d.org && !o.bare && cutClass(o.kind) === 'cut')) return;
  d.when = day;
}
