import { MAX_PATH_HOPS, NEIGHBOURHOOD_LIMIT, type EventOrder } from '@newsgraph/graph';
import type { GraphQLResolveInfo } from '../graphql-js.js';
import type { ApiContext } from '../context.js';
import { boundedInt, pageSize, startAfter } from './arguments.js';
import { toConnection } from './connection.js';
import { citedSourceFieldsOf } from './selected-fields.js';

type Args = Record<string, any>;

/** Root query fields: each is one graph call (one Cypher statement) plus batched loaders for nested fields. */
export const queryResolvers = {
  search: (_: unknown, args: Args, { graph }: ApiContext) =>
    graph.search({ query: args.query, types: args.types, first: pageSize(args.first, 20) }),
  entity: (_: unknown, args: Args, { loaders }: ApiContext) => loaders.entity.load(args.id),
  event: (_: unknown, args: Args, { loaders }: ApiContext) => loaders.event.load(args.id),
  source: (_: unknown, args: Args, { loaders }: ApiContext) => loaders.source.load(args.id),
  sources: async (_: unknown, args: Args, { graph }: ApiContext) =>
    toConnection(
      await graph.sourcesPage({ kind: args.kind, offset: startAfter(args.after), first: pageSize(args.first, 20) }),
    ),
  events: async (_: unknown, args: Args, { graph }: ApiContext) =>
    toConnection(
      await graph.eventsPage({
        filter: {
          kind: args.kind,
          organization: args.organization,
          includeUnits: args.includeUnits,
          from: args.from,
          to: args.to,
          asOf: args.asOf,
        },
        order: args.orderBy as EventOrder | null,
        offset: startAfter(args.after),
        first: pageSize(args.first, 20),
      }),
    ),
  // Reads only the source properties the request selects (one statement either way).
  sourcesCiting: (_: unknown, args: Args, { graph }: ApiContext, info: GraphQLResolveInfo) =>
    graph.sourcesCiting(args.name, pageSize(args.first, 100), citedSourceFieldsOf(info)),
  path: (_: unknown, args: Args, { graph }: ApiContext) =>
    graph.path(args.from, args.to, boundedInt('maxHops', args.maxHops, 4, 1, MAX_PATH_HOPS)),
  neighbourhood: (_: unknown, args: Args, { graph }: ApiContext) =>
    graph.neighbourhood(
      args.id,
      boundedInt('depth', args.depth, 1, 1, 2),
      boundedInt('limit', args.limit, NEIGHBOURHOOD_LIMIT.default, 1, NEIGHBOURHOOD_LIMIT.max),
    ),
  stats: async (_: unknown, __: Args, { graph }: ApiContext) => ({ counts: await graph.stats() }),
};
