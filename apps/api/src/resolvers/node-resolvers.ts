import type { CitedRecord, NodeRecord } from '@newsgraph/graph';
import type { ApiContext } from '../context.js';

/** Any node by id, through the loaders: what it is (one batched statement), then the record of that kind. */
export async function loadNode(ctx: ApiContext, id: string): Promise<NodeRecord | null> {
  const kind = await ctx.loaders.nodeKind.load(id);
  if (kind === 'entity') return ctx.loaders.entity.load(id);
  if (kind === 'event') return ctx.loaders.event.load(id);
  if (kind === 'source') return ctx.loaders.source.load(id);
  return null;
}

/** The GraphQL type of a node record: an entity's own type, Event or Source (records carry no type tag). */
export function nodeTypeName(record: NodeRecord): 'Company' | 'Division' | 'Person' | 'Product' | 'Event' | 'Source' {
  if ('aliases' in record) return record.type;
  if ('cumulative' in record) return 'Event';
  return 'Source';
}

/**
 * What an article cites, a statement came through or a figure rests on, by id: a source or a company (a named
 * outlet); null when the id is neither (gone, or another kind of node).
 */
export async function loadCited(ctx: ApiContext, id: string): Promise<CitedRecord | null> {
  const node = await loadNode(ctx, id);
  if (!node) return null;
  const type = nodeTypeName(node);
  return type === 'Source' || type === 'Company' ? (node as CitedRecord) : null;
}

/** The GraphQL type of a cited record: Source, or Company for an organization an article cites. */
export function citedTypeName(record: CitedRecord): 'Source' | 'Company' {
  return 'aliases' in record ? 'Company' : 'Source';
}
