import type { MutationResolvers } from '../generated/resolvers-types.js';
import { userError } from '../errors.js';
import { documentInputOf } from './arguments.js';

/** Mutations; the mutation-auth plugin has already refused requests without the bearer token. */
export const mutationResolvers: MutationResolvers = {
  ingestDocument: async (_, { input }, { graph }) => {
    if (typeof input.text !== 'string' || input.text.trim() === '') throw userError('"text" must not be empty.');
    return graph.ingestText(documentInputOf(input));
  },
  deleteSource: (_, args, { graph }) => graph.deleteSource(args.id),
};
