import { createHash } from 'node:crypto';
import type { DocumentExtraction, Span } from '@newsgraph/extraction';
import { GraphError, GraphErrorCode } from '../errors.js';
import { boundedEvidence, MAX_QUOTES_PER_LINK, mentionQuote } from './quote-bounds.js';
import { minhashSignature, normalizedTextHash, syndicationKeys } from '@newsgraph/documents';
import { estimateBytes } from './document-size.js';
import type { SyndicationRow } from '../syndication/syndication-statements.js';
import { checkSpan, toSpanArrays as toArrays, type SpanArrays } from './span-arrays.js';
import {
  LEADERSHIP_CLAIM,
  isCitedSource,
  prepareAttributions,
  type PreparedClaim,
  type PreparedStatement,
  type PreparedSupport,
} from './prepare-attributions.js';

/** Relationship types the graph itself uses; an extracted relation may not claim them. */
const RESERVED_TYPES = new Set([
  'MENTIONS',
  'ASSERTS',
  'REPORTS',
  'ORGANIZATION',
  'AFFECTS',
  'PERSON',
  'IN_STORY',
  'ABOUT',
  'QUOTES',
  'SPOKEN_BY',
  'VIA',
  'SUPPORTS',
]);

/**
 * The version of what ingestion writes for an article beyond its text (claims, stories, statements, supports):
 * part of its revision, so articles stored by an earlier version are written again once (unchanged text and all)
 * instead of being skipped without stories.
 */
export const STORY_MODEL_VERSION = 1;
const RELATION_TYPE = /^[A-Z][A-Z0-9_]{0,40}$/;
const ENTITY_LABELS: Record<string, string[]> = {
  Company: ['Entity', 'Company'],
  Division: ['Entity', 'Division'],
  Person: ['Entity', 'Person'],
  Product: ['Entity', 'Product'],
  Source: ['Source'],
};

/**
 * What the reader knows about a document beyond extraction's source meta (a page's author, language, dates, the
 * hash and URL of the original page); stored on the article, absent fields as null.
 */
export interface PageMeta {
  author?: string | null;
  modifiedAt?: string | null;
  language?: string | null;
  /** sha256 of the original page's bytes. */
  originalHash?: string | null;
  /** Where the original came from (the fetched URL after redirects, or the file's uri). */
  origin?: string | null;
  accessibleForFree?: boolean | null;
  /** How the text was obtained: text | html | record. */
  format?: string | null;
}

/** One extracted document flattened into the parameter rows of the ingestion statements. */
export interface PreparedDocument {
  source: {
    id: string;
    kind: 'article';
    title: string;
    uri: string;
    publisher: string | null;
    publishedAt: string | null;
    contentHash: string;
    text: string;
    author: string | null;
    modifiedAt: string | null;
    language: string | null;
    originalHash: string | null;
    origin: string | null;
    accessibleForFree: boolean | null;
    format: string | null;
    /** Hash of everything stored about the article but the original page's bytes: equal → nothing to write. */
    revision: string;
    /** sha256 of the normalised words (exact copies) and the MinHash signature (near copies); see syndication. */
    textHash: string;
    minhash: number[] | null;
    storyModel: number;
    /** Set when the batch is written (`stampReportTime`): the day it was reported, and from which clock. */
    reportedAt?: string;
    reportedAtFrom?: 'published' | 'ingested';
    ingestedAt?: string;
  };
  /** Where the article is filed to find its copies (see syndication/). */
  syndication: SyndicationRow;
  entities: Array<{
    id: string;
    labels: string[];
    type: string;
    name: string;
    aliases: string[];
    kind: string | null;
    /** A cited document's title: its name and what tells it apart ("Acme internal memo (Jane Roe, 2023-01)"). */
    title: string | null;
    detail: string | null;
    mentions: SpanArrays & { names: string[] };
    sentences: SpanArrays;
  }>;
  relations: Array<SpanArrays & { key: string; type: string; from: string; to: string; title: string | null }>;
  events: Array<
    SpanArrays & {
      id: string;
      props: Record<string, string | number | boolean | null>;
      links: Array<{ target: string; type: 'ORGANIZATION' | 'AFFECTS' | 'PERSON' }>;
      /** This source's version of the event. */
      claim: PreparedClaim;
      /** The REPORTS properties: spans, claim and preference key (set by `stampReportTime`). */
      report?: Record<string, unknown>;
    }
  >;
  statements: PreparedStatement[];
  supports: PreparedSupport[];
}

/** The id shared by every source's claim of the same edge: type, endpoints and (case-folded) title. */
export function factKey(type: string, from: string, to: string, title: string | null | undefined): string {
  return `${type}|${from}|${to}|${(title ?? '').trim().toLowerCase()}`;
}

/** Default of `maxDocumentBytes`: what one article may put in a transaction (text, quotes, offsets). */
export const MAX_DOCUMENT_BYTES = 24 * 1024 * 1024;

/** Options of prepareDocument. */
export interface PrepareOptions {
  page?: PageMeta;
  /** Refuse a document whose write would exceed this estimate (bytes); default MAX_DOCUMENT_BYTES. */
  maxDocumentBytes?: number;
}

/**
 * Validates an extraction against its text and flattens it for `UNWIND`: duplicate relations merge,
 * every span is checked to be an exact slice of `text`. Quotes are bounded (see quote-bounds.ts): a mention's
 * quote is its sentence from extraction's `sentences`, or a window around it in an over-long sentence; evidence
 * likewise; at most MAX_QUOTES_PER_LINK per relationship. Throws GraphError(INVALID_INPUT) before anything is
 * written, also when the write would exceed `maxDocumentBytes` (with its size and the limit).
 */
export function prepareDocument(
  extraction: DocumentExtraction,
  text: string,
  options: PrepareOptions = {},
): PreparedDocument {
  const { source } = extraction;
  if (!source?.id) throw new GraphError(GraphErrorCode.INVALID_INPUT, 'The extraction has no source id.');
  const ids = new Set<string>([source.id]);
  const sentences = extraction.sentences ?? [];
  const mentionStarts = new Map(
    extraction.entities.map((e) => [e.id, e.mentions.map((m) => m.start).sort((a, b) => a - b)]),
  );
  const anchorsOf = (...entityIds: Array<string | null | undefined>) =>
    entityIds.flatMap((id) => (id ? (mentionStarts.get(id) ?? []) : [])).sort((a, b) => a - b);

  const entities = extraction.entities.map((entity) => {
    const labels = ENTITY_LABELS[entity.type];
    if (!labels)
      throw new GraphError(GraphErrorCode.INVALID_INPUT, `Unknown entity type ${JSON.stringify(entity.type)}.`);
    if (entity.id === source.id)
      throw new GraphError(GraphErrorCode.INVALID_INPUT, 'An entity may not reuse the article id.');
    ids.add(entity.id);
    entity.mentions.forEach((span) => checkSpan(text, span, `Mention of ${entity.id}`));
    const mentions = [...entity.mentions].sort((a, b) => a.start - b.start);
    return {
      id: entity.id,
      labels,
      type: entity.type,
      name: entity.name,
      aliases: [...new Set(entity.aliases.filter((alias) => alias && alias !== entity.name))],
      // A named outlet typed Company keeps its kind, so the graph can tell it from the companies reported on.
      kind: entity.type === 'Source' ? (entity.kind ?? 'other') : isCitedSource(entity) ? 'news-outlet' : null,
      title: entity.type === 'Source' ? (entity.detail ? `${entity.name} (${entity.detail})` : entity.name) : null,
      detail: entity.detail ?? null,
      mentions: { ...toArrays(mentions), names: mentions.map((m) => m.text) },
      sentences: toArrays(
        mentions.map((m) => mentionQuote(text, sentences, m)),
        MAX_QUOTES_PER_LINK,
      ),
    };
  });

  const relations = new Map<string, PreparedDocument['relations'][number]>();
  for (const relation of extraction.relations) {
    if (!RELATION_TYPE.test(relation.type) || RESERVED_TYPES.has(relation.type)) {
      throw new GraphError(
        GraphErrorCode.INVALID_INPUT,
        `Relation type ${JSON.stringify(relation.type)} is not allowed.`,
      );
    }
    for (const end of [relation.from, relation.to]) {
      if (!ids.has(end))
        throw new GraphError(
          GraphErrorCode.INVALID_INPUT,
          `Relation ${relation.type} names ${end}, which the document does not define.`,
        );
    }
    relation.evidence.forEach((span) => checkSpan(text, span, `Evidence of ${relation.type}`));
    const anchors = anchorsOf(relation.from, relation.to);
    const key = factKey(relation.type, relation.from, relation.to, relation.title);
    const previous = relations.get(key);
    const spans = [
      ...(previous
        ? previous.starts.map((start, i) => ({ start, end: previous.ends[i]!, text: previous.quotes[i]! }))
        : []),
      ...relation.evidence.map((span) => boundedEvidence(text, span, anchors)),
    ];
    relations.set(key, {
      key,
      type: relation.type,
      from: relation.from,
      to: relation.to,
      title: previous?.title ?? relation.title ?? null,
      ...toArrays(spans, MAX_QUOTES_PER_LINK),
    });
  }

  const evidenceByEvent = new Map<string, Span[]>();
  for (const event of extraction.events) {
    event.evidence.forEach((span) => checkSpan(text, span, `Evidence of ${event.id}`));
    const anchors = anchorsOf(event.organization, ...event.divisions);
    evidenceByEvent.set(event.id, [
      ...(evidenceByEvent.get(event.id) ?? []),
      ...event.evidence.map((span) => boundedEvidence(text, span, anchors)),
    ]);
  }
  const attributions = prepareAttributions(extraction, text, ids);
  const firstOfId = extraction.events.filter((event, i, all) => all.findIndex((e) => e.id === event.id) === i);
  const events: PreparedDocument['events'] = firstOfId.map((event) => ({
    id: event.id,
    props: {
      kind: event.kind,
      count: event.count,
      countText: event.countText ?? null,
      percent: event.percent,
      when: event.when,
      status: event.status ?? null,
      cumulative: event.cumulative ?? false,
    },
    links: [
      ...(event.organization && ids.has(event.organization)
        ? [{ target: event.organization, type: 'ORGANIZATION' as const }]
        : []),
      ...[...new Set(event.divisions)]
        .filter((id) => ids.has(id) && id !== event.organization)
        .map((target) => ({ target, type: 'AFFECTS' as const })),
    ],
    claim: attributions.claimOf(event),
    ...toArrays(evidenceByEvent.get(event.id) ?? [], MAX_QUOTES_PER_LINK),
  }));
  for (const change of attributions.leadership) {
    if (events.some((e) => e.id === change.id)) continue;
    events.push({
      id: change.id,
      props: change.props,
      links: change.links.filter((link) => ids.has(link.target)),
      claim: LEADERSHIP_CLAIM,
      ...toArrays(change.spans, MAX_QUOTES_PER_LINK),
    });
  }

  // A fixed order (by id) for every list, so concurrent transactions take their locks in the same order.
  const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const page = options.page ?? {};
  const stored = {
    id: source.id,
    kind: 'article' as const,
    title: source.title,
    uri: source.uri,
    publisher: source.publisher,
    publishedAt: source.publishedAt,
    contentHash: source.contentHash,
    author: page.author ?? null,
    modifiedAt: page.modifiedAt ?? null,
    language: page.language ?? null,
    accessibleForFree: page.accessibleForFree ?? null,
    format: page.format ?? null,
    storyModel: STORY_MODEL_VERSION,
  };
  const textHash = normalizedTextHash(text);
  const minhash = minhashSignature(text);
  const prepared: PreparedDocument = {
    source: {
      ...stored,
      text,
      originalHash: page.originalHash ?? null,
      origin: page.origin ?? null,
      revision: createHash('sha256').update(JSON.stringify(stored)).digest('hex'),
      textHash,
      minhash,
    },
    syndication: { id: source.id, textHash, minhash, keys: syndicationKeys(textHash, minhash) },
    entities: entities.sort(byId),
    relations: [...relations.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)),
    events: events.sort(byId),
    statements: attributions.statements.sort(byId),
    supports: attributions.supports,
  };
  const limit = options.maxDocumentBytes ?? MAX_DOCUMENT_BYTES;
  const size = estimateBytes(prepared);
  if (size > limit)
    throw new GraphError(
      GraphErrorCode.INVALID_INPUT,
      `Document ${source.id} is too large for one transaction: about ${size} bytes to write, over the limit of ${limit} bytes.`,
    );
  return prepared;
}
