import type { Metadata } from 'next';
import { NeighbourhoodDocument } from '@newsgraph/client';
import { ApiError } from '../../components/api-error';
import { EmptyState } from '../../components/empty-state';
import { EntityLink } from '../../components/entity-link';
import { GraphView } from '../../components/graph/graph-view';
import { loadFromApi } from '../../lib/api';
import { resolveEndpoint } from '../../lib/resolve-endpoint';
import { firstParam } from '../../lib/routes';

export const metadata: Metadata = { title: 'Graph' };

/** Two hops: the focus's neighbours and theirs; double-click expands further. */
const INITIAL_DEPTH = 2;

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/**
 * `/graph?focus=<id or name>`: the interactive graph around one node. Ids of entities, sources and events work;
 * a name is resolved with search.
 */
export default async function GraphPage({ searchParams }: Props) {
  const focusInput = firstParam((await searchParams).focus);
  const result = focusInput
    ? await loadFromApi(async (api) => {
        const first = await api.request(NeighbourhoodDocument, { id: focusInput, depth: INITIAL_DEPTH });
        if (first.neighbourhood.nodes.length > 0)
          return { focusId: focusInput, graph: first.neighbourhood, resolvedFrom: null };
        const resolved = await resolveEndpoint(api, focusInput);
        if (!resolved.entity) return null;
        const second = await api.request(NeighbourhoodDocument, { id: resolved.entity.id, depth: INITIAL_DEPTH });
        return { focusId: resolved.entity.id, graph: second.neighbourhood, resolvedFrom: resolved.entity };
      })
    : null;

  const focusLabel = result?.ok
    ? result.data?.graph.nodes.find((n) => n.id === result.data?.focusId)?.label
    : undefined;
  return (
    <>
      <h1>Graph{focusLabel ? `: ${focusLabel}` : ''}</h1>
      <form className="search-form" action="/graph" method="get" role="search" aria-label="Graph focus">
        <div className="field grow">
          <label htmlFor="focus">Centre the graph on</label>
          <input
            id="focus"
            name="focus"
            type="search"
            required
            placeholder="A name or an id, e.g. Andy Jassy"
            defaultValue={focusLabel ?? focusInput}
          />
        </div>
        <button type="submit">Show</button>
      </form>
      {!focusInput && <EmptyState>Choose an entity to centre the graph on, or open one from its page.</EmptyState>}
      {result && !result.ok && <ApiError failure={result.failure} />}
      {result?.ok && !result.data && <EmptyState>Nothing matches “{focusInput}”.</EmptyState>}
      {result?.ok && result.data && (
        <>
          {result.data.resolvedFrom && (
            <p className="small">
              Centred on <EntityLink entity={result.data.resolvedFrom} /> for “{focusInput}”.
            </p>
          )}
          {result.data.graph.nodes.length === 0 ? (
            <EmptyState>This node has no neighbours.</EmptyState>
          ) : (
            <GraphView key={result.data.focusId} initial={result.data.graph} focusId={result.data.focusId} />
          )}
        </>
      )}
    </>
  );
}
