import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import type { Period } from '@newsgraph/client';
import { periodsBetween } from './period-chart';
import { chartablePeriods, type RoundBar, type RoundsChartData, type RunningPoint } from './rounds-chart-data';

/** Series colours in stacking order (the organization, then its units): mid tones readable on light and dark. */
export const SERIES_COLOURS = ['#2563eb', '#0d9488', '#d97706', '#9333ea', '#db2777', '#64748b'];

/** A series' colour by its place in `series`. */
export function seriesColour(series: readonly string[], name: string): string {
  return SERIES_COLOURS[Math.max(0, series.indexOf(name)) % SERIES_COLOURS.length]!;
}

/**
 * Renders an organization's rounds over time as SVG with Observable Plot on the server (linkedom as the DOM; no
 * chart JavaScript reaches the browser): jobs per period stacked by series (the organization, its units), a
 * diamond over periods holding undated rounds (placed at their first report), and the running totals the press
 * reported as a line of dots. Null when no period is at the grouping's precision. `tick` names a period, `count`
 * writes a number in the reader's locale.
 */
export function renderRoundsChart(
  data: RoundsChartData,
  by: Period,
  tick: (period: string) => string,
  count: (n: number) => string,
  { width = 720, height = 280 } = {},
): string | null {
  const placed = chartablePeriods(data, by);
  if (placed.length === 0) return null;
  const domain = periodsBetween(placed[0]!, placed.at(-1)!, by);
  const inDomain = (period: string) => domain.includes(period);
  const bars = data.bars.filter((b) => inDomain(b.period));
  const line = data.line.filter((p) => inDomain(p.period));
  const stackTop = new Map<string, number>();
  for (const bar of bars) stackTop.set(bar.period, (stackTop.get(bar.period) ?? 0) + bar.jobs);
  const undated = [...new Set(bars.filter((b) => b.undated > 0).map((b) => b.period))].map((period) => ({
    period,
    jobs: stackTop.get(period) ?? 0,
  }));
  const every = Math.max(1, Math.ceil(domain.length / Math.max(2, Math.floor(width / 70))));
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const plot = Plot.plot({
    document,
    width,
    height,
    marginTop: 20,
    marginRight: 12,
    marginBottom: 36,
    marginLeft: 56,
    style: { fontSize: '12px', background: 'transparent', color: 'currentColor', overflow: 'visible' },
    ariaLabel: `Jobs cut per ${by.toLowerCase()}, ${tick(domain[0]!)} to ${tick(domain.at(-1)!)}, stacked by unit, with the running totals the press reported; the table below lists the figures.`,
    x: { type: 'band', domain, label: null, tickFormat: (d: string, i: number) => (i % every === 0 ? tick(d) : '') },
    y: { grid: true, label: 'Jobs', tickFormat: (d: number) => count(d), nice: true },
    color: { domain: data.series, range: data.series.map((s) => seriesColour(data.series, s)) },
    marks: [
      Plot.barY(bars, {
        x: 'period',
        y: 'jobs',
        fill: 'series',
        order: data.series,
        title: (d: RoundBar) =>
          `${d.series}: ${count(d.jobs)} jobs in ${d.rounds} round${d.rounds === 1 ? '' : 's'}${d.undated ? `, ${d.undated} undated` : ''}`,
      }),
      Plot.ruleY([0]),
      Plot.line(line, { x: 'period', y: 'jobs', stroke: 'currentColor', strokeWidth: 2, strokeDasharray: '4 3' }),
      Plot.dot(line, {
        x: 'period',
        y: 'jobs',
        fill: 'currentColor',
        r: 4,
        title: (d: RunningPoint) => `Reported running total: ${count(d.jobs)}`,
      }),
      Plot.dot(undated, {
        x: 'period',
        y: 'jobs',
        symbol: 'diamond',
        r: 6,
        dy: -8,
        fill: 'currentColor',
        title: () => 'Undated round(s), placed at their first report',
      }),
    ],
  }) as unknown as Element;
  // As the timeline's chart: ARIA forbids aria-label on a <g> without a role (axe: aria-prohibited-attr).
  for (const group of plot.querySelectorAll('g[aria-label]')) group.removeAttribute('aria-label');
  return plot.outerHTML;
}
