import { isDocumentError, readText } from '@newsgraph/documents';
import type { MutationResolvers } from '../generated/resolvers-types.js';
import { userError } from '../errors.js';
import { documentInputOf } from './arguments.js';

/** Mutations; the mutation-auth plugin has already refused requests without the bearer token. */
export const mutationResolvers: MutationResolvers = {
  // The shared reader of every entry point: the same guard, limits, codes and HTML handling as the CLIs.
  ingestDocument: async (_, { input }, { graph, documentLimits }) => {
    const document = await readText(documentInputOf(input), 'input', { limits: documentLimits }).catch(
      (error: unknown) => {
        throw isDocumentError(error) ? userError(`${error.code}: ${error.message}.`) : error;
      },
    );
    return graph.ingestText(document);
  },
  deleteSource: (_, args, { graph }) => graph.deleteSource(args.id),
};
