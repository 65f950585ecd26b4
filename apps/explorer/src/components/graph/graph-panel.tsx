'use client';

import Link from 'next/link';
import { Quote } from '../quote';
import { TypeBadge } from '../type-badge';
import { graphHref, nodeHref, pathHref } from '../../lib/routes';
import { MAX_VIEW_NODES, NEIGHBOURS_PER_STEP } from './graph-model';
import type { GraphEdge, GraphNode, GraphSelection } from './graph-types';

interface Props {
  nodes: readonly GraphNode[];
  edges: readonly GraphEdge[];
  hidden: ReadonlyMap<string, number>;
  focusId: string;
  selection: GraphSelection;
  expanded: readonly string[];
  /** The focus has more neighbours to page on to. */
  canMore: boolean;
  /** The view holds MAX_VIEW_NODES less one step: nothing more is added. */
  full: boolean;
  busy: boolean;
  onSelect: (selection: GraphSelection) => void;
  onExpand: (nodeId: string) => void;
  onMore: () => void;
}

/** The side panel: the selected node (links, expand, "+N more", its edges) or the selected edge with its evidence. */
export function GraphPanel({
  nodes,
  edges,
  hidden,
  focusId,
  selection,
  expanded,
  canMore,
  full,
  busy,
  onSelect,
  onExpand,
  onMore,
}: Props) {
  const nodesById = new Map(nodes.map((n) => [n.id, n]));
  if (selection?.kind === 'edge') {
    const edge = edges.find((e) => e.id === selection.id);
    if (!edge) return <p>That edge is no longer shown.</p>;
    const from = nodesById.get(edge.from);
    const to = nodesById.get(edge.to);
    return (
      <>
        <h2>
          {from?.label ?? edge.from}{' '}
          <span className="rel">
            {edge.type}
            {edge.title ? `: ${edge.title}` : ''}
          </span>{' '}
          {to?.label ?? edge.to}
        </h2>
        <h3>Evidence</h3>
        {edge.evidence.length === 0 ? (
          <p className="muted">No sentence stored for this edge.</p>
        ) : (
          edge.evidence.map((e) => <Quote key={`${e.source.id}-${e.start}`} quote={e} source={e.source} />)
        )}
        <p>
          <button type="button" className="linklike" onClick={() => onSelect({ kind: 'node', id: edge.from })}>
            ← {from?.label ?? edge.from}
          </button>
          {' · '}
          <button type="button" className="linklike" onClick={() => onSelect({ kind: 'node', id: edge.to })}>
            {to?.label ?? edge.to} →
          </button>
        </p>
      </>
    );
  }
  if (selection?.kind === 'node') {
    const node = nodesById.get(selection.id);
    if (!node) return <p>That node is no longer shown.</p>;
    const nodeEdges = edges.filter((e) => e.from === node.id || e.to === node.id);
    const hiddenHere = hidden.get(node.id) ?? 0;
    const isFocus = node.id === focusId;
    const isExpanded = expanded.includes(node.id);
    return (
      <>
        <p style={{ margin: 0 }}>
          <TypeBadge type={node.type} />
        </p>
        <h2>{node.label}</h2>
        {hiddenHere > 0 && (
          <p className="small" data-testid="hidden-neighbours">
            {hiddenHere} more neighbour{hiddenHere === 1 ? '' : 's'} not shown.
            {full && ` The view holds at most ${MAX_VIEW_NODES} nodes: centre on this node to see them.`}
          </p>
        )}
        <p className="graph-toolbar">
          {isFocus ? (
            <button type="button" onClick={onMore} disabled={busy || !canMore || full} aria-keyshortcuts="m">
              {!canMore ? 'All shown' : full ? 'View full' : `Show ${NEIGHBOURS_PER_STEP} more`} <kbd>m</kbd>
            </button>
          ) : (
            <button
              type="button"
              onClick={() => onExpand(node.id)}
              disabled={busy || isExpanded || full}
              aria-keyshortcuts="e"
            >
              {isExpanded ? 'Expanded' : full ? 'View full' : 'Expand neighbours'} <kbd>e</kbd>
            </button>
          )}
          <Link prefetch={false} href={nodeHref(node)}>
            Open page
          </Link>
          {!isFocus && (
            <Link prefetch={false} href={graphHref(node.id)}>
              Centre here
            </Link>
          )}
          {!isFocus && (
            <Link prefetch={false} href={pathHref(focusId, node.id)}>
              Path from the focus
            </Link>
          )}
        </p>
        <h3>Connections shown ({nodeEdges.length})</h3>
        <ul className="list small">
          {nodeEdges.map((e) => {
            const other = nodesById.get(e.from === node.id ? e.to : e.from);
            return (
              <li key={e.id}>
                <button type="button" className="linklike" onClick={() => onSelect({ kind: 'edge', id: e.id })}>
                  {e.from === node.id ? '→' : '←'} {e.type}
                  {e.title ? ` (${e.title})` : ''}: {other?.label ?? '?'}
                </button>
              </li>
            );
          })}
        </ul>
      </>
    );
  }
  return (
    <>
      <h2>Explore</h2>
      <p className="small">
        Each node shows its strongest neighbours (by the sources behind each tie) and says how many more it has. Click a
        node for its details, click an edge to read the sentence behind it, double-click a node to expand it. Drag to
        move, scroll or pinch to zoom.
      </p>
    </>
  );
}
