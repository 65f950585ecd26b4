import { cypher, type CypherQuery } from '../query.js';
import type { PreparedDocument } from './prepare-document.js';

/** The stored content hash of a source, to skip re-ingesting the same text. */
export function sourceHashQuery(sourceId: string): CypherQuery {
  return { cypher: cypher`MATCH (s:Source {id: $sourceId}) RETURN s.contentHash AS contentHash`, params: { sourceId } };
}

/**
 * Writes one prepared document: the article, its entities with MENTIONS (name spans and their sentences),
 * one Claim per asserted relation plus the shared edge, events with REPORTS evidence, and event links.
 * Every list goes through one `UNWIND … MERGE`, so the statement count is fixed whatever the document size.
 */
export function ingestStatements(doc: PreparedDocument): CypherQuery[] {
  const sourceId = doc.source.id;
  return [
    {
      cypher: cypher`
        MERGE (s:Node {id: $source.id})
        SET s:Source, s += $source`,
      params: { source: doc.source },
    },
    {
      cypher: cypher`
        MATCH (s:Source {id: $sourceId})
        UNWIND $entities AS e
        MERGE (n:Node {id: e.id})
        ON CREATE SET n:$(e.labels), n.name = e.name, n.type = e.type, n.aliases = e.aliases,
                      n.title = CASE WHEN e.type = 'Source' THEN e.name END, n.kind = e.kind
        WITH s, e, n, [a IN e.aliases WHERE NOT a IN n.aliases AND a <> n.name] AS newAliases
        // Write the node only when it learns an alias: a hub company in every article must not be locked by each.
        CALL (n, newAliases) {
          WITH n, newAliases WHERE size(newAliases) > 0
          SET n.aliases = n.aliases + newAliases
        }
        MERGE (s)-[m:MENTIONS]->(n)
        SET m.starts = e.mentions.starts, m.ends = e.mentions.ends, m.names = e.mentions.names,
            m.quoteStarts = e.sentences.starts, m.quoteEnds = e.sentences.ends, m.quotes = e.sentences.quotes`,
      params: { sourceId, entities: doc.entities },
    },
    {
      cypher: cypher`
        MATCH (s:Source {id: $sourceId})
        UNWIND $relations AS r
        MATCH (a:Node {id: r.from})
        MATCH (b:Node {id: r.to})
        MERGE (a)-[edge:$(r.type) {key: r.key}]->(b)
        ON CREATE SET edge.title = r.title
        MERGE (c:Claim {id: r.claimId})
        SET c.key = r.key, c.type = r.type, c.from = r.from, c.to = r.to, c.title = r.title, c.sourceId = $sourceId,
            c.starts = r.starts, c.ends = r.ends, c.quotes = r.quotes
        MERGE (s)-[:ASSERTS]->(c)`,
      params: { sourceId, relations: doc.relations },
    },
    {
      cypher: cypher`
        MATCH (s:Source {id: $sourceId})
        UNWIND $events AS ev
        MERGE (n:Node {id: ev.id})
        ON CREATE SET n:Event, n += ev.props
        MERGE (s)-[rep:REPORTS]->(n)
        SET rep.starts = ev.starts, rep.ends = ev.ends, rep.quotes = ev.quotes`,
      params: { sourceId, events: doc.events },
    },
    {
      cypher: cypher`
        UNWIND $links AS link
        MATCH (ev:Event {id: link.event})
        MATCH (x:Node {id: link.target})
        MERGE (ev)-[:$(link.type)]->(x)`,
      params: { links: doc.eventLinks },
    },
  ];
}
