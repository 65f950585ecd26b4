import { decodeCursor, type Graph, type PageWindow } from '@newsgraph/graph';
import type { DocumentInput as GraphQLDocumentInput } from '../generated/resolvers-types.js';
import { userError } from '../errors.js';

/** Largest page any list argument accepts. */
export const MAX_PAGE_SIZE = 100;

/** Validates a `first` argument: 1..max, default `fallback`. Over the cap is an error, not a silent clamp. */
export function pageSize(first: number | null | undefined, fallback: number, max = MAX_PAGE_SIZE): number {
  if (first == null) return fallback;
  if (!Number.isInteger(first) || first < 1 || first > max)
    throw userError(`"first" must be between 1 and ${max} (got ${first}).`);
  return first;
}

/** Validates an integer argument in [min, max]. */
export function boundedInt(
  name: string,
  value: number | null | undefined,
  fallback: number,
  min: number,
  max: number,
): number {
  if (value == null) return fallback;
  if (!Number.isInteger(value) || value < min || value > max)
    throw userError(`"${name}" must be between ${min} and ${max} (got ${value}).`);
  return value;
}

/** The paging arguments of a connection: forwards with first/after, backwards with last/before (top-level lists). */
export interface PagingArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

/** The list a cursor belongs to (`scope`) and the shape of its key ('s' string, 'n' number per part). */
export interface CursorScope {
  scope: string;
  shape: string;
}

/** Decodes a cursor of `list`; BAD_USER_INPUT for anything else (another list's, an old offset cursor, junk). */
export function cursorKey(cursor: string, list: CursorScope, argument = 'after') {
  const key = decodeCursor(cursor, list.scope, list.shape);
  if (!key) throw userError(`"${argument}" is not a cursor returned by this API for this list and order.`);
  return key;
}

/**
 * The page a connection's arguments ask for: `first` items after `after`, or `last` items before `before`
 * (1..100, default `fallback`). Mixing the two directions is BAD_USER_INPUT, as is a cursor of another list.
 */
export function pageWindow(args: PagingArgs, list: CursorScope, fallback = 20): PageWindow {
  const backward = args.last != null || args.before != null;
  if (backward && (args.first != null || args.after != null))
    throw userError('Page forwards (first, after) or backwards (last, before), not both.');
  if (backward) {
    return {
      first: pageSize(args.last, fallback),
      cursor: args.before == null ? null : cursorKey(args.before, list, 'before'),
      backward: true,
    };
  }
  return { first: pageSize(args.first, fallback), cursor: args.after == null ? null : cursorKey(args.after, list) };
}

/** Node types the graph view, the node search and `search` accept; anything else is BAD_USER_INPUT. */
export const NODE_TYPES = ['Company', 'Division', 'Person', 'Product', 'Event', 'Source'] as const;

/** Validates a `types` list against `allowed` (null or empty: any). */
export function nodeTypes(types: readonly string[] | null | undefined, allowed: readonly string[] = NODE_TYPES) {
  const unknown = (types ?? []).filter((type) => !allowed.includes(type));
  if (unknown.length > 0)
    throw userError(
      `Unknown type${unknown.length > 1 ? 's' : ''} ${unknown.map((t) => JSON.stringify(t)).join(', ')}: use ${allowed.join(', ')}.`,
    );
  return types && types.length > 0 ? [...types] : null;
}

/**
 * The extractor's input from the GraphQL `DocumentInput`: optional fields the client sent as null are left out
 * (the extractor treats null and absent alike, falling back to the text's front matter).
 */
export function documentInputOf(input: GraphQLDocumentInput): Parameters<Graph['ingestText']>[0] {
  const { text, title, uri, publisher, publishedAt } = input;
  return {
    text,
    ...(title != null && { title }),
    ...(uri != null && { uri }),
    ...(publisher != null && { publisher }),
    ...(publishedAt != null && { publishedAt }),
  };
}
