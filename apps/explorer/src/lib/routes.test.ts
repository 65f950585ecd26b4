import { describe, expect, it } from 'vitest';
import { nodeHref, parseQuoteParam, quoteHref } from './routes';

describe('quoteHref', () => {
  it('links to the span on the encoded source page, with the fragment the highlight carries', () => {
    expect(quoteHref('source:nyt/2025 a', { start: 12, end: 80 })).toBe(
      '/source/source%3Anyt%2F2025%20a?quote=12-80#quote',
    );
  });

  it('round-trips through parseQuoteParam', () => {
    const query = new URL(quoteHref('s:1', { start: 0, end: 5 }), 'http://x').searchParams.get('quote')!;
    expect(parseQuoteParam(query, 5)).toEqual({ start: 0, end: 5 });
  });
});

describe('parseQuoteParam', () => {
  it('reads <start>-<end> within the text', () => {
    expect(parseQuoteParam('3-10', 10)).toEqual({ start: 3, end: 10 });
  });

  it.each([
    ['', 'empty'],
    ['10', 'one number'],
    ['5-5', 'an empty span'],
    ['9-3', 'reversed'],
    ['3-11', 'past the end of the text'],
    ['-1-4', 'negative'],
    ['1.5-4', 'not an integer'],
    ['1-4x', 'trailing junk'],
    ['1-99999999999999999999', 'absurdly large'],
  ])('ignores %j (%s)', (value) => {
    expect(parseQuoteParam(value, 10)).toBeNull();
  });
});

describe('nodeHref', () => {
  it("opens each node type's own page, a path's story included", () => {
    expect(nodeHref({ id: 'story:layoff-amazon-14000', type: 'Story' })).toBe('/story/story%3Alayoff-amazon-14000');
    expect(nodeHref({ id: 'event:layoff-amazon-14000', type: 'Event' })).toBe('/event/event%3Alayoff-amazon-14000');
    expect(nodeHref({ id: 'article:a/b', type: 'Source' })).toBe('/source/article%3Aa%2Fb');
    expect(nodeHref({ id: 'company:amazon', type: 'Company' })).toBe('/entity/company%3Aamazon');
  });
});
