import { GraphError, GraphErrorCode } from './errors.js';
import type { Executor } from './executor.js';
import type { CursorKey } from './keyset-cursor.js';
import { evidenceRefFor } from './queries/evidence-queries.js';
import { toGraphNode, type RawNode, type RawRel } from './queries/graph-node.js';
import { neighbourhoodQuery, type NeighbourhoodView } from './queries/neighbourhood-query.js';
import { pathQuery } from './queries/path-query.js';
import type { GraphNodeRecord, PathStepRecord, SubgraphRecord } from './records.js';

/** The reads of the graph view: paths between two nodes and the neighbourhood of one. */
export interface ViewReadModel {
  /** The shortest connection (empty when none, or when both ends are the same); GraphError INVALID_INPUT naming an unknown end. */
  path(from: string, to: string, maxHops?: number | null): Promise<PathStepRecord[]>;
  /**
   * The graph view around a node (queries/neighbourhood-query.ts): its strongest neighbours, each shown node with
   * how many of its neighbours are not shown, and the key to pass as `view.after` for more of the focus's.
   */
  neighbourhood(
    id: string,
    depth?: number | null,
    limit?: number | null,
    view?: NeighbourhoodView,
  ): Promise<SubgraphRecord>;
}

/** The graph-view reads over an executor. */
export function createViewReadModel(executor: Executor): ViewReadModel {
  return {
    async path(from, to, maxHops) {
      const [row] = await executor.read<{
        fromFound: boolean;
        toFound: boolean;
        nodes: RawNode[] | null;
        rels: RawRel[] | null;
      }>(pathQuery(from, to, maxHops));
      const missing = [row?.fromFound ? null : from, row?.toFound ? null : to].filter((id) => id !== null);
      if (missing.length > 0) {
        throw new GraphError(
          GraphErrorCode.INVALID_INPUT,
          `No node has the id ${missing.map((id) => JSON.stringify(id)).join(' or ')}.`,
        );
      }
      if (!row?.nodes || !row.rels) return [];
      const nodes = row.nodes.map(toGraphNode);
      return row.rels.map((rel, i) => ({
        from: nodes[i]!,
        to: nodes[i + 1]!,
        type: rel.type,
        title: rel.title ?? null,
        evidenceRef: evidenceRefFor(rel.type, rel.startId, rel.endId, rel.key),
      }));
    },
    async neighbourhood(id, depth, limit, view) {
      const [row] = await executor.read<{
        nodes: RawNode[];
        rels: RawRel[];
        degrees: Array<[string, number]>;
        next: CursorKey | null;
      }>(neighbourhoodQuery(id, depth, limit, view));
      if (!row) return { focusId: id, nodes: [], edges: [], nextKey: null };
      const nodes = new Map<string, GraphNodeRecord>();
      for (const raw of row.nodes) if (!nodes.has(raw.id)) nodes.set(raw.id, toGraphNode(raw));
      const edges = new Map<string, SubgraphRecord['edges'][number]>();
      const shownNeighbours = new Map<string, Set<string>>();
      for (const rel of row.rels) {
        const edgeId = rel.key
          ? `${rel.type}|${rel.startId}|${rel.endId}|${rel.key}`
          : `${rel.type}|${rel.startId}|${rel.endId}`;
        if (edges.has(edgeId) || !nodes.has(rel.startId) || !nodes.has(rel.endId)) continue;
        edges.set(edgeId, {
          id: edgeId,
          type: rel.type,
          from: rel.startId,
          to: rel.endId,
          title: rel.title ?? null,
          evidenceRef: evidenceRefFor(rel.type, rel.startId, rel.endId, rel.key),
        });
        for (const [a, b] of [
          [rel.startId, rel.endId],
          [rel.endId, rel.startId],
        ] as const)
          shownNeighbours.set(a, (shownNeighbours.get(a) ?? new Set()).add(b));
      }
      for (const [nodeId, degree] of row.degrees) {
        const node = nodes.get(nodeId);
        if (node) node.hiddenNeighbours = Math.max(0, degree - (shownNeighbours.get(nodeId)?.size ?? 0));
      }
      return { focusId: id, nodes: [...nodes.values()], edges: [...edges.values()], nextKey: row.next ?? null };
    },
  };
}
