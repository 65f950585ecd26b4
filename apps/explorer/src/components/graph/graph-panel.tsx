'use client';

import Link from 'next/link';
import { Quote } from '../quote';
import { TypeBadge } from '../type-badge';
import { graphHref, nodeHref } from '../../lib/routes';
import type { GraphData, GraphSelection } from './graph-types';

interface Props {
  data: GraphData;
  selection: GraphSelection;
  expanded: ReadonlySet<string>;
  busy: boolean;
  onSelect: (selection: GraphSelection) => void;
  onExpand: (nodeId: string) => void;
}

/** The side panel: the selected node (links, expand, its edges) or the selected edge with its evidence. */
export function GraphPanel({ data, selection, expanded, busy, onSelect, onExpand }: Props) {
  const nodesById = new Map(data.nodes.map((n) => [n.id, n]));
  if (selection?.kind === 'edge') {
    const edge = data.edges.find((e) => e.id === selection.id);
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
    const href = nodeHref(node);
    const edges = data.edges.filter((e) => e.from === node.id || e.to === node.id);
    return (
      <>
        <p style={{ margin: 0 }}>
          <TypeBadge type={node.type} />
        </p>
        <h2>{node.label}</h2>
        <p className="graph-toolbar">
          <button type="button" onClick={() => onExpand(node.id)} disabled={busy || expanded.has(node.id)}>
            {expanded.has(node.id) ? 'Expanded' : 'Expand neighbours'}
          </button>
          <Link href={href}>Open page</Link>
          <Link href={graphHref(node.id)}>Centre here</Link>
        </p>
        <h3>Connections ({edges.length})</h3>
        <ul className="list small">
          {edges.map((e) => {
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
        Click a node for its details, click an edge to read the sentence behind it, double-click a node to expand its
        neighbours. Drag to move, scroll or pinch to zoom.
      </p>
    </>
  );
}
