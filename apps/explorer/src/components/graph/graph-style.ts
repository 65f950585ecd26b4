import type { StylesheetJson } from 'cytoscape';
import { NODE_TYPES, TYPE_COLOURS } from '../../lib/node-types';

/** Cytoscape styles: nodes coloured by type, the focus ringed, selections highlighted, edge labels on selection. */
export function createGraphStyle(): StylesheetJson {
  return [
    {
      selector: 'node',
      style: {
        'background-color': '#6b7280',
        label: 'data(label)',
        color: '#0f172a',
        'font-size': 10,
        'text-valign': 'bottom',
        'text-margin-y': 4,
        'text-wrap': 'ellipsis',
        'text-max-width': '110px',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.85,
        'text-background-padding': '1px',
        width: 22,
        height: 22,
        'border-width': 2,
        'border-color': '#ffffff',
      },
    },
    ...NODE_TYPES.map((type) => ({
      selector: `node[type = "${type}"]`,
      style: { 'background-color': TYPE_COLOURS[type].strong },
    })),
    { selector: 'node[type = "Event"]', style: { shape: 'diamond' } },
    { selector: 'node[type = "Source"]', style: { shape: 'round-rectangle' } },
    {
      selector: 'node.focus',
      style: { width: 32, height: 32, 'border-color': '#0f172a', 'border-width': 3, 'font-weight': 'bold' },
    },
    { selector: 'node:selected', style: { 'border-color': '#f59e0b', 'border-width': 4 } },
    {
      selector: 'edge',
      style: {
        width: 1.5,
        'line-color': '#94a3b8',
        'target-arrow-color': '#94a3b8',
        'target-arrow-shape': 'triangle',
        'arrow-scale': 0.8,
        'curve-style': 'bezier',
      },
    },
    {
      selector: 'edge:selected',
      style: {
        width: 3,
        'line-color': '#f59e0b',
        'target-arrow-color': '#f59e0b',
        label: 'data(type)',
        'font-size': 9,
        'text-rotation': 'autorotate',
        'text-background-color': '#ffffff',
        'text-background-opacity': 1,
      },
    },
  ] as StylesheetJson;
}
