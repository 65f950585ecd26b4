import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/**
 * Path of the checked-in SDL, the single source of truth for the API and the generated client. Resolved through
 * the package's `./schema.graphql` export, so it holds from source and from a bundle in another folder.
 */
export const schemaPath = createRequire(import.meta.url).resolve('@newsgraph/schema/schema.graphql');

/** The SDL text of the Newsgraph GraphQL API. */
export function readSchemaSDL(): string {
  return readFileSync(schemaPath, 'utf8');
}
