import { NodeSearchDocument, NodeSummaryDocument, type NewsgraphClient } from '@newsgraph/client';
import type { Formatter } from './format';
import { nodeRef, type NodeRef } from './node-label';

/** One end of a path (or a graph's focus) as typed: the node it resolved to and the other candidates. */
export interface ResolvedEndpoint {
  input: string;
  node: NodeRef | null;
  alternatives: NodeRef[];
  /** The input was an id and no node has it: said so, never replaced by a search hit. */
  unknownId: boolean;
}

/** `person:andy-jassy`, `event:layoff-amazon-14000`, `article:000_c37…`: a prefix, a colon, no spaces. */
export function looksLikeId(input: string): boolean {
  return /^[a-z][a-z0-9-]*:\S+$/i.test(input);
}

/**
 * Resolves what the user typed. An id is looked up exactly (`node(id:)`) and an unknown one (or one not of
 * `types`) is reported as such; anything else is searched across entities, events and sources (or `types`), the
 * best hit used and the next ones kept as alternatives to pick from.
 */
export async function resolveEndpoint(
  api: NewsgraphClient,
  input: string,
  format: Formatter,
  types: string[] | null = null,
): Promise<ResolvedEndpoint> {
  const none = { input, node: null, alternatives: [], unknownId: false };
  if (!input) return none;
  if (looksLikeId(input)) {
    const { node } = await api.request(NodeSummaryDocument, { id: input });
    const ref = node ? nodeRef(node, format) : null;
    return ref && (!types || types.includes(ref.type)) ? { ...none, node: ref } : { ...none, unknownId: true };
  }
  const { searchNodes } = await api.request(NodeSearchDocument, { query: input, types, first: 6 });
  const [best, ...rest] = searchNodes.map((hit) => nodeRef(hit, format));
  return { ...none, node: best ?? null, alternatives: rest.slice(0, 8) };
}
