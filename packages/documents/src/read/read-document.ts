import type { DocumentError } from '../errors.js';

/** How a document's text was obtained. */
export type DocumentFormat = 'text' | 'html' | 'record';

/**
 * A document as every entry point hands it to extraction: the text whose offsets every span indexes (for a page,
 * its clean text) and what is known about it. A superset of extraction's DocumentInput.
 */
export interface ReadDocument {
  text: string;
  /** Canonical URL, else the file's path relative to the ingest root (see fileUri/recordUri); the id comes from it. */
  uri?: string;
  title?: string;
  publisher?: string;
  publishedAt?: string;
  author?: string;
  modifiedAt?: string;
  /** BCP 47 tag as the page states it ("en", "en-GB"). */
  language?: string;
  format: DocumentFormat;
  /** sha256 of the original bytes when the text was derived from them (a page): a re-read of the same page is recognised. */
  originalHash?: string;
  /** Where the original came from when it differs from `uri`: the fetched URL after redirects, or the file's uri. */
  origin?: string;
  /** False for a paywall teaser. */
  accessibleForFree?: boolean;
}

/** One document read, or why one could not be: `where` is a path, `path:line` or a URL. */
export type ReadResult = { where: string; document: ReadDocument } | { where: string; error: DocumentError };
