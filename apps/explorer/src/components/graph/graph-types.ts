import type { GraphEdgeFieldsFragment, GraphNodeFieldsFragment } from '@newsgraph/client';

/** What the graph view draws: the API's Subgraph. */
export interface GraphData {
  nodes: GraphNodeFieldsFragment[];
  edges: GraphEdgeFieldsFragment[];
}

export type GraphNode = GraphNodeFieldsFragment;
export type GraphEdge = GraphEdgeFieldsFragment;

/** The selection shown in the side panel. */
export type GraphSelection = { kind: 'node'; id: string } | { kind: 'edge'; id: string } | null;
