import { canonicalUrl } from '../ids/canonical-uri.js';
import { guardDocument } from '../guard/guard-document.js';
import { isHtml } from '../html/is-html.js';
import type { DocumentLimits } from '../limits.js';
import { DEFAULT_LIMITS } from '../limits.js';
import { sha256 } from '../hash.js';
import type { DocumentFormat, ReadDocument } from './read-document.js';

/** A document given as a string (the mutation's input, a dataset record, a decoded file or page). */
export interface TextInput {
  text: string;
  uri?: string | null;
  title?: string | null;
  publisher?: string | null;
  publishedAt?: string | null;
}

/** Options of readText. */
export interface ReadTextOptions {
  limits?: DocumentLimits;
  /** `auto` (default) treats text that looks like a page as HTML; `html` always; `text` never. */
  as?: 'auto' | 'html' | 'text';
  /** The page's own URL (resolves its relative links; a fetched page's final URL). */
  pageUrl?: string;
  /** The format reported for a non-HTML result; default `text`. */
  format?: DocumentFormat;
}

/** An absolute URL in its canonical form (tracking parameters and fragment dropped); a path as given. */
const canonicalIfUrl = (uri: string | undefined) => (uri === undefined ? undefined : (canonicalUrl(uri) ?? uri));

const orUndefined = (value: string | null | undefined) => (value?.trim() ? value.trim() : undefined);

/**
 * The shared reader for text already in memory: HTML is reduced to its article (clean text, title without site
 * name, publisher, dates, author, language, canonical URL); caller-given fields win over the page's. Everything
 * passes the one guard (guardDocument): the raw page against `maxPageBytes`, the result against the text limit.
 * Throws a DocumentError; `where` names the document in it.
 */
export async function readText(input: TextInput, where: string, options: ReadTextOptions = {}): Promise<ReadDocument> {
  const limits = options.limits ?? DEFAULT_LIMITS;
  const given = {
    text: input.text,
    uri: canonicalIfUrl(orUndefined(input.uri)),
    title: orUndefined(input.title),
    publisher: orUndefined(input.publisher),
    publishedAt: orUndefined(input.publishedAt),
  };
  const html = options.as === 'html' || (options.as !== 'text' && typeof input.text === 'string' && isHtml(input.text));
  if (!html) {
    guardDocument(given, where, limits);
    return { ...given, format: options.format ?? 'text' };
  }
  guardDocument(given, where, { ...limits, maxTextBytes: limits.maxPageBytes });
  const { htmlToArticle } = await import('../html/html-to-article.js');
  const page = await htmlToArticle(input.text, where, options.pageUrl ?? given.uri);
  const document: ReadDocument = {
    text: page.text,
    uri: given.uri ?? canonicalIfUrl(page.canonicalUrl),
    title: given.title ?? page.title,
    publisher: given.publisher ?? page.publisher,
    publishedAt: given.publishedAt ?? page.publishedAt,
    author: page.author,
    modifiedAt: page.modifiedAt,
    language: page.language,
    format: 'html',
    originalHash: sha256(input.text),
    accessibleForFree: page.accessibleForFree,
  };
  guardDocument(document, where, limits);
  return dropUndefined(document);
}

/** The object without its undefined fields (JSON and Neo4j parameters stay tidy). */
export function dropUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
