import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import type { Period } from '@newsgraph/client';

/** One bar segment: events of one kind in one period. */
export interface PeriodCount {
  period: string;
  kind: string;
  events: number;
}

/** Where a period's bar sits in the chart, in SVG pixels (what the brush maps a drag onto). */
export interface PeriodBand {
  period: string;
  x: number;
  width: number;
}

/** A chart rendered on the server: SVG markup and the bands the brush needs. */
export interface RenderedChart {
  svg: string;
  bands: PeriodBand[];
  width: number;
  height: number;
  /** The plot area's top and bottom (the brush covers them). */
  top: number;
  bottom: number;
}

/** Colours per kind (lower-case; see kindColour): mid tones with ≥ 3:1 contrast on light and dark backgrounds. */
export const KIND_COLOURS: Record<string, string> = {
  layoff: '#e11d48',
  restructuring: '#2563eb',
  hiring: '#16a34a',
  investment: '#9333ea',
  earnings: '#d97706',
  leadership: '#0891b2',
};

/** A kind's colour, whatever its case (the API's EventKind is LAYOFF, URLs write layoff); slate for others. */
export function kindColour(kind: string): string {
  return KIND_COLOURS[kind.toLowerCase()] ?? '#64748b';
}

/** Every period from the first to the last at the grouping's precision, so gaps show as gaps. */
export function periodsBetween(first: string, last: string, by: Period): string[] {
  const index = (period: string) => {
    const [year, part] = period.split('-');
    if (by === 'YEAR') return Number(year);
    if (by === 'QUARTER') return Number(year) * 4 + Number(part!.slice(1)) - 1;
    return Number(year) * 12 + Number(part) - 1;
  };
  const label = (i: number) => {
    if (by === 'YEAR') return String(i);
    if (by === 'QUARTER') return `${Math.floor(i / 4)}-Q${(i % 4) + 1}`;
    return `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
  };
  const out: string[] = [];
  for (let i = index(first); i <= index(last) && out.length < 1_200; i++) out.push(label(i));
  return out;
}

/** The height of each period's stack (events of every kind). */
function stackHeights(rows: readonly PeriodCount[]): number[] {
  const totals = new Map<string, number>();
  for (const row of rows) totals.set(row.period, (totals.get(row.period) ?? 0) + row.events);
  return [...totals.values()];
}

/** Whether a period is at the grouping's precision (an event known only to its year is not, among months). */
export function isAtPrecision(period: string, by: Period): boolean {
  if (by === 'YEAR') return /^\d{4}$/.test(period);
  if (by === 'QUARTER') return /^\d{4}-Q[1-4]$/.test(period);
  return /^\d{4}-\d{2}$/.test(period);
}

/**
 * Renders the stacked bars of events per period and kind as SVG with Observable Plot, on the server (linkedom
 * stands in for the DOM: the browser gets markup, no chart JavaScript). `tick` names a period on the axis.
 */
export function renderPeriodChart(
  counts: readonly PeriodCount[],
  by: Period,
  tick: (period: string) => string,
  { width = 720, height = 260 } = {},
): RenderedChart | null {
  const rows = counts.filter((row) => isAtPrecision(row.period, by));
  if (rows.length === 0) return null;
  const sorted = [...new Set(rows.map((row) => row.period))].sort();
  const domain = periodsBetween(sorted[0]!, sorted.at(-1)!, by);
  // About one tick label per 70 px, and whole numbers on the y axis only.
  const every = Math.max(1, Math.ceil(domain.length / Math.max(2, Math.floor(width / 70))));
  const highest = Math.max(...stackHeights(rows));
  const step = Math.max(1, Math.ceil(highest / 5));
  const yTicks = Array.from({ length: Math.floor(highest / step) + 1 }, (_, i) => i * step);
  const kinds = [...new Set(rows.map((row) => row.kind))].sort();
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const margin = { top: 16, right: 12, bottom: 36, left: 44 };
  const plot = Plot.plot({
    document,
    width,
    height,
    marginTop: margin.top,
    marginRight: margin.right,
    marginBottom: margin.bottom,
    marginLeft: margin.left,
    style: { fontSize: '12px', background: 'transparent', color: 'currentColor', overflow: 'visible' },
    ariaLabel: `Events per ${by.toLowerCase()} by kind, ${tick(domain[0]!)} to ${tick(domain.at(-1)!)}; the table beside lists the figures.`,
    x: { type: 'band', domain, label: null, tickFormat: (d: string, i: number) => (i % every === 0 ? tick(d) : '') },
    y: { grid: true, label: 'Events', ticks: yTicks, tickFormat: (d: number) => String(d) },
    color: { domain: kinds, range: kinds.map(kindColour) },
    marks: [
      Plot.barY(rows, { x: 'period', y: 'events', fill: 'kind', title: (d: PeriodCount) => `${d.kind}: ${d.events}` }),
      Plot.ruleY([0]),
    ],
  }) as unknown as Element & { scale(name: 'x'): { apply(value: string): number; bandwidth: number } };
  // Plot names each mark's group ("bar", "rule", "y-axis tick") with aria-label, which ARIA forbids on a <g>
  // without a role (axe: aria-prohibited-attr); the chart's own label and the table beside it say what it shows.
  for (const group of plot.querySelectorAll('g[aria-label]')) group.removeAttribute('aria-label');
  const x = plot.scale('x');
  return {
    svg: plot.outerHTML,
    bands: domain.map((period) => ({ period, x: x.apply(period), width: x.bandwidth })),
    width,
    height,
    top: margin.top,
    bottom: height - margin.bottom,
  };
}
