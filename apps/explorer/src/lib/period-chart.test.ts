import { describe, expect, it } from 'vitest';
import { isAtPrecision, periodsBetween, renderPeriodChart } from './period-chart';

describe('period chart', () => {
  it('fills the gaps between periods at each precision', () => {
    expect(periodsBetween('2023-11', '2024-02', 'MONTH')).toEqual(['2023-11', '2023-12', '2024-01', '2024-02']);
    expect(periodsBetween('2023-Q4', '2024-Q1', 'QUARTER')).toEqual(['2023-Q4', '2024-Q1']);
    expect(periodsBetween('2021', '2023', 'YEAR')).toEqual(['2021', '2022', '2023']);
    expect([isAtPrecision('2023', 'MONTH'), isAtPrecision('2023-04', 'MONTH'), isAtPrecision('2023', 'YEAR')]).toEqual([
      false,
      true,
      true,
    ]);
  });

  it('renders SVG on the server with one band per period, year-only periods left to the table', () => {
    const chart = renderPeriodChart(
      [
        { period: '2023', kind: 'layoff', events: 2 },
        { period: '2023-01', kind: 'layoff', events: 1 },
        { period: '2023-03', kind: 'layoff', events: 1 },
        { period: '2023-03', kind: 'hiring', events: 2 },
      ],
      'MONTH',
      (period) => period,
    )!;
    expect(chart.svg.startsWith('<svg')).toBe(true);
    expect(chart.svg).toContain('aria-label="Events per month by kind, 2023-01 to 2023-03');
    // ARIA forbids aria-label on a <g> with no role (axe: aria-prohibited-attr); Plot's mark names are dropped.
    expect(chart.svg).not.toMatch(/<g[^>]*aria-label/);
    expect(chart.bands.map((band) => band.period)).toEqual(['2023-01', '2023-02', '2023-03']);
    expect(chart.bands[1]!.x).toBeGreaterThan(chart.bands[0]!.x);
    expect(chart.svg.match(/<rect/g)!.length).toBe(3);
    expect(renderPeriodChart([{ period: '2023', kind: 'layoff', events: 2 }], 'MONTH', String)).toBeNull();
  });
});
