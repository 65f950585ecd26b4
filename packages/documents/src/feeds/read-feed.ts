import type * as FeedExtractor from '@extractus/feed-extractor';
import { DocumentError, toDocumentError } from '../errors.js';
import type { Fetcher } from '../fetch/fetcher.js';
import { sha256 } from '../hash.js';
import { decodePage, charsetOf } from '../html/decode-page.js';
import { canonicalUrl } from '../ids/canonical-uri.js';
import { lazyRequire } from '../lazy-require.js';

const feedExtractor = lazyRequire<typeof FeedExtractor>('@extractus/feed-extractor');

/** Media types accepted for a feed (servers label RSS in many ways). */
export const FEED_TYPES = [
  'application/rss+xml',
  'application/atom+xml',
  'application/feed+json',
  'application/json',
  'application/xml',
  'text/xml',
  'application/rdf+xml',
  'text/plain',
];

/** One item of a feed. */
export interface FeedItem {
  /** Stable identity within the feed: the guid/id, else the item's canonical link. */
  key: string;
  /** Canonical URL of the item's page; null when the item has none (such an item is reported, E_NO_LINK). */
  link: string | null;
  title?: string;
  publishedAt?: string;
  /** Hash of what the feed says about the item (key, link, title, date, summary): it changes when the item does. */
  fingerprint: string;
}

/** A feed as read: its title and items in feed order. */
export interface Feed {
  url: string;
  title?: string;
  items: FeedItem[];
}

type Entry = {
  id?: string;
  title?: string;
  link?: string;
  rawLink?: string;
  published?: string;
  description?: string;
  updated?: string;
};

/** The item's link as written (the parser drops relative Atom links): a string, `{ @_href }`, or a list (rel=alternate first). */
/** A parsed XML/JSON value as text: strings and numbers as written, anything else (an element) as ''. */
function textOf(value: unknown): string {
  return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
}

function rawLink(value: unknown): string {
  if (typeof value === 'string') return value.trim();
  if (Array.isArray(value)) {
    const links = value.filter((l) => l && typeof l === 'object') as Array<Record<string, unknown>>;
    const alternate = links.find((l) => !l['@_rel'] || l['@_rel'] === 'alternate') ?? links[0];
    return alternate ? rawLink(alternate) : '';
  }
  if (value && typeof value === 'object') return textOf((value as Record<string, unknown>)['@_href']).trim();
  return '';
}

/** An absolute, canonical http(s) link, resolving a relative one against the feed's URL; null otherwise. */
function resolveLink(link: string | undefined, base: string): string | null {
  if (!link) return null;
  const absolute = URL.canParse(link) ? link : URL.canParse(link, base) ? new URL(link, base).href : null;
  if (!absolute || !/^https?:/i.test(absolute)) return null;
  return canonicalUrl(absolute);
}

/**
 * Parses a feed's text with @extractus/feed-extractor (RSS 0.9x/1.0/2.0, Atom, JSON Feed). A body that is
 * neither XML nor JSON, or XML that is no feed, is E_FEED. Relative item links resolve against the feed URL.
 */
export function parseFeed(text: string, url: string): Feed {
  const trimmed = text.trimStart();
  let data: { title?: string; entries?: Entry[] };
  try {
    const { extractFromJson, extractFromXml } = feedExtractor();
    const options = {
      descriptionMaxLen: 0,
      getExtraEntryFields: (entry: Record<string, unknown>) => ({
        updated: textOf(entry.updated ?? entry['atom:updated']),
        rawLink: rawLink(entry.link ?? entry.url),
      }),
    };
    data = trimmed.startsWith('{')
      ? extractFromJson(JSON.parse(trimmed) as Record<string, unknown>, options)
      : extractFromXml(text, options);
  } catch (error) {
    throw new DocumentError('E_FEED', url, `not a feed (RSS, Atom or JSON Feed): ${(error as Error).message}`);
  }
  const items = (data.entries ?? []).map((entry, i): FeedItem => {
    const link = resolveLink(entry.link || entry.rawLink, url);
    const id = entry.id && !/^\d+-NaN$/.test(entry.id) ? entry.id : null;
    const key = id ?? link ?? `#${i}`;
    const fingerprint = sha256(
      JSON.stringify([
        key,
        link,
        entry.title ?? '',
        entry.published ?? '',
        entry.updated ?? '',
        entry.description ?? '',
      ]),
    );
    return { key, link, title: entry.title || undefined, publishedAt: entry.published || undefined, fingerprint };
  });
  return { url, title: data.title || undefined, items };
}

/** Fetches and parses a feed (see parseFeed); throws a DocumentError (the fetcher's codes, or E_FEED). */
export async function readFeed(url: string, fetcher: Fetcher): Promise<Feed> {
  try {
    const fetched = await fetcher.fetch(url, { accept: FEED_TYPES });
    const json = fetched.contentType.includes('json');
    const text = decodePage(fetched.bytes, url, charsetOf(fetched.contentType), !json);
    return parseFeed(text, fetched.url);
  } catch (error) {
    throw toDocumentError(url, error);
  }
}
