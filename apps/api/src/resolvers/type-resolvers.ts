import type { ApiContext } from '../context.js';
import type { CompanyResolvers, Resolvers } from '../generated/resolvers-types.js';
import { userError } from '../errors.js';
import { encodeCursor, type EntityRecord } from '@newsgraph/graph';
import { pageSize, pageWindow } from './arguments.js';
import type { SourceKind } from './enum-values.js';
import { toConnection } from './connection.js';
import { CITATIONS_SCOPE, ENTITY_SOURCES_SCOPE, neighboursScope, ORGANIZATION_EVENTS_SCOPE } from './cursor-scopes.js';
import { citedTypeName, nodeTypeName } from './node-resolvers.js';

async function requireEntity(ctx: ApiContext, id: string): Promise<EntityRecord> {
  const entity = await ctx.loaders.entity.load(id);
  if (!entity) throw userError(`Entity ${id} no longer exists.`);
  return entity;
}

/** Fields every entity type has beyond its stored properties. */
const entityFields: Pick<CompanyResolvers, 'sources' | 'sourcesConnection' | 'citations' | 'mentionCount'> = {
  sources: (e, args, ctx) => ctx.loaders.sourcesMentioning(pageSize(args.first, 100)).load(e.id),
  sourcesConnection: async (e, args, ctx) =>
    toConnection(
      await ctx.loaders.sourcesPage(pageWindow(args, ENTITY_SOURCES_SCOPE)).load(e.id),
      ENTITY_SOURCES_SCOPE.scope,
    ),
  citations: async (e, args, ctx) =>
    toConnection(await ctx.loaders.citationsPage(pageWindow(args, CITATIONS_SCOPE)).load(e.id), CITATIONS_SCOPE.scope),
  mentionCount: (e, _, ctx) => ctx.loaders.mentionCount.load(e.id),
};

/** Fields companies and divisions share. */
const organizationFields: Pick<
  CompanyResolvers,
  | 'sources'
  | 'sourcesConnection'
  | 'citations'
  | 'mentionCount'
  | 'divisions'
  | 'people'
  | 'events'
  | 'eventsConnection'
> = {
  ...entityFields,
  divisions: (e, _, ctx) => ctx.loaders.divisionsOf.load(e.id),
  people: (e, _, ctx) => ctx.loaders.rolesAt.load(e.id),
  events: (e, _, ctx) => ctx.loaders.eventsOfOrganization.load(e.id),
  eventsConnection: async (e, args, ctx) =>
    toConnection(
      await ctx.loaders.eventsPage(pageWindow(args, ORGANIZATION_EVENTS_SCOPE)).load(e.id),
      ORGANIZATION_EVENTS_SCOPE.scope,
    ),
};

/** Resolvers of object and interface types; every list field goes through a per-request DataLoader. */
export const typeResolvers: Omit<Resolvers, 'Query' | 'Mutation'> = {
  Node: { __resolveType: nodeTypeName },
  Entity: { __resolveType: (e) => e.type },
  CitedSource: { __resolveType: citedTypeName },
  Company: {
    ...organizationFields,
    kind: (e) => (e.kind ?? null) as SourceKind | null,
    citedBy: (e, _, ctx) => ctx.loaders.citedBy.load(e.id),
  },
  Division: {
    ...organizationFields,
    parent: async (e, _, ctx) => (await ctx.loaders.parentOf.load(e.id))?.parent ?? null,
    partOfEvidence: async (e, _, ctx) => {
      const parent = await ctx.loaders.parentOf.load(e.id);
      return parent ? ctx.loaders.evidence.load({ kind: 'claim', key: parent.key }) : [];
    },
  },
  Person: { ...entityFields, roles: (e, _, ctx) => ctx.loaders.rolesOf.load(e.id) },
  Product: entityFields,
  Role: {
    person: (r, _, ctx) => requireEntity(ctx, r.personId),
    organization: (r, _, ctx) => requireEntity(ctx, r.organizationId),
    evidence: (r, _, ctx) => ctx.loaders.evidence.load({ kind: 'claim', key: r.key }),
  },
  Event: {
    cumulative: (e) => e.cumulative ?? false,
    organization: (e, _, ctx) => (e.organizationId ? ctx.loaders.entity.load(e.organizationId) : null),
    divisions: (e, _, ctx) => ctx.loaders.eventDivisions.load(e.id),
    sources: (e, _, ctx) => ctx.loaders.eventSources.load(e.id),
    independentSourceCount: (e, _, ctx) => ctx.loaders.independentSourceCount.load(e.id),
    evidence: (e, _, ctx) => ctx.loaders.evidence.load({ kind: 'event', eventId: e.id }),
  },
  Source: {
    title: (s) => s.title ?? s.id,
    text: (s, _, ctx) => (s.kind === 'article' ? ctx.loaders.sourceText.load(s.id) : null),
    cites: (s, _, ctx) => ctx.loaders.cites.load(s.id),
    citedBy: (s, _, ctx) => ctx.loaders.citedBy.load(s.id),
    // A copy group's members come earliest first: the first is the original, every other one a copy of it.
    copyOf: async (s, _, ctx) => {
      const group = await ctx.loaders.copyGroupOf.load(s.id);
      return group.length > 0 && group[0]!.id !== s.id ? group[0]! : null;
    },
    copies: async (s, _, ctx) => {
      const group = await ctx.loaders.copyGroupOf.load(s.id);
      return group[0]?.id === s.id ? group.slice(1) : [];
    },
    mentions: (s, _, ctx) => ctx.loaders.mentionsIn.load(s.id),
    facts: (s, _, ctx) => ctx.loaders.factsOf.load(s.id),
    events: (s, _, ctx) => ctx.loaders.eventsOfSource.load(s.id),
  },
  Mention: { entity: (m, _, ctx) => requireEntity(ctx, m.entityId) },
  Fact: {
    from: (f, _, ctx) => requireEntity(ctx, f.fromId),
    to: (f, _, ctx) => requireEntity(ctx, f.toId),
  },
  Evidence: {
    source: async (e, _, ctx) => {
      const source = e.source ?? (await ctx.loaders.source.load(e.sourceId));
      if (!source) throw userError(`Source ${e.sourceId} no longer exists.`);
      return source;
    },
  },
  GraphEdge: { evidence: (e, _, ctx) => ctx.loaders.evidence.load(e.evidenceRef) },
  Subgraph: {
    nextCursor: (s) => (s.nextKey ? encodeCursor(neighboursScope(s.focusId).scope, s.nextKey) : null),
  },
  PathStep: { evidence: (p, _, ctx) => ctx.loaders.evidence.load(p.evidenceRef) },
  IngestResult: {
    source: async (r, _, ctx) => {
      const source = await ctx.loaders.source.load(r.sourceId);
      if (!source) throw userError(`Source ${r.sourceId} no longer exists.`);
      return source;
    },
  },
};
