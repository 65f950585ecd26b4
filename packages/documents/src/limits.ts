/**
 * The bounds every entry point applies to a document (the extract and ingest CLIs, `npm start`'s seeding and the
 * `ingestDocument` mutation). `NEWSGRAPH_MAX_DOCUMENT_BYTES` (read by @newsgraph/config) sets `maxTextBytes`; the
 * CLIs also take `--max-bytes`.
 */
export interface DocumentLimits {
  /** UTF-8 bytes of an article's text (after HTML is reduced to clean text); default 4 MiB. */
  maxTextBytes: number;
  /** Bytes of a raw file or page before reduction (HTML, a JSON document, a dataset line); default 8 MiB. */
  maxPageBytes: number;
  /** Characters of a uri; default 2,048 (a key Neo4j can index, and every browser's practical limit). */
  maxUriLength: number;
  /** Characters of a title; default 1,000. */
  maxTitleLength: number;
  /** Characters of a publisher, author or date field; default 300. */
  maxFieldLength: number;
}

/**
 * The defaults (see DocumentLimits): an article is rarely over 100 KB of text, a page rarely over 3 MB.
 * `maxTextBytes` equals NEWSGRAPH_MAX_DOCUMENT_BYTES's default in @newsgraph/config (a test keeps them equal).
 */
export const DEFAULT_LIMITS: Readonly<DocumentLimits> = Object.freeze({
  maxTextBytes: 4 * 1024 * 1024,
  maxPageBytes: 8 * 1024 * 1024,
  maxUriLength: 2048,
  maxTitleLength: 1000,
  maxFieldLength: 300,
});

/** DEFAULT_LIMITS with some fields replaced; a raw file may always be as large as the text limit. */
export function createLimits(overrides: Partial<DocumentLimits> = {}): DocumentLimits {
  const limits = { ...DEFAULT_LIMITS, ...overrides };
  for (const [key, value] of Object.entries(limits))
    if (!Number.isInteger(value) || value <= 0)
      throw new RangeError(`${key} must be a positive integer (got ${value}).`);
  limits.maxPageBytes = Math.max(limits.maxPageBytes, limits.maxTextBytes);
  return limits;
}
