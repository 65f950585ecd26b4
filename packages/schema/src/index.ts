import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Path of the checked-in SDL, the single source of truth for the API and the generated client. */
export const schemaPath = fileURLToPath(new URL('../schema.graphql', import.meta.url));

/** The SDL text of the Newsgraph GraphQL API. */
export function readSchemaSDL(): string {
  return readFileSync(schemaPath, 'utf8');
}
