/**
 * What the client is generated from and with (bin/codegen.ts and the staleness test share it): the SDL of
 * @newsgraph/schema and these operations. Paths are relative to packages/client.
 */
/** Folder of the operations (*.graphql), read in file-name order so the output is stable. */
export const CODEGEN_DOCUMENTS = 'operations';
export const CODEGEN_OUTPUT = 'src/generated/graphql.ts';
export const CODEGEN_PLUGINS = ['typescript', 'typescript-operations', 'typed-document-node'] as const;

/** Shared by all three plugins: type-only imports, string unions instead of runtime enums, no unused schema types. */
export const CODEGEN_PLUGIN_CONFIG = {
  useTypeImports: true,
  enumsAsTypes: true,
  onlyOperationTypes: true,
  dedupeFragments: true,
  scalars: { ID: 'string', Date: 'string' },
};
