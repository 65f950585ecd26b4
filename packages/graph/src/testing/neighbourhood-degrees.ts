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
