import type { GraphData, GraphEdge, GraphNode } from './graph-types';

/** Neighbours one expand or "more" step adds at most (the `limit` of packages/client/operations/graph.graphql). */
export const NEIGHBOURS_PER_STEP = 20;

/**
 * The most nodes a view draws: the first answer holds at most 50, and a step is taken only while its
 * {@link NEIGHBOURS_PER_STEP} new nodes still fit, so expanding hubs never turns the view into a hairball.
 */
export const MAX_VIEW_NODES = 100;

/** True while one more expand or "more" step fits under {@link MAX_VIEW_NODES}. */
export function canGrow(state: Pick<GraphState, 'nodes'>): boolean {
  return state.nodes.length + NEIGHBOURS_PER_STEP <= MAX_VIEW_NODES;
}

/** One change to the view, kept so "Back" can take it away again. */
export interface ViewStep {
  /** expand: a node's strongest neighbours; more: the focus's next ones. */
  kind: 'expand' | 'more';
  nodeId: string;
  addedNodes: string[];
  addedEdges: string[];
  /** The focus's cursor before a "more" step. */
  cursorBefore: string | null;
}

/** The graph view's state: what is drawn, each node's neighbour count, and the steps that built it. */
export interface GraphState {
  nodes: GraphNode[];
  edges: GraphEdge[];
  /** Each node's number of neighbours under the view's filters (known at least this many). */
  degrees: ReadonlyMap<string, number>;
  /** Nodes whose neighbours were fetched (the focus first). */
  expanded: string[];
  /** Where the focus's next neighbours start; null when all are shown. */
  nextCursor: string | null;
  history: ViewStep[];
}

/** Distinct neighbours of each node through `edges`. */
function adjacency(edges: readonly GraphEdge[]): Map<string, Set<string>> {
  const neighbours = new Map<string, Set<string>>();
  for (const edge of edges) {
    neighbours.set(edge.from, (neighbours.get(edge.from) ?? new Set()).add(edge.to));
    neighbours.set(edge.to, (neighbours.get(edge.to) ?? new Set()).add(edge.from));
  }
  return neighbours;
}

/** Degrees learnt from one answer: what it hid plus what it showed around each node. */
function learnDegrees(known: ReadonlyMap<string, number>, answer: GraphData): Map<string, number> {
  const degrees = new Map(known);
  const shown = adjacency(answer.edges);
  for (const node of answer.nodes) {
    if (node.hiddenNeighbours == null) continue;
    const degree = node.hiddenNeighbours + (shown.get(node.id)?.size ?? 0);
    degrees.set(node.id, Math.max(degrees.get(node.id) ?? 0, degree));
  }
  return degrees;
}

/** The state of a view that starts as `answer` around `focusId`. */
export function createGraphState(answer: GraphData, focusId: string): GraphState {
  return {
    nodes: answer.nodes,
    edges: answer.edges,
    degrees: learnDegrees(new Map(), answer),
    expanded: [focusId],
    nextCursor: answer.nextCursor ?? null,
    history: [],
  };
}

/**
 * Adds an answer to the view: its new nodes and edges, what it says of degrees; an `expand` marks the node
 * expanded, a `more` moves the focus's cursor on. The step is recorded for `undoStep`.
 */
export function applyAnswer(state: GraphState, answer: GraphData, kind: ViewStep['kind'], nodeId: string): GraphState {
  const nodeIds = new Set(state.nodes.map((n) => n.id));
  const edgeIds = new Set(state.edges.map((e) => e.id));
  const nodes = answer.nodes.filter((n) => !nodeIds.has(n.id));
  const known = new Set([...nodeIds, ...nodes.map((n) => n.id)]);
  const edges = answer.edges.filter((e) => !edgeIds.has(e.id) && known.has(e.from) && known.has(e.to));
  return {
    nodes: [...state.nodes, ...nodes],
    edges: [...state.edges, ...edges],
    degrees: learnDegrees(state.degrees, answer),
    expanded: kind === 'expand' && !state.expanded.includes(nodeId) ? [...state.expanded, nodeId] : state.expanded,
    nextCursor: kind === 'more' ? (answer.nextCursor ?? null) : state.nextCursor,
    history: [
      ...state.history,
      {
        kind,
        nodeId,
        addedNodes: nodes.map((n) => n.id),
        addedEdges: edges.map((e) => e.id),
        cursorBefore: state.nextCursor,
      },
    ],
  };
}

/** Takes the last step away (its nodes, edges and expansion); the same state when there is none. */
export function undoStep(state: GraphState): GraphState {
  const step = state.history.at(-1);
  if (!step) return state;
  const nodes = new Set(step.addedNodes);
  const edges = new Set(step.addedEdges);
  return {
    ...state,
    nodes: state.nodes.filter((n) => !nodes.has(n.id)),
    edges: state.edges.filter((e) => !edges.has(e.id) && !nodes.has(e.from) && !nodes.has(e.to)),
    expanded: step.kind === 'expand' ? state.expanded.filter((id) => id !== step.nodeId) : state.expanded,
    nextCursor: step.kind === 'more' ? step.cursorBefore : state.nextCursor,
    history: state.history.slice(0, -1),
  };
}

/** How many of each node's neighbours the view does not show ("+N more"). */
export function hiddenCounts(state: GraphState): Map<string, number> {
  const shown = adjacency(state.edges);
  const hidden = new Map<string, number>();
  for (const node of state.nodes) {
    const degree = state.degrees.get(node.id);
    if (degree != null) hidden.set(node.id, Math.max(0, degree - (shown.get(node.id)?.size ?? 0)));
  }
  return hidden;
}
