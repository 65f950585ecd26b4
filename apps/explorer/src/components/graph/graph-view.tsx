'use client';

import { useCallback, useEffect, useMemo, useState } from 'react';
import { graphQuery, type GraphFilters } from '../../lib/graph-params';
import { TypeLegend } from '../type-legend';
import {
  applyAnswer,
  canGrow,
  hiddenCounts,
  MAX_VIEW_NODES,
  undoStep,
  type GraphState,
  type ViewStep,
} from './graph-model';
import { GraphPanel } from './graph-panel';
import { LABEL_FONT_SIZE } from './graph-style';
import type { GraphData, GraphSelection } from './graph-types';
import { useGraphKeys } from './use-graph-keys';
import { highlightSelection, runLayout, syncElements, useCytoscape } from './use-cytoscape';

/** Props of {@link GraphView}: the server's first answer (expansions in the URL already applied). */
export interface GraphViewProps {
  initial: GraphState;
  focusId: string;
  filters: GraphFilters;
}

/** Fetches one more answer for the view through /api/neighbourhood (same filters). */
async function fetchAnswer(nodeId: string, filters: GraphFilters, after: string | null): Promise<GraphData> {
  const query = graphQuery(nodeId, filters).replace('focus=', 'id=');
  const response = await fetch(
    `/api/neighbourhood${query}&depth=1${after ? `&after=${encodeURIComponent(after)}` : ''}`,
  );
  const body = (await response.json()) as GraphData | { error: string };
  if (!response.ok || 'error' in body) throw new Error('error' in body ? body.error : `HTTP ${response.status}`);
  return body;
}

/** The query of the view as it stands: focus, filters, expansions and how many "more" pages (a permalink). */
function viewQuery(focusId: string, filters: GraphFilters, state: GraphState): string {
  const more = state.history.filter((step) => step.kind === 'more').length;
  return `${graphQuery(focusId, filters, state.expanded.slice(1))}${more ? `&more=${more}` : ''}`;
}

/**
 * The interactive graph around `focusId` (Cytoscape.js, fCoSE layout): each node shows at most its 20 strongest
 * neighbours and says how many it hides; double-click, "Expand" or `e` fetches a node's, "more" or `m` the focus's
 * next ones (while they fit under MAX_VIEW_NODES), "Back" or `b` undoes the last step. The URL follows the view. A node list and the side panel give
 * keyboard users the same.
 */
export function GraphView({ initial, focusId, filters }: GraphViewProps) {
  const [state, setState] = useState(initial);
  const [selection, setSelection] = useState<GraphSelection>({ kind: 'node', id: focusId });
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const [labelPx, setLabelPx] = useState<number | null>(null);
  const hidden = useMemo(() => hiddenCounts(state), [state]);
  const drawn = useMemo(() => ({ nodes: state.nodes, edges: state.edges, hidden }), [state, hidden]);

  // Handlers are read through a ref inside useCytoscape, so `step` may be defined below.
  const { containerRef, cy } = useCytoscape(drawn, focusId, {
    onSelect: setSelection,
    onExpand: (id) => void step(id === focusId && state.expanded.includes(id) ? 'more' : 'expand', id),
  });

  const step = useCallback(
    async (kind: ViewStep['kind'], nodeId: string) => {
      if (busy) return;
      if (kind === 'expand' && state.expanded.includes(nodeId)) return;
      if (kind === 'more' && !state.nextCursor) return;
      if (!canGrow(state)) {
        setStatus(`The view holds at most ${MAX_VIEW_NODES} nodes: go back, or centre the graph on a node.`);
        return;
      }
      setBusy(true);
      setStatus(kind === 'more' ? 'Loading more neighbours…' : 'Loading neighbours…');
      try {
        const answer = await fetchAnswer(nodeId, filters, kind === 'more' ? state.nextCursor : null);
        const next = applyAnswer(state, answer, kind, nodeId);
        const added = next.history.at(-1)!.addedNodes.length;
        setState(next);
        setSelection({ kind: 'node', id: nodeId });
        setStatus(added ? `Added ${added} node${added === 1 ? '' : 's'}.` : 'No new neighbours.');
      } catch (error) {
        setStatus(`Could not load: ${error instanceof Error ? error.message : String(error)}`);
      } finally {
        setBusy(false);
      }
    },
    [busy, state, filters],
  );

  const back = useCallback(() => {
    if (state.history.length === 0) return;
    setState(undoStep(state));
    setStatus('Went back one step.');
  }, [state]);

  useEffect(() => {
    if (!cy) return;
    syncElements(cy, drawn, focusId, state.history.at(-1)?.nodeId ?? focusId);
    window.history.replaceState(null, '', `/graph${viewQuery(focusId, filters, state)}`);
  }, [cy, drawn, focusId, filters, state]);

  useEffect(() => {
    if (cy) highlightSelection(cy, selection);
  }, [cy, selection]);

  // The height labels are drawn at, on the canvas as data-label-px: what "readable at default zoom" is checked by.
  useEffect(() => {
    if (!cy) return;
    const update = () => setLabelPx(Math.round(LABEL_FONT_SIZE * cy.zoom() * 10) / 10);
    update();
    cy.on('zoom', update);
    return () => {
      cy.off('zoom', update);
    };
  }, [cy]);

  const selectedId = selection?.kind === 'node' ? selection.id : null;
  useGraphKeys({
    expand: () => selectedId && void step(selectedId === focusId ? 'more' : 'expand', selectedId),
    more: () => void step('more', focusId),
    back,
    fit: () => cy?.fit(undefined, 30),
    reset: () => cy && runLayout(cy, focusId),
  });

  const sortedNodes = [...state.nodes].sort((a, b) => a.type.localeCompare(b.type) || a.label.localeCompare(b.label));
  const focusHidden = hidden.get(focusId) ?? 0;
  return (
    <div className="graph-layout">
      <div>
        <div className="graph-toolbar">
          <label htmlFor="node-picker" className="small">
            Select a node
          </label>
          <select
            id="node-picker"
            value={selectedId ?? ''}
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
            onClick={back}
            disabled={busy || state.history.length === 0}
            aria-keyshortcuts="b"
          >
            Back <kbd>b</kbd>
          </button>
          <button
            type="button"
            className="secondary"
            onClick={() => cy?.fit(undefined, 30)}
            disabled={!cy}
            aria-keyshortcuts="f"
          >
            Fit all <kbd>f</kbd>
          </button>
          <button
            type="button"
            className="secondary"
            onClick={() => cy && runLayout(cy, focusId)}
            disabled={!cy}
            aria-keyshortcuts="r"
          >
            Readable size <kbd>r</kbd>
          </button>
          <a href={`/export/graph${viewQuery(focusId, filters, state)}`} download data-testid="graph-export">
            GraphML of this view
          </a>
        </div>
        <div
          ref={containerRef}
          className="graph-canvas"
          data-testid="graph-canvas"
          data-node-count={state.nodes.length}
          data-edge-count={state.edges.length}
          data-node-cap={MAX_VIEW_NODES}
          data-label-px={labelPx ?? undefined}
          data-ready={cy ? 'true' : 'false'}
          role="img"
          aria-label={`Graph of ${state.nodes.length} nodes and ${state.edges.length} edges. Use "Select a node" and the panel to explore with the keyboard.`}
        />
        <TypeLegend label="Node colours" />
        <p className="small muted" role="status" aria-live="polite" data-testid="graph-status">
          {cy
            ? `${state.nodes.length} nodes, ${state.edges.length} edges${focusHidden ? `; ${focusHidden} more neighbours of the focus not shown` : ''}. ${status}`
            : 'Drawing the graph…'}
        </p>
        <p className="small muted">
          Keys: <kbd>e</kbd> expand the selected node · <kbd>m</kbd> more of the focus · <kbd>b</kbd> back ·{' '}
          <kbd>f</kbd> fit all · <kbd>r</kbd> readable size · <kbd>/</kbd> search
        </p>
      </div>
      <aside className="graph-panel" aria-label="Details">
        <GraphPanel
          nodes={state.nodes}
          edges={state.edges}
          hidden={hidden}
          focusId={focusId}
          selection={selection}
          expanded={state.expanded}
          canMore={Boolean(state.nextCursor)}
          full={!canGrow(state)}
          busy={busy}
          onSelect={setSelection}
          onExpand={(id) => void step('expand', id)}
          onMore={() => void step('more', focusId)}
        />
      </aside>
    </div>
  );
}
