/**
 * `npm run codegen -w @newsgraph/api` writes src/generated/resolvers-types.ts from the SDL in @newsgraph/schema;
 * `npm run codegen:check -w @newsgraph/api` (`--check`) exits 1 when the committed file differs from a fresh one.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import {
  API_PACKAGE_DIR,
  generateResolverTypes,
  readCommittedResolverTypes,
  RESOLVER_TYPES_FILE,
} from '../src/codegen/generate-resolver-types.js';

const check = process.argv.includes('--check');
const fresh = await generateResolverTypes();
const committed = await readCommittedResolverTypes().catch(() => null);

if (check) {
  if (committed !== fresh) {
    console.error(`${RESOLVER_TYPES_FILE} is stale: run \`npm run codegen -w @newsgraph/api\` and commit the result.`);
    process.exit(1);
  }
  console.log(`${RESOLVER_TYPES_FILE} is up to date.`);
} else if (committed === fresh) {
  console.log(`${RESOLVER_TYPES_FILE} unchanged.`);
} else {
  const path = join(API_PACKAGE_DIR, RESOLVER_TYPES_FILE);
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, fresh);
  console.log(`Wrote ${RESOLVER_TYPES_FILE}.`);
}
