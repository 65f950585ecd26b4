import type { ApiContext } from '../context.js';
import { userError } from '../errors.js';

type Args = Record<string, any>;

/** Mutations; the mutation-auth plugin has already refused requests without the bearer token. */
export const mutationResolvers = {
  ingestDocument: async (_: unknown, { input }: Args, { graph }: ApiContext) => {
    if (typeof input.text !== 'string' || input.text.trim() === '') throw userError('"text" must not be empty.');
    return graph.ingestText(input);
  },
  deleteSource: (_: unknown, args: Args, { graph }: ApiContext) => graph.deleteSource(args.id),
};
