import type { DocumentInput, SourceMeta } from './types.js';
import { contentHash } from './text/content-hash.js';
import { normalizePublished, type FrontMatter } from './text/front-matter.js';
import { slugify } from './text/slug.js';
import type { Span } from './types.js';

/**
 * The article's id: `article:<slug of the file name without extension>` for a path
 * (`seeds/000_c3705ce366644198.txt` → `article:000_c3705ce366644198`, underscores kept), `article:<host-and-path slug>` for a URL,
 * else `article:<first 16 hex of the content hash>`. Stable per uri, so an edited file replaces its earlier version.
 */
export function articleId(uri: string | undefined, hash: string): string {
  if (!uri) return `article:${hash.slice(0, 16)}`;
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(uri)) {
    let key = uri;
    try {
      const u = new URL(uri);
      key = u.host + u.pathname;
    } catch {
      /* not a parseable URL: slug the raw string */
    }
    const slug = slugify(key);
    if (!slug) return `article:${hash.slice(0, 16)}`;
    return slug.length > 80 ? `article:${slug.slice(0, 64)}-${contentHash(uri).slice(0, 8)}` : `article:${slug}`;
  }
  const base = uri.replace(/\\/g, '/').split('/').pop() ?? uri;
  const stem = base.replace(/\.[A-Za-z0-9]{1,5}$/, '');
  const id = stem
    .toLowerCase()
    .replace(/[^a-z0-9_]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return id ? `article:${id}` : `article:${hash.slice(0, 16)}`;
}

const MAX_TITLE_LENGTH = 300;

/** A title that fits a heading: whole when short, else cut at the last space before the limit, with an ellipsis. */
export function shortenTitle(title: string, max = MAX_TITLE_LENGTH): string {
  if (title.length <= max) return title;
  const cut = title.lastIndexOf(' ', max - 1);
  return `${title.slice(0, cut > max / 2 ? cut : max - 1).trimEnd()}…`;
}

/**
 * Builds the document's `source`: caller-given fields win over front matter; without a title the HTML `<title>`
 * or the first sentence (shortened at a word boundary past 300 characters) is used; the publication date is
 * normalised to `YYYY-MM-DD`.
 */
export function buildSourceMeta(
  input: DocumentInput,
  fm: FrontMatter,
  firstSentence: Span | undefined,
  htmlTitle: string | null,
): SourceMeta {
  const text = input.text;
  const hash = contentHash(text);
  const uri = input.uri ?? fm.url ?? '';
  const title =
    input.title ??
    fm.title ??
    htmlTitle ??
    (firstSentence ? shortenTitle(firstSentence.text.replace(/\s+/g, ' ')) : '');
  return {
    id: articleId(uri || undefined, hash),
    title,
    uri,
    contentHash: hash,
    publisher: input.publisher ?? fm.publisher ?? null,
    publishedAt: normalizePublished(input.publishedAt ?? fm.published),
  };
}
