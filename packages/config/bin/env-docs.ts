/** `npm run config:docs`: rewrites the README's env table from packages/config/src/variables.ts. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { findRepoRoot } from '../src/repo-root.js';
import { replaceEnvTable } from '../src/env-table.js';

const readme = join(findRepoRoot(), 'README.md');
writeFileSync(readme, replaceEnvTable(readFileSync(readme, 'utf8')));
console.log(`Wrote the env table of ${readme}.`);
