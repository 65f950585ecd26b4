import { afterAll, beforeAll } from 'vitest';
import { openWatchedPage, type WatchedPage } from './browser-page';
import { lookUpSeedIds, type SeedIds } from './seed-ids';
import { startExplorerStack, type ExplorerStack } from './stack';
import { getTestNeo4j } from '../../../../test/neo4j.js';

/** What a spec on the seeded graph talks to; filled in by the suite's beforeAll. */
export interface SeededTab {
  stack: ExplorerStack;
  tab: WatchedPage;
  ids: SeedIds;
}

/** Registers beforeAll/afterAll for the calling suite: the stack, one watched tab and the seed ids, stopped after. */
export function useSeededTab(): SeededTab {
  const ctx = {} as SeededTab;
  beforeAll(async () => {
    ctx.stack = await startExplorerStack(getTestNeo4j());
    ctx.tab = await openWatchedPage(ctx.stack.browser);
    ctx.ids = await lookUpSeedIds(ctx.stack.apiUrl);
  });
  afterAll(async () => {
    await ctx.tab?.close();
    await ctx.stack?.stop();
  });
  return ctx;
}
