import type { GraphEdgeFieldsFragment, GraphNodeFieldsFragment } from '@newsgraph/client';

/** A node of the view, with how many of its neighbours the answer it came in did not show. */
export type GraphNode = GraphNodeFieldsFragment & { hiddenNeighbours?: number | null };
export type GraphEdge = GraphEdgeFieldsFragment;

/** What the graph view draws: the API's Subgraph (nextCursor: more of the focus's neighbours). */
export interface GraphData {
  nodes: GraphNode[];
  edges: GraphEdge[];
  nextCursor?: string | null;
}

/** The selection shown in the side panel. */
export type GraphSelection = { kind: 'node'; id: string } | { kind: 'edge'; id: string } | null;
