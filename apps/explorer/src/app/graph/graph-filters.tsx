import { DateRangeFields, FilterForm } from '../../components/filter-form';
import { NODE_TYPES } from '../../lib/node-types';
import type { GraphFilters } from '../../lib/graph-params';

/** The graph view's filters as a GET form (works without JavaScript; the URL is the view's permalink). */
export function GraphFiltersForm({ focus, filters }: { focus: string; filters: GraphFilters }) {
  const all = filters.types.length === 0;
  return (
    <FilterForm action="/graph" label="Filter the graph">
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
      <DateRangeFields
        from={{ id: 'graph-from', name: 'from', label: 'Events and articles from', value: filters.from }}
        to={{ id: 'graph-to', name: 'to', label: 'to', value: filters.to }}
      />
    </FilterForm>
  );
}
