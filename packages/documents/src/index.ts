/**
 * `@newsgraph/documents`: the one reader of every entry point (extract CLI, `npm run ingest`, the `ingestDocument`
 * mutation, `npm start`'s seeding): files, pages, datasets, URLs and feeds in; guarded text and metadata out.
 * Knows nothing of Neo4j or of extraction.
 */
export { DocumentError, isDocumentError, toDocumentError, type DocumentErrorCode } from './errors.js';
export { DEFAULT_LIMITS, createLimits, type DocumentLimits } from './limits.js';
export { guardDocument, type GuardedFields } from './guard/guard-document.js';
export { decodeUtf8 } from './guard/decode-utf8.js';
export { articleId, fileUri, recordUri, uriKey } from './ids/article-id.js';
export { canonicalUrl, isAbsoluteUrl } from './ids/canonical-uri.js';
export { isTrackingParam } from './ids/tracking-params.js';
export { isHtml } from './html/is-html.js';
export { decodePage, charsetOf } from './html/decode-page.js';
export type { DocumentFormat, ReadDocument, ReadResult } from './read/read-document.js';
export { readText, type ReadTextOptions, type TextInput } from './read/read-text.js';
export { readFile, type ReadFileOptions } from './read/read-file.js';
export { readInputs, type ReadInputsOptions } from './read/read-inputs.js';
export { expandInputs, type InputItem } from './read/expand-inputs.js';
export { DOCUMENT_EXTENSIONS, fileKind, type FileKind } from './read/file-kind.js';
export { DEFAULT_RECORD_FIELDS, createRecordFields, type RecordFields } from './datasets/record-fields.js';
export { sha256 } from './hash.js';
export { READER_CLI_HELP, READER_CLI_OPTIONS, readerOptionsFrom } from './cli-options.js';
export { createFetcher, type Fetcher, type FetchedResource, type FetchRequest } from './fetch/fetcher.js';
export { DEFAULT_FETCH_OPTIONS, type FetchOptions } from './fetch/fetch-options.js';
export { isPublicAddress } from './fetch/address-policy.js';
export { readUrl, PAGE_TYPES, TEXT_TYPES, type UrlHints } from './read/read-url.js';
export { readFeed, parseFeed, FEED_TYPES, type Feed, type FeedItem } from './feeds/read-feed.js';
export {
  estimatedSimilarity,
  minhashSignature,
  normalizedTextHash,
  normalizedWords,
  syndicationKeys,
  SHINGLE_WORDS,
  NEAR_DUPLICATE_THRESHOLD,
  MINHASH_SIZE,
} from './syndication/fingerprint.js';
