import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findRepoRoot } from '@newsgraph/config';
import { readSchemaSDL } from '@newsgraph/schema';
import { describe, expect, it } from 'vitest';
import { buildSchema, getIntrospectionQuery, parse, specifiedRules, validate } from '../graphql-js.js';
import { defaultLimits } from '../limits.js';
import { aliasLimitRule } from './alias-limit-rule.js';
import { costLimitRule } from './cost-limit-rule.js';
import { depthLimitRule } from './depth-limit-rule.js';

const schema = buildSchema(readSchemaSDL());
type Rule = NonNullable<Parameters<typeof validate>[2]>[number];
const check = (query: string, rule: Rule) => validate(schema, parse(query), [rule]).map((error) => error.message);
const costOf = (query: string): number => {
  const [error] = validate(schema, parse(query), [costLimitRule({ maxCost: 0 })]);
  return error ? Number(error.extensions.cost ?? Infinity) : 0;
};

/** Fragments F0 … F(levels-1), each spreading the next twice: 2^levels spreads in a document of a few hundred bytes. */
function fragmentBomb(levels: number, leaf = 'sources(first: 1) { id }') {
  const fragments = Array.from({ length: levels }, (_, i) =>
    i === levels - 1
      ? `fragment F${i} on Entity { ${leaf} }`
      : `fragment F${i} on Entity { ...F${i + 1} ... on Entity { ...F${i + 1} } }`,
  );
  return `{ entity(id: "x") { ...F0 } } ${fragments.join(' ')}`;
}

describe('depthLimitRule', () => {
  it('counts nesting through fragments and inline fragments', () => {
    const query = `query { entity(id: "x") { ...P } } fragment P on Entity { ... on Person { roles { person { roles { title } } } } }`;
    expect(check(query, depthLimitRule(5))).toEqual([]);
    expect(check(query, depthLimitRule(4))).toEqual(['The query is nested more than 4 levels deep; the limit is 4.']);
  });

  it('lets the standard introspection query through', () => {
    expect(check(getIntrospectionQuery(), depthLimitRule(3))).toEqual([]);
  });
});

describe('costLimitRule', () => {
  it('prices a list by its first: a literal, the default when omitted, 100 for a variable', () => {
    expect(costOf(`{ search(query: "a", first: 10) { sources(first: 10) { id } } }`)).toBe(10 * (1 + 10));
    expect(costOf(`{ search(query: "a") { id } }`)).toBe(20);
    expect(costOf(`query($n: Int) { search(query: "a", first: $n) { id } }`)).toBe(100);
    expect(costOf(`{ sources(first: 5) { edges { node { id } } } }`)).toBe(5 * (1 + 1 * (1 + 1)));
  });

  it('prices lists without first at their cap in the graph, and multiplies down the tree', () => {
    expect(costOf(`{ source(id: "x") { mentions { start } } }`)).toBe(1 * (1 + 1_000));
    expect(costOf(`{ source(id: "x") { citedBy { id } } }`)).toBe(1 + 100);
    expect(costOf(`{ source(id: "x") { citedBy { mentions { entity { id } } } } }`)).toBe(1 + 100 * (1 + 1_000 * 2));
  });

  it('prices a field inside an inline fragment by the fragment type, below a union or an interface', () => {
    // Source.supports(first: 5) inside the CitedSource union, Company.supports(first: 5) below Entity: 5 each.
    expect(costOf(`{ source(id: "x") { cites { ... on Source { supports(first: 5) { article { id } } } } } }`)).toBe(
      1 + 100 * (1 + 5 * (1 + 1)),
    );
    expect(costOf(`{ entity(id: "x") { ... on Company { supports(first: 5) { article { id } } } } }`)).toBe(
      1 + 5 * (1 + 1),
    );
  });

  it("rejects the issue's 170-byte query that returned 7.6 MB (unbounded lists counted as 10, first as 1)", () => {
    const attack = `{ source(id: "a") { citedBy { mentions { entity { sources(first: 20) { mentions { entity { id name } } } } } } } }`;
    expect(check(attack, costLimitRule({ maxCost: defaultLimits.maxCost }))[0]).toMatch(/the limit is/);
  });

  it('costs a fragment once however often it is spread, so a 2^17-spread bomb is rejected as fast as graphql-js validates it', () => {
    const bomb = fragmentBomb(17);
    expect(bomb.length).toBeLessThan(1_500);
    expect(costOf(bomb)).toBe(1 + 2 ** 16); // the real cost: every spread of the leaf counts
    const document = parse(bomb);
    const time = (run: () => unknown) => {
      const start = performance.now();
      for (let i = 0; i < 5; i++) run();
      return performance.now() - start;
    };
    const ours = time(() => validate(schema, document, [depthLimitRule(10), costLimitRule({ maxCost: 50_000 })]));
    const graphqlJs = time(() => validate(schema, document, specifiedRules));
    // Walking the spreads (2^17 of them) takes seconds; memoised, both rules are a fraction of graphql-js's own rules.
    expect(ours).toBeLessThan(graphqlJs * 3 + 20);
  });

  it('ignores scalars and introspection', () => {
    expect(check(getIntrospectionQuery(), costLimitRule({ maxCost: 1 }))).toEqual([]);
  });
});

describe('the limits let every operation the explorer sends through', () => {
  const dir = join(findRepoRoot(), 'packages', 'client', 'operations');
  const fragments = readFileSync(join(dir, 'fragments.graphql'), 'utf8');
  for (const file of readdirSync(dir).filter((name) => name !== 'fragments.graphql')) {
    it(file, () => {
      const document = parse(`${readFileSync(join(dir, file), 'utf8')}\n${fragments}`);
      const errors = validate(schema, document, [
        depthLimitRule(defaultLimits.maxDepth),
        costLimitRule({ maxCost: defaultLimits.maxCost }),
        aliasLimitRule(defaultLimits.maxAliases),
      ]).filter((error) => error.extensions?.code === 'QUERY_TOO_COMPLEX');
      expect(errors.map((error) => error.message)).toEqual([]);
    });
  }
});

describe('aliasLimitRule', () => {
  it('counts aliases across the document', () => {
    const query = `{ a: stats { counts { t: type } } b: stats { counts { type } } }`;
    expect(check(query, aliasLimitRule(3))).toEqual([]);
    expect(check(query, aliasLimitRule(2))).toEqual(['The query uses 3 aliases; the limit is 2.']);
  });
});
