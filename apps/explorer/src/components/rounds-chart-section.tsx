import Link from 'next/link';
import { OrganizationTotalsDocument, type Period } from '@newsgraph/client';
import { loadFromApi } from '../lib/api';
import { getFormatter } from '../lib/request-formatter';
import { storyHref } from '../lib/routes';
import { renderRoundsChart, seriesColour } from '../lib/rounds-chart';
import { periodOfDay, roundsChartData } from '../lib/rounds-chart-data';
import { EmptyState } from './empty-state';

/** The groupings the chart offers (`?chartBy=`), the default first. */
export const CHART_PERIODS: readonly Period[] = ['QUARTER', 'MONTH', 'YEAR'];

/** A `chartBy` value the chart accepts; anything else is the default (QUARTER). */
export function parseChartBy(value: string | undefined): Period {
  const upper = value?.toUpperCase();
  return CHART_PERIODS.find((p) => p === upper) ?? 'QUARTER';
}

/**
 * "Rounds over time" on an organization's page: its layoff rounds per period (`by`), jobs stacked by unit (the
 * organization's own rounds, then each unit's), undated rounds at their first report and marked, the running
 * totals the press reported as a line — an SVG drawn on the server with Observable Plot — and beside it the same
 * figures as a table, read from the same `totals` query (so the table is what the API says).
 */
export async function RoundsChartSection({
  organization,
  by,
}: {
  organization: { id: string; name: string };
  by: Period;
}) {
  const result = await loadFromApi((api) =>
    api.request(OrganizationTotalsDocument, { organization: organization.id, groupBy: by }),
  );
  const format = await getFormatter();
  if (!result.ok)
    return (
      <section aria-labelledby="rounds-chart-title">
        <h2 id="rounds-chart-title">Rounds over time</h2>
        <EmptyState>The chart could not be loaded: {result.failure.message}</EmptyState>
      </section>
    );
  const { totals } = result.data;
  const data = roundsChartData(totals.periods, totals.runningTotals, by, organization.name);
  const charts = [
    { size: 'wide', svg: renderRoundsChart(data, by, format.period, format.count, { width: 720, height: 280 }) },
    { size: 'narrow', svg: renderRoundsChart(data, by, format.period, format.count, { width: 340, height: 240 }) },
  ];
  const cell = (period: string, series: string) => data.bars.find((b) => b.period === period && b.series === series);
  return (
    <section aria-labelledby="rounds-chart-title">
      <h2 id="rounds-chart-title">Rounds over time</h2>
      <form method="get" className="small">
        <label htmlFor="chart-by">Per</label>{' '}
        <select id="chart-by" name="chartBy" defaultValue={by}>
          {CHART_PERIODS.map((p) => (
            <option key={p} value={p}>
              {p.toLowerCase()}
            </option>
          ))}
        </select>{' '}
        <button type="submit">Show</button>
      </form>
      {data.periods.length === 0 ? (
        <EmptyState>No layoff rounds recorded for {organization.name}.</EmptyState>
      ) : (
        <>
          <figure className="chart" data-testid="rounds-chart">
            {charts[0]!.svg ? (
              charts.map(({ size, svg }) =>
                svg ? (
                  <div
                    key={size}
                    className={`chart-svg chart-${size}`}
                    data-testid={`rounds-chart-${size}`}
                    dangerouslySetInnerHTML={{ __html: svg }}
                  />
                ) : null,
              )
            ) : (
              <p className="muted">Every round here is known only to its year: see the table.</p>
            )}
            <figcaption className="small muted">
              <ul className="legend" aria-label="Legend">
                {data.series.map((series) => (
                  <li key={series}>
                    <span
                      className="swatch"
                      style={{ background: seriesColour(data.series, series) }}
                      aria-hidden="true"
                    />
                    {series === organization.name ? `${series} itself` : `${series} (unit)`}
                  </li>
                ))}
                <li>
                  <span aria-hidden="true">◆</span> undated rounds, at their first report
                </li>
                <li>
                  <span aria-hidden="true">- ● -</span> running totals the press reported (not added to the bars)
                </li>
              </ul>
            </figcaption>
          </figure>
          <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="rounds-table-caption">
            <table className="figures" data-testid="rounds-table">
              <caption id="rounds-table-caption">
                Jobs cut per {by.toLowerCase()} (the chart’s figures): each round once, by its preferred figure
              </caption>
              <thead>
                <tr>
                  <th scope="col">Period</th>
                  {data.series.map((series) => (
                    <th key={series} scope="col">
                      {series === organization.name ? `${series} itself` : series}
                    </th>
                  ))}
                  <th scope="col">Jobs</th>
                  <th scope="col">Rounds</th>
                  <th scope="col">Undated</th>
                  <th scope="col">Reported running total</th>
                </tr>
              </thead>
              <tbody>
                {data.periods.map((period) => {
                  const p = totals.periods.find((x) => x.period === period);
                  const reported = totals.runningTotals.filter(
                    (t) => t.count != null && periodOfDay(t.coversTo, by) === period,
                  );
                  return (
                    <tr key={period} data-period={period} data-testid="rounds-row">
                      <th scope="row">{format.period(period)}</th>
                      {data.series.map((series) => (
                        <td key={series} data-series={series}>
                          {format.count(cell(period, series)?.jobs ?? 0)}
                        </td>
                      ))}
                      <td data-testid="rounds-jobs">{format.count(p?.count ?? 0)}</td>
                      <td data-testid="rounds-count">{format.count(p?.rounds.length ?? 0)}</td>
                      <td data-testid="rounds-undated">
                        {format.count(p?.rounds.filter((r) => r.placedBy === 'REPORT_TIME').length ?? 0)}
                      </td>
                      <td data-testid="rounds-reported">
                        {reported.map((t, i) => (
                          <span key={t.story.id}>
                            {i > 0 && ', '}
                            <Link prefetch={false} href={storyHref(t.story.id)}>
                              {format.count(t.count!)}
                            </Link>
                          </span>
                        ))}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
