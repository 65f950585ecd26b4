import { MAX_PATH_HOPS, NEIGHBOURHOOD_LIMIT, NEIGHBOURHOOD_MAX_NODES, type EventFilter } from '@newsgraph/graph';
import type { Loaders } from '../loaders.js';
import type { QueryResolvers } from '../generated/resolvers-types.js';
import { userError } from '../errors.js';
import { boundedInt, cursorKey, nodeTypes, pageSize, pageWindow } from './arguments.js';
import { toConnection } from './connection.js';
import { eventsScope, neighboursScope, sourcesScope } from './cursor-scopes.js';
import { loadNode } from './node-resolvers.js';
import { citedSourceFieldsOf } from './selected-fields.js';

/** The events filter of `events` and `eventPeriods`; an organization that is no company or division is BAD_USER_INPUT. */
async function eventFilter(
  args: {
    kind?: string | null;
    organization?: string | null;
    from?: string | null;
    to?: string | null;
    cumulative?: boolean | null;
    includeUnits?: boolean | null;
    asOf?: string | null;
  },
  loaders: Loaders,
): Promise<EventFilter> {
  if (args.organization != null) {
    const organization = await loaders.entity.load(args.organization);
    if (organization?.type !== 'Company' && organization?.type !== 'Division')
      throw userError(`"organization": no company or division has the id ${JSON.stringify(args.organization)}.`);
  }
  return {
    kind: args.kind,
    organization: args.organization,
    from: args.from,
    to: args.to,
    cumulative: args.cumulative,
    includeUnits: args.includeUnits,
    asOf: args.asOf,
  };
}

/** Entity types `search` accepts. */
const ENTITY_TYPES = ['Company', 'Division', 'Person', 'Product'];

/** Root query fields: each is one graph call (one Cypher statement) plus batched loaders for nested fields. */
export const queryResolvers: QueryResolvers = {
  search: (_, args, { graph }) =>
    graph.search({ query: args.query, types: nodeTypes(args.types, ENTITY_TYPES), first: pageSize(args.first, 20) }),
  searchNodes: (_, args, { graph }) =>
    graph.searchNodes({ query: args.query, types: nodeTypes(args.types), first: pageSize(args.first, 20) }),
  node: (_, args, ctx) => loadNode(ctx, args.id),
  entity: (_, args, { loaders }) => loaders.entity.load(args.id),
  event: (_, args, { loaders }) => loaders.event.load(args.id),
  source: (_, args, { loaders }) => loaders.source.load(args.id),
  sources: async (_, args, { graph }) => {
    const order = args.orderBy ?? 'NEWEST';
    const scope = sourcesScope(order);
    return toConnection(
      await graph.sourcesPage({ kind: args.kind, order, window: pageWindow(args, scope) }),
      scope.scope,
    );
  },
  events: async (_, args, { graph, loaders }) => {
    const order = args.orderBy ?? 'WHEN_ASC';
    const scope = eventsScope(order);
    const window = pageWindow(args, scope);
    const filter = await eventFilter(args, loaders);
    return toConnection(await graph.eventsPage({ filter, order, window }), scope.scope);
  },
  eventPeriods: async (_, args, { graph, loaders }) =>
    graph.eventPeriods(await eventFilter(args, loaders), args.by ?? 'MONTH'),
  // Reads only the source properties the request selects (one statement either way).
  sourcesCiting: (_, args, { graph }, info) =>
    graph.sourcesCiting(args.name, pageSize(args.first, 100), citedSourceFieldsOf(info)),
  // An unknown end is a GraphError(INVALID_INPUT) from the graph → BAD_USER_INPUT naming the id.
  path: (_, args, { graph }) =>
    graph.path(args.from, args.to, boundedInt('maxHops', args.maxHops, 4, 1, MAX_PATH_HOPS)),
  // Subgraph.nextCursor encodes the record's nextKey under neighboursScope(id).
  neighbourhood: (_, args, { graph }) => {
    const scope = neighboursScope(args.id);
    const after = args.after == null ? null : cursorKey(args.after, scope);
    return graph.neighbourhood(
      args.id,
      boundedInt('depth', args.depth, 1, 1, 2),
      boundedInt('limit', args.limit, NEIGHBOURHOOD_LIMIT.default, 1, NEIGHBOURHOOD_LIMIT.max),
      {
        maxNodes: boundedInt(
          'maxNodes',
          args.maxNodes,
          NEIGHBOURHOOD_MAX_NODES.default,
          1,
          NEIGHBOURHOOD_MAX_NODES.max,
        ),
        after,
        types: nodeTypes(args.types),
        from: args.from,
        to: args.to,
        mentions: args.mentions ?? true,
      },
    );
  },
  stats: async (_, __, { graph }) => ({ counts: await graph.stats() }),
};
