import { mutationResolvers } from './mutation-resolvers.js';
import { queryResolvers } from './query-resolvers.js';
import { typeResolvers } from './type-resolvers.js';

/** Every resolver of the API, keyed like the SDL in @newsgraph/schema. */
export const resolvers = { Query: queryResolvers, Mutation: mutationResolvers, ...typeResolvers };
