/** Plain objects the read queries return; the API maps them onto GraphQL types. */

export type EntityType = 'Company' | 'Division' | 'Person' | 'Product';

export interface EntityRecord {
  id: string;
  type: EntityType;
  name: string;
  aliases: string[];
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
  nodes: GraphNodeRecord[];
  edges: GraphEdgeRecord[];
}

export interface PathStepRecord {
  from: GraphNodeRecord;
  to: GraphNodeRecord;
  type: string;
  title: string | null;
  evidenceRef: EvidenceRef;
}

/** One page of a list, offset-paginated (`endCursor` encodes the next offset). */
export interface PageRecord<T> {
  items: T[];
  offset: number;
  totalCount: number;
}

/** Values grouped by the id they were looked up with (loader-friendly). */
export type Grouped<T> = Map<string, T[]>;
