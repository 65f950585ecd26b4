'use client';

import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { Core, ElementDefinition, EventObject, SingularElementArgument } from 'cytoscape';
import { createGraphStyle } from './graph-style';
import type { GraphData, GraphSelection } from './graph-types';

/** Cytoscape elements for a subgraph; edges whose ends are missing are dropped. */
export function toElements(data: GraphData): ElementDefinition[] {
  const ids = new Set(data.nodes.map((n) => n.id));
  return [
    ...data.nodes.map((n) => ({ group: 'nodes' as const, data: { id: n.id, label: n.label, type: n.type } })),
    ...data.edges
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

/**
 * Mounts Cytoscape (loaded lazily, so the page's first paint does not wait for it) in the returned ref's element,
 * wires tap → select and double-tap → expand, and returns the instance once ready.
 */
export function useCytoscape(initial: GraphData, focusId: string, handlers: CytoscapeHandlers) {
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
    void import('cytoscape').then(({ default: cytoscape }) => {
      if (cancelled || !containerRef.current) return;
      instance = cytoscape({
        container: containerRef.current,
        elements: toElements(initial),
        style: createGraphStyle(),
        layout: { name: 'preset' },
        minZoom: 0.2,
        maxZoom: 3,
        wheelSensitivity: 0.3,
        boxSelectionEnabled: false,
      });
      instance.getElementById(focusId).addClass('focus');
      runLayout(instance, { randomize: true });
      instance.on('tap', 'node', (event) => handlersRef.current.onSelect({ kind: 'node', id: targetId(event) }));
      instance.on('tap', 'edge', (event) =>
        handlersRef.current.onSelect({ kind: 'edge', id: targetId(event).replace(/^edge:/, '') }),
      );
      instance.on('tap', (event) => {
        if (event.target === instance) handlersRef.current.onSelect(null);
      });
      instance.on('dbltap', 'node', (event) => handlersRef.current.onExpand(targetId(event)));
      setCy(instance);
    });
    return () => {
      cancelled = true;
      instance?.destroy();
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- created once per focus; later data arrives through addElements
  }, [focusId]);

  return { containerRef, cy };
}

/** Largest zoom after a fit, so a small graph is not blown up to giant labels. */
const MAX_FIT_ZOOM = 1.3;

/**
 * Force-directed layout (Cytoscape's built-in CoSE) tuned for readable labels, fitted to the view. The first run
 * starts from random positions; later runs (after an expand) start from the current ones so the picture stays put.
 */
export function runLayout(cy: Core, { randomize = false }: { randomize?: boolean } = {}) {
  cy.layout({
    name: 'cose',
    animate: false,
    randomize,
    fit: true,
    padding: 30,
    nodeRepulsion: () => 400_000,
    idealEdgeLength: () => 70,
    edgeElasticity: () => 100,
    nestingFactor: 1.2,
    gravity: 0.4,
    numIter: 1500,
    nodeOverlap: 20,
    componentSpacing: 60,
  }).run();
  if (cy.zoom() > MAX_FIT_ZOOM) {
    cy.zoom(MAX_FIT_ZOOM);
    cy.center();
  }
}

/** Adds the new part of a subgraph (new nodes start at `centreId`) and re-lays out; returns how many nodes were new. */
export function addElements(cy: Core, data: GraphData, centreId: string): number {
  const centre = cy.getElementById(centreId).position();
  const fresh = toElements(data)
    .filter((el) => cy.getElementById(String(el.data.id)).empty())
    .map((el) => (el.group === 'nodes' ? { ...el, position: { ...centre } } : el));
  cy.add(fresh);
  if (fresh.length) runLayout(cy);
  return fresh.filter((el) => el.group === 'nodes').length;
}

/** Selects the element in Cytoscape too (so keyboard picks from the panel show in the drawing). */
export function highlightSelection(cy: Core, selection: GraphSelection) {
  cy.elements().unselect();
  if (!selection) return;
  const el = cy.getElementById(selection.kind === 'edge' ? `edge:${selection.id}` : selection.id);
  if (el.nonempty()) el.select();
}
