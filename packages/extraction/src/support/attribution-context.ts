import type { DocumentExtraction, ExtractedEntity } from '../types.js';
import type { DocContext, ResolvedMention } from '../resolve/doc-context.js';
import { startingIn } from '../text/sorted-spans.js';

/**
 * What the attribution rules (statements, leadership, supports, document identity) read: the document context
 * plus what the earlier rules produced. Generic cited sources ("an internal memo", "people familiar with the
 * matter") are added to the entity table by the citation rule after `ctx.mentions` was built, so their mentions
 * are collected here.
 */
export interface AttributionContext {
  ctx: DocContext;
  doc: DocumentExtraction;
  entities: Map<string, ExtractedEntity>;
  /** Every mention of a cited source (named or generic), sorted by start. */
  sources: ResolvedMention[];
}

/** Builds the attribution context of an extracted document. */
export function createAttributionContext(ctx: DocContext, doc: DocumentExtraction): AttributionContext {
  const entities = new Map(doc.entities.map((e) => [e.id, e]));
  const sources = doc.entities
    .filter((e) => e.type === 'Source')
    .flatMap((e) => e.mentions.map((m) => ({ start: m.start, end: m.end, id: e.id, type: e.type })))
    .sort((a, b) => a.start - b.start);
  return { ctx, doc, entities, sources };
}

/** Cited-source mentions starting in [start, end). */
export function sourcesIn(ac: AttributionContext, start: number, end: number): ResolvedMention[] {
  return startingIn(ac.sources, start, end);
}
