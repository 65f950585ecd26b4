import { isDocumentError, readText } from '@newsgraph/documents';
import { pageMetaOf } from '@newsgraph/graph';
import type { MutationResolvers } from '../generated/resolvers-types.js';
import { userError } from '../errors.js';
import { documentInputOf } from './arguments.js';

/** Mutations; the mutation-auth plugin has already refused requests without the bearer token. */
export const mutationResolvers: MutationResolvers = {
  ingestDocument: async (_, { input }, { graph, extract, documentLimits }) => {
    // The shared reader of every entry point (the same guard, limits, codes and HTML handling as the CLIs) runs
    // here, before anything is sent to the worker: a refused document costs no thread.
    const document = await readText(documentInputOf(input), 'input', { limits: documentLimits }).catch(
      (error: unknown) => {
        throw isDocumentError(error) ? userError(`${error.code}: ${error.message}.`) : error;
      },
    );
    // Off the event loop, within a time budget (extraction/worker-extract.ts); nothing is written if it fails.
    const extraction = await extract(document);
    return graph.ingestDocument(extraction, document.text, pageMetaOf(document));
  },
  deleteSource: (_, args, { graph }) => graph.deleteSource(args.id),
};
