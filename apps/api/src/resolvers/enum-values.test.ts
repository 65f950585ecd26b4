import { readSchemaSDL } from '@newsgraph/schema';
import { describe, expect, it } from 'vitest';
import { buildSchema, isEnumType } from '../graphql-js.js';
import { enumValues } from './enum-values.js';

const schema = buildSchema(readSchemaSDL());

describe('enum values', () => {
  it('map every value of each mapped SDL enum to a distinct stored value', () => {
    for (const [name, values] of Object.entries(enumValues)) {
      const type = schema.getType(name);
      expect(isEnumType(type), name).toBe(true);
      if (!isEnumType(type)) continue;
      expect(Object.keys(values).sort(), name).toEqual(
        type
          .getValues()
          .map((v) => v.name)
          .sort(),
      );
      expect(new Set(Object.values(values)).size, name).toBe(Object.keys(values).length);
    }
  });
});
