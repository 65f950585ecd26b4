import { posix } from 'node:path';
import { canonicalUrl } from './canonical-uri.js';

export { canonicalUrl };

/**
 * Turns a file path (relative to the ingest root) into the uri the reader records for it: forward slashes,
 * `.`/`..` resolved, `%` and `#` escaped so a `#` in a uri always starts a record selector (see recordUri).
 */
export function fileUri(path: string): string {
  const normal = posix.normalize(path.replace(/\\/g, '/')).replace(/^(\.\/)+/, '');
  const escaped = normal.replace(/%/g, '%25').replace(/#/g, '%23');
  // A first segment such as `http:x` would read as a URL: `./` keeps it a path.
  return /^[^/]*:/.test(escaped) ? `./${escaped}` : escaped;
}

/** The uri of one record of a dataset file that gives no URL of its own: the file's uri plus the record's content hash. */
export function recordUri(path: string, contentHash: string): string {
  return `${fileUri(path)}#sha256-${contentHash.slice(0, 32)}`;
}

/**
 * The identity of a document's uri: the canonical URL (see canonicalUrl) for an absolute URL, else the path form
 * of a relative reference (`file:` + normalised path, selector kept). Two uris with the same key are the same
 * document; different keys are different documents.
 */
export function uriKey(uri: string): string {
  const url = canonicalUrl(uri);
  if (url !== null) return url;
  const hash = uri.indexOf('#');
  const path = hash < 0 ? uri : uri.slice(0, hash);
  const selector = hash < 0 ? '' : uri.slice(hash);
  const normal = posix.normalize(path.trim().replace(/\\/g, '/')).replace(/^(\.\/)+/, '');
  return `file:${normal}${selector}`;
}

/**
 * The article's id, stable and collision-free: `article:` + uriKey(uri) when a uri is given
 * (`https://News.Example/a?utm_source=x#top` → `article:https://news.example/a`; `seeds/000_x.txt` →
 * `article:file:seeds/000_x.txt`), else `article:text:` + the first 32 hex digits (128 bits) of the content hash.
 * The id is the key itself, not a slug of it, so different uris can never share an id; the same document read
 * twice (same uri, or no uri and the same text) gets the same id. An edited file keeps its id and replaces its
 * earlier version.
 */
export function articleId(uri: string | null | undefined, contentHash: string): string {
  const trimmed = uri?.trim();
  return trimmed ? `article:${uriKey(trimmed)}` : `article:text:${contentHash.slice(0, 32)}`;
}
