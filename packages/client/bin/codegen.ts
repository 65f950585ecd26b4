/**
 * `npm run codegen` writes src/generated/graphql.ts from the SDL and operations/*.graphql;
 * `npm run codegen:check` (`--check`) exits 1 when the committed file differs from a fresh generation.
 * Runs @graphql-codegen/core directly: the 5.0.7 CLI loads documents in a different order from run to run,
 * which made its own `--check` flaky. Exit codes: 0 written or up to date, 1 stale (`--check`), 2 usage error.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { CODEGEN_OUTPUT } from '../src/codegen-options';
import { CLIENT_PACKAGE_DIR, generateClientCode, readCommittedClientCode } from '../src/generate-client-code';

const USAGE = `usage: codegen [--check]
  --check     exit 1 when the committed file differs from a fresh generation (nothing written)
  -h, --help  this text
Exit codes: 0 written or up to date, 1 stale (--check), 2 usage error.`;

let options;
try {
  options = parseArgs({ options: { check: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } }).values;
} catch (error) {
  console.error(`${(error as Error).message}\n${USAGE}`);
  process.exit(2);
}
if (options.help) {
  console.log(USAGE);
  process.exit(0);
}
const check = options.check ?? false;
const fresh = await generateClientCode();
const committed = await readCommittedClientCode().catch(() => null);

if (check) {
  if (committed !== fresh) {
    console.error(`${CODEGEN_OUTPUT} is stale: run \`npm run codegen -w @newsgraph/client\` and commit the result.`);
    process.exit(1);
  }
  console.log(`${CODEGEN_OUTPUT} is up to date.`);
} else if (committed === fresh) {
  console.log(`${CODEGEN_OUTPUT} unchanged.`);
} else {
  await writeFile(join(CLIENT_PACKAGE_DIR, CODEGEN_OUTPUT), fresh);
  console.log(`Wrote ${CODEGEN_OUTPUT}.`);
}
