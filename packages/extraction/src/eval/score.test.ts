import { describe, expect, it } from 'vitest';
import type { DocumentExtraction } from '../types.js';
import type { Gold } from './gold.js';
import { normName } from './gold.js';
import { scoreDocuments } from './score.js';
import { formatScore, summarize } from './summarize.js';

const span = { start: 0, end: 1, text: 'x' };
const doc: DocumentExtraction = {
  source: { id: 'article:a', title: '', uri: 'a', contentHash: '', publisher: null, publishedAt: null },
  entities: [
    { id: 'company:amazon', type: 'Company', name: 'Amazon', aliases: [], mentions: [span] },
    { id: 'division:aws', type: 'Division', name: 'AWS', aliases: [], mentions: [span] },
    { id: 'company:aws', type: 'Company', name: 'Amazon Web Services', aliases: [], mentions: [span] },
    { id: 'person:andy-jassy', type: 'Person', name: 'Andy Jassy', aliases: [], mentions: [span] },
    { id: 'source:amazon-internal-memo', type: 'Source', name: 'Amazon internal memo', aliases: [], mentions: [span] },
  ],
  relations: [
    { type: 'PART_OF', from: 'division:aws', to: 'company:amazon', evidence: [span] },
    {
      type: 'HOLDS_ROLE',
      from: 'person:andy-jassy',
      to: 'company:amazon',
      title: 'Chief Executive Officer',
      evidence: [span],
    },
    { type: 'CITES', from: 'article:a', to: 'source:amazon-internal-memo', evidence: [span] },
  ],
  events: [
    {
      id: 'e1',
      kind: 'restructuring',
      organization: 'company:amazon',
      divisions: [],
      count: 14000,
      percent: 4,
      when: '2023',
      evidence: [span],
    },
    {
      id: 'e2',
      kind: 'hiring',
      organization: null,
      divisions: [],
      count: 5,
      percent: null,
      when: null,
      evidence: [span],
    },
  ],
};
const gold: Gold = {
  id: 'a',
  companies: [{ name: 'Amazon', aliases: [] }],
  divisions: [{ name: 'Amazon Web Services', company: 'Amazon', aliases: ['AWS'] }],
  people: [{ name: 'Andy Jassy', aliases: ['Jassy'], title: 'CEO', organization: 'Amazon' }],
  events: [{ kind: 'layoff', organization: 'Amazon', count: 14000, percent: 4, when: null }],
  cited_sources: [
    { name: 'internal memo', pattern: 'memo' },
    { name: 'Reuters', aliases: [] },
  ],
};

describe('scoreDocuments (the shared scorer’s rules)', () => {
  it('normalises names like the shared scorer', () => {
    expect(normName('The Verge')).toBe('verge');
    expect(normName('Amazon’s')).toBe('amazon');
    expect(normName('layoffs.fyi')).toBe('layoffs fyi');
  });

  it('matches one to one, checks attributes and counts misses and extras', () => {
    const s = scoreDocuments([doc], [gold]);
    expect(s.tally.companies).toMatchObject({ tp: 1, fp: 1, fn: 0 });
    expect(s.tally.divisions).toMatchObject({ tp: 1, fp: 0, fn: 0, attrOk: 1, attrAll: 1 });
    expect(s.tally.people).toMatchObject({ tp: 1, attrOk: 1, attrAll: 2 });
    expect(s.tally.citations).toMatchObject({ tp: 1, fp: 0, fn: 1 });
    expect(s.tally.events).toMatchObject({ tp: 1, fp: 1, fn: 0, attrOk: 1, attrAll: 3 });
    const sum = summarize(s);
    expect(sum.micro).toBeCloseTo((2 * 5) / (2 * 5 + 2 + 1), 10);
    expect(formatScore(s)).toContain('extra Company Amazon Web Services');
    expect(formatScore(s)).toContain('person Andy Jassy: title "Chief Executive Officer" vs "CEO"');
  });

  it('filters predicted event kinds on request', () => {
    expect(scoreDocuments([doc], [gold], ['layoff', 'restructuring']).tally.events.fp).toBe(0);
  });
});
