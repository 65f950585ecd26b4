import { NODE_TYPES } from '../../lib/node-types';
import type { GraphFilters } from '../../lib/graph-params';

/** The graph view's filters as a GET form (works without JavaScript; the URL is the view's permalink). */
export function GraphFiltersForm({ focus, filters }: { focus: string; filters: GraphFilters }) {
  const all = filters.types.length === 0;
  return (
    <form className="filters card" action="/graph" method="get" aria-label="Filter the graph">
      <input type="hidden" name="focus" value={focus} />
      <fieldset>
        <legend>Show</legend>
        <div className="checks">
          {NODE_TYPES.map((type) => (
            <label key={type}>
              <input type="checkbox" name="type" value={type} defaultChecked={all || filters.types.includes(type)} />{' '}
              {type}
            </label>
          ))}
          <label>
            <input type="checkbox" name="mentions" value="1" defaultChecked={filters.mentions} /> Articles that only
            mention it
          </label>
        </div>
      </fieldset>
      <div className="field">
        <label htmlFor="graph-from">Events and articles from</label>
        <input
          id="graph-from"
          name="from"
          type="text"
          inputMode="numeric"
          placeholder="YYYY-MM"
          defaultValue={filters.from}
          pattern="\d{4}(-\d{2}(-\d{2})?)?"
          title="YYYY, YYYY-MM or YYYY-MM-DD"
          size={10}
        />
      </div>
      <div className="field">
        <label htmlFor="graph-to">to</label>
        <input
          id="graph-to"
          name="to"
          type="text"
          inputMode="numeric"
          placeholder="YYYY-MM"
          defaultValue={filters.to}
          pattern="\d{4}(-\d{2}(-\d{2})?)?"
          title="YYYY, YYYY-MM or YYYY-MM-DD"
          size={10}
        />
      </div>
      <button type="submit">Apply</button>
    </form>
  );
}
