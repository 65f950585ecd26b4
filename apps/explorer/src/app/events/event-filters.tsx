import { formatKind } from '../../lib/format';

/** The current filter values ('' = any). */
export interface EventFilterValues {
  kind: string;
  organization: string;
  from: string;
  to: string;
}

/** A GET form: kind, organization and a date range (YYYY, YYYY-MM or YYYY-MM-DD). Works without JavaScript. */
export function EventFilters({
  values,
  kinds,
  organizations,
}: {
  values: EventFilterValues;
  kinds: string[];
  organizations: { id: string; name: string }[];
}) {
  return (
    <form className="search-form card" action="/events" method="get" aria-label="Filter events">
      <div className="field">
        <label htmlFor="kind">Kind</label>
        <select id="kind" name="kind" defaultValue={values.kind}>
          <option value="">Any kind</option>
          {kinds.map((k) => (
            <option key={k} value={k}>
              {formatKind(k)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="organization">Organization</label>
        <select id="organization" name="organization" defaultValue={values.organization}>
          <option value="">Any organization</option>
          {organizations.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="from">From</label>
        <input
          id="from"
          name="from"
          type="text"
          inputMode="numeric"
          placeholder="YYYY-MM"
          defaultValue={values.from}
          pattern="\d{4}(-\d{2}(-\d{2})?)?"
          title="YYYY, YYYY-MM or YYYY-MM-DD"
          size={10}
        />
      </div>
      <div className="field">
        <label htmlFor="to">To</label>
        <input
          id="to"
          name="to"
          type="text"
          inputMode="numeric"
          placeholder="YYYY-MM"
          defaultValue={values.to}
          pattern="\d{4}(-\d{2}(-\d{2})?)?"
          title="YYYY, YYYY-MM or YYYY-MM-DD"
          size={10}
        />
      </div>
      <button type="submit">Apply</button>
      <a className="button secondary" href="/events">
        Reset
      </a>
    </form>
  );
}
