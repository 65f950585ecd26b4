import { describe, expect, it } from 'vitest';
import { periodOfDay, roundsChartData } from './rounds-chart-data';

const aws = { id: 'division:aws', name: 'AWS' };

describe('roundsChartData', () => {
  it('stacks the organization’s own rounds and each unit’s per period, flags undated ones, sums none twice', () => {
    const data = roundsChartData(
      [
        {
          period: '2023-Q1',
          rounds: [
            { id: 'a', count: 18000, placedBy: 'EVENT_TIME' },
            { id: 'b', count: 9000, placedBy: 'EVENT_TIME' },
          ],
        },
        {
          period: '2025-Q4',
          rounds: [
            { id: 'c', count: 14000, placedBy: 'EVENT_TIME' },
            { id: 'd', count: null, placedBy: 'REPORT_TIME', fromUnit: aws },
            { id: 'e', count: 400, placedBy: 'REPORT_TIME', fromUnit: aws },
          ],
        },
      ],
      [{ count: 27000, coversTo: '2024-02-01', story: { id: 't' } }],
      'QUARTER',
      'Acme',
    );
    expect(data.series).toEqual(['Acme', 'AWS']);
    expect(data.bars).toEqual([
      { period: '2023-Q1', series: 'Acme', jobs: 27000, rounds: 2, undated: 0 },
      { period: '2025-Q4', series: 'Acme', jobs: 14000, rounds: 1, undated: 0 },
      { period: '2025-Q4', series: 'AWS', jobs: 400, rounds: 2, undated: 2 },
    ]);
    expect(data.line).toEqual([{ period: '2024-Q1', jobs: 27000 }]);
    expect(data.periods).toEqual(['2023-Q1', '2024-Q1', '2025-Q4']);
  });

  it('puts a day in its period at each grouping; a year-only date stays a year', () => {
    expect(periodOfDay('2025-11-03', 'MONTH')).toBe('2025-11');
    expect(periodOfDay('2025-11-03', 'QUARTER')).toBe('2025-Q4');
    expect(periodOfDay('2025-11-03', 'YEAR')).toBe('2025');
    expect(periodOfDay('2025', 'MONTH')).toBe('2025');
  });
});
