import type { DomDocument } from './dom.js';
import { readJsonLdArticle } from './json-ld.js';

/** What a page says about itself, before the article text is taken out. Absent fields are undefined. */
export interface PageMetadata {
  /** Headline, site name not yet removed (see cleanTitle). */
  title?: string;
  siteName?: string;
  author?: string;
  publishedAt?: string;
  modifiedAt?: string;
  /** Absolute canonical URL (`<link rel=canonical>`, else og:url, else JSON-LD url), resolved against the page URL. */
  canonicalUrl?: string;
  language?: string;
  /** False when JSON-LD says `isAccessibleForFree: false` (a paywall teaser). */
  accessibleForFree?: boolean;
  /** The `<title>` element, as a fallback. */
  documentTitle?: string;
}

function meta(document: DomDocument, ...keys: string[]): string | undefined {
  for (const key of keys) {
    const el =
      document.querySelector(`meta[property="${key}"]`) ??
      document.querySelector(`meta[name="${key}"]`) ??
      document.querySelector(`meta[itemprop="${key}"]`);
    const content = el?.getAttribute('content')?.trim();
    if (content) return content;
  }
  return undefined;
}

function absolute(href: string | undefined, base: string | undefined): string | undefined {
  if (!href) return undefined;
  try {
    const url = new URL(href.trim(), base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** A date the page states, when it parses; kept as written (normalised later). */
function date(value: string | undefined | null): string | undefined {
  const v = value?.trim();
  return v && !Number.isNaN(Date.parse(v)) ? v : undefined;
}

/** The first `<time datetime>` inside the article (or the page when there is no `<article>`). */
function firstTime(document: DomDocument): string | undefined {
  const scope = document.querySelector('article') ?? document.body;
  const times = scope?.querySelectorAll('time[datetime]') ?? [];
  for (let i = 0; i < times.length; i++) {
    const d = date(times[i]!.getAttribute('datetime'));
    if (d) return d;
  }
  return undefined;
}

/**
 * Reads title, site name, author, published/modified times, canonical URL and language from JSON-LD
 * (NewsArticle and kin) first, then OpenGraph/`article:` meta, then common `name` meta (author, date, pubdate,
 * parsely-pub-date, dc.date), then `<time datetime>` and `<html lang>`. `pageUrl` resolves relative URLs.
 */
export function readPageMetadata(document: DomDocument, pageUrl?: string): PageMetadata {
  const ld = readJsonLdArticle(document);
  const base = absolute(document.querySelector('base[href]')?.getAttribute('href') ?? undefined, pageUrl) ?? pageUrl;
  const linkAuthor = meta(document, 'article:author');
  return {
    title: ld?.headline ?? meta(document, 'og:title', 'twitter:title', 'headline'),
    siteName: ld?.publisher ?? meta(document, 'og:site_name', 'application-name', 'publisher'),
    author:
      ld?.author ??
      meta(document, 'author', 'byl', 'parsely-author', 'dc.creator') ??
      (linkAuthor && !/^https?:/i.test(linkAuthor) ? linkAuthor : undefined),
    publishedAt:
      date(ld?.datePublished) ??
      date(meta(document, 'article:published_time', 'og:published_time', 'datePublished')) ??
      date(meta(document, 'parsely-pub-date', 'pubdate', 'publishdate', 'date', 'dc.date', 'dcterms.created')) ??
      firstTime(document),
    modifiedAt:
      date(ld?.dateModified) ??
      date(meta(document, 'article:modified_time', 'og:updated_time', 'dateModified', 'dcterms.modified')),
    canonicalUrl:
      absolute(document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? undefined, base) ??
      absolute(meta(document, 'og:url'), base) ??
      absolute(ld?.url, base),
    language:
      document.documentElement?.getAttribute('lang')?.trim() ||
      meta(document, 'content-language', 'dc.language', 'language') ||
      ld?.inLanguage ||
      meta(document, 'og:locale')?.replace('_', '-'),
    accessibleForFree: ld?.isAccessibleForFree,
    documentTitle: document.querySelector('title')?.textContent?.trim() || undefined,
  };
}

const SEPARATORS = [' | ', ' - ', ' – ', ' — ', ' :: ', ' : ', ' · ', ' / ', ' » '];

/**
 * A headline without the site name: "Acme cuts 500 jobs | The Daily Widget" → "Acme cuts 500 jobs" (also
 * "Site - Headline"). Only a part that matches the site name (case and spacing aside) is removed; without a
 * site name, a last part of at most four words after " | " is taken for one.
 */
export function cleanTitle(title: string, siteName?: string): string {
  const t = title.replace(/\s+/g, ' ').trim();
  const site = siteName?.replace(/\s+/g, ' ').trim().toLowerCase();
  for (const sep of SEPARATORS) {
    const at = t.lastIndexOf(sep);
    const first = t.indexOf(sep);
    if (at > 0 && site && t.slice(at + sep.length).toLowerCase() === site) return t.slice(0, at).trim();
    if (first > 0 && site && t.slice(0, first).toLowerCase() === site) return t.slice(first + sep.length).trim();
  }
  if (!site) {
    const at = t.lastIndexOf(' | ');
    if (at > 0 && t.slice(at + 3).split(' ').length <= 4) return t.slice(0, at).trim();
  }
  return t;
}
