import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { createFormatter } from './format';
import { renderRoundsChart } from './rounds-chart';
import { roundsChartData } from './rounds-chart-data';

const format = createFormatter('en-US');

describe('renderRoundsChart', () => {
  it('draws a bar per series and period, the running total as a line of dots and a diamond on undated rounds', () => {
    const data = roundsChartData(
      [
        { period: '2023', rounds: [{ id: 'a', count: 18000, placedBy: 'EVENT_TIME' }] },
        {
          period: '2025',
          rounds: [
            { id: 'b', count: 14000, placedBy: 'EVENT_TIME' },
            { id: 'c', count: 400, placedBy: 'REPORT_TIME', fromUnit: { id: 'd:u', name: 'Acme Cloud' } },
          ],
        },
      ],
      [
        { count: 27000, coversTo: '2024-02-01', story: { id: 't1' } },
        { count: 30000, coversTo: '2025-06-01', story: { id: 't2' } },
      ],
      'YEAR',
      'Acme',
    );
    const svg = renderRoundsChart(data, 'YEAR', format.period, format.count)!;
    const { document } = parseHTML(`<!doctype html><html><body>${svg}</body></html>`);
    expect(document.querySelectorAll('rect').length).toBe(3);
    expect(document.querySelectorAll('g[stroke-dasharray] path').length).toBe(1);
    expect(svg).toContain('Acme Cloud: 400 jobs in 1 round, 1 undated');
    expect(svg).toContain('Reported running total: 27,000');
    expect(svg).toContain('Undated round(s), placed at their first report');
    expect(svg).not.toMatch(/<g[^>]*aria-label/);
  });

  it('draws nothing when no round is at the grouping’s precision', () => {
    const data = roundsChartData(
      [{ period: '2023', rounds: [{ id: 'a', count: 5, placedBy: 'EVENT_TIME' }] }],
      [],
      'MONTH',
      'A',
    );
    expect(renderRoundsChart(data, 'MONTH', String, String)).toBeNull();
  });
});
