import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { startApi } from '@newsgraph/api';
import { createGraph, type Graph } from '@newsgraph/graph';
import type { Neo4jConnection } from '@newsgraph/config';
import { findFreePort } from '@newsgraph/process-tools';
import { launchChromium } from './chromium';
import { startExplorerServer } from '../../launcher/next-server';
import { REPO_ROOT } from './paths';
import { explorerRoutes } from './routes';
import { E2E_API_TIMEOUT_MS, lookUpSeedIds } from './seed-ids';

export { E2E_API_TIMEOUT_MS } from './seed-ids';

/** The explorer and the API it reads from, on a seeded graph. */
export interface SeededServices {
  /** The explorer (production build), e.g. http://127.0.0.1:41234. */
  url: string;
  /** The GraphQL endpoint of the API. */
  apiUrl: string;
  graph: Graph;
  /** Stops whatever was started, last first; safe to call twice. */
  stop(): Promise<void>;
}

/** {@link SeededServices} plus a headless Chromium. */
export interface ExplorerStack extends SeededServices {
  browser: Browser;
}

/** Ingests every seed article as `seeds/<file>` (idempotent: a second run changes nothing). */
export async function ingestSeeds(graph: Graph): Promise<string[]> {
  const dir = join(REPO_ROOT, 'seeds');
  const files = (await readdir(dir)).filter((f) => f.endsWith('.txt')).sort();
  for (const file of files)
    await graph.ingestText({ text: await readFile(join(dir, file), 'utf8'), uri: `seeds/${file}` });
  return files;
}

function createStopper() {
  const stops: (() => Promise<unknown>)[] = [];
  return {
    add: (fn: () => Promise<unknown>) => stops.push(fn),
    stop: async () => {
      for (const fn of stops.splice(0).reverse())
        await fn().catch((error: unknown) => console.error('[stack teardown]', error));
    },
  };
}

/**
 * Renders every route once, ignoring the outcome: the first run of each Cypher statement on a fresh Neo4j is
 * planned first (4-11 s per statement measured on a busy 2-core machine), which the explorer's 15 s API budget
 * per page does not always cover; afterwards pages answer in well under a second.
 */
async function warmUp(explorerUrl: string, apiUrl: string): Promise<void> {
  const ids = await lookUpSeedIds(apiUrl);
  for (const route of explorerRoutes(ids))
    await fetch(`${explorerUrl}${route.path}`, { signal: AbortSignal.timeout(E2E_API_TIMEOUT_MS) })
      .then((response) => response.arrayBuffer())
      .catch(() => {});
}

/**
 * On the given Neo4j: schema, the three seeds, the API on a free port (CORS open to the explorer only) and
 * `next start` of the production build pointed at it. Whatever started is stopped again if a later step fails.
 */
export async function startSeededServices(neo4j: Neo4jConnection): Promise<SeededServices> {
  const stopper = createStopper();
  try {
    // A cold Neo4j can take more than the default 10 s over the first ingest.
    const graph = createGraph(neo4j, { queryTimeoutMs: 60_000 });
    stopper.add(() => graph.close());
    await graph.applySchema();
    await ingestSeeds(graph);

    const explorerPort = await findFreePort();
    const api = await startApi({
      graph,
      host: '127.0.0.1',
      port: 0,
      corsOrigins: [`http://127.0.0.1:${explorerPort}`],
      apiToken: 'e2e-token',
      // A cold Neo4j plans each statement once, seconds apiece on a loaded machine: see warmUp below.
      limits: { requestTimeoutMs: E2E_API_TIMEOUT_MS },
    });
    stopper.add(() => api.close());

    const explorer = await startExplorerServer({ apiUrl: api.graphqlUrl, port: explorerPort });
    stopper.add(() => explorer.stop());
    await warmUp(explorer.url, api.graphqlUrl);
    return { url: explorer.url, apiUrl: api.graphqlUrl, graph, stop: stopper.stop };
  } catch (error) {
    await stopper.stop();
    throw error;
  }
}

/** {@link startSeededServices} and Chromium: everything an e2e spec talks to. */
export async function startExplorerStack(neo4j: Neo4jConnection): Promise<ExplorerStack> {
  const services = await startSeededServices(neo4j);
  try {
    const browser = await launchChromium();
    return {
      ...services,
      browser,
      stop: async () => {
        await browser.close().catch(() => {});
        await services.stop();
      },
    };
  } catch (error) {
    await services.stop();
    throw error;
  }
}
