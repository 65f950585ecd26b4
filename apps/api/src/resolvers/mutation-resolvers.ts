import type { ApiContext } from '../context.js';
import { userError } from '../errors.js';

type Args = Record<string, any>;

/** Mutations; the mutation-auth plugin has already refused requests without the bearer token. */
export const mutationResolvers = {
  ingestDocument: async (_: unknown, { input }: Args, { graph, extract }: ApiContext) => {
    if (typeof input.text !== 'string' || input.text.trim() === '') throw userError('"text" must not be empty.');
    // Off the event loop, within a time budget (extraction/worker-extract.ts); nothing is written if it fails.
    const extraction = await extract(input);
    return graph.ingestDocument(extraction, input.text);
  },
  deleteSource: (_: unknown, args: Args, { graph }: ApiContext) => graph.deleteSource(args.id),
};
