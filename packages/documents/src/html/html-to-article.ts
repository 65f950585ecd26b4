import { Readability } from '@mozilla/readability';
import { DocumentError } from '../errors.js';
import { removeBoilerplate } from './boilerplate.js';
import { cleanText } from './clean-text.js';
import type { DomDocument, DomElement } from './dom.js';
import { nestingDepth } from './nesting-depth.js';
import { cleanTitle, readPageMetadata } from './page-metadata.js';

/** An HTML page reduced to what a reader sees: the article's clean text and what the page says about it. */
export interface HtmlArticle {
  /** Paragraphs separated by blank lines; navigation, related links, captions, ads, comments and footers removed. */
  text: string;
  /** Headline without the site name. */
  title?: string;
  /** Publisher / site name. */
  publisher?: string;
  author?: string;
  /** As the page states it (ISO 8601 in practice). */
  publishedAt?: string;
  modifiedAt?: string;
  /** Absolute canonical URL the page declares. */
  canonicalUrl?: string;
  language?: string;
  /** False for a paywall teaser (JSON-LD `isAccessibleForFree: false`). */
  accessibleForFree?: boolean;
}

/**
 * Readability's work grows with elements × nesting depth (1,000 nested `<div>`s took 31 s): past either bound the
 * page's text is taken without it (body minus boilerplate, linear). Real news pages have a few thousand elements
 * and a depth of 20–40.
 */
export const MAX_ELEMENTS = 30_000;
export const MAX_DEPTH = 100;
/** Nesting past which a page is refused before parsing (see nestingDepth); no real page comes near it. */
export const MAX_PARSE_DEPTH = 2000;

/** Readability's minimum article length (characters) before it retries with looser rules; short news briefs pass. */
const CHAR_THRESHOLD = 200;

/**
 * Reduces a parsed page (any DOM: linkedom in production, jsdom in the benchmark) to its article. Metadata is read
 * first (Readability changes the DOM); boilerplate is removed; Readability (Firefox Reader View's algorithm)
 * picks the main content; the text is serialised by block. When Readability finds nothing, the page body minus
 * boilerplate is used (also for pages past MAX_ELEMENTS or MAX_DEPTH). Throws E_NO_TEXT when no text is left.
 */
export function documentToArticle(document: DomDocument, where: string, pageUrl?: string): HtmlArticle {
  const meta = readPageMetadata(document, pageUrl);
  const body = document.body;
  if (body) removeBoilerplate(body);
  const parsed =
    body && isReadable(body)
      ? // Readability's types name the DOM's Document and Node: untyped in this package (no DOM lib), but real
        // types where a package that compiles this file has the DOM lib (extraction), so both casts are needed.
        // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion
        new Readability<DomElement>(document as never, {
          charThreshold: CHAR_THRESHOLD,
          disableJSONLD: true,
          // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion
          serializer: (node) => node as unknown as DomElement,
        }).parse()
      : null;
  let text = parsed?.content ? cleanText(parsed.content) : '';
  if (!text && body) text = cleanText(body);
  if (!text.trim()) throw new DocumentError('E_NO_TEXT', where, 'the page has no article text');
  const publisher = meta.siteName ?? parsed?.siteName ?? undefined;
  const rawTitle = meta.title ?? parsed?.title ?? meta.documentTitle;
  return {
    text,
    title: rawTitle ? cleanTitle(rawTitle, publisher) || undefined : undefined,
    publisher: publisher?.trim() || undefined,
    author: meta.author ?? bylineName(parsed?.byline),
    publishedAt: meta.publishedAt ?? (parsed?.publishedTime || undefined),
    modifiedAt: meta.modifiedAt,
    canonicalUrl: meta.canonicalUrl,
    language: meta.language ?? (parsed?.lang || undefined),
    accessibleForFree: meta.accessibleForFree,
  };
}

/** True when the body is within MAX_ELEMENTS and MAX_DEPTH (one iterative walk, stopping at the first excess). */
function isReadable(body: DomElement): boolean {
  const stack: Array<[DomElement, number]> = [[body, 0]];
  let count = 0;
  while (stack.length > 0) {
    const [el, depth] = stack.pop()!;
    if (++count > MAX_ELEMENTS || depth > MAX_DEPTH) return false;
    const children = el.children;
    for (let i = 0; i < children.length; i++) stack.push([children[i]!, depth + 1]);
  }
  return true;
}

type ParseHtml = (html: string) => { document: unknown };
let parseHtml: ParseHtml | undefined;

/** A full document for the parser: linkedom needs `<html>` to build `document.body`. */
function asFullDocument(html: string): string {
  return /<html[\s>]/i.test(html.slice(0, 4096))
    ? html
    : `<!DOCTYPE html><html><head></head><body>${html}</body></html>`;
}

/**
 * Parses a page with linkedom and reduces it to its article (see documentToArticle). linkedom (and Readability)
 * load on the first page, so reading plain text never pays for them. linkedom over jsdom: see docs/BENCHMARKS.md
 * ("Pages"): same text on every test page, several times faster.
 */
export async function htmlToArticle(html: string, where: string, pageUrl?: string): Promise<HtmlArticle> {
  const depth = nestingDepth(html, MAX_PARSE_DEPTH);
  if (depth > MAX_PARSE_DEPTH)
    throw new DocumentError('E_TOO_LARGE', where, `the page nests elements over ${MAX_PARSE_DEPTH} deep`);
  parseHtml ??= ((await import('linkedom')) as unknown as { parseHTML: ParseHtml }).parseHTML;
  const { document } = parseHtml(asFullDocument(html));
  return documentToArticle(document as DomDocument, where, pageUrl);
}

/** Readability's byline when it names someone: not a date, not over 100 characters; "By " dropped. */
function bylineName(byline: string | null | undefined): string | undefined {
  const b = byline
    ?.replace(/\s+/g, ' ')
    .trim()
    .replace(/^by\s+/i, '');
  if (!b || b.length > 100 || !Number.isNaN(Date.parse(b)) || !/\p{L}/u.test(b)) return undefined;
  return b;
}
