import { describe, expect, it } from 'vitest';
import type { NodeSummaryFieldsFragment } from '@newsgraph/client';
import { createFormatter } from './format';
import { nodeRefsWithStories } from './node-label';

const format = createFormatter('en-US');
const amazon = { __typename: 'Company', id: 'company:amazon', type: 'Company', name: 'Amazon' } as const;
const story = {
  __typename: 'Story',
  id: 'story:layoff-amazon-14000',
  kind: 'LAYOFF',
  runningTotal: false,
  count: 14_000,
  countText: null,
  percent: null,
  when: '2025-10',
  organization: amazon,
} as const;
const event = (id: string) =>
  ({
    __typename: 'Event',
    id,
    kind: 'LAYOFF',
    count: 14_000,
    countText: null,
    percent: 4,
    when: '2025-10',
    status: 'ANNOUNCED',
    cumulative: false,
    organization: amazon,
    divisions: [],
    story,
  }) as unknown as NodeSummaryFieldsFragment;

describe('nodeRefsWithStories', () => {
  it('puts each event’s story right after it, once for two events of one story', () => {
    const refs = nodeRefsWithStories([amazon, event('event:a'), event('event:b')], format);
    expect(refs.map((r) => `${r.type} ${r.id}`)).toEqual([
      'Company company:amazon',
      'Event event:a',
      'Story story:layoff-amazon-14000',
      'Event event:b',
    ]);
    expect(refs[2]!.label).toMatch(/^Layoff 14,000 at Amazon \(.*\), all sources$/);
  });

  it('says when a story is a running total', () => {
    const total = { ...event('event:t'), story: { ...story, runningTotal: true } } as NodeSummaryFieldsFragment;
    expect(nodeRefsWithStories([total], format)[1]!.label).toMatch(/, running total, all sources$/);
  });
});
