import { cache } from 'react';
import { EntityPageDocument, type EntityPageQuery } from '@newsgraph/client';
import { loadFromApi } from '../../../lib/api';

export type EntityData = NonNullable<EntityPageQuery['entity']>;
export type CitationPage = EntityData['citations'];

/** Sources citing the entity shown per page. */
export const CITATIONS_PER_PAGE = 20;

/**
 * The entity and one page of the sources citing it with their quotes — by its id (`Entity.citations`), so
 * another entity of the same name never gets mixed in. `after` is the previous page's end cursor.
 */
export const loadEntity = cache(async (id: string, after: string | null) =>
  loadFromApi(
    async (api) => (await api.request(EntityPageDocument, { id, citations: CITATIONS_PER_PAGE, after })).entity,
  ),
);
