import type { Metadata } from 'next';
import { ApiError } from '../../components/api-error';
import { EmptyState } from '../../components/empty-state';
import { EntityLink } from '../../components/entity-link';
import { GraphView } from '../../components/graph/graph-view';
import { NodePicker } from '../../components/node-picker';
import { loadFromApi } from '../../lib/api';
import { readExpansions, readGraphFilters } from '../../lib/graph-params';
import { loadGraphView } from '../../lib/load-graph-view';
import { getFormatter } from '../../lib/request-formatter';
import { firstParam } from '../../lib/routes';
import { GraphFiltersForm } from './graph-filters';

export const metadata: Metadata = { title: 'Graph' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/**
 * `/graph?focus=<id or text>[&type=…][&from=…&to=…][&mentions=1][&expand=<id>…][&more=N]`: the graph around one
 * node, readable — its 20 strongest neighbours and theirs, at most 50 nodes, articles that only mention it hidden
 * unless asked for — filtered by node type and time. The URL is a permalink of the view, expansions included.
 */
export default async function GraphPage({ searchParams }: Props) {
  const params = await searchParams;
  const focusInput = firstParam(params.focus);
  const { filters, ignored } = readGraphFilters(params);
  const expand = readExpansions(params);
  const more = Math.max(0, Math.trunc(Number(firstParam(params.more)) || 0));
  const format = await getFormatter();
  const result = focusInput
    ? await loadFromApi((api) => loadGraphView(api, focusInput, filters, { expand, more }, format))
    : null;
  const view = result?.ok && result.data.kind === 'view' ? result.data : null;

  return (
    <>
      <h1>Graph{view ? `: ${view.focusLabel}` : ''}</h1>
      <form className="search-form" action="/graph" method="get" role="search" aria-label="Graph focus">
        <NodePicker
          id="focus"
          name="focus"
          label="Centre the graph on"
          required
          placeholder="A name, an event (“Amazon 14,000”), a title or an id"
          defaultValue={view?.focusId ?? focusInput}
        />
        <button type="submit">Show</button>
      </form>
      {!focusInput && <EmptyState>Choose what to centre the graph on, or open it from a page.</EmptyState>}
      {result && !result.ok && <ApiError failure={result.failure} />}
      {result?.ok && result.data.kind === 'unknown-id' && (
        <p className="state error" role="alert">
          No node has the id <code>{result.data.input}</code>. Check it, or type a name instead.
        </p>
      )}
      {result?.ok && result.data.kind === 'no-match' && <EmptyState>Nothing matches “{result.data.input}”.</EmptyState>}
      {ignored.length > 0 && (
        <p className="state error" role="alert">
          Ignored: {ignored.join(', ')} (types: Company, Division, Person, Product, Event, Source; dates like 2023-01).
        </p>
      )}
      {view && (
        <>
          {view.resolvedFrom && (
            <p className="small">
              Centred on{' '}
              <EntityLink entity={{ id: view.focusId, type: view.resolvedFrom.type, name: view.resolvedFrom.label }} />{' '}
              for “{focusInput}”.
            </p>
          )}
          <GraphFiltersForm focus={view.focusId} filters={filters} />
          <GraphView key={view.focusId} initial={view.state} focusId={view.focusId} filters={filters} />
        </>
      )}
    </>
  );
}
