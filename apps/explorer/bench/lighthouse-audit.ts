import { mkdir, writeFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import type { Result as LighthouseResult } from 'lighthouse';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../e2e/support/chromium';

/** Lighthouse category scores (0–100) and the key metrics of one page (its median run). */
export interface LighthouseScores {
  url: string;
  performance: number;
  accessibility: number;
  bestPractices: number;
  /** Milliseconds. */
  fcp: number;
  lcp: number;
  tbt: number;
  /** Time to first byte of the document (Lighthouse's server response time), ms. */
  ttfb: number;
  cls: number;
  /** The performance score of every run, in order (the median run is the one reported). */
  performanceRuns: number[];
  /** Lighthouse's benchmark index of the machine during the median run (higher is faster; ~1000+ is a desktop). */
  benchmarkIndex: number;
  /** 1-minute load average when the page's runs ended. */
  load: number;
  /** Failed audits in the accessibility and best-practices categories (ids), for the report. */
  failed: string[];
}

/** The targets from issue 5. */
export const LIGHTHOUSE_TARGETS = { performance: 90, accessibility: 95, bestPractices: 95 };

/** A file name for a URL's report: its path and query, reduced to safe characters. */
function reportName(url: string): string {
  const { pathname, search } = new URL(url);
  return `${`${pathname}${search}`.replace(/[^a-z0-9]+/gi, '-').replace(/^-+|-+$/g, '') || 'home'}.json`;
}

/** One Lighthouse run of `url` in a fresh headless Chromium (so no cache carries over). */
async function runOnce(url: string): Promise<LighthouseResult> {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: ['--headless=new', ...CHROMIUM_FLAGS],
  });
  try {
    const runner = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices'],
    });
    if (!runner) throw new Error(`Lighthouse returned nothing for ${url}`);
    return runner.lhr;
  } finally {
    chrome.kill();
  }
}

const score = (lhr: LighthouseResult, id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);

/** The scores of one report. */
function toScores(url: string, lhr: LighthouseResult, runs: LighthouseResult[]): LighthouseScores {
  const { categories, audits } = lhr;
  const metric = (id: string) => audits[id]?.numericValue ?? Number.NaN;
  const failed = ['accessibility', 'best-practices'].flatMap((id) =>
    (categories[id]?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0 && (audits[ref.id]?.score ?? 1) < 1)
      .map((ref) => ref.id),
  );
  return {
    url,
    performance: score(lhr, 'performance'),
    accessibility: score(lhr, 'accessibility'),
    bestPractices: score(lhr, 'best-practices'),
    fcp: metric('first-contentful-paint'),
    lcp: metric('largest-contentful-paint'),
    tbt: metric('total-blocking-time'),
    ttfb: metric('server-response-time'),
    cls: metric('cumulative-layout-shift'),
    performanceRuns: runs.map((run) => score(run, 'performance')),
    benchmarkIndex: lhr.environment.benchmarkIndex,
    load: loadavg()[0]!,
    failed,
  };
}

/** The run whose performance score is the median (the lower middle one for an even count). */
function medianRun(reports: LighthouseResult[]): LighthouseResult {
  const sorted = [...reports].sort((a, b) => score(a, 'performance') - score(b, 'performance'));
  return sorted[Math.floor((sorted.length - 1) / 2)]!;
}

/**
 * Runs Lighthouse (default config: mobile emulation, simulated slow 4G and 4× CPU throttling) `runs` times
 * against each URL and reports the run with the median performance score,
 * as Lighthouse's docs advise (several runs, the median) on a machine whose speed varies — this one is shared. With `saveDir`, each median
 * report (JSON: the LCP element, the scripts' main-thread time, render-blocking requests…) is written there.
 */
export async function auditWithLighthouse(
  urls: string[],
  { saveDir, runs = 3 }: { saveDir?: string; runs?: number } = {},
): Promise<LighthouseScores[]> {
  if (saveDir) await mkdir(saveDir, { recursive: true });
  const results: LighthouseScores[] = [];
  for (const url of urls) {
    const reports: LighthouseResult[] = [];
    for (let i = 0; i < runs; i++) reports.push(await runOnce(url));
    const median = medianRun(reports);
    if (saveDir) await writeFile(join(saveDir, reportName(url)), JSON.stringify(median));
    results.push(toScores(url, median, reports));
  }
  return results;
}

/** True when every score meets {@link LIGHTHOUSE_TARGETS}. */
export function meetsLighthouseTargets(scores: LighthouseScores): boolean {
  return (
    scores.performance >= LIGHTHOUSE_TARGETS.performance &&
    scores.accessibility >= LIGHTHOUSE_TARGETS.accessibility &&
    scores.bestPractices >= LIGHTHOUSE_TARGETS.bestPractices
  );
}
