import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../e2e/support/chromium';

/** Lighthouse category scores (0–100) and the key metrics of one page. */
export interface LighthouseScores {
  url: string;
  performance: number;
  accessibility: number;
  bestPractices: number;
  /** Milliseconds. */
  fcp: number;
  lcp: number;
  tbt: number;
  cls: number;
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

/**
 * Runs Lighthouse (default config: mobile emulation, simulated slow 4G and 4× CPU throttling) against each URL
 * in Debian's Chromium, headless, one Chromium per URL so caches do not carry over. With `saveDir`, each full
 * report (JSON: the LCP element, the scripts' main-thread time, render-blocking requests…) is written there.
 */
export async function auditWithLighthouse(
  urls: string[],
  { saveDir }: { saveDir?: string } = {},
): Promise<LighthouseScores[]> {
  if (saveDir) await mkdir(saveDir, { recursive: true });
  const results: LighthouseScores[] = [];
  for (const url of urls) {
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
      if (saveDir) await writeFile(join(saveDir, reportName(url)), JSON.stringify(runner.lhr));
      const { categories, audits } = runner.lhr;
      const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
      const metric = (id: string) => audits[id]?.numericValue ?? Number.NaN;
      const failed = ['accessibility', 'best-practices'].flatMap((id) =>
        (categories[id]?.auditRefs ?? [])
          .filter((ref) => ref.weight > 0 && (audits[ref.id]?.score ?? 1) < 1)
          .map((ref) => ref.id),
      );
      results.push({
        url,
        performance: score('performance'),
        accessibility: score('accessibility'),
        bestPractices: score('best-practices'),
        fcp: metric('first-contentful-paint'),
        lcp: metric('largest-contentful-paint'),
        tbt: metric('total-blocking-time'),
        cls: metric('cumulative-layout-shift'),
        failed,
      });
    } finally {
      chrome.kill();
    }
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
