import { execFile } from 'node:child_process';
import { cpus, loadavg, totalmem } from 'node:os';
import { promisify } from 'node:util';
import { CHROMIUM_PATH } from '../e2e/support/chromium';
import { LIGHTHOUSE_TARGETS, meetsLighthouseTargets, type LighthouseScores } from './lighthouse-audit';
import type { SsrTiming } from './ssr-timings';

/** One line about the machine the numbers come from. */
export async function describeMachine(): Promise<string> {
  const cpu = cpus();
  const chromium = await promisify(execFile)(CHROMIUM_PATH, ['--version'])
    .then((r) => r.stdout.trim())
    .catch(() => 'Chromium (version unknown)');
  return `${cpu[0]?.model.trim() ?? 'unknown CPU'} × ${cpu.length} threads, ${Math.round(totalmem() / 2 ** 30)} GiB RAM, Node ${process.version}, ${chromium}; 1-min load average ${loadavg()[0]!.toFixed(1)} (shared machine)`;
}

const ms = (n: number) => (Number.isFinite(n) ? `${n.toFixed(1)}` : '–');

/** The Markdown body of the "## Explorer" section. */
export function formatReport({
  ssr,
  lighthouse,
  machine,
  runs,
  baseUrl,
}: {
  ssr: SsrTiming[];
  lighthouse: LighthouseScores[];
  machine: string;
  runs: number;
  baseUrl: string;
}): string {
  const date = new Date().toISOString().slice(0, 10);
  const rel = (url: string) => url.replace(baseUrl, '') || '/';
  return [
    `Run with \`npm run bench -w @newsgraph/explorer\` (${date}) on ${machine}.`,
    'The explorer is the production build (`next start`), reading a local API on a throwaway Neo4j holding the three seed articles.',
    '',
    `### Server render (HTML document, sequential, ${runs} runs after 5 warm-ups, ms)`,
    '',
    'Time to the last byte of the streamed HTML, i.e. the render including its GraphQL calls.',
    '',
    '| Page | Path | p50 | p95 | mean | KiB |',
    '| --- | --- | ---: | ---: | ---: | ---: |',
    ...ssr.map(
      (t) =>
        `| ${t.name} | \`${t.path}\` | ${ms(t.p50)} | ${ms(t.p95)} | ${ms(t.mean)} | ${(t.bytes / 1024).toFixed(1)} |`,
    ),
    '',
    `### Lighthouse 13 (default mobile profile: simulated slow 4G, 4× CPU slowdown), median of ${lighthouse[0]?.performanceRuns.length ?? 0} runs a page`,
    '',
    `Targets: performance ≥ ${LIGHTHOUSE_TARGETS.performance}, accessibility ≥ ${LIGHTHOUSE_TARGETS.accessibility}, best practices ≥ ${LIGHTHOUSE_TARGETS.bestPractices}. Each page is audited in a fresh Chromium several times and the run with the median performance score is reported; "All runs" lists every run's performance score. Benchmark index: Lighthouse's measure of the machine's speed during the median run (a desktop scores ~1000-2000; lower is a slower or busier machine, which inflates TBT four times over).`,
    '',
    '| Page | Performance | All runs | Accessibility | Best practices | TTFB ms | FCP ms | LCP ms | TBT ms | CLS | Benchmark index | Load | Targets |',
    '| --- | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
    ...lighthouse.map(
      (l) =>
        `| \`${rel(l.url)}\` | ${l.performance} | ${l.performanceRuns.join(', ')} | ${l.accessibility} | ${l.bestPractices} | ${ms(l.ttfb)} | ${ms(l.fcp)} | ${ms(l.lcp)} | ${ms(l.tbt)} | ${l.cls.toFixed(3)} | ${Math.round(l.benchmarkIndex)} | ${l.load.toFixed(1)} | ${meetsLighthouseTargets(l) ? 'met' : `missed${l.failed.length ? ` (${l.failed.join(', ')})` : ''}`} |`,
    ),
  ].join('\n');
}
