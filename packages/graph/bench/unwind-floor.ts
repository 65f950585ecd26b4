import { cypher, type CypherQuery } from '../src/query.js';
import type { PreparedDocument } from '../src/ingest/prepare-document.js';

/**
 * The bare `UNWIND` ingest floor: the same articles, entities, fact edges and events as ingestion writes, in one
 * batched statement of plain MERGEs — no Claims, quotes, stories, statements, supports, syndication or revision
 * check. What a developer would write first; the evidence model's cost is measured against it (issue 17).
 */
export function unwindFloorStatement(prepared: PreparedDocument[]): CypherQuery {
  const docs = prepared.map((doc) => ({
    source: { id: doc.source.id, title: doc.source.title, uri: doc.source.uri, text: doc.source.text },
    entities: doc.entities.map((e) => ({ id: e.id, name: e.name, type: e.type, labels: e.labels })),
    relations: doc.relations.map((r) => ({ from: r.from, to: r.to, type: r.type })),
    events: doc.events.map((ev) => ({ id: ev.id, props: ev.props, links: ev.links })),
  }));
  return {
    cypher: cypher`
      UNWIND $docs AS doc
      CALL (doc) {
        MERGE (s:Node {id: doc.source.id})
        SET s:Source, s += doc.source
        WITH doc, s
        CALL (doc, s) {
          UNWIND doc.entities AS e
          MERGE (n:Node {id: e.id})
          ON CREATE SET n:$(e.labels), n.name = e.name, n.type = e.type
          CREATE (s)-[:MENTIONS]->(n)
        }
        CALL (doc) {
          UNWIND doc.relations AS r
          MATCH (a:Node {id: r.from})
          MATCH (b:Node {id: r.to})
          MERGE (a)-[:$(r.type)]->(b)
        }
        CALL (doc, s) {
          UNWIND doc.events AS ev
          MERGE (n:Node {id: ev.id})
          ON CREATE SET n:Event, n += ev.props
          CREATE (s)-[:REPORTS]->(n)
          WITH n, ev
          UNWIND ev.links AS link
          MATCH (x:Node {id: link.target})
          MERGE (n)-[:$(link.type)]->(x)
        }
      }`,
    params: { docs },
  };
}
