/** `@newsgraph/extraction`: offline, deterministic news text → entities, relations, events and citations with exact spans. */
export { extractDocument } from './extract-document.js';
export { splitSentences, sentenceAt, findSentenceIndex } from './text/sentences.js';
export { parseFrontMatter, normalizePublished } from './text/front-matter.js';
export { entityId } from './resolve/entity-table.js';
export { eventId } from './events/event-id.js';
export { articleId } from './source-meta.js';
export { contentHash } from './text/content-hash.js';
export { slugify } from './text/slug.js';
export type * from './types.js';
