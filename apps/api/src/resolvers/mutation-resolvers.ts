import type { MutationResolvers } from '../generated/resolvers-types.js';
import { userError } from '../errors.js';
import { documentInputOf } from './arguments.js';

/** Mutations; the mutation-auth plugin has already refused requests without the bearer token. */
export const mutationResolvers: MutationResolvers = {
  ingestDocument: async (_, { input }, { graph, extract }) => {
    if (typeof input.text !== 'string' || input.text.trim() === '') throw userError('"text" must not be empty.');
    const document = documentInputOf(input);
    // Off the event loop, within a time budget (extraction/worker-extract.ts); nothing is written if it fails.
    const extraction = await extract(document);
    return graph.ingestDocument(extraction, document.text);
  },
  deleteSource: (_, args, { graph }) => graph.deleteSource(args.id),
};
