import { isDocumentError, readText } from '@newsgraph/documents';
import type { ApiContext } from '../context.js';
import { userError } from '../errors.js';

type Args = Record<string, any>;

/** Mutations; the mutation-auth plugin has already refused requests without the bearer token. */
export const mutationResolvers = {
  // The shared reader of every entry point: the same guard, limits, codes and HTML handling as the CLIs.
  ingestDocument: async (_: unknown, { input }: Args, { graph, documentLimits }: ApiContext) => {
    const document = await readText(input, 'input', { limits: documentLimits }).catch((error: unknown) => {
      throw isDocumentError(error) ? userError(`${error.code}: ${error.message}.`) : error;
    });
    return graph.ingestText(document);
  },
  deleteSource: (_: unknown, args: Args, { graph }: ApiContext) => graph.deleteSource(args.id),
};
