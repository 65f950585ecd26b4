import { describe, expect, it } from 'vitest';
import {
  applyAnswer,
  canGrow,
  createGraphState,
  hiddenCounts,
  MAX_VIEW_NODES,
  NEIGHBOURS_PER_STEP,
  undoStep,
} from './graph-model';
import type { GraphData } from './graph-types';

const node = (id: string, hiddenNeighbours?: number) => ({ id, type: 'Company', label: id, hiddenNeighbours });
const edge = (from: string, to: string) => ({
  id: `${from}|${to}`,
  type: 'PART_OF',
  from,
  to,
  title: null,
  evidence: [],
});

describe('graph view state', () => {
  const first: GraphData = {
    nodes: [node('hub', 40), node('a', 3), node('b', 0)],
    edges: [edge('a', 'hub'), edge('b', 'hub')],
    nextCursor: 'c1',
  };

  it('counts hidden neighbours from what each answer hid and showed, and keeps counting as the view grows', () => {
    let state = createGraphState(first, 'hub');
    expect(Object.fromEntries(hiddenCounts(state))).toEqual({ hub: 40, a: 3, b: 0 });
    state = applyAnswer(
      state,
      {
        nodes: [node('a', 0), node('x', 1), node('y', 1), node('hub', 41)],
        edges: [edge('x', 'a'), edge('y', 'a'), edge('a', 'hub')],
      },
      'expand',
      'a',
    );
    expect(state.expanded).toEqual(['hub', 'a']);
    expect(Object.fromEntries(hiddenCounts(state))).toEqual({ hub: 40, a: 1, b: 0, x: 1, y: 1 });
  });

  it('pages the focus on with "more" and goes back step by step', () => {
    const start = createGraphState(first, 'hub');
    const more = applyAnswer(
      start,
      {
        nodes: [node('hub', 38), node('c', 0), node('d', 0)],
        edges: [edge('c', 'hub'), edge('d', 'hub')],
        nextCursor: 'c2',
      },
      'more',
      'hub',
    );
    expect(more.nextCursor).toBe('c2');
    expect(hiddenCounts(more).get('hub')).toBe(38);
    const expanded = applyAnswer(more, { nodes: [node('e', 0)], edges: [edge('e', 'c')] }, 'expand', 'c');
    const back = undoStep(expanded);
    expect(back.nodes.map((n) => n.id)).toEqual(more.nodes.map((n) => n.id));
    expect(back.expanded).toEqual(['hub']);
    const start2 = undoStep(back);
    expect(start2.nodes.map((n) => n.id)).toEqual(['hub', 'a', 'b']);
    expect(start2.nextCursor).toBe('c1');
    expect(undoStep(start2)).toBe(start2);
  });

  it('takes a step only while its neighbours still fit under the cap', () => {
    const nodes = (n: number) => Array.from({ length: n }, (_, i) => node(`n${i}`));
    expect(canGrow({ nodes: nodes(50) })).toBe(true);
    expect(canGrow({ nodes: nodes(MAX_VIEW_NODES - NEIGHBOURS_PER_STEP) })).toBe(true);
    expect(canGrow({ nodes: nodes(MAX_VIEW_NODES - NEIGHBOURS_PER_STEP + 1) })).toBe(false);
  });
});
