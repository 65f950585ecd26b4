import type { Resolvers } from '../generated/resolvers-types.js';
import { mutationResolvers } from './mutation-resolvers.js';
import { queryResolvers } from './query-resolvers.js';
import { typeResolvers } from './type-resolvers.js';

/**
 * Every resolver of the API, keyed like the SDL in @newsgraph/schema and typed from it (src/generated): each
 * field's parent is the graph record its type maps to, its arguments and its result are the SDL's.
 */
export const resolvers: Resolvers = { Query: queryResolvers, Mutation: mutationResolvers, ...typeResolvers };
