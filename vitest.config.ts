import { defineConfig } from 'vitest/config';

/**
 * One config, three projects:
 * - unit: pure tests beside the code (`*.test.ts`), no database.
 * - int:  `*.int.test.ts` against a throwaway Neo4j this run starts (test/neo4j-global-setup.ts).
 * - e2e:  the explorer in Debian's Chromium against the production build, the API and a seeded Neo4j.
 */
export default defineConfig({
  test: {
    reporters: ['default', './test/summary-reporter.ts'],
    projects: [
      {
        test: {
          name: 'unit',
          include: [
            'packages/*/src/**/*.test.ts',
            'packages/*/bin/**/*.test.ts',
            'apps/*/src/**/*.test.ts',
            'scripts/**/*.test.ts',
            'test/**/*.test.ts',
          ],
          exclude: ['**/*.int.test.ts', '**/*.e2e.test.ts', '**/node_modules/**'],
          // The first extraction of each file loads the knowledge base (~1 s on a quiet machine, 5.7 s seen on a
          // machine loaded twelve-fold): a slow machine is no failure; a hang still is.
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'int',
          include: ['packages/*/src/**/*.int.test.ts', 'apps/*/src/**/*.int.test.ts', 'scripts/**/*.int.test.ts'],
          exclude: ['**/node_modules/**'],
          globalSetup: ['./test/neo4j-global-setup.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 240_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['apps/explorer/e2e/**/*.spec.ts', 'scripts/**/*.e2e.test.ts'],
          globalSetup: ['./test/neo4j-global-setup.ts'],
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
