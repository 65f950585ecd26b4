import Link from 'next/link';
import type { EventsQuery } from '@newsgraph/client';
import { formatKind, type Formatter } from '../../lib/format';
import { isAtPrecision, kindColour, renderPeriodChart } from '../../lib/period-chart';
import { eventsHref } from '../../lib/routes';
import { periodRange, timelineQuery, type TimelineView } from '../../lib/timeline-params';
import { TimelineBrush } from './timeline-brush';

type Periods = EventsQuery['eventPeriods'];

/**
 * The chart of the filtered events per period and kind (server-rendered SVG, a brush over it) and the same
 * figures as a table beside it, each period linking to the timeline narrowed to it.
 */
export function TimelineChart({
  periods,
  total,
  view,
  format,
}: {
  periods: Periods;
  total: number;
  view: TimelineView;
  format: Formatter;
}) {
  // Two renderings, one shown per screen width (CSS): SVG text scales with its box, so one size cannot be
  // readable on both a phone and a desktop.
  const tick = (period: string) => format.period(period);
  const charts = [
    { size: 'wide', chart: renderPeriodChart(periods, view.by, tick, { width: 720, height: 260 }) },
    { size: 'narrow', chart: renderPeriodChart(periods, view.by, tick, { width: 340, height: 220 }) },
  ];
  const kinds = [...new Set(periods.map((p) => p.kind))].sort();
  const rows = [...new Set(periods.map((p) => p.period))].sort();
  const dated = periods.reduce((sum, p) => sum + p.events, 0);
  const coarse = periods.filter((p) => !isAtPrecision(p.period, view.by)).reduce((sum, p) => sum + p.events, 0);
  const brushQuery = timelineQuery(view, { from: '', to: '' }).replace(/^\?/, '');
  return (
    <section aria-labelledby="chart-title" className="timeline-chart">
      <h2 id="chart-title">Events per {view.by.toLowerCase()}</h2>
      {rows.length === 0 ? (
        <p className="muted">No dated event in this view{total > 0 ? ` (${format.count(total)} undated)` : ''}.</p>
      ) : (
        <div className="chart-layout">
          <figure className="chart">
            {charts[0]!.chart ? (
              charts.map(({ size, chart }) =>
                chart ? (
                  <div key={size} className={`chart-svg chart-${size}`} data-testid={`chart-${size}`}>
                    <div dangerouslySetInnerHTML={{ __html: chart.svg }} />
                    <TimelineBrush
                      bands={chart.bands}
                      width={chart.width}
                      height={chart.height}
                      top={chart.top}
                      bottom={chart.bottom}
                      query={brushQuery}
                    />
                  </div>
                ) : null,
              )
            ) : (
              <p className="muted">Every dated event here is known only to its year: see the table.</p>
            )}
            <figcaption className="small muted">
              <ul className="legend" aria-label="Kinds">
                {kinds.map((kind) => (
                  <li key={kind}>
                    <span className="swatch" style={{ background: kindColour(kind) }} aria-hidden="true" />
                    {formatKind(kind)}
                  </li>
                ))}
              </ul>
              {format.count(dated)} dated event{dated === 1 ? '' : 's'} of {format.count(total)}
              {coarse > 0 && `; ${format.count(coarse)} known only to the year, in the table`}
              {total > dated && `; ${format.count(total - dated)} undated, in the list only`}. Drag across the bars to
              narrow the time range.
              {(view.from || view.to) && (
                <>
                  {' '}
                  <Link prefetch={false} href={eventsHref() + timelineQuery(view, { from: '', to: '' })}>
                    Show all dates
                  </Link>
                </>
              )}
            </figcaption>
          </figure>
          <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="period-table-caption">
            <table className="figures" data-testid="period-table">
              <caption id="period-table-caption">Events per {view.by.toLowerCase()} (the chart’s figures)</caption>
              <thead>
                <tr>
                  <th scope="col">Period</th>
                  {kinds.map((kind) => (
                    <th key={kind} scope="col">
                      {formatKind(kind)}
                    </th>
                  ))}
                  <th scope="col" title="Sum of the figures reported, running totals left out">
                    Jobs reported
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map((period) => {
                  const cells = periods.filter((p) => p.period === period);
                  const range = periodRange(period);
                  return (
                    <tr key={period} data-period={period}>
                      <th scope="row">
                        <Link prefetch={false} href={eventsHref() + timelineQuery(view, range)}>
                          {format.period(period)}
                        </Link>
                      </th>
                      {kinds.map((kind) => (
                        <td key={kind}>{format.count(cells.find((c) => c.kind === kind)?.events ?? 0)}</td>
                      ))}
                      <td>{format.count(cells.reduce((sum, c) => sum + c.jobs, 0))}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </div>
      )}
    </section>
  );
}
