import { describe, expect, it } from 'vitest';
import { extractDocument } from './extract-document.js';
import { shortenTitle } from './source-meta.js';

describe('article title', () => {
  it('is the whole first sentence when there is no front matter, even a long news lede', () => {
    const lede =
      'Acme Corp is planning to cut thousands more corporate jobs next week, according to people familiar with the matter, extending a cost-cutting campaign that has already eliminated over 27,000 positions since early 2023.';
    const doc = extractDocument({ text: `${lede}\nThe cuts will hit its cloud unit hardest.` });
    expect(doc.source.title).toBe(lede);
  });

  it('is shortened at a word boundary with an ellipsis when the first sentence is very long', () => {
    const long = `${'word '.repeat(100)}end`;
    const title = shortenTitle(long, 50);
    expect(title.endsWith('word…')).toBe(true);
    expect(title.length).toBeLessThanOrEqual(50);
    expect(shortenTitle('short title', 50)).toBe('short title');
  });
});
