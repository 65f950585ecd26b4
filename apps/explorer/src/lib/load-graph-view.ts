import { NeighbourhoodDocument, type NewsgraphClient } from '@newsgraph/client';
import { applyAnswer, canGrow, createGraphState, type GraphState } from '../components/graph/graph-model';
import type { GraphData } from '../components/graph/graph-types';
import type { Formatter } from './format';
import { neighbourhoodArgs, type GraphFilters } from './graph-params';
import type { NodeRef } from './node-label';
import { looksLikeId, resolveEndpoint } from './resolve-endpoint';

/** How many "more" pages of the focus a URL may ask to replay. */
export const MAX_MORE_PAGES = 5;

/** A graph view as the URL describes it, or why there is none. */
export type LoadedGraphView =
  | { kind: 'view'; focusId: string; focusLabel: string; resolvedFrom: NodeRef | null; state: GraphState }
  | { kind: 'unknown-id'; input: string }
  | { kind: 'no-match'; input: string };

/** What a view asks the API for, as a request: its focus (or an expanded node) with the view's filters. */
export async function requestNeighbourhood(
  api: NewsgraphClient,
  id: string,
  filters: GraphFilters,
  options: { depth?: number; after?: string | null } = {},
): Promise<GraphData> {
  const { neighbourhood } = await api.request(NeighbourhoodDocument, {
    id,
    depth: options.depth ?? 2,
    after: options.after ?? null,
    ...neighbourhoodArgs(filters),
  });
  return neighbourhood;
}

/**
 * The view of a URL: the focus (an id looked up exactly — an unknown one is said so, never replaced — or a name,
 * a title, an event searched for), its neighbourhood under the filters, then the URL's "more" pages and
 * expansions replayed in order while they fit under MAX_VIEW_NODES, so a permalink shows what was on screen.
 */
export async function loadGraphView(
  api: NewsgraphClient,
  input: string,
  filters: GraphFilters,
  replay: { expand: readonly string[]; more: number },
  format: Formatter,
): Promise<LoadedGraphView> {
  let focusId = input;
  let resolvedFrom: NodeRef | null = null;
  if (!looksLikeId(input)) {
    const resolved = await resolveEndpoint(api, input, format);
    if (!resolved.node) return { kind: 'no-match', input };
    focusId = resolved.node.id;
    resolvedFrom = resolved.node;
  }
  const first = await requestNeighbourhood(api, focusId, filters);
  if (first.nodes.length === 0) return { kind: 'unknown-id', input };
  let state = createGraphState(first, focusId);
  for (let page = 0; page < Math.min(replay.more, MAX_MORE_PAGES) && state.nextCursor && canGrow(state); page++) {
    const answer = await requestNeighbourhood(api, focusId, filters, { depth: 1, after: state.nextCursor });
    state = applyAnswer(state, answer, 'more', focusId);
  }
  for (const id of replay.expand) {
    if (id === focusId || state.expanded.includes(id)) continue;
    if (!canGrow(state)) break;
    state = applyAnswer(state, await requestNeighbourhood(api, id, filters, { depth: 1 }), 'expand', id);
  }
  const focusLabel = state.nodes.find((node) => node.id === focusId)?.label ?? focusId;
  return { kind: 'view', focusId, focusLabel, resolvedFrom, state };
}
