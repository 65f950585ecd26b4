import { DateRangeFields, FilterForm } from '../../components/filter-form';
import { NodePicker } from '../../components/node-picker';
import { formatKind } from '../../lib/format';
import { EVENT_KINDS, type TimelineView } from '../../lib/timeline-params';

const ORDERS = [
  ['WHEN_ASC', 'Oldest first'],
  ['WHEN_DESC', 'Newest first'],
  ['COUNT_DESC', 'Largest first'],
] as const;
const PERIODS = [
  ['MONTH', 'Month'],
  ['QUARTER', 'Quarter'],
  ['YEAR', 'Year'],
] as const;

/**
 * The timeline's filters as a GET form: kind, organization (a name or an id, suggested as typed), a date range
 * (YYYY, YYYY-MM or YYYY-MM-DD), running totals, order and the chart's grouping. Works without JavaScript; the
 * URL it leads to is the view's permalink.
 */
export function EventFilters({ view, organizationId }: { view: TimelineView; organizationId: string | null }) {
  return (
    <FilterForm action="/events" label="Filter events" resetHref="/events">
      <div className="field">
        <label htmlFor="kind">Kind</label>
        <select id="kind" name="kind" defaultValue={view.kind}>
          <option value="">Any kind</option>
          {EVENT_KINDS.map((k) => (
            <option key={k} value={k}>
              {formatKind(k)}
            </option>
          ))}
        </select>
      </div>
      <NodePicker
        id="organization"
        name="organization"
        label="Organization"
        types={['Company', 'Division']}
        placeholder="Any (e.g. Amazon)"
        defaultValue={organizationId ?? view.organization}
      />
      <DateRangeFields
        from={{ id: 'from', name: 'from', label: 'From', value: view.from }}
        to={{ id: 'to', name: 'to', label: 'To', value: view.to }}
      />
      <div className="field">
        <label htmlFor="totals">Running totals</label>
        <select id="totals" name="totals" defaultValue={view.totals}>
          <option value="include">Included</option>
          <option value="exclude">Left out</option>
          <option value="only">Only them</option>
        </select>
      </div>
      <div className="field">
        <label htmlFor="order">Order</label>
        <select id="order" name="order" defaultValue={view.order}>
          {ORDERS.map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="by">Chart by</label>
        <select id="by" name="by" defaultValue={view.by}>
          {PERIODS.map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </div>
    </FilterForm>
  );
}
