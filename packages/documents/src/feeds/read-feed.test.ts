import { describe, expect, it } from 'vitest';
import { rssFeed } from '../testing/news-site.js';
import { parseFeed } from './read-feed.js';

describe('parseFeed', () => {
  it('reads RSS items with canonical links, guids as keys, and fingerprints that change with the item', () => {
    const numbers = Array.from({ length: 50 }, (_, i) => i);
    const first = parseFeed(rssFeed('http://wire.example', numbers), 'http://wire.example/rss');
    expect(first.title).toBe('Test Wire');
    expect(first.items).toHaveLength(50);
    expect(first.items[3]).toMatchObject({
      key: 'story-3',
      link: 'http://wire.example/news/3',
      title: 'Story 3: job cuts',
    });
    const second = parseFeed(
      rssFeed(
        'http://wire.example',
        numbers.filter((n) => n !== 7),
        new Set([3]),
      ),
      'x',
    );
    expect(second.items).toHaveLength(49);
    const fp = new Map(first.items.map((i) => [i.key, i.fingerprint]));
    const changed = second.items.filter((i) => fp.get(i.key) !== i.fingerprint).map((i) => i.key);
    expect(changed).toEqual(['story-3']);
  });

  it('reads Atom and JSON Feed; relative links resolve against the feed', () => {
    const atom = `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>A</title>
      <entry><id>urn:a:1</id><title>One</title><link href="/a/1"/><updated>2024-01-02T03:04:05Z</updated></entry></feed>`;
    expect(parseFeed(atom, 'https://a.example/feed.atom').items[0]).toMatchObject({
      key: 'urn:a:1',
      link: 'https://a.example/a/1',
    });
    const json = JSON.stringify({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'J',
      items: [{ id: 'j1', url: 'https://j.example/1', title: 'J one' }],
    });
    expect(parseFeed(json, 'https://j.example/feed.json').items[0]).toMatchObject({
      key: 'j1',
      link: 'https://j.example/1',
    });
  });

  it('refuses a feed that is not XML (E_FEED) and keeps an item without a link (reported later, E_NO_LINK)', () => {
    expect(() => parseFeed('this is not a feed at all', 'x')).toThrow(expect.objectContaining({ code: 'E_FEED' }));
    expect(() => parseFeed('<html><body>hello</body></html>', 'x')).toThrow(
      expect.objectContaining({ code: 'E_FEED' }),
    );
    const rss =
      '<rss version="2.0"><channel><title>T</title><item><title>No link</title><guid>n1</guid></item></channel></rss>';
    expect(parseFeed(rss, 'x').items[0]).toMatchObject({ key: 'n1', link: null });
  });
});
