import type { Browser } from 'playwright-core';
import { readGraphView, readyGraphCanvas, type GraphReading } from '../e2e/support/graph-readability';

/** The graph view at one viewport: as first drawn, and after "more" until the focus has no more or the view is full. */
export interface GraphViewMeasure {
  viewport: string;
  first: GraphReading;
  full: GraphReading;
  /** From navigation to the laid-out canvas, in ms (server render, scripts, layout). */
  drawnMs: number;
}

const VIEWPORTS = [
  { width: 1280, height: 800 },
  { width: 375, height: 740 },
];

/** Opens `url` (a graph view) at 1280 and 375 px and reads it before and after pressing `m` until nothing is added. */
export async function measureGraphViews(browser: Browser, url: string): Promise<GraphViewMeasure[]> {
  const out: GraphViewMeasure[] = [];
  for (const viewport of VIEWPORTS) {
    const context = await browser.newContext({ viewport });
    try {
      const page = await context.newPage();
      const started = performance.now();
      await page.goto(url);
      await readyGraphCanvas(page).waitFor({ timeout: 120_000 });
      const drawnMs = performance.now() - started;
      const first = await readGraphView(page);
      let current = first;
      for (let step = 0; step < 10; step++) {
        const before = current.nodes;
        await page.keyboard.press('m');
        // A step that adds nothing (the focus has no more, or the view is full) leaves the count as it is.
        const grew = await page
          .waitForFunction(
            (n) => Number(document.querySelector('[data-testid="graph-canvas"]')?.getAttribute('data-node-count')) > n,
            before,
            { timeout: 20_000 },
          )
          .then(() => true)
          .catch(() => false);
        current = await readGraphView(page);
        if (!grew) break;
      }
      out.push({ viewport: `${viewport.width} × ${viewport.height}`, first, full: current, drawnMs });
    } finally {
      await context.close();
    }
  }
  return out;
}
