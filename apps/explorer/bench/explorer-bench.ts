/**
 * `npm run bench -w @newsgraph/explorer`: on a throwaway Neo4j with the seeds, the API and the explorer's
 * production build — the server-render time of every page (HTML fetched N times, p50/p95) and Lighthouse on `/`,
 * a person's and a company's page and the timeline. Prints the results and writes them to the "## Explorer" section of docs/BENCHMARKS.md.
 * Exits 1 when a Lighthouse target (performance ≥ 90, accessibility ≥ 95, best practices ≥ 95) is missed.
 */
import { join } from 'node:path';
import { startThrowawayNeo4j } from '@newsgraph/neo4j-local';
import { explorerRoutes } from '../e2e/support/routes';
import { parseArgs } from 'node:util';
import { lookUpSeedIds } from '../e2e/support/seed-ids';
import { startSeededServices } from '../e2e/support/stack';
import { EXPLORER_DIR, REPO_ROOT } from '../e2e/support/paths';
import { replaceMarkdownSection } from './benchmarks-doc';
import { auditWithLighthouse, meetsLighthouseTargets } from './lighthouse-audit';
import { describeMachine, formatReport } from './report';
import { measureSsr } from './ssr-timings';

/** `bench [--runs=N] [--lighthouse-runs=N] [--no-write]`. */
const { values: options } = parseArgs({
  options: { runs: { type: 'string' }, 'lighthouse-runs': { type: 'string' }, 'no-write': { type: 'boolean' } },
});
const runs = Number(options.runs ?? 40);
const lighthouseRuns = Number(options['lighthouse-runs'] ?? 3);
const write = !options['no-write'];

const neo4j = await startThrowawayNeo4j({ log: (line) => console.log(`[neo4j] ${line}`) });
try {
  const services = await startSeededServices(neo4j.connection);
  try {
    const ids = await lookUpSeedIds(services.apiUrl);
    const routes = explorerRoutes(ids).filter((r) => r.name !== 'not-found');
    console.log(`Server render: ${routes.length} routes × ${runs} runs …`);
    const ssr = await measureSsr(services.url, routes, { runs });
    console.log('Lighthouse: /, the Andy Jassy and Amazon entity pages and the timeline …');
    const lighthouse = await auditWithLighthouse(
      [
        `${services.url}/`,
        `${services.url}/entity/${encodeURIComponent(ids.jassy)}`,
        `${services.url}/entity/${encodeURIComponent(ids.amazon)}`,
        `${services.url}/events`,
      ],
      { saveDir: join(EXPLORER_DIR, 'test-results', 'lighthouse'), runs: lighthouseRuns },
    );
    const machine = await describeMachine();
    const report = formatReport({ ssr, lighthouse, machine, runs, baseUrl: services.url });
    console.log(`\n${report}`);
    if (write) {
      await replaceMarkdownSection(join(REPO_ROOT, 'docs', 'BENCHMARKS.md'), 'Explorer', report);
      console.log('\nWrote the "## Explorer" section of docs/BENCHMARKS.md.');
    }
    if (!lighthouse.every(meetsLighthouseTargets)) {
      console.error('A Lighthouse target was missed (see above).');
      process.exitCode = 1;
    }
  } finally {
    await services.stop();
  }
} finally {
  await neo4j.stop();
}
