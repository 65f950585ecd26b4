import {
  EntityCitationsDocument,
  EntityFactsDocument,
  type EntityCitationsQuery,
  type EntityFactsQuery,
  type NewsgraphClient,
} from '@newsgraph/client';
import { csvChunk } from './csv';

type Entity = NonNullable<EntityFactsQuery['entity']>;
type Evidence = {
  text: string;
  start: number;
  end: number;
  source: { id: string; title: string; uri?: string | null; publishedAt?: string | null };
};

/** Most citing sources one export holds (pages of 100). */
export const MAX_EXPORTED_CITATIONS = 20_000;

/** The CSV columns of an entity's facts: one row per quote behind each fact. */
export const FACT_COLUMNS = [
  'fact',
  'subject_id',
  'subject',
  'relation',
  'object_id',
  'object',
  'detail',
  'quote',
  'quote_start',
  'quote_end',
  'source_id',
  'source_title',
  'source_url',
  'source_published',
] as const;

/** One fact row (one quote of one fact). */
export type FactRow = Record<(typeof FACT_COLUMNS)[number], string | number | null>;

const quoteColumns = (evidence: Evidence | null) => ({
  quote: evidence?.text ?? null,
  quote_start: evidence?.start ?? null,
  quote_end: evidence?.end ?? null,
  source_id: evidence?.source.id ?? null,
  source_title: evidence?.source.title ?? null,
  source_url: evidence?.source.uri ?? null,
  source_published: evidence?.source.publishedAt ?? null,
});

/** A fact with each of its quotes as a row (one row without a quote when it has none). */
function rows(fact: Omit<FactRow, keyof ReturnType<typeof quoteColumns>>, evidence: readonly Evidence[]): FactRow[] {
  return (evidence.length ? evidence : [null]).map((e) => ({ ...fact, ...quoteColumns(e) }));
}

/** The facts of an entity as rows: its roles or people, its parent (divisions) and its events, each per quote. */
export function factRows(entity: Entity): FactRow[] {
  const out: FactRow[] = [];
  const roles = 'roles' in entity ? entity.roles : 'people' in entity ? entity.people : [];
  for (const role of roles)
    out.push(
      ...rows(
        {
          fact: 'role',
          subject_id: role.person.id,
          subject: role.person.name,
          relation: 'HOLDS_ROLE',
          object_id: role.organization.id,
          object: role.organization.name,
          detail: role.title ?? null,
        },
        role.evidence,
      ),
    );
  if ('parent' in entity && entity.parent)
    out.push(
      ...rows(
        {
          fact: 'part_of',
          subject_id: entity.id,
          subject: entity.name,
          relation: 'PART_OF',
          object_id: entity.parent.id,
          object: entity.parent.name,
          detail: null,
        },
        entity.partOfEvidence,
      ),
    );
  const events = 'events' in entity ? entity.events : [];
  for (const event of events)
    out.push(
      ...rows(
        {
          fact: 'event',
          subject_id: event.id,
          subject: [event.kind.toLowerCase(), event.count ?? event.countText, event.when]
            .filter((v) => v != null && v !== '')
            .join(' '),
          relation: event.organization?.id === entity.id ? 'ORGANIZATION' : 'AFFECTS',
          object_id: entity.id,
          object: entity.name,
          detail: event.cumulative ? 'running total' : (event.status ?? null),
        },
        event.evidence,
      ),
    );
  return out;
}

type Citation = NonNullable<EntityCitationsQuery['entity']>['citations']['edges'][number]['node'];

/** A citing source's quotes as mention rows. */
export function mentionRows(entity: { id: string; name: string }, citation: Citation): FactRow[] {
  return rows(
    {
      fact: 'mention',
      subject_id: citation.source.id,
      subject: citation.source.title,
      relation: 'MENTIONS',
      object_id: entity.id,
      object: entity.name,
      detail: null,
    },
    citation.quotes.map((quote) => ({ ...quote, source: citation.source })),
  );
}

/** Every source citing the entity, page by page (100 per request), up to MAX_EXPORTED_CITATIONS. */
async function* citations(api: NewsgraphClient, id: string): AsyncGenerator<Citation[]> {
  let after: string | null = null;
  let sent = 0;
  do {
    const { entity }: EntityCitationsQuery = await api.request(EntityCitationsDocument, { id, after });
    if (!entity) return;
    const page = entity.citations.edges.map((edge) => edge.node).slice(0, MAX_EXPORTED_CITATIONS - sent);
    sent += page.length;
    yield page;
    after =
      entity.citations.pageInfo.hasNextPage && sent < MAX_EXPORTED_CITATIONS
        ? (entity.citations.pageInfo.endCursor ?? null)
        : null;
  } while (after);
}

/** Thrown when the entity does not exist (the route answers 404). */
export class UnknownEntityError extends Error {}

async function loadEntity(api: NewsgraphClient, id: string): Promise<Entity> {
  const { entity } = await api.request(EntityFactsDocument, { id });
  if (!entity) throw new UnknownEntityError(`No entity has the id ${JSON.stringify(id)}.`);
  return entity;
}

/** An entity's facts then its mentions, as CSV rows (one per quote), streamed a page of citations at a time. */
export async function* entityCsv(api: NewsgraphClient, id: string): AsyncGenerator<string> {
  const entity = await loadEntity(api, id);
  yield csvChunk(factRows(entity), FACT_COLUMNS, true) || `${FACT_COLUMNS.join(',')}\r\n`;
  for await (const page of citations(api, id))
    yield csvChunk(
      page.flatMap((c) => mentionRows(entity, c)),
      FACT_COLUMNS,
      false,
    );
}

/** `{ entity, facts, citations }` as JSON, the citations streamed a page at a time. */
export async function* entityJson(api: NewsgraphClient, id: string): AsyncGenerator<string> {
  const entity = await loadEntity(api, id);
  const { __typename, id: entityId, type, name } = entity;
  yield `{"entity":${JSON.stringify({ id: entityId, type: type ?? __typename, name })},"facts":${JSON.stringify(factRows(entity))},"citations":[\n`;
  let first = true;
  for await (const page of citations(api, id)) {
    const items = page.map((citation) => JSON.stringify(citation)).join(',\n');
    if (items) yield `${first ? '' : ',\n'}${items}`;
    if (items) first = false;
  }
  yield '\n]}\n';
}
