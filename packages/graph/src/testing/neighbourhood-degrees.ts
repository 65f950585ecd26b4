import neo4j, { type Driver } from 'neo4j-driver';
import { toCypherParams } from '../executor.js';
import type { CypherQuery } from '../query.js';

/** The `degrees` a neighbourhood statement returns, `[id, degree]` per node shown, in the order shown. */
export async function neighbourhoodDegrees(driver: Driver, query: CypherQuery): Promise<Array<[string, number]>> {
  const { records } = await driver.executeQuery(query.cypher, toCypherParams(query.params), {
    routing: neo4j.routing.READ,
  });
  return JSON.parse(
    JSON.stringify(records[0]!.get('degrees'), (_key, value) => (neo4j.isInt(value) ? value.toNumber() : value)),
  );
}

/**
 * Each node's distinct neighbours counted in plain Cypher over every relationship a view follows, at most `cap`:
 * what a neighbourhood's `degrees` must equal, `[id, degree]` in the order of `ids`.
 */
export async function distinctNeighbours(
  driver: Driver,
  ids: readonly string[],
  cap = Number.POSITIVE_INFINITY,
): Promise<Array<[string, number]>> {
  const { records } = await driver.executeQuery(
    `UNWIND $ids AS id
     MATCH (n:Node {id: id})
     RETURN id, COUNT { MATCH (n)-[:PART_OF|HOLDS_ROLE|CITES|ORGANIZATION|AFFECTS|PERSON|REPORTS|IN_STORY|QUOTES|SPOKEN_BY|VIA|ABOUT|SUPPORTS|MENTIONS]-(y)
                        RETURN DISTINCT y } AS degree`,
    { ids },
    { routing: neo4j.routing.READ },
  );
  return records.map((r) => [r.get('id') as string, Math.min(cap, Number(r.get('degree')))]);
}
