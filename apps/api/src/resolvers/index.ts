import type { Resolvers } from '../generated/resolvers-types.js';
import { DateScalar } from './date-scalar.js';
import { enumValues } from './enum-values.js';
import { mutationResolvers } from './mutation-resolvers.js';
import { queryResolvers } from './query-resolvers.js';
import { storyQueryResolvers, storyTypeResolvers } from './story-resolvers.js';
import { typeResolvers } from './type-resolvers.js';

/**
 * Every resolver of the API, keyed like the SDL in @newsgraph/schema and typed from it (src/generated): each
 * field's parent is the graph record its type maps to, its arguments and its result are the SDL's. Enums map to
 * the values the graph stores (enum-values.ts); Date is the validating scalar.
 */
export const resolvers: Resolvers = {
  Query: { ...queryResolvers, ...storyQueryResolvers },
  Mutation: mutationResolvers,
  Date: DateScalar,
  ...enumValues,
  ...typeResolvers,
  ...storyTypeResolvers,
  Event: { ...typeResolvers.Event, ...storyTypeResolvers.Event },
  Source: { ...typeResolvers.Source, ...storyTypeResolvers.Source },
  Company: { ...typeResolvers.Company, ...storyTypeResolvers.Company },
  Division: { ...typeResolvers.Division, ...storyTypeResolvers.Division },
  Person: { ...typeResolvers.Person, ...storyTypeResolvers.Person },
};
