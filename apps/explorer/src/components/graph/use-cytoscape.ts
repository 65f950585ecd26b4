'use client';

import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { Core, ElementDefinition, EventObject, LayoutOptions, SingularElementArgument } from 'cytoscape';
import { truncate } from '../../lib/format';
import { createGraphStyle, readPalette, READABLE_ZOOM } from './graph-style';
import type { GraphEdge, GraphNode, GraphSelection } from './graph-types';

/** What the drawing shows: nodes (with how many neighbours each hides), edges, and the focus. */
export interface DrawnGraph {
  nodes: readonly GraphNode[];
  edges: readonly GraphEdge[];
  hidden: ReadonlyMap<string, number>;
}

/** A node's label: its name (cut) and, when it hides neighbours, "+N more" beneath. */
function display(node: GraphNode, hidden: number): string {
  const name = truncate(node.label, 28);
  return hidden > 0 ? `${name}\n+${hidden} more` : name;
}

/** Cytoscape elements for a drawing; edges whose ends are missing are dropped. */
export function toElements(graph: DrawnGraph): ElementDefinition[] {
  const ids = new Set(graph.nodes.map((n) => n.id));
  return [
    ...graph.nodes.map((n) => {
      const hidden = graph.hidden.get(n.id) ?? 0;
      return {
        group: 'nodes' as const,
        data: { id: n.id, label: n.label, type: n.type, hidden, display: display(n, hidden) },
      };
    }),
    ...graph.edges
      .filter((e) => ids.has(e.from) && ids.has(e.to))
      .map((e) => ({
        group: 'edges' as const,
        data: { id: `edge:${e.id}`, source: e.from, target: e.to, type: e.type },
      })),
  ];
}

/** The id of the element an event fired on (Cytoscape types `event.target` as `any`). */
function targetId(event: EventObject): string {
  return (event.target as SingularElementArgument).id();
}

export interface CytoscapeHandlers {
  onSelect: (selection: GraphSelection) => void;
  onExpand: (nodeId: string) => void;
}

let fcoseRegistered = false;

/** Cytoscape and the fCoSE layout, loaded on demand (the page's first paint does not wait for them). */
async function loadCytoscape() {
  const [{ default: cytoscape }, { default: fcose }] = await Promise.all([
    import('cytoscape'),
    import('cytoscape-fcose'),
  ]);
  if (!fcoseRegistered) {
    cytoscape.use(fcose);
    fcoseRegistered = true;
  }
  return cytoscape;
}

/**
 * Mounts Cytoscape in the returned ref's element with the first drawing, wires tap → select and double-tap →
 * expand, restyles when the colour scheme changes, and returns the instance once ready.
 */
export function useCytoscape(initial: DrawnGraph, focusId: string, handlers: CytoscapeHandlers) {
  const containerRef = useRef<HTMLDivElement>(null);
  const handlersRef = useRef(handlers);
  // The latest handlers, for Cytoscape's listeners that are registered once (refs are written after render).
  useLayoutEffect(() => {
    handlersRef.current = handlers;
  });
  const [cy, setCy] = useState<Core | null>(null);

  useEffect(() => {
    let instance: Core | null = null;
    let cancelled = false;
    const scheme = window.matchMedia('(prefers-color-scheme: dark)');
    const restyle = () => {
      if (instance && containerRef.current) instance.style(createGraphStyle(readPalette(containerRef.current)));
    };
    void loadCytoscape().then((cytoscape) => {
      if (cancelled || !containerRef.current) return;
      instance = cytoscape({
        container: containerRef.current,
        elements: toElements(initial),
        style: createGraphStyle(readPalette(containerRef.current)),
        layout: { name: 'preset' },
        minZoom: 0.2,
        maxZoom: 3,
        wheelSensitivity: 0.3,
        boxSelectionEnabled: false,
      });
      instance.getElementById(focusId).addClass('focus');
      runLayout(instance, focusId, { randomize: true });
      instance.on('tap', 'node', (event) => handlersRef.current.onSelect({ kind: 'node', id: targetId(event) }));
      instance.on('tap', 'edge', (event) =>
        handlersRef.current.onSelect({ kind: 'edge', id: targetId(event).replace(/^edge:/, '') }),
      );
      instance.on('tap', (event) => {
        if (event.target === instance) handlersRef.current.onSelect(null);
      });
      instance.on('dbltap', 'node', (event) => handlersRef.current.onExpand(targetId(event)));
      scheme.addEventListener('change', restyle);
      setCy(instance);
    });
    return () => {
      cancelled = true;
      scheme.removeEventListener('change', restyle);
      instance?.destroy();
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- created once per focus; later drawings arrive through syncElements
  }, [focusId]);

  return { containerRef, cy };
}

/** Largest zoom after a fit, so a small graph is not blown up to giant labels. */
const MAX_FIT_ZOOM = 1.3;

/**
 * fCoSE (cytoscape-fcose), with node sizes including their labels so no two labels overlap; fitted to the view
 * but never below READABLE_ZOOM — then centred on the focus at that zoom, the rest a pan away. The first run
 * starts from random positions; later runs start from the current ones so the picture stays put.
 */
export function runLayout(cy: Core, focusId: string, { randomize = false }: { randomize?: boolean } = {}) {
  const options = {
    name: 'fcose',
    animate: false,
    randomize,
    quality: 'default',
    nodeDimensionsIncludeLabels: true,
    nodeRepulsion: () => 6000,
    idealEdgeLength: () => 80,
    nodeSeparation: 90,
    packComponents: true,
    fit: true,
    padding: 30,
  } as LayoutOptions;
  cy.layout(options).run();
  if (cy.zoom() > MAX_FIT_ZOOM) {
    cy.zoom(MAX_FIT_ZOOM);
    cy.center();
  } else if (cy.zoom() < READABLE_ZOOM) {
    cy.zoom(READABLE_ZOOM);
    cy.center(cy.getElementById(focusId));
  }
}

/**
 * Brings the drawing in line with `graph`: adds what is new (new nodes start at `nearId`), removes what went,
 * updates labels; lays out again when nodes came or went. Returns how many nodes were added.
 */
export function syncElements(cy: Core, graph: DrawnGraph, focusId: string, nearId: string | null): number {
  const wanted = toElements(graph);
  const wantedIds = new Set(wanted.map((el) => String(el.data.id)));
  const removed = cy.elements().filter((el) => !wantedIds.has(el.id()));
  const near = nearId ? cy.getElementById(nearId) : null;
  const position = near?.nonempty() ? { ...near.position() } : undefined;
  const fresh = wanted
    .filter((el) => cy.getElementById(String(el.data.id)).empty())
    .map((el) => (el.group === 'nodes' && position ? { ...el, position: { ...position } } : el));
  cy.batch(() => {
    removed.remove();
    cy.add(fresh);
    for (const el of wanted) if (el.group === 'nodes') cy.getElementById(String(el.data.id)).data(el.data);
  });
  if (fresh.length > 0 || removed.nonempty()) runLayout(cy, focusId);
  return fresh.filter((el) => el.group === 'nodes').length;
}

/** Selects the element in Cytoscape too (so keyboard picks from the panel show in the drawing). */
export function highlightSelection(cy: Core, selection: GraphSelection) {
  cy.elements().unselect();
  if (!selection) return;
  const el = cy.getElementById(selection.kind === 'edge' ? `edge:${selection.id}` : selection.id);
  if (el.nonempty()) el.select();
}
