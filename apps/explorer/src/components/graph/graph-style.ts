import type { StylesheetJson } from 'cytoscape';
import { NODE_TYPES, TYPE_COLOURS, type NodeType } from '../../lib/node-types';

/** Label size in model units; at the readable zoom (below) it is drawn at ≥ 11 px. */
export const LABEL_FONT_SIZE = 12;

/** The smallest zoom at which labels are drawn 11 px tall or more: the view never starts below it. */
export const READABLE_ZOOM = 11 / LABEL_FONT_SIZE;

/** The colours the graph is drawn in, read from the page's CSS (light or dark scheme). */
export interface GraphPalette {
  fg: string;
  bg: string;
  line: string;
  focus: string;
  selected: string;
  types: Record<NodeType, string>;
}

/** The palette of the CSS custom properties on `element` (globals.css), falling back to the light colours. */
export function readPalette(element: Element): GraphPalette {
  const css = getComputedStyle(element);
  const read = (name: string, fallback: string) => css.getPropertyValue(name).trim() || fallback;
  return {
    fg: read('--fg', '#0f172a'),
    bg: read('--bg', '#ffffff'),
    line: read('--graph-edge', '#94a3b8'),
    focus: read('--fg', '#0f172a'),
    selected: '#f59e0b',
    types: Object.fromEntries(
      NODE_TYPES.map((type) => [type, read(`--t-${type.toLowerCase()}`, TYPE_COLOURS[type].strong)]),
    ) as Record<NodeType, string>,
  };
}

/**
 * Cytoscape styles: nodes coloured by type with their label (and "+N more" when they hide neighbours) on a
 * background of the page colour, the focus ringed, selections highlighted, edge labels on selection.
 */
export function createGraphStyle(palette: GraphPalette): StylesheetJson {
  return [
    {
      selector: 'node',
      style: {
        'background-color': palette.types.Source,
        label: 'data(display)',
        color: palette.fg,
        'font-size': LABEL_FONT_SIZE,
        'text-valign': 'bottom',
        'text-margin-y': 4,
        'text-wrap': 'wrap',
        'text-max-width': '150px',
        'text-background-color': palette.bg,
        'text-background-opacity': 0.85,
        'text-background-padding': '1px',
        width: 22,
        height: 22,
        'border-width': 2,
        'border-color': palette.bg,
      },
    },
    ...NODE_TYPES.map((type) => ({
      selector: `node[type = "${type}"]`,
      style: { 'background-color': palette.types[type] },
    })),
    { selector: 'node[type = "Event"]', style: { shape: 'diamond' } },
    { selector: 'node[type = "Source"]', style: { shape: 'round-rectangle' } },
    {
      selector: 'node[hidden > 0]',
      style: { 'border-style': 'double', 'border-width': 4, 'border-color': palette.line },
    },
    {
      selector: 'node.focus',
      style: { width: 32, height: 32, 'border-color': palette.focus, 'border-width': 3, 'font-weight': 'bold' },
    },
    { selector: 'node:selected', style: { 'border-color': palette.selected, 'border-width': 4 } },
    {
      selector: 'edge',
      style: {
        width: 1.5,
        'line-color': palette.line,
        'target-arrow-color': palette.line,
        'target-arrow-shape': 'triangle',
        'arrow-scale': 0.8,
        'curve-style': 'bezier',
      },
    },
    {
      selector: 'edge:selected',
      style: {
        width: 3,
        'line-color': palette.selected,
        'target-arrow-color': palette.selected,
        label: 'data(type)',
        color: palette.fg,
        'font-size': LABEL_FONT_SIZE,
        'text-rotation': 'autorotate',
        'text-background-color': palette.bg,
        'text-background-opacity': 1,
      },
    },
  ] as StylesheetJson;
}
