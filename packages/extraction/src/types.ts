/**
 * The extraction contract: what `npm run -s extract -- --json` prints and what `packages/graph` ingests.
 * Every offset is a UTF-16 index into the document's full text (front matter included):
 * `span.text === text.slice(span.start, span.end)` always holds.
 */

/** A stretch of the input text. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

export type EntityType = 'Company' | 'Division' | 'Person' | 'Source' | 'Product';

/** Kinds of cited source (`ExtractedEntity.kind` when `type === 'Source'`). */
export type SourceKind =
  | 'article'
  | 'news-outlet'
  | 'tracker'
  | 'analyst-firm'
  | 'internal-memo'
  | 'company-filing'
  | 'company-statement'
  | 'anonymous'
  | 'other';

export type EventKind = 'layoff' | 'restructuring' | 'hiring' | 'investment' | 'earnings';
export type EventStatus = 'announced' | 'planned' | 'reported' | 'completed';

/**
 * One real-world thing named in a document. `id` is derived from the type and canonical name only
 * (e.g. `company:amazon`, `division:amazon-web-services`, `person:andy-jassy`, `source:reuters`),
 * so the same thing in two documents gets the same id and merges in the graph.
 */
export interface ExtractedEntity {
  id: string;
  type: EntityType;
  name: string;
  aliases: string[];
  kind?: string;
  /** A person's title when it belongs to no organization the text names ("Prime Minister"); else see HOLDS_ROLE. */
  title?: string;
  mentions: Span[];
}

/** A typed edge between two entities of the same document; `evidence` holds the sentence(s) asserting it. */
export interface ExtractedRelation {
  type: 'PART_OF' | 'HOLDS_ROLE' | 'CITES' | (string & {});
  from: string;
  to: string;
  title?: string;
  evidence: Span[];
}

/**
 * A layoff, restructuring, hiring, investment or earnings event. `id` is derived from its facts
 * (kind, organization, count/countText, when, cumulative) so two articles reporting the same figures merge,
 * while differing figures stay side by side as separate events.
 */
export interface ExtractedEvent {
  id: string;
  kind: EventKind;
  organization: string | null;
  divisions: string[];
  count: number | null;
  countText?: string;
  percent: number | null;
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, or null. */
  when: string | null;
  status?: EventStatus;
  cumulative?: boolean;
  evidence: Span[];
}

/** The article itself. `id` is stable for a given `uri` (so an edited file replaces its earlier version). */
export interface SourceMeta {
  id: string;
  title: string;
  uri: string;
  /** sha256 of the full text, hex. */
  contentHash: string;
  publisher: string | null;
  /** `YYYY-MM-DD` (or a full ISO timestamp) when known. */
  publishedAt: string | null;
}

export interface DocumentExtraction {
  source: SourceMeta;
  entities: ExtractedEntity[];
  relations: ExtractedRelation[];
  events: ExtractedEvent[];
  /**
   * The sentences of the body (front matter excluded) as `[start, end)` pairs in text order: the graph cuts
   * its quotes from these instead of splitting the text again. Optional for hand-built extractions.
   */
  sentences?: Array<[number, number]>;
}

export interface ExtractionOutput {
  documents: DocumentExtraction[];
}

/** What a caller knows about a document besides its text; front matter in the text fills what is missing. */
export interface DocumentInput {
  text: string;
  uri?: string;
  title?: string;
  publisher?: string;
  publishedAt?: string;
}
