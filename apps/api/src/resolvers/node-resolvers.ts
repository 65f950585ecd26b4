import type { NodeRecord } from '@newsgraph/graph';
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
