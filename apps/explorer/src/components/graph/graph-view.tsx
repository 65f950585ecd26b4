'use client';

import { useCallback, useEffect, useState } from 'react';
import { TypeLegend } from '../type-legend';
import { GraphPanel } from './graph-panel';
import type { GraphData, GraphSelection } from './graph-types';
import { addElements, highlightSelection, runLayout, useCytoscape } from './use-cytoscape';

function mergeGraph(a: GraphData, b: GraphData): GraphData {
  const nodeIds = new Set(a.nodes.map((n) => n.id));
  const edgeIds = new Set(a.edges.map((e) => e.id));
  return {
    nodes: [...a.nodes, ...b.nodes.filter((n) => !nodeIds.has(n.id))],
    edges: [...a.edges, ...b.edges.filter((e) => !edgeIds.has(e.id))],
  };
}

/**
 * The interactive graph around `focusId` (Cytoscape.js): drag, zoom, double-click or "Expand" to fetch a node's
 * neighbourhood through /api/neighbourhood, click for the side panel. A node list gives keyboard users the same.
 */
export function GraphView({ initial, focusId }: { initial: GraphData; focusId: string }) {
  const [data, setData] = useState(initial);
  const [selection, setSelection] = useState<GraphSelection>({ kind: 'node', id: focusId });
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(() => new Set([focusId]));
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);

  // Handlers are read through a ref inside useCytoscape, so `expand` may be defined below.
  const { containerRef, cy } = useCytoscape(initial, focusId, {
    onSelect: setSelection,
    onExpand: (id) => void expand(id),
  });

  const expand = useCallback(
    async (nodeId: string) => {
      if (expanded.has(nodeId) || busy) return;
      setBusy(true);
      setStatus('Loading neighbours…');
      try {
        const response = await fetch(`/api/neighbourhood?id=${encodeURIComponent(nodeId)}`);
        const body = (await response.json()) as GraphData | { error: string };
        if (!response.ok || 'error' in body) throw new Error('error' in body ? body.error : `HTTP ${response.status}`);
        const added = cy ? addElements(cy, body, nodeId) : 0;
        setData((current) => mergeGraph(current, body));
        setExpanded((current) => new Set(current).add(nodeId));
        setSelection({ kind: 'node', id: nodeId });
        setStatus(added ? `Added ${added} node${added === 1 ? '' : 's'}.` : 'No new neighbours.');
      } catch (error) {
        setStatus(`Could not expand: ${error instanceof Error ? error.message : String(error)}`);
      } finally {
        setBusy(false);
      }
    },
    [expanded, busy, cy],
  );

  useEffect(() => {
    if (cy) highlightSelection(cy, selection);
  }, [cy, selection]);

  const sortedNodes = [...data.nodes].sort((a, b) => a.type.localeCompare(b.type) || a.label.localeCompare(b.label));
  return (
    <div className="graph-layout">
      <div>
        <div className="graph-toolbar">
          <label htmlFor="node-picker" className="small">
            Select a node
          </label>
          <select
            id="node-picker"
            value={selection?.kind === 'node' ? selection.id : ''}
            onChange={(e) => setSelection(e.target.value ? { kind: 'node', id: e.target.value } : null)}
          >
            <option value="">—</option>
            {sortedNodes.map((n) => (
              <option key={n.id} value={n.id}>
                {n.type}: {n.label}
              </option>
            ))}
          </select>
          <button
            type="button"
            className="secondary"
            onClick={() => cy && runLayout(cy, { randomize: true })}
            disabled={!cy}
          >
            Re-arrange
          </button>
        </div>
        <div
          ref={containerRef}
          className="graph-canvas"
          data-testid="graph-canvas"
          data-node-count={data.nodes.length}
          data-edge-count={data.edges.length}
          data-ready={cy ? 'true' : 'false'}
          role="img"
          aria-label={`Graph of ${data.nodes.length} nodes and ${data.edges.length} edges. Use "Select a node" and the panel to explore with the keyboard.`}
        />
        <TypeLegend label="Node colours" />
        <p className="small muted" role="status" aria-live="polite">
          {cy ? `${data.nodes.length} nodes, ${data.edges.length} edges. ${status}` : 'Drawing the graph…'}
        </p>
      </div>
      <aside className="graph-panel" aria-label="Details">
        <GraphPanel
          data={data}
          selection={selection}
          expanded={expanded}
          busy={busy}
          onSelect={setSelection}
          onExpand={(id) => void expand(id)}
        />
      </aside>
    </div>
  );
}
