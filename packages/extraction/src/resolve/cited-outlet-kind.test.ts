import { describe, expect, it } from 'vitest';
import { extractDocument } from '../extract-document.js';

const run = (text: string) => extractDocument({ text, uri: 'cited-outlets.txt', publishedAt: '2024-05-08' });
const kindOf = (text: string, name: string) => run(text).entities.find((e) => e.name === name)?.kind;

describe('a cited company used as news uses an outlet is a news outlet', () => {
  it('marks a cited company that reports, or that documents are shown to, as a news outlet', () => {
    expect(
      kindOf(
        'Norrvik Cars will cut 1,200 jobs at its plant in Lund, Vestra Media AB reported on Tuesday.',
        'Vestra Media',
      ),
    ).toBe('news-outlet');
    expect(
      kindOf(
        'Norrvik Cars will cut 1,200 jobs, Vestra Media AB reported. An internal memo seen by Vestra Media AB said more would follow.',
        'Vestra Media',
      ),
    ).toBe('news-outlet');
  });

  it('leaves the company the article is about, and a cited company that only speaks, without a kind', () => {
    const doc = run(
      'Norrvik Cars reported a loss on Tuesday and will cut 1,200 jobs. "The cuts are overdue," said Hallberg Capital AB, a shareholder.',
    );
    const cited = doc.relations.filter((r) => r.type === 'CITES').map((r) => r.to);
    expect(cited).toEqual(['company:hallberg-capital']);
    expect(doc.entities.filter((e) => e.type === 'Company').map((e) => [e.id, e.kind])).toEqual([
      ['company:norrvik-cars', undefined],
      ['company:hallberg-capital', undefined],
    ]);
  });
});
