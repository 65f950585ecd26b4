import { cypher, type CypherQuery } from '../query.js';

/** Node counts by type (label count store, constant time), articles separately. Row: `{ counts: [{type, count}] }`. */
export function statsQuery(): CypherQuery {
  return {
    cypher: cypher`
      CALL () { MATCH (n:Company) RETURN count(n) AS companies }
      CALL () { MATCH (n:Division) RETURN count(n) AS divisions }
      CALL () { MATCH (n:Person) RETURN count(n) AS people }
      CALL () { MATCH (n:Product) RETURN count(n) AS products }
      CALL () { MATCH (n:Event) RETURN count(n) AS events }
      CALL () { MATCH (n:Source) RETURN count(n) AS sources }
      CALL () { MATCH (n:Source {kind: 'article'}) RETURN count(n) AS articles }
      CALL () { MATCH (n:Claim) RETURN count(n) AS claims }
      RETURN [
        {type: 'Company', count: companies}, {type: 'Division', count: divisions}, {type: 'Person', count: people},
        {type: 'Product', count: products}, {type: 'Event', count: events}, {type: 'Source', count: sources},
        {type: 'Article', count: articles}, {type: 'Claim', count: claims}
      ] AS counts`,
    params: {},
  };
}
