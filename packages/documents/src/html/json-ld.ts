import type { DomDocument } from './dom.js';

/** The article fields a page's JSON-LD may state. */
export interface JsonLdArticle {
  headline?: string;
  datePublished?: string;
  dateModified?: string;
  author?: string;
  publisher?: string;
  url?: string;
  inLanguage?: string;
  isAccessibleForFree?: boolean;
}

const ARTICLE_TYPES = new Set([
  'article',
  'newsarticle',
  'reportagenewsarticle',
  'analysisnewsarticle',
  'backgroundnewsarticle',
  'opinionnewsarticle',
  'reviewnewsarticle',
  'blogposting',
  'liveblogposting',
  'socialmediaposting',
  'techarticle',
  'report',
]);

type Json = Record<string, unknown>;

function types(node: Json): string[] {
  const t = node['@type'];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string').map((x) => x.toLowerCase());
}

/** Every object of a JSON-LD value, `@graph` members and nested arrays included (depth-bounded). */
function* objects(value: unknown, depth = 0): Generator<Json> {
  if (depth > 4 || value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const item of value) yield* objects(item, depth + 1);
    return;
  }
  const node = value as Json;
  yield node;
  if (node['@graph']) yield* objects(node['@graph'], depth + 1);
}

/** A name from a string, a `{ name }` object, or a list of those (joined with ", "). */
function nameOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (Array.isArray(value)) {
    const names = value.map(nameOf).filter((n): n is string => !!n);
    return names.length ? [...new Set(names)].join(', ') : undefined;
  }
  if (value && typeof value === 'object') return nameOf((value as Json).name);
  return undefined;
}

function stringOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (Array.isArray(value)) return stringOf(value[0]);
  if (value && typeof value === 'object') return stringOf((value as Json)['@id'] ?? (value as Json).url);
  return undefined;
}

/**
 * The first NewsArticle-like object (Article, NewsArticle, BlogPosting, …) of the page's
 * `<script type="application/ld+json">` blocks; blocks that are not valid JSON are skipped.
 */
export function readJsonLdArticle(document: DomDocument): JsonLdArticle | null {
  const scripts = document.querySelectorAll('script[type="application/ld+json"]');
  for (let i = 0; i < scripts.length; i++) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(scripts[i]!.textContent ?? '');
    } catch {
      continue;
    }
    for (const node of objects(parsed)) {
      if (!types(node).some((t) => ARTICLE_TYPES.has(t))) continue;
      const free = node.isAccessibleForFree;
      return {
        headline: stringOf(node.headline) ?? stringOf(node.name),
        datePublished: stringOf(node.datePublished),
        dateModified: stringOf(node.dateModified),
        author: nameOf(node.author),
        publisher: nameOf(node.publisher) ?? nameOf(node.sourceOrganization),
        url: stringOf(node.url) ?? stringOf(node.mainEntityOfPage),
        inLanguage: nameOf(node.inLanguage),
        isAccessibleForFree:
          free === undefined
            ? undefined
            : !(free === false || (typeof free === 'string' && free.toLowerCase() === 'false')),
      };
    }
  }
  return null;
}
