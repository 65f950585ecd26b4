import { articleId, canonicalUrl } from '@newsgraph/documents/article-id';
import type { DocumentInput, SourceMeta } from './types.js';
import { contentHash } from './text/content-hash.js';
import { normalizePublished, type FrontMatter } from './text/front-matter.js';
import type { Span } from './types.js';

/**
 * The article's id: `article:` + the canonical URI (tracking parameters and fragment dropped), `article:file:` + the
 * path relative to the ingest root, else `article:text:` + 128 bits of the content hash. See articleId in
 * @newsgraph/documents: different uris never share an id; an edited file keeps its id and replaces its old version.
 */
export { articleId };

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
 * normalised to `YYYY-MM-DD`; a URL is stored in its canonical form (tracking parameters and fragment dropped).
 */
export function buildSourceMeta(
  input: DocumentInput,
  fm: FrontMatter,
  firstSentence: Span | undefined,
  htmlTitle: string | null,
): SourceMeta {
  const text = input.text;
  const hash = contentHash(text);
  const given = (input.uri ?? fm.url ?? '').trim();
  const uri = canonicalUrl(given) ?? given;
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
