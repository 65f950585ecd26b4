import { DateScalar } from './date-scalar.js';
import { enumValues } from './enum-values.js';
import { mutationResolvers } from './mutation-resolvers.js';
import { queryResolvers } from './query-resolvers.js';
import { storyQueryResolvers, storyTypeResolvers } from './story-resolvers.js';
import { typeResolvers } from './type-resolvers.js';

type ResolverMap = Record<string, Record<string, unknown>>;

/** Merges resolver maps type by type (later fields win). */
function mergeTypes(...maps: ResolverMap[]): ResolverMap {
  const merged: ResolverMap = {};
  for (const map of maps)
    for (const [type, fields] of Object.entries(map)) merged[type] = { ...merged[type], ...fields };
  return merged;
}

/** Every resolver of the API, keyed like the SDL in @newsgraph/schema; enums map to the values the graph stores. */
export const resolvers = {
  Query: { ...queryResolvers, ...storyQueryResolvers },
  Mutation: mutationResolvers,
  Date: DateScalar,
  ...enumValues,
  ...mergeTypes(typeResolvers as ResolverMap, storyTypeResolvers as ResolverMap),
};
