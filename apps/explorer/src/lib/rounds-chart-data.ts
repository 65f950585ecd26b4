import type { Period } from '@newsgraph/client';
import { isAtPrecision } from './period-chart';

/** A round as the Totals query gives it (the fields the chart needs). */
export interface ChartRound {
  id: string;
  count?: number | null;
  placedBy: string;
  fromUnit?: { id: string; name: string } | null;
}

/** A reported running total: its figure and the day its span ends (where the line puts it). */
export interface ChartRunningTotal {
  count?: number | null;
  coversTo: string;
  story: { id: string };
}

/** One stacked segment: the jobs of one series (the organization itself or one of its units) in one period. */
export interface RoundBar {
  period: string;
  series: string;
  jobs: number;
  rounds: number;
  /** Rounds of this segment placed by their first report (no event time). */
  undated: number;
}

/** One point of the running-totals line. */
export interface RunningPoint {
  period: string;
  jobs: number;
}

/** What the company chart draws, and the table beside it lists. */
export interface RoundsChartData {
  /** Series in stacking order: the organization itself first, then its units by name. */
  series: string[];
  bars: RoundBar[];
  line: RunningPoint[];
  /** Periods the table lists, oldest first (coarser ones, "2023" among months, included). */
  periods: string[];
}

/** The period a day falls in at a grouping: "2023", "2023-Q1" or "2023-01". */
export function periodOfDay(day: string, by: Period): string {
  const year = day.slice(0, 4);
  if (by === 'YEAR' || day.length < 7) return year;
  const month = Number(day.slice(5, 7));
  return by === 'QUARTER' ? `${year}-Q${Math.ceil(month / 3)}` : `${year}-${day.slice(5, 7)}`;
}

/**
 * Shapes an organization's totals for the chart: per period, the jobs of its own rounds and of each unit's
 * (stacked), with the undated rounds counted where their first report puts them (the Totals query already places
 * them so) and flagged; the running totals the press reported as a line at the period their span ends. Rounds
 * without a number add no height. `ownName` labels the organization's own series.
 */
export function roundsChartData(
  periods: ReadonlyArray<{ period: string; rounds: readonly ChartRound[] }>,
  runningTotals: readonly ChartRunningTotal[],
  by: Period,
  ownName: string,
): RoundsChartData {
  const bars = new Map<string, RoundBar>();
  const units = new Set<string>();
  for (const { period, rounds } of periods) {
    for (const round of rounds) {
      const series = round.fromUnit?.name ?? ownName;
      if (round.fromUnit) units.add(series);
      const key = `${period}\u0000${series}`;
      const bar = bars.get(key) ?? { period, series, jobs: 0, rounds: 0, undated: 0 };
      bar.jobs += round.count ?? 0;
      bar.rounds += 1;
      if (round.placedBy === 'REPORT_TIME') bar.undated += 1;
      bars.set(key, bar);
    }
  }
  const line = runningTotals
    .filter((t) => t.count != null)
    .map((t) => ({ period: periodOfDay(t.coversTo, by), jobs: t.count! }))
    .sort((a, b) => a.period.localeCompare(b.period));
  const all = new Set([...periods.map((p) => p.period), ...line.map((p) => p.period)]);
  return {
    series: [ownName, ...[...units].filter((u) => u !== ownName).sort()],
    bars: [...bars.values()],
    line,
    periods: [...all].sort(),
  };
}

/** The periods a band chart can place (at the grouping's precision). */
export function chartablePeriods(data: RoundsChartData, by: Period): string[] {
  return data.periods.filter((p) => isAtPrecision(p, by));
}
