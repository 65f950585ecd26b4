import Link from 'next/link';
import { OrganizationTotalsDocument, type OrganizationTotalsQuery, type TotalsRoundFragment } from '@newsgraph/client';
import { loadFromApi } from '../lib/api';
import type { Formatter } from '../lib/format';
import { getFormatter } from '../lib/request-formatter';
import { sourceHref, storyHref } from '../lib/routes';
import { EmptyState } from './empty-state';
import { EntityLink } from './entity-link';
import styles from './totals-section.module.css';

/** A `from` date the API accepts (YYYY, YYYY-MM or YYYY-MM-DD); anything else means "all rounds". */
export function parseTotalsFrom(value: string | undefined): string | undefined {
  return value && /^\d{4}(-\d{2}(-\d{2})?)?$/.test(value) ? value : undefined;
}

/**
 * "Totals": an organization's layoff rounds since `from` (default: all), each distinct round once with its
 * preferred figure and the sources behind it; rounds without a number marked unquantified (listed, not summed);
 * undated rounds placed at their first report and labelled so; the running totals the press reported beside the
 * sum, never in it. Server-rendered table; loads its own data.
 */
export async function TotalsSection({ organizationId, from }: { organizationId: string; from?: string }) {
  const result = await loadFromApi((api) =>
    api.request(OrganizationTotalsDocument, { organization: organizationId, from, groupBy: 'YEAR' }),
  );
  const format = await getFormatter();
  return (
    <section aria-labelledby="totals-title">
      <h2 id="totals-title">Totals</h2>
      <form method="get" className="small">
        <label htmlFor="totals-from">Rounds since</label>{' '}
        <input id="totals-from" name="totalsFrom" type="date" defaultValue={from ?? ''} />{' '}
        <button type="submit">Show</button>
      </form>
      {!result.ok ? (
        <EmptyState>Totals could not be loaded: {result.failure.message}</EmptyState>
      ) : result.data.totals.rounds === 0 && result.data.totals.runningTotals.length === 0 ? (
        <EmptyState>No layoff rounds recorded{from ? ` since ${format.when(from)}` : ''}.</EmptyState>
      ) : (
        <TotalsTable totals={result.data.totals} from={from} format={format} />
      )}
    </section>
  );
}

type Totals = OrganizationTotalsQuery['totals'];

/** The rounds by period, the sum, and each reported running total with the sum of the rounds it covers. */
function TotalsTable({ totals, from, format }: { totals: Totals; from?: string; format: Formatter }) {
  const quantified = totals.rounds - totals.unquantified;
  return (
    <div className={styles.scroll}>
      <table className={styles.table} data-testid="totals">
        <caption>
          Layoff rounds{from ? ` since ${format.when(from)}` : ''}: each round once, with the sources behind it
        </caption>
        <thead>
          <tr>
            <th scope="col">Period</th>
            <th scope="col">When</th>
            <th scope="col" className={styles.number}>
              Jobs
            </th>
            <th scope="col">Sources</th>
          </tr>
        </thead>
        <tbody>
          {totals.periods.flatMap((p) =>
            p.rounds.map((round) => (
              <tr key={round.id} data-testid="totals-round">
                <th scope="row">{p.period}</th>
                <td>
                  <RoundTime round={round} format={format} />
                </td>
                <td className={styles.number} data-testid="round-figure">
                  <Figure round={round} format={format} />
                </td>
                <td>
                  <SourceLinks sources={round.sources} />
                </td>
              </tr>
            )),
          )}
        </tbody>
        <tfoot>
          <tr data-testid="totals-sum">
            <th scope="row" colSpan={2}>
              Sum of {quantified} quantified round{quantified === 1 ? '' : 's'}
              {totals.unquantified > 0 ? ` (${totals.unquantified} unquantified, not summed)` : ''}
            </th>
            <td className={styles.number} data-testid="sum-figure">
              {format.count(totals.total)}
            </td>
            <td />
          </tr>
          {totals.runningTotals.map((rt) => (
            <tr key={rt.story.id} data-testid="totals-reported">
              <th scope="row" colSpan={2}>
                Reported running total, {format.when(rt.coversFrom)} to {format.when(rt.coversTo)} (rounds it covers sum
                to {format.count(rt.coveredCount)}; not added to the sum)
              </th>
              <td className={styles.number} data-testid="reported-figure">
                <Link prefetch={false} href={storyHref(rt.story.id)}>
                  {rt.count != null ? format.count(rt.count) : rt.story.countText}
                </Link>
              </td>
              <td>
                <SourceLinks sources={rt.story.sources} />
              </td>
            </tr>
          ))}
        </tfoot>
      </table>
    </div>
  );
}

/** The round's date, or "undated — reported <day>" when placed by its first report; "via <unit>" for a unit's round. */
function RoundTime({ round, format }: { round: TotalsRoundFragment; format: Formatter }) {
  return (
    <>
      {round.placedBy === 'REPORT_TIME' ? (
        <span data-testid="undated">Undated — reported {format.when(round.firstReportedAt)}</span>
      ) : (
        format.when(round.when ?? round.placedAt)
      )}
      {round.fromUnit && (
        <div className="small">
          via <EntityLink entity={round.fromUnit} />
        </div>
      )}
    </>
  );
}

/** The preferred count, or the words as written marked unquantified (such rounds are never summed). */
function Figure({ round, format }: { round: TotalsRoundFragment; format: Formatter }) {
  if (round.count != null)
    return (
      <Link prefetch={false} href={storyHref(round.id)} title="The story: every source's figure side by side">
        {format.count(round.count)}
      </Link>
    );
  return (
    <span data-testid="unquantified">
      <Link prefetch={false} href={storyHref(round.id)}>
        {round.countText ?? '—'}
      </Link>{' '}
      <span className="small">(unquantified)</span>
    </span>
  );
}

/** The articles behind a number, each linking to its page. */
function SourceLinks({ sources }: { sources: TotalsRoundFragment['sources'] }) {
  if (sources.length === 0) return <span className="muted">none recorded</span>;
  return (
    <ul className={styles.sources}>
      {sources.map((s) => (
        <li key={s.id}>
          <Link prefetch={false} href={sourceHref(s.id)}>
            {s.title}
          </Link>
          {s.publisher ? ` — ${s.publisher}` : ''}
        </li>
      ))}
    </ul>
  );
}
