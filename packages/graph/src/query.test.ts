import { describe, expect, it } from 'vitest';
import { cypher, cypherFragment, type CypherFragment } from './query.js';

describe('the cypher and cypherFragment tags', () => {
  it('trim each line of a statement and drop blank ones', () => {
    expect(cypher`
      MATCH (n)

        RETURN n`).toBe('MATCH (n)\nRETURN n');
  });

  it('compose fragments, nested ones included, exactly where they are written', () => {
    const n = cypherFragment`n`;
    const projection = cypherFragment`${n} {.id, .name}`;
    expect(cypher`
      MATCH (${n}:Entity)
      RETURN ${projection} AS entity, [${cypherFragment`${n}.id`}] AS ids`).toBe(
      'MATCH (n:Entity)\nRETURN n {.id, .name} AS entity, [n.id] AS ids',
    );
  });

  it('refuse a value in ${…}, even one that slipped past the type checker', () => {
    const name = "x'}) DETACH DELETE n //" as unknown as CypherFragment;
    expect(() => cypher`MATCH (n {name: ${name}}) RETURN n`).toThrow(/pass values as \$params/);
    expect(() => cypherFragment`{name: ${name}}`).toThrow(TypeError);
  });
});
