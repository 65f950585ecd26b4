import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findRepoRoot } from './repo-root';

/**
 * The one reader of process.env. Tests may set up child environments themselves and are not checked. ESLint enforces
 * the same rule (no-restricted-properties in eslint.config.mjs); this test backs it up in `npm test`.
 */
const ALLOWED = new Set([
  'packages/config/src/process-env.ts',
  // Owned by the extraction work in progress elsewhere (INIT_CWD for relative paths); moves to getConfig().cwd next.
  'packages/extraction/src/cli/cwd.ts',
  // The lint rule that enforces the same (npm run lint); it names process.env in its message.
  'eslint.config.mjs',
]);
const isTest = (file: string) =>
  /\.(test|spec)\.tsx?$/.test(file) || file.startsWith('test/') || file.includes('/e2e/');

describe('configuration is read in one place', () => {
  it('no source file but packages/config/src/process-env.ts reads process.env', () => {
    const root = findRepoRoot();
    const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], { cwd: root })
      .toString()
      .split('\n')
      .filter((file) => /\.(ts|tsx|js|mjs|cjs)$/.test(file) && !isTest(file) && !ALLOWED.has(file));
    expect(files.length).toBeGreaterThan(50);
    const offenders = files.filter((file) => {
      try {
        return /process\.env\b/.test(readFileSync(join(root, file), 'utf8'));
      } catch {
        return false; // listed by git but deleted in the work tree
      }
    });
    expect(offenders).toEqual([]);
  });
});
