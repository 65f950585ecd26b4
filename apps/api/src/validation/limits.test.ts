import { readSchemaSDL } from '@newsgraph/schema';
import { describe, expect, it } from 'vitest';
import { buildSchema, getIntrospectionQuery, parse, validate } from '../graphql-js.js';
import { aliasLimitRule } from './alias-limit-rule.js';
import { costLimitRule } from './cost-limit-rule.js';
import { depthLimitRule } from './depth-limit-rule.js';

const schema = buildSchema(readSchemaSDL());
const check = (
  query: string,
  rule: Parameters<typeof validate>[2] extends readonly (infer R)[] | undefined ? R : never,
) => validate(schema, parse(query), [rule]).map((error) => error.message);

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
  it('multiplies nested lists by first (literal, or 100 when variable or omitted)', () => {
    const cheap = `{ search(query: "a", first: 10) { sources(first: 10) { id } } }`; // 10 × (1 + 10) = 110
    expect(check(cheap, costLimitRule({ maxCost: 110 }))).toEqual([]);
    expect(check(cheap, costLimitRule({ maxCost: 109 }))).toHaveLength(1);
    const omitted = `query($n: Int) { search(query: "a", first: $n) { id } }`;
    expect(check(omitted, costLimitRule({ maxCost: 99 }))).toHaveLength(1);
    expect(check(omitted, costLimitRule({ maxCost: 100 }))).toEqual([]);
  });

  it('ignores scalars and introspection', () => {
    expect(check(getIntrospectionQuery(), costLimitRule({ maxCost: 1 }))).toEqual([]);
  });
});

describe('aliasLimitRule', () => {
  it('counts aliases across the document', () => {
    const query = `{ a: stats { counts { t: type } } b: stats { counts { type } } }`;
    expect(check(query, aliasLimitRule(3))).toEqual([]);
    expect(check(query, aliasLimitRule(2))).toEqual(['The query uses 3 aliases; the limit is 2.']);
  });
});
