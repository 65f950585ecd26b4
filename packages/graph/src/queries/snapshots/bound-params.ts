import { expect } from 'vitest';
import type { CypherQuery } from '../../query.js';

/** The `$name` parameters a Cypher text refers to, sorted and without repeats. */
export function paramNamesIn(cypher: string): string[] {
  return [...new Set(Array.from(cypher.matchAll(/\$([A-Za-z_][A-Za-z0-9_]*)/g), (match) => match[1]!))].sort();
}

/**
 * Asserts that `query` passes exactly the parameters its text refers to (none missing, none unused), then returns
 * it for a snapshot. A missing one fails in Neo4j only at run time; an unused one is usually a typo.
 */
export function expectBound(query: CypherQuery): CypherQuery {
  expect(Object.keys(query.params).sort(), 'params passed vs $names in the text').toEqual(paramNamesIn(query.cypher));
  return query;
}
