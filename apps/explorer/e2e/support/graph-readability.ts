import type { Page } from 'playwright-core';

/** What the graph view says of itself once drawn (the canvas's data attributes and the status line). */
export interface GraphReading {
  /** Nodes and edges drawn. */
  nodes: number;
  edges: number;
  /** The most nodes the view will ever draw (MAX_VIEW_NODES). */
  cap: number;
  /** The height labels are drawn at on screen, in CSS pixels, at the current zoom. */
  labelPx: number;
  /** Neighbours of the focus not drawn ("+N more"); 0 when all are shown. */
  hiddenOfFocus: number;
}

/** The drawn graph canvas (present once Cytoscape has laid the view out). */
export function readyGraphCanvas(page: Page) {
  return page.locator('[data-testid="graph-canvas"][data-ready="true"]');
}

/** Reads the graph view on `page` (which must show one): counts, cap, label size, hidden neighbours of the focus. */
export async function readGraphView(page: Page): Promise<GraphReading> {
  const canvas = readyGraphCanvas(page);
  await canvas.waitFor();
  const attribute = async (name: string) => Number(await canvas.getAttribute(name));
  const status = (await page.getByTestId('graph-status').textContent()) ?? '';
  return {
    nodes: await attribute('data-node-count'),
    edges: await attribute('data-edge-count'),
    cap: await attribute('data-node-cap'),
    labelPx: await attribute('data-label-px'),
    hiddenOfFocus: Number(/(\d+) more neighbours of the focus/.exec(status)?.[1] ?? 0),
  };
}

/** Issue 14's bar for a readable graph: no more nodes than the cap, labels at least this tall at default zoom. */
export const MIN_LABEL_PX = 11;

/** True when a reading meets the bar: nodes ≤ cap and labels ≥ {@link MIN_LABEL_PX}. */
export function isReadable(reading: GraphReading): boolean {
  return reading.nodes > 0 && reading.nodes <= reading.cap && reading.labelPx >= MIN_LABEL_PX;
}
