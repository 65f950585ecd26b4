/**
 * `npm run bench:explorer` (root) or `npm run bench:large-graph -w @newsgraph/explorer`: the explorer on the
 * 10,000-article generated graph (`npm run bench`'s corpus, `--articles=N` for another size) — the graph view
 * around the busiest company must stay readable (nodes ≤ the cap, labels ≥ 11 px at default zoom) at 1280 and
 * 375 px, also after "+N more" until the view is full, and the hub's pages are timed against the same pages of a
 * seed company (Amazon) in the same run. Writes "## Explorer on the generated graph" of docs/BENCHMARKS.md and
 * exits 1 when the graph is not readable.
 */
import { join } from 'node:path';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { startThrowawayNeo4j } from '@newsgraph/neo4j-local';
import { busiestSyntheticCompany, ingestSyntheticArticles } from '@newsgraph/graph/synthetic';
import { launchChromium } from '../e2e/support/chromium';
import { isReadable, MIN_LABEL_PX } from '../e2e/support/graph-readability';
import { REPO_ROOT } from '../e2e/support/paths';
import { lookUpSeedIds } from '../e2e/support/seed-ids';
import { startSeededServices } from '../e2e/support/stack';
import { replaceMarkdownSection } from './benchmarks-doc';
import { measureGraphViews, type GraphViewMeasure } from './graph-view-measure';
import { describeMachine } from './report';
import { measureSsr } from './ssr-timings';

const { values: options } = parseArgs({
  options: { articles: { type: 'string' }, runs: { type: 'string' }, 'no-write': { type: 'boolean' } },
});
const ARTICLES = Number(options.articles ?? 10_000);
const RUNS = Number(options.runs ?? 5);
const load = () =>
  loadavg()
    .map((n) => n.toFixed(2))
    .join(' ');
const log = (line: string) => console.log(`[large-graph] ${line}`);

const loadBefore = load();
const neo4j = await startThrowawayNeo4j({ log: (line) => console.log(`[neo4j] ${line}`) });
try {
  const services = await startSeededServices(neo4j.connection);
  try {
    const ids = await lookUpSeedIds(services.apiUrl);
    const started = performance.now();
    await ingestSyntheticArticles(services.graph, ARTICLES, {
      onProgress: (done) => done % 1000 === 0 && log(`${done} / ${ARTICLES} articles`),
    });
    const ingestSeconds = (performance.now() - started) / 1000;
    const hub = busiestSyntheticCompany(ARTICLES);
    log(
      `${ARTICLES} articles in ${ingestSeconds.toFixed(0)} s; the busiest company is ${hub.name} (${hub.articles} articles)`,
    );

    const e = encodeURIComponent;
    const pages = (name: string, id: string) => [
      { name: `${name}: graph`, path: `/graph?focus=${e(id)}`, ready: '' },
      { name: `${name}: entity page`, path: `/entity/${e(id)}`, ready: '' },
      { name: `${name}: timeline`, path: `/events?organization=${e(id)}`, ready: '' },
    ];
    log(`server render, ${RUNS} runs a page …`);
    const ssr = await measureSsr(services.url, [...pages(hub.name, hub.id), ...pages('Amazon', ids.amazon)], {
      runs: RUNS,
      warmup: 2,
    });

    const browser = await launchChromium();
    let views: GraphViewMeasure[];
    try {
      views = await measureGraphViews(browser, `${services.url}/graph?focus=${e(hub.id)}`);
    } finally {
      await browser.close();
    }

    const report = formatLargeGraphReport({
      articles: ARTICLES,
      ingestSeconds,
      hub,
      views,
      ssr,
      machine: await describeMachine(),
      loadBefore,
      loadAfter: load(),
    });
    console.log(`\n${report}`);
    if (!options['no-write']) {
      await replaceMarkdownSection(join(REPO_ROOT, 'docs', 'BENCHMARKS.md'), 'Explorer on the generated graph', report);
      log('wrote the "## Explorer on the generated graph" section of docs/BENCHMARKS.md');
    }
    if (!views.every((view) => isReadable(view.first) && isReadable(view.full))) {
      console.error(`The graph is not readable (nodes ≤ cap, labels ≥ ${MIN_LABEL_PX} px): see above.`);
      process.exitCode = 1;
    }
  } finally {
    await services.stop();
  }
} finally {
  await neo4j.stop();
}

function formatLargeGraphReport(r: {
  articles: number;
  ingestSeconds: number;
  hub: { id: string; name: string; articles: number };
  views: GraphViewMeasure[];
  ssr: Awaited<ReturnType<typeof measureSsr>>;
  machine: string;
  loadBefore: string;
  loadAfter: string;
}): string {
  const date = new Date().toISOString().slice(0, 10);
  const half = r.ssr.length / 2;
  return [
    `Run with \`npm run bench:explorer\` (${date}) on ${r.machine}; load average ${r.loadBefore} before, ${r.loadAfter} after.`,
    `The seeds plus ${r.articles.toLocaleString('en')} generated articles (the corpus of \`npm run bench\`, ingested in ${r.ingestSeconds.toFixed(0)} s), the API and the explorer's production build. The busiest company is ${r.hub.name} (\`${r.hub.id}\`, ${r.hub.articles} articles). \`npm test\` checks the same on 300 generated articles (apps/explorer/e2e/analyst.spec.ts).`,
    '',
    `### The graph around ${r.hub.name}: readable (nodes ≤ cap, labels ≥ ${MIN_LABEL_PX} px at default zoom)`,
    '',
    '"After more" is the view after pressing `m` ("Show 20 more") until the focus has no more or the view is full.',
    '',
    '| Viewport | Nodes | Edges | Cap | Label px | More of the focus not shown | After more: nodes | label px | not shown | Drawn in ms | Readable |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
    ...r.views.map(
      (v) =>
        `| ${v.viewport} | ${v.first.nodes} | ${v.first.edges} | ${v.first.cap} | ${v.first.labelPx} | ${v.first.hiddenOfFocus} | ${v.full.nodes} | ${v.full.labelPx} | ${v.full.hiddenOfFocus} | ${v.drawnMs.toFixed(0)} | ${isReadable(v.first) && isReadable(v.full) ? 'yes' : 'NO'} |`,
    ),
    '',
    `### Server render of the hub's pages against a seed company's (HTML document, ${r.ssr[0]?.runs ?? 0} runs, ms)`,
    '',
    '| Page | Hub p50 | Hub p95 | Amazon (seeds) p50 | Amazon p95 | Hub / Amazon (p50) | Hub KiB |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...r.ssr.slice(0, half).map((hub, i) => {
      const peer = r.ssr[half + i]!;
      return `| ${hub.name.split(': ')[1]} | ${hub.p50.toFixed(0)} | ${hub.p95.toFixed(0)} | ${peer.p50.toFixed(0)} | ${peer.p95.toFixed(0)} | ${(hub.p50 / peer.p50).toFixed(1)}× | ${(hub.bytes / 1024).toFixed(0)} |`;
    }),
  ].join('\n');
}
