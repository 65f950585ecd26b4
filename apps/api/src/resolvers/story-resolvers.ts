import {
  preferenceReason,
  type ClaimBasis,
  type EvidenceRecord,
  type CitedRecord,
  type SourceRecord,
  type StoryRecord,
} from '@newsgraph/graph';
import type { ApiContext } from '../context.js';
import { userError } from '../errors.js';
import type {
  CompanyResolvers,
  EventResolvers,
  QueryResolvers,
  RunningTotalResolvers,
  SourceResolvers,
  StatementResolvers,
  StoryClaimResolvers,
  StoryResolvers,
  SupportResolvers,
  TotalsResolvers,
} from '../generated/resolvers-types.js';
import { pageSize, pageWindow } from './arguments.js';
import { toConnection } from './connection.js';
import { STORIES_SCOPE } from './cursor-scopes.js';
import type { LeadershipChange } from './enum-values.js';
import { loadCited } from './node-resolvers.js';

/** Claims read to explain the preferred figure and list a story's events (enough for any real story's sources). */
const CLAIMS_FOR_SUMMARY = 100;

const claimsOf = (ctx: ApiContext, story: StoryRecord, first: number) =>
  ctx.loaders.storyClaims(`${first}|${story.asOf ?? ''}`).load(story.id);

const present = <T>(items: Array<T | null>): T[] => items.filter((item): item is T => item !== null);

async function sources(ctx: ApiContext, ids: readonly string[]): Promise<SourceRecord[]> {
  return present(await Promise.all(ids.map((id) => ctx.loaders.source.load(id))));
}

/** The cited sources and companies (named outlets) a figure rests on, those still there. */
async function citedAll(ctx: ApiContext, ids: readonly string[]): Promise<CitedRecord[]> {
  return present(await Promise.all(ids.map((id) => loadCited(ctx, id))));
}

/** Root fields: each one Cypher statement; nested lists through the per-request loaders. */
export const storyQueryResolvers: Pick<QueryResolvers, 'stories' | 'story' | 'totals' | 'statements'> = {
  stories: async (_, args, { graph }) =>
    toConnection(
      await graph.storiesPage({
        filter: {
          organization: args.organization,
          includeUnits: args.includeUnits,
          kind: args.kind,
          runningTotal: args.runningTotals,
          from: args.from,
          to: args.to,
          asOf: args.asOf,
        },
        window: pageWindow(args, STORIES_SCOPE),
      }),
      STORIES_SCOPE.scope,
    ),
  story: (_, args, ctx) => ctx.loaders.story(args.asOf ?? '').load(args.id),
  totals: (_, args, { graph }) =>
    graph.totals({
      filter: {
        organization: args.organization,
        includeUnits: args.includeUnits,
        kind: args.kind,
        from: args.from,
        to: args.to,
        asOf: args.asOf,
      },
      groupBy: args.groupBy ?? 'YEAR',
    }),
  statements: (_, args, ctx) =>
    ctx.loaders.statementsBy(`${pageSize(args.first, 20)}|${args.asOf ?? ''}`).load(args.speaker),
};

const statementsField: NonNullable<CompanyResolvers['statements']> = (e, args, ctx) =>
  ctx.loaders.statementsBy(`${pageSize(args.first, 20)}|${args.asOf ?? ''}`).load(e.id);

const evidence = (sourceId: string, quotes: Array<{ start: number; end: number; text: string }>): EvidenceRecord[] =>
  quotes.map((q) => ({ sourceId, ...q }));

/** Fields of the new types, and the new fields of existing ones (merged in resolvers/index.ts). */
export const storyTypeResolvers: {
  Story: StoryResolvers<ApiContext>;
  StoryClaim: StoryClaimResolvers<ApiContext>;
  Totals: TotalsResolvers<ApiContext>;
  RunningTotal: RunningTotalResolvers<ApiContext>;
  Statement: StatementResolvers<ApiContext>;
  Support: SupportResolvers<ApiContext>;
  Event: EventResolvers<ApiContext>;
  Source: SourceResolvers<ApiContext>;
  Company: Pick<CompanyResolvers<ApiContext>, 'statements' | 'supports'>;
  Division: Pick<CompanyResolvers<ApiContext>, 'statements'>;
  Person: Pick<CompanyResolvers<ApiContext>, 'statements'>;
} = {
  Story: {
    organization: (s, _, ctx) => (s.orgId ? ctx.loaders.entity.load(s.orgId) : null),
    fromUnit: (s, _, ctx) => (s.fromUnitId ? ctx.loaders.entity.load(s.fromUnitId) : null),
    placedAt: (s) => s.when ?? s.firstReportedAt,
    preferred: async (s, _, ctx) => (await claimsOf(ctx, s, CLAIMS_FOR_SUMMARY))[0] ?? null,
    preferredBecause: async (s, _, ctx) => {
      const ranked = (await claimsOf(ctx, s, CLAIMS_FOR_SUMMARY)).map((c) => ({
        count: c.count,
        basis: c.basisKind as ClaimBasis,
        reportedAt: c.reportedAt,
        sourceId: c.sourceId,
        eventId: c.eventId,
      }));
      return ranked.length === 0 ? 'no source reported it yet' : preferenceReason(ranked[0]!, ranked.slice(1));
    },
    disagreement: (s) => {
      const counts = s.minCount != null && s.maxCount != null && s.minCount !== s.maxCount;
      const percents = s.minPercent != null && s.maxPercent != null && s.minPercent !== s.maxPercent;
      if (!counts && !percents) return null;
      return {
        minCount: s.minCount,
        maxCount: s.maxCount,
        spread: counts ? s.maxCount! - s.minCount! : null,
        ratio: counts && s.minCount! > 0 ? Math.round((s.maxCount! / s.minCount!) * 100) / 100 : null,
        minPercent: s.minPercent,
        maxPercent: s.maxPercent,
      };
    },
    claims: (s, args, ctx) => claimsOf(ctx, s, pageSize(args.first, 20)),
    sources: async (s, args, ctx) => {
      const claims = await claimsOf(ctx, s, CLAIMS_FOR_SUMMARY);
      return sources(ctx, [...new Set(claims.map((c) => c.sourceId))].slice(0, pageSize(args.first, 20)));
    },
    covers: (s, _, ctx) => (s.runningTotal ? ctx.loaders.covers(s.asOf ?? '').load(s.id) : []),
    events: async (s, _, ctx) => {
      const claims = await claimsOf(ctx, s, CLAIMS_FOR_SUMMARY);
      const ids = [...new Set(claims.map((c) => c.eventId))];
      return present(await Promise.all(ids.map((id) => ctx.loaders.event.load(id))));
    },
  },
  StoryClaim: {
    source: async (c, _, ctx) => {
      const source = await ctx.loaders.source.load(c.sourceId);
      if (!source) throw userError(`Source ${c.sourceId} no longer exists.`);
      return source;
    },
    event: async (c, _, ctx) => {
      const event = await ctx.loaders.event.load(c.eventId);
      if (!event) throw userError(`Event ${c.eventId} no longer exists.`);
      return event;
    },
    basis: (c, _, ctx) => citedAll(ctx, c.basis),
    evidence: (c) => evidence(c.sourceId, c.quotes),
  },
  Totals: {
    organization: (t, _, ctx) => ctx.loaders.entity.load(t.organizationId),
  },
  RunningTotal: {
    count: (t) => t.story.count,
    coversFrom: (t) => t.coversStart,
    coversTo: (t) => t.coversEnd,
  },
  Statement: {
    speaker: async (s, _, ctx) => {
      const speaker = await ctx.loaders.entity.load(s.speakerId);
      if (!speaker) throw userError(`Entity ${s.speakerId} no longer exists.`);
      return speaker;
    },
    quote: (s): EvidenceRecord => ({
      sourceId: s.sourceId,
      text: s.quote,
      start: s.start,
      end: s.end,
    }),
    attribution: (s): EvidenceRecord => ({
      sourceId: s.sourceId,
      text: s.attribution,
      start: s.attributionStart,
      end: s.attributionEnd,
    }),
    sentence: (s): EvidenceRecord => ({
      sourceId: s.sourceId,
      text: s.sentence,
      start: s.sentenceStart,
      end: s.sentenceEnd,
    }),
    source: async (s, _, ctx) => {
      const source = await ctx.loaders.source.load(s.sourceId);
      if (!source) throw userError(`Source ${s.sourceId} no longer exists.`);
      return source;
    },
    via: (s, _, ctx) => (s.viaId ? loadCited(ctx, s.viaId) : null),
  },
  Support: {
    article: async (s, _, ctx) => {
      const source = await ctx.loaders.source.load(s.articleId);
      if (!source) throw userError(`Source ${s.articleId} no longer exists.`);
      return source;
    },
    event: (s, _, ctx) => (s.eventId ? ctx.loaders.event.load(s.eventId) : null),
    statement: (s, _, ctx) => (s.statementId ? ctx.loaders.statement.load(s.statementId) : null),
    evidence: (s) => evidence(s.articleId, s.quotes),
  },
  Event: {
    story: async (e, args, ctx) => {
      const id = await ctx.loaders.storyOfEvent.load(e.id);
      return id ? ctx.loaders.story(args.asOf ?? '').load(id) : null;
    },
    change: async (e, _, ctx) =>
      e.kind === 'leadership'
        ? (((await ctx.loaders.leadership.load(e.id))?.change ?? null) as LeadershipChange | null)
        : null,
    title: async (e, _, ctx) =>
      e.kind === 'leadership' ? ((await ctx.loaders.leadership.load(e.id))?.title ?? null) : null,
    reportedAt: (e, _, ctx) => ctx.loaders.eventReportedAt.load(e.id),
    person: async (e, _, ctx) => {
      if (e.kind !== 'leadership') return null;
      const personId = (await ctx.loaders.leadership.load(e.id))?.personId;
      return personId ? ctx.loaders.entity.load(personId) : null;
    },
  },
  Source: {
    reportedAt: async (s, _, ctx) =>
      s.kind === 'article' ? ((await ctx.loaders.reportTime.load(s.id))?.reportedAt ?? null) : null,
    reportedAtFrom: async (s, _, ctx) =>
      s.kind === 'article' ? ((await ctx.loaders.reportTime.load(s.id))?.reportedAtFrom ?? null) : null,
    statements: (s, _, ctx) => (s.kind === 'article' ? ctx.loaders.statementsIn.load(s.id) : []),
    supports: (s, args, ctx) =>
      s.kind === 'article' ? [] : ctx.loaders.supportsOf(String(pageSize(args.first, 20))).load(s.id),
  },
  Company: {
    statements: statementsField,
    // A company articles cite (a named outlet) backs the figures and statements it is cited for, as a Source does.
    supports: (e, args, ctx) => ctx.loaders.supportsOf(String(pageSize(args.first, 20))).load(e.id),
  },
  Division: { statements: statementsField },
  Person: { statements: statementsField },
};
