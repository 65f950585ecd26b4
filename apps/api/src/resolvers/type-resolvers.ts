import type {
  EntityRecord,
  EventRecord,
  EvidenceRecord,
  FactRecord,
  GraphEdgeRecord,
  MentionRecord,
  PathStepRecord,
  RoleRecord,
  SourceRecord,
} from '@newsgraph/graph';
import type { ApiContext } from '../context.js';
import { userError } from '../errors.js';
import { pageSize } from './arguments.js';

type Args = Record<string, any>;

async function requireEntity(ctx: ApiContext, id: string): Promise<EntityRecord> {
  const entity = await ctx.loaders.entity.load(id);
  if (!entity) throw userError(`Entity ${id} no longer exists.`);
  return entity;
}

const entityFields = {
  sources: (e: EntityRecord, args: Args, ctx: ApiContext) =>
    ctx.loaders.sourcesMentioning(pageSize(args.first, 100)).load(e.id),
  mentionCount: (e: EntityRecord, _: Args, ctx: ApiContext) => ctx.loaders.mentionCount.load(e.id),
};

const organizationFields = {
  ...entityFields,
  divisions: (e: EntityRecord, _: Args, ctx: ApiContext) => ctx.loaders.divisionsOf.load(e.id),
  people: (e: EntityRecord, _: Args, ctx: ApiContext) => ctx.loaders.rolesAt.load(e.id),
  events: (e: EntityRecord, _: Args, ctx: ApiContext) => ctx.loaders.eventsOfOrganization.load(e.id),
};

/** Resolvers of object and interface types; every list field goes through a per-request DataLoader. */
export const typeResolvers = {
  Entity: { __resolveType: (e: EntityRecord) => e.type },
  Company: organizationFields,
  Division: {
    ...organizationFields,
    parent: async (e: EntityRecord, _: Args, ctx: ApiContext) =>
      (await ctx.loaders.parentOf.load(e.id))?.parent ?? null,
    partOfEvidence: async (e: EntityRecord, _: Args, ctx: ApiContext) => {
      const parent = await ctx.loaders.parentOf.load(e.id);
      return parent ? ctx.loaders.evidence.load({ kind: 'claim', key: parent.key }) : [];
    },
  },
  Person: { ...entityFields, roles: (e: EntityRecord, _: Args, ctx: ApiContext) => ctx.loaders.rolesOf.load(e.id) },
  Product: entityFields,
  Role: {
    person: (r: RoleRecord, _: Args, ctx: ApiContext) => requireEntity(ctx, r.personId),
    organization: (r: RoleRecord, _: Args, ctx: ApiContext) => requireEntity(ctx, r.organizationId),
    evidence: (r: RoleRecord, _: Args, ctx: ApiContext) => ctx.loaders.evidence.load({ kind: 'claim', key: r.key }),
  },
  Event: {
    cumulative: (e: EventRecord) => e.cumulative ?? false,
    organization: (e: EventRecord, _: Args, ctx: ApiContext) =>
      e.organizationId ? ctx.loaders.entity.load(e.organizationId) : null,
    divisions: (e: EventRecord, _: Args, ctx: ApiContext) => ctx.loaders.eventDivisions.load(e.id),
    sources: (e: EventRecord, _: Args, ctx: ApiContext) => ctx.loaders.eventSources.load(e.id),
    independentSourceCount: (e: EventRecord, _: Args, ctx: ApiContext) => ctx.loaders.independentSourceCount.load(e.id),
    evidence: (e: EventRecord, _: Args, ctx: ApiContext) => ctx.loaders.evidence.load({ kind: 'event', eventId: e.id }),
  },
  Source: {
    title: (s: SourceRecord) => s.title ?? s.id,
    text: (s: SourceRecord, _: Args, ctx: ApiContext) =>
      s.kind === 'article' ? ctx.loaders.sourceText.load(s.id) : null,
    cites: (s: SourceRecord, _: Args, ctx: ApiContext) => ctx.loaders.cites.load(s.id),
    citedBy: (s: SourceRecord, _: Args, ctx: ApiContext) => ctx.loaders.citedBy.load(s.id),
    // A story's members come earliest first: the first is the original, every other one a copy of it.
    copyOf: async (s: SourceRecord, _: Args, ctx: ApiContext) => {
      const story = await ctx.loaders.storyOf.load(s.id);
      return story.length > 0 && story[0]!.id !== s.id ? story[0] : null;
    },
    copies: async (s: SourceRecord, _: Args, ctx: ApiContext) => {
      const story = await ctx.loaders.storyOf.load(s.id);
      return story[0]?.id === s.id ? story.slice(1) : [];
    },
    mentions: (s: SourceRecord, _: Args, ctx: ApiContext) => ctx.loaders.mentionsIn.load(s.id),
    facts: (s: SourceRecord, _: Args, ctx: ApiContext) => ctx.loaders.factsOf.load(s.id),
    events: (s: SourceRecord, _: Args, ctx: ApiContext) => ctx.loaders.eventsOfSource.load(s.id),
  },
  Mention: { entity: (m: MentionRecord, _: Args, ctx: ApiContext) => requireEntity(ctx, m.entityId) },
  Fact: {
    from: (f: FactRecord, _: Args, ctx: ApiContext) => requireEntity(ctx, f.fromId),
    to: (f: FactRecord, _: Args, ctx: ApiContext) => requireEntity(ctx, f.toId),
  },
  Evidence: {
    source: async (e: EvidenceRecord, _: Args, ctx: ApiContext) => {
      const source = e.source ?? (await ctx.loaders.source.load(e.sourceId));
      if (!source) throw userError(`Source ${e.sourceId} no longer exists.`);
      return source;
    },
  },
  GraphEdge: { evidence: (e: GraphEdgeRecord, _: Args, ctx: ApiContext) => ctx.loaders.evidence.load(e.evidenceRef) },
  PathStep: { evidence: (p: PathStepRecord, _: Args, ctx: ApiContext) => ctx.loaders.evidence.load(p.evidenceRef) },
  IngestResult: {
    source: async (r: { sourceId: string }, _: Args, ctx: ApiContext) => {
      const source = await ctx.loaders.source.load(r.sourceId);
      if (!source) throw userError(`Source ${r.sourceId} no longer exists.`);
      return source;
    },
  },
};
