import { describe, expect, it } from 'vitest';
import { normalizePublished, parseFrontMatter } from './front-matter.js';

describe('parseFrontMatter', () => {
  it('reads title, url, publisher and published, and where the body starts', () => {
    const t =
      '---\ntitle: "Meta cuts 11,000"\nurl: https://x.test/a\npublisher: Reuters\npublished: 2022-11-09\n---\nBody here.';
    const fm = parseFrontMatter(t);
    expect(fm).toMatchObject({
      title: 'Meta cuts 11,000',
      url: 'https://x.test/a',
      publisher: 'Reuters',
      published: '2022-11-09',
    });
    expect(t.slice(fm.bodyStart)).toBe('Body here.');
  });

  it('ignores an unclosed block and text without front matter', () => {
    expect(parseFrontMatter('---\ntitle: x\nno close').bodyStart).toBe(0);
    expect(parseFrontMatter('Plain article.').bodyStart).toBe(0);
  });

  it('normalises publication dates', () => {
    expect(normalizePublished('2023-1-4')).toBe('2023-01-04');
    expect(normalizePublished('January 18, 2023')).toMatch(/^2023-01-1[78]$/);
    expect(normalizePublished('2023-01-18T10:00:00Z')).toBe('2023-01-18T10:00:00Z');
    expect(normalizePublished('not a date')).toBeNull();
  });
});
