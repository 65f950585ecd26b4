import type * as Tldts from 'tldts';
import { DocumentError, toDocumentError } from '../errors.js';
import type { Fetcher } from '../fetch/fetcher.js';
import { sha256 } from '../hash.js';
import { charsetOf, decodePage } from '../html/decode-page.js';
import { canonicalUrl } from '../ids/canonical-uri.js';
import { DEFAULT_LIMITS, type DocumentLimits } from '../limits.js';
import type { ReadResult } from './read-document.js';
import { readText } from './read-text.js';
import { lazyRequire } from '../lazy-require.js';

const tldts = lazyRequire<typeof Tldts>('tldts');

/** Media types read as pages, and as plain text. */
export const PAGE_TYPES = ['text/html', 'application/xhtml+xml'];
export const TEXT_TYPES = ['text/plain', 'text/markdown'];

/** Hints a feed gives about its item, used when the page does not say. */
export interface UrlHints {
  title?: string;
  publishedAt?: string;
  publisher?: string;
}

/** The registrable domain (`news.example.co.uk` → `example.co.uk`), or the host itself for IPs and local names. */
function siteOf(url: string): string {
  const host = new URL(url).hostname;
  return tldts().getDomain(host) ?? host;
}

/**
 * Fetches a page (see createFetcher) and reads it like a saved one (see readText): clean text and metadata.
 * The uri is the page's canonical URL when it declares one on the same site (an AMP copy names its canonical
 * page), else the final URL after redirects, canonicalised (tracking parameters dropped). A canonical URL on
 * another site is not trusted: a republished copy keeps its own identity (syndication links them). The
 * publisher falls back to the feed's, then to the host name. Never throws: an error is the result.
 */
export async function readUrl(
  url: string,
  fetcher: Fetcher,
  limits: DocumentLimits = DEFAULT_LIMITS,
  hints: UrlHints = {},
): Promise<ReadResult> {
  try {
    const fetched = await fetcher.fetch(url, { accept: [...PAGE_TYPES, ...TEXT_TYPES] });
    const type = fetched.contentType.split(';')[0]!.trim().toLowerCase();
    const html = PAGE_TYPES.includes(type);
    const text = decodePage(fetched.bytes, url, charsetOf(fetched.contentType), false);
    const document = await readText({ text, title: html ? undefined : hints.title }, url, {
      limits,
      as: html ? 'html' : 'text',
      pageUrl: fetched.url,
    });
    const declared = document.uri ? canonicalUrl(document.uri) : null;
    const final = canonicalUrl(fetched.url)!;
    const uri = declared && siteOf(declared) === siteOf(final) ? declared : final;
    const host = new URL(final).hostname.replace(/^www\./, '');
    return {
      where: url,
      document: {
        ...document,
        uri,
        title: document.title ?? hints.title,
        publishedAt: document.publishedAt ?? hints.publishedAt,
        publisher: document.publisher ?? hints.publisher ?? host,
        origin: fetched.url,
        originalHash: sha256(fetched.bytes),
      },
    };
  } catch (error) {
    return { where: url, error: error instanceof DocumentError ? error : toDocumentError(url, error) };
  }
}
