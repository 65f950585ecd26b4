import { EntityNameDocument, SearchDocument, type EntityRefFragment, type NewsgraphClient } from '@newsgraph/client';

/** One end of a path as typed by the user: the entity it resolved to and the other candidates. */
export interface ResolvedEndpoint {
  input: string;
  entity: EntityRefFragment | null;
  alternatives: EntityRefFragment[];
}

/**
 * Resolves what the user typed: an exact id (`person:andy-jassy`) first, otherwise the best search hit
 * for the text, keeping the next hits as alternatives to pick from.
 */
export async function resolveEndpoint(api: NewsgraphClient, input: string): Promise<ResolvedEndpoint> {
  if (!input) return { input, entity: null, alternatives: [] };
  if (input.includes(':')) {
    const { entity } = await api.request(EntityNameDocument, { id: input });
    if (entity) return { input, entity: { id: entity.id, type: entity.type, name: entity.name }, alternatives: [] };
  }
  const { search } = await api.request(SearchDocument, { query: input, first: 6 });
  const [best, ...rest] = search.map((hit) => ({ id: hit.id, type: hit.type, name: hit.name }));
  return { input, entity: best ?? null, alternatives: rest };
}
