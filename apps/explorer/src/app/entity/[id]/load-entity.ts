import { cache } from 'react';
import {
  EntityPageDocument,
  SourcesCitingDocument,
  type EntityPageQuery,
  type SourcesCitingQuery,
} from '@newsgraph/client';
import { loadFromApi } from '../../../lib/api';

export type EntityData = NonNullable<EntityPageQuery['entity']>;
export type Citation = SourcesCitingQuery['sourcesCiting'][number];

/** A source citing the entity, with the quotes that mention it (none when the API gave no citation for it). */
export interface CitingSource {
  source: EntityData['sources'][number];
  quotes: Citation['quotes'];
}

/**
 * The entity and the sources citing it. `sourcesCiting(name)` gives the quotes but picks the entity best matching
 * the name, so only citations of this very id are kept; `entity.sources` is the list of record (the fallback
 * when the name resolves to another entity).
 */
export const loadEntity = cache(async (id: string) =>
  loadFromApi(async (api) => {
    const { entity } = await api.request(EntityPageDocument, { id });
    if (!entity) return null;
    const { sourcesCiting } = await api.request(SourcesCitingDocument, { name: entity.name });
    const quotesBySource = new Map(sourcesCiting.filter((c) => c.entity.id === entity.id).map((c) => [c.source.id, c]));
    const citing: CitingSource[] = entity.sources.map((source) => ({
      source,
      quotes: quotesBySource.get(source.id)?.quotes ?? [],
    }));
    for (const [sourceId, citation] of quotesBySource) {
      if (!entity.sources.some((s) => s.id === sourceId))
        citing.push({ source: citation.source, quotes: citation.quotes });
    }
    return { entity, citing };
  }),
);
