import {
  NodeSearchDocument,
  NodeSummaryDocument,
  StorySummaryByIdDocument,
  type NewsgraphClient,
} from '@newsgraph/client';
import type { Formatter } from './format';
import { nodeRef, nodeRefsWithStories, storyRef, type NodeRef } from './node-label';

/** One end of a path (or a graph's focus) as typed: the node it resolved to and the other candidates. */
export interface ResolvedEndpoint {
  input: string;
  node: NodeRef | null;
  alternatives: NodeRef[];
  /** The input was an id and no node has it: said so, never replaced by a search hit. */
  unknownId: boolean;
}

/** What an endpoint may resolve to. */
export interface EndpointOptions {
  /** Only these node types (Company, Division, Person, Product, Event, Source); default all of them. */
  types?: string[] | null;
  /** Stories too (a story id, or the story of an event found by the words): for paths, which take story ids. */
  stories?: boolean;
}

/** `person:andy-jassy`, `event:layoff-amazon-14000`, `article:000_c37…`: a prefix, a colon, no spaces. */
export function looksLikeId(input: string): boolean {
  return /^[a-z][a-z0-9-]*:\S+$/i.test(input);
}

/**
 * Resolves what the user typed. An id is looked up exactly (`node(id:)`, then `story(id:)` when stories are
 * wanted) and an unknown one (or one not of `types`) is reported as such; anything else is searched across
 * entities, events and sources (or `types`) — with `stories`, each event followed by its story — the best hit
 * used and the next ones kept as alternatives to pick from.
 */
export async function resolveEndpoint(
  api: NewsgraphClient,
  input: string,
  format: Formatter,
  { types = null, stories = false }: EndpointOptions = {},
): Promise<ResolvedEndpoint> {
  const none = { input, node: null, alternatives: [], unknownId: false };
  if (!input) return none;
  if (looksLikeId(input)) {
    const { node } = await api.request(NodeSummaryDocument, { id: input });
    if (node) {
      const ref = nodeRef(node, format);
      return !types || types.includes(ref.type) ? { ...none, node: ref } : { ...none, unknownId: true };
    }
    const story = stories ? (await api.request(StorySummaryByIdDocument, { id: input })).story : null;
    return story ? { ...none, node: storyRef(story, format) } : { ...none, unknownId: true };
  }
  const { searchNodes } = await api.request(NodeSearchDocument, { query: input, types, first: 6 });
  const [best, ...rest] = stories
    ? nodeRefsWithStories(searchNodes, format)
    : searchNodes.map((hit) => nodeRef(hit, format));
  return { ...none, node: best ?? null, alternatives: rest.slice(0, 8) };
}
