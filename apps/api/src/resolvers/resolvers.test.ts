import { readSchemaSDL } from '@newsgraph/schema';
import { describe, expect, it } from 'vitest';
import { buildSchema, isInterfaceType, isObjectType } from '../graphql-js.js';
import { resolvers } from './index.js';

const schema = buildSchema(readSchemaSDL());
const table = resolvers as unknown as Record<string, Record<string, unknown>>;

describe('resolvers against the SDL in @newsgraph/schema', () => {
  it('resolve every Query and Mutation field', () => {
    for (const root of ['Query', 'Mutation']) {
      const fields = Object.keys((schema.getType(root) as any).getFields());
      expect(fields.length).toBeGreaterThan(0);
      expect(
        fields.filter((name) => typeof table[root]?.[name] !== 'function'),
        root,
      ).toEqual([]);
    }
  });

  it('name only types and fields that exist (no stale resolvers after an SDL change)', () => {
    for (const [typeName, fields] of Object.entries(table)) {
      const type = schema.getType(typeName);
      expect(type, typeName).toBeDefined();
      if (!isObjectType(type) && !isInterfaceType(type)) continue;
      const known = type.getFields();
      for (const field of Object.keys(fields)) {
        if (field.startsWith('__')) continue;
        expect(known[field], `${typeName}.${field}`).toBeDefined();
      }
    }
  });

  it('resolve the Entity interface to a concrete type', () => {
    expect(typeof (table.Entity as any).__resolveType).toBe('function');
    expect((table.Entity as any).__resolveType({ type: 'Division' })).toBe('Division');
  });
});
