import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ENV_TABLE_END, ENV_TABLE_START, envTableRows, parseTableRows } from './env-table';
import { findRepoRoot } from './repo-root';
import { VARIABLES } from './variables';

describe("the README's env table", () => {
  it('lists exactly the variables of the schema, with their defaults (run `npm run config:docs` after a change)', () => {
    const readme = readFileSync(join(findRepoRoot(), 'README.md'), 'utf8');
    const table = readme.slice(readme.indexOf(ENV_TABLE_START), readme.indexOf(ENV_TABLE_END));
    expect(table.length).toBeGreaterThan(0);
    expect(parseTableRows(table)).toEqual(envTableRows());
  });

  it('every variable is explained in .env.example', () => {
    const example = readFileSync(join(findRepoRoot(), '.env.example'), 'utf8');
    expect(Object.keys(VARIABLES).filter((name) => !example.includes(name))).toEqual([]);
  });
});
