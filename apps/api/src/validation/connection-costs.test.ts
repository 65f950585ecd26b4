import { readSchemaSDL } from '@newsgraph/schema';
import { describe, expect, it } from 'vitest';
import { buildSchema, parse, validate } from '../graphql-js.js';
import { costLimitRule } from './cost-limit-rule.js';

const schema = buildSchema(readSchemaSDL());
const costOf = (query: string): number => {
  const [error] = validate(schema, parse(query), [costLimitRule({ maxCost: 0 })]);
  return error ? Number(error.extensions.cost ?? Infinity) : 0;
};

describe('cost of the explorer’s lists', () => {
  it('prices nested connections by their page, backwards pages by last, the node search three lists', () => {
    expect(costOf(`{ entity(id: "x") { citations(first: 10) { edges { node { quotes { text } } } } } }`)).toBe(
      1 * (1 + 10 * (1 + 1 * (1 + 1 * (1 + 50)))),
    );
    expect(costOf(`{ entity(id: "x") { ... on Company { eventsConnection { edges { node { id } } } } } }`)).toBe(
      1 * (1 + 20 * (1 + 1 * (1 + 1))),
    );
    expect(costOf(`{ events(last: 7) { edges { node { id } } } }`)).toBe(7 * (1 + 1 * (1 + 1)));
    expect(costOf(`{ searchNodes(query: "a", first: 10) { id } }`)).toBe(30);
  });

  it('prices a neighbourhood by its node cap: maxNodes nodes and three edges per node', () => {
    expect(costOf(`{ neighbourhood(id: "x", maxNodes: 50) { nodes { id } } }`)).toBe(200 * (1 + 1));
    expect(costOf(`{ neighbourhood(id: "x") { nodes { id } } }`)).toBe(400 * (1 + 1));
    expect(costOf(`query($n: Int) { neighbourhood(id: "x", maxNodes: $n) { nodes { id } } }`)).toBe(2_000 * (1 + 1));
  });
});
