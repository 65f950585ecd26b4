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
  /**
   * For a cited document (memo, filing, statement): what tells it apart from others of its company — author and
   * date ("Andy Jassy, 2023-01") — when the text says. Set by `support/document-identity.ts`.
   */
  detail?: string;
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
  /**
   * A total over a period rather than one round ("widespread layoffs across X in 2023 that impacted over 27,000"):
   * like `cumulative`, never to be added to the rounds it sums. Set by `support/event-flags.ts`.
   */
  aggregate?: boolean;
  /**
   * An explicit pointer to an earlier round ("the cuts announced in January"): the date it names (null when it
   * cannot be resolved) and where. The story logic joins the event to the round of that date.
   */
  reference?: { when: string | null; span: Span };
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

/**
 * Who said what: words attributed to a person or an organization ("…,” said Jane Roe; Roe told employees …;
 * X said in a statement …; comments from X — that …). `id` is unique across documents.
 */
export interface ExtractedStatement {
  id: string;
  /** Entity id of the speaker (Person, Company or Division). */
  speaker: string;
  /** The words attributed: the quotation without its marks when `direct`, else the reported clause. */
  quote: Span;
  /** True when the words are in quotation marks (verbatim), false for reported speech. */
  direct: boolean;
  /** The attribution as written: "said", "told employees", "wrote in a memo to staff", "according to". */
  attribution: Span;
  /** The sentence the statement is in. */
  evidence: Span[];
  /** A cited source (Source entity of this document) the words come through: a memo, a statement, an outlet. */
  via: string | null;
  /** When it was said, if the text says (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`). */
  when: string | null;
}

/** Kinds of leadership change. */
export type LeadershipChangeKind = 'appointed' | 'promoted' | 'stepped-down' | 'resigned' | 'fired' | 'retired';

/** Someone appointed, promoted, stepping down, resigning, fired or retiring; becomes an event in the graph. */
export interface ExtractedLeadershipChange {
  /** Derived from change, person, organization and date, so two articles on the same change merge. */
  id: string;
  change: LeadershipChangeKind;
  /** Entity id of the person. */
  person: string;
  /** Entity id of the organization, when known. */
  organization: string | null;
  /** The title as written ("chief executive", "CFO"), when known. */
  title: string | null;
  when: string | null;
  evidence: Span[];
}

/**
 * What a figure or a statement rests on: a cited source named in its clause ("according to a memo", "Reuters
 * reported") or the speaker whose words contain the figure ("Amazon said it would cut 14,000").
 */
export interface ExtractedSupport {
  /** Entity id: a cited Source, or the Person/Company/Division speaking. */
  by: string;
  /** The event (id) or statement (id) it supports; exactly one is set. */
  event?: string;
  statement?: string;
  /** The sentence(s) tying them together. */
  evidence: Span[];
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
  /** Optional so that hand-made extractions stay valid; the extractor always sets them. */
  statements?: ExtractedStatement[];
  leadershipChanges?: ExtractedLeadershipChange[];
  supports?: ExtractedSupport[];
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
