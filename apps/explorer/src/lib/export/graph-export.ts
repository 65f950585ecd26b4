import type { NewsgraphClient } from '@newsgraph/client';
import type { GraphState } from '../../components/graph/graph-model';
import { hiddenCounts } from '../../components/graph/graph-model';
import type { Formatter } from '../format';
import type { GraphFilters } from '../graph-params';
import { loadGraphView } from '../load-graph-view';
import { GRAPHML_END, graphmlEdge, graphmlNode, graphmlStart, type GraphmlKey } from './graphml';

/** The node and edge properties a GraphML export carries. */
export const GRAPHML_KEYS: GraphmlKey[] = [
  { id: 'label', for: 'node', type: 'string' },
  { id: 'type', for: 'node', type: 'string' },
  { id: 'hiddenNeighbours', for: 'node', type: 'int' },
  { id: 'focus', for: 'node', type: 'boolean' },
  { id: 'type', for: 'edge', type: 'string' },
  { id: 'title', for: 'edge', type: 'string' },
  { id: 'quote', for: 'edge', type: 'string' },
  { id: 'quoteSourceId', for: 'edge', type: 'string' },
  { id: 'quoteStart', for: 'edge', type: 'int' },
  { id: 'quoteEnd', for: 'edge', type: 'int' },
  { id: 'evidenceCount', for: 'edge', type: 'int' },
];

/** Nodes (then edges) per chunk of the stream. */
const CHUNK = 50;

/** A view's nodes and edges as GraphML, in chunks: each node with its type and hidden-neighbour count, each edge with its first quote. */
export function* graphmlOf(state: GraphState, focusId: string): Generator<string> {
  const hidden = hiddenCounts(state);
  // Keys are declared per element kind; "type" exists for both (GraphML scopes key ids document-wide, so edges use "edgeType").
  yield graphmlStart(
    GRAPHML_KEYS.map((key) => (key.for === 'edge' && key.id === 'type' ? { ...key, id: 'edgeType' } : key)),
    `newsgraph:${focusId}`,
  );
  for (let i = 0; i < state.nodes.length; i += CHUNK)
    yield state.nodes
      .slice(i, i + CHUNK)
      .map((node) =>
        graphmlNode(node.id, {
          label: node.label,
          type: node.type,
          hiddenNeighbours: hidden.get(node.id) ?? 0,
          focus: node.id === focusId,
        }),
      )
      .join('');
  for (let i = 0; i < state.edges.length; i += CHUNK)
    yield state.edges
      .slice(i, i + CHUNK)
      .map((edge) => {
        const quote = edge.evidence[0];
        return graphmlEdge(edge.id, edge.from, edge.to, {
          edgeType: edge.type,
          title: edge.title,
          quote: quote?.text,
          quoteSourceId: quote?.source.id,
          quoteStart: quote?.start,
          quoteEnd: quote?.end,
          evidenceCount: edge.evidence.length,
        });
      })
      .join('');
  yield GRAPHML_END;
}

/** The graph view a URL describes (the same loader as the page) as streamed GraphML. */
export async function* graphViewGraphml(
  api: NewsgraphClient,
  focus: string,
  filters: GraphFilters,
  replay: { expand: readonly string[]; more: number },
  format: Formatter,
): AsyncGenerator<string> {
  const view = await loadGraphView(api, focus, filters, replay, format);
  if (view.kind !== 'view')
    throw new Error(view.kind === 'unknown-id' ? `No node has the id "${focus}".` : `Nothing matches "${focus}".`);
  yield* graphmlOf(view.state, view.focusId);
}
