import type { GraphNodeRecord } from '../records.js';

/** What `rawNodeProjection` (projections.ts) yields. */
export interface RawNode {
  id: string;
  type?: string | null;
  name?: string | null;
  title?: string | null;
  kind?: string | null;
  count?: number | null;
  countText?: string | null;
  when?: string | null;
  labels: string[];
}

/** What `relationshipProjection` (projections.ts) yields: a relationship of a path or neighbourhood. */
export interface RawRel {
  type: string;
  startId: string;
  endId: string;
  key: string | null;
  title: string | null;
}

/**
 * A node for the graph view: entity type or Event/Story/Statement/Source, and a human label ("layoff 14,000
 * (2025-10)").
 */
export function toGraphNode(raw: RawNode): GraphNodeRecord {
  if (raw.labels.includes('Event')) {
    const figure = raw.countText ?? (raw.count != null ? raw.count.toLocaleString('en-US') : null);
    const label = [raw.kind ?? 'event', figure, raw.when ? `(${raw.when})` : null].filter(Boolean).join(' ');
    return { id: raw.id, type: 'Event', label };
  }
  if (raw.labels.includes('Story')) {
    const figure = raw.countText ?? (raw.count != null ? raw.count.toLocaleString('en-US') : null);
    const label = ['story:', raw.kind ?? 'event', figure, raw.when ? `(${raw.when})` : null].filter(Boolean).join(' ');
    return { id: raw.id, type: 'Story', label };
  }
  if (raw.labels.includes('Statement')) return { id: raw.id, type: 'Statement', label: 'statement' };
  if (raw.labels.includes('Source')) return { id: raw.id, type: 'Source', label: raw.title ?? raw.name ?? raw.id };
  return { id: raw.id, type: raw.type ?? 'Entity', label: raw.name ?? raw.id };
}
