import { offsetAfter, type Graph } from '@newsgraph/graph';
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

/** Decodes an `after` cursor into the page's start offset. */
export function startAfter(after: string | null | undefined): number {
  const offset = offsetAfter(after);
  if (offset == null) throw userError('"after" is not a cursor returned by this API.');
  return offset;
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
