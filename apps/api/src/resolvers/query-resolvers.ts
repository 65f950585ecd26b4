import { MAX_PATH_HOPS, NEIGHBOURHOOD_LIMIT } from '@newsgraph/graph';
import type { QueryResolvers } from '../generated/resolvers-types.js';
import { boundedInt, pageSize, startAfter } from './arguments.js';
import { toConnection } from './connection.js';
import { citedSourceFieldsOf } from './selected-fields.js';

/** Root query fields: each is one graph call (one Cypher statement) plus batched loaders for nested fields. */
export const queryResolvers: QueryResolvers = {
  search: (_, args, { graph }) =>
    graph.search({ query: args.query, types: args.types, first: pageSize(args.first, 20) }),
  entity: (_, args, { loaders }) => loaders.entity.load(args.id),
  event: (_, args, { loaders }) => loaders.event.load(args.id),
  source: (_, args, { loaders }) => loaders.source.load(args.id),
  sources: async (_, args, { graph }) =>
    toConnection(
      await graph.sourcesPage({ kind: args.kind, offset: startAfter(args.after), first: pageSize(args.first, 20) }),
    ),
  events: async (_, args, { graph }) =>
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
        order: args.orderBy,
        offset: startAfter(args.after),
        first: pageSize(args.first, 20),
      }),
    ),
  // Reads only the source properties the request selects (one statement either way).
  sourcesCiting: (_, args, { graph }, info) =>
    graph.sourcesCiting(args.name, pageSize(args.first, 100), citedSourceFieldsOf(info)),
  path: (_, args, { graph }) =>
    graph.path(args.from, args.to, boundedInt('maxHops', args.maxHops, 4, 1, MAX_PATH_HOPS)),
  neighbourhood: (_, args, { graph }) =>
    graph.neighbourhood(
      args.id,
      boundedInt('depth', args.depth, 1, 1, 2),
      boundedInt('limit', args.limit, NEIGHBOURHOOD_LIMIT.default, 1, NEIGHBOURHOOD_LIMIT.max),
    ),
  stats: async (_, __, { graph }) => ({ counts: await graph.stats() }),
};
