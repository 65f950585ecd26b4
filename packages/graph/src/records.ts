/** Plain objects the read queries return; the API maps them onto GraphQL types. */

export type EntityType = 'Company' | 'Division' | 'Person' | 'Product';

export interface EntityRecord {
  id: string;
  type: EntityType;
  name: string;
  aliases: string[];
  /**
   * What kind of cited source a company is when the news cites it as one ('news-outlet' for a named outlet the
   * extractor found by how it is cited); null for everything else.
   */
  kind: string | null;
}

export interface SourceRecord {
  id: string;
  kind: string;
  title: string;
  uri: string | null;
  publisher: string | null;
  publishedAt: string | null;
  contentHash: string | null;
}

export interface EventRecord {
  id: string;
  kind: string;
  count: number | null;
  countText: string | null;
  percent: number | null;
  when: string | null;
  status: string | null;
  cumulative: boolean;
  organizationId: string | null;
}

/** An exact quote: the source's text sliced at [start, end) equals `text`. */
export interface EvidenceRecord {
  sourceId: string;
  text: string;
  start: number;
  end: number;
  /** Present when the query already had the source at hand. */
  source?: SourceRecord;
}

/** Where the evidence of an edge lives; `evidenceByRefs` resolves these in one query per kind. */
export type EvidenceRef =
  | { kind: 'claim'; key: string }
  | { kind: 'mention'; sourceId: string; entityId: string }
  | { kind: 'report'; sourceId: string; eventId: string }
  | { kind: 'event'; eventId: string }
  | { kind: 'statement'; statementId: string }
  | { kind: 'support'; fromId: string; toId: string }
  | { kind: 'story'; storyId: string };

export interface RoleRecord {
  personId: string;
  organizationId: string;
  title: string | null;
  key: string;
}

export interface FactRecord {
  type: string;
  fromId: string;
  toId: string;
  title: string | null;
  evidence: EvidenceRecord[];
}

export interface MentionRecord {
  entityId: string;
  start: number;
  end: number;
  text: string;
}

export interface CitationRecord {
  source: SourceRecord;
  entity: EntityRecord;
  quotes: EvidenceRecord[];
}

export interface GraphNodeRecord {
  id: string;
  type: string;
  label: string;
  /** In a graph view: how many of the node's neighbours (under the view's filters) it does not show. */
  hiddenNeighbours?: number | null;
}

export interface GraphEdgeRecord {
  id: string;
  type: string;
  from: string;
  to: string;
  title: string | null;
  evidenceRef: EvidenceRef;
}

export interface SubgraphRecord {
  /** The node the view is around. */
  focusId: string;
  nodes: GraphNodeRecord[];
  edges: GraphEdgeRecord[];
  /** The ranking key after the focus's last neighbour shown, when it has more; null when all are shown. */
  nextKey: Array<string | number> | null;
}

export interface PathStepRecord {
  from: GraphNodeRecord;
  to: GraphNodeRecord;
  type: string;
  title: string | null;
  evidenceRef: EvidenceRef;
}

/**
 * One page of a list read with keyset cursors: the items, each one's sort key (what its cursor encodes), the
 * size of the whole list and whether items follow or precede the page.
 */
export interface KeysetPage<T> {
  items: T[];
  keys: Array<Array<string | number>>;
  totalCount: number;
  hasNextPage: boolean;
  hasPreviousPage: boolean;
}

/** Events of one kind in one period (YYYY, YYYY-Qn or YYYY-MM). */
export interface EventPeriodRecord {
  period: string;
  kind: string;
  events: number;
  /** Sum of the figures reported, running totals left out. */
  jobs: number;
}

/** What a node of the graph is, for `node(id:)`. */
export type NodeKind = 'entity' | 'event' | 'source';

/** Any node a client can fetch by id: an entity, an event or a source. */
export type NodeRecord = EntityRecord | EventRecord | SourceRecord;

/**
 * What an article cites (CITES), a statement came through (VIA) or a figure rests on: a `:Source` node (memo,
 * filing, anonymous sources, an outlet stored as a source) or a company — a named news outlet, wire or analyst firm
 * is an organization too. Tell them apart as NodeRecord: an entity has `aliases`.
 */
export type CitedRecord = SourceRecord | EntityRecord;

/** Values grouped by the id they were looked up with (loader-friendly). */
export type Grouped<T> = Map<string, T[]>;
