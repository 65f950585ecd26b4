import { cypher, type CypherQuery } from '../query.js';
import { claimsPerKey } from './fact-claims.js';
import type { PreparedDocument } from './prepare-document.js';

/**
 * Claims the source ids (distinct) for this transaction and returns each one's stored revision (see PreparedDocument). The MERGE
 * takes the unique-id lock, so two transactions ingesting the same source never both see it as new (the second
 * waits, then sees the first one's revision). Rows: `{ sourceId, revision, isNew }`.
 */
export function claimSourcesQuery(sourceIds: string[]): CypherQuery {
  return {
    cypher: cypher`
      UNWIND $sourceIds AS sourceId
      MERGE (s:Node {id: sourceId})
      ON CREATE SET s.claimedByIngest = true
      WITH sourceId, s, coalesce(s.claimedByIngest, false) AS isNew
      FOREACH (_ IN CASE WHEN isNew THEN [1] ELSE [] END | REMOVE s.claimedByIngest)
      RETURN sourceId, s.revision AS revision, isNew`,
    params: { sourceIds },
  };
}

/**
 * Writes prepared documents (distinct source ids, stamped by `stampReportTime`) in one statement, each document in
 * its own `CALL`: the article; its entities with MENTIONS (name spans and their sentences); one Claim per asserted
 * relation plus the shared edge; events with REPORTS (evidence and this source's claim) and their links; its
 * statements with their speaker and the document they came through; what each cited source supports. Each list is one `UNWIND` in a `CALL` subquery, so
 * a document costs one statement whatever its size, and a batch of documents shares that statement and one
 * commit (see ingest-batch.ts). Each source's old evidence is already gone, so its own relationships and Claims
 * are CREATEd (no uniqueness locks on hub nodes); only shared nodes and edges are MERGEd, and a new fact edge is
 * created under locks (see below). `removedKeys`: the fact keys whose Claims this transaction removed (replaced
 * sources), whose edges may still stand. Rows: `{ settled }` per document, the fact keys whose edge count (`claims`)
 * it wrote (see fact-claims.ts).
 */
export function ingestStatement(
  prepared: PreparedDocument[],
  removedKeys: ReadonlySet<string> = new Set(),
): CypherQuery {
  // The syndication rows are written by their own statements (see syndication/).
  const claims = claimsPerKey(prepared);
  const docs = prepared.map(({ syndication: _, ...doc }) => {
    const at = nodePlaces(doc);
    return {
      ...doc,
      relations: doc.relations.map((relation) => ({
        ...relation,
        claims: claims.get(relation.key)!,
        fromAt: at(relation.from),
        toAt: at(relation.to),
        removed: removedKeys.has(relation.key),
      })),
      events: doc.events.map((ev) => ({ ...ev, links: ev.links.map((link) => ({ ...link, at: at(link.target) })) })),
    };
  });
  return {
    cypher: cypher`
      UNWIND $docs AS doc
      CALL (doc) {
        MERGE (s:Node {id: doc.source.id})
        SET s:Source, s += doc.source
        WITH doc, s
        CALL (doc, s) {
          // i: the entity's place in doc.entities, so the nodes are collected in that order (ORDER BY below).
          UNWIND range(0, size(doc.entities) - 1) AS i
          WITH doc, s, i, doc.entities[i] AS e
          MERGE (n:Node {id: e.id})
          ON CREATE SET n:$(e.labels), n.name = e.name, n.nameKey = toLower(e.name), n.type = e.type, n.aliases = e.aliases,
                        n.title = e.title, n.detail = e.detail, n.kind = e.kind
          WITH doc, s, i, e, n
          // Write the node only when it learns an alias: a hub company in every article must not be locked by each.
          // Its stored aliases and name are read only when this source gives aliases (most give none).
          CALL (n, e) {
            WITH n, e WHERE size(e.aliases) > 0
            WITH n, [a IN e.aliases WHERE NOT a IN n.aliases AND a <> n.name] AS newAliases
            WITH n, newAliases WHERE size(newAliases) > 0
            SET n.aliases = n.aliases + newAliases
          }
          // A company first seen as one the news reports on learns that it is an outlet when an article cites it so
          // (its stored kind read only then).
          CALL (n, e) {
            WITH n, e WHERE e.kind IS NOT NULL
            WITH n, e WHERE n.kind IS NULL
            SET n.kind = e.kind
          }
          // The MENTIONS keeps the aliases this source gave, so deleting the source can take back the ones only it gave.
          // entityId, publishedAt (never null: '' sorts last, newest first) and sourceId key the mentions_newest index,
          // so an entity's sources are read newest first a page at a time, not sorted from all of a hub's mentions.
          CREATE (s)-[:MENTIONS {starts: e.mentions.starts, ends: e.mentions.ends, names: e.mentions.names, aliases: e.aliases,
                                 quoteStarts: e.sentences.starts, quoteEnds: e.sentences.ends, quotes: e.sentences.quotes,
                                 entityId: e.id, publishedAt: coalesce(doc.source.publishedAt, ''), sourceId: doc.source.id}]->(n)
          WITH i, n ORDER BY i
          RETURN collect(n) AS nodes
        }
        // A fact's ends and an event's links are this document's entities (or the article): taken from the nodes
        // just merged by their place in doc.entities (fromAt, toAt, at; -1 is the article), not sought again by id;
        // the ORDER BY above makes that place hold whatever order the planner gives the rows.
        CALL (doc, s, nodes) {
          UNWIND doc.relations AS r
          WITH doc, s, r, CASE WHEN r.fromAt < 0 THEN s ELSE nodes[r.fromAt] END AS a,
               CASE WHEN r.toAt < 0 THEN s ELSE nodes[r.toAt] END AS b
          // An edge exists exactly while some Claim has its key (removal deletes it with its last Claim), so the
          // claim_key index answers "is it there" in a seek, and a new edge is CREATEd: a MERGE expanded the sparser
          // end's relationships twice (before and after its locks), ~27 db hits per new edge. Concurrent batches
          // asserting the same new fact are serialised as the MERGE did, by write locks on both ends (taken in id
          // order, so two batches cannot deadlock on them), and the key is looked up again once they are held: a
          // batch that waited sees the other's committed Claim and creates nothing. The creator counts the Claims of
          // every document of the batch asserting the fact (r.claims: this one is the first) and returns the key as
          // settled; the edges that had Claims get theirs at the end (addFactClaimsQuery). A key whose Claims this
          // transaction removed (a replaced source's) may still have its edge until garbage collection: MERGEd.
          WITH doc, s, r, a, b, NOT EXISTS { MATCH (:Claim {key: r.key}) } AS fresh
          CALL (a, b, r, fresh) {
            WITH a, b, r WHERE fresh AND r.removed
            MERGE (a)-[edge:$(r.type) {key: r.key}]->(b)
            ON CREATE SET edge.title = r.title
            SET edge.claims = coalesce(edge.claims, 0) + r.claims
          }
          CALL (a, b, r, fresh) {
            WITH a, b, r WHERE fresh AND NOT r.removed
            FOREACH (ending IN CASE WHEN r.from <= r.to THEN [a, b] ELSE [b, a] END |
              SET ending._factLock = true
              REMOVE ending._factLock)
            WITH a, b, r WHERE NOT EXISTS { MATCH (:Claim {key: r.key}) }
            CREATE (a)-[edge:$(r.type) {key: r.key}]->(b)
            SET edge.title = r.title, edge.claims = r.claims
            RETURN count(edge) > 0 AS created
          }
          WITH doc, s, r, created OR (fresh AND r.removed) AS created
          CREATE (s)-[:ASSERTS]->(:Claim {key: r.key, type: r.type, from: r.from, to: r.to, title: r.title,
                                           sourceId: doc.source.id, starts: r.starts, ends: r.ends, quotes: r.quotes})
          RETURN collect(CASE WHEN created THEN r.key END) AS settled
        }
        CALL (doc, s, nodes) {
          UNWIND doc.events AS ev
          MERGE (n:Node {id: ev.id})
          ON CREATE SET n:Event, n += ev.props, n.ingesting = true
          // The REPORTS edge is this source's claim: its own figures, what they rest on, its report day.
          CREATE (s)-[r:REPORTS]->(n)
          SET r = ev.report
          WITH s, nodes, n, ev, coalesce(n.ingesting, false) AS isNew
          FOREACH (_ IN CASE WHEN isNew THEN [1] ELSE [] END | REMOVE n.ingesting)
          WITH s, nodes, n, ev, isNew
          UNWIND ev.links AS link
          WITH n, link, isNew, CASE WHEN link.at < 0 THEN s ELSE nodes[link.at] END AS x
          CALL (n, x, link, isNew) {
            WITH n, x, link WHERE isNew
            CREATE (n)-[:$(link.type)]->(x)
          }
          // Static types again (see above): an event many sources report is a dense node.
          CALL (n, x, link, isNew) {
            WITH n, x WHERE NOT isNew AND link.type = 'ORGANIZATION'
            MERGE (n)-[:ORGANIZATION]->(x)
          }
          CALL (n, x, link, isNew) {
            WITH n, x WHERE NOT isNew AND link.type = 'AFFECTS'
            MERGE (n)-[:AFFECTS]->(x)
          }
          CALL (n, x, link, isNew) {
            WITH n, x WHERE NOT isNew AND link.type = 'PERSON'
            MERGE (n)-[:PERSON]->(x)
          }
        }
        CALL (doc, s) {
          UNWIND doc.statements AS st
          MATCH (speaker:Node {id: st.speaker})
          CREATE (s)-[:QUOTES]->(n:Node:Statement {id: st.id})
          SET n += st.props, n.sourceId = doc.source.id, n.reportedAt = doc.source.reportedAt
          CREATE (n)-[:SPOKEN_BY]->(speaker)
          WITH n, st WHERE st.via IS NOT NULL
          MATCH (via:Node {id: st.via})
          CREATE (n)-[:VIA]->(via)
        }
        CALL (doc, s) {
          UNWIND doc.supports AS sp
          MATCH (by:Node {id: sp.by})
          MATCH (target:Node {id: sp.target})
          CREATE (by)-[:SUPPORTS {articleId: doc.source.id, starts: sp.starts, ends: sp.ends, quotes: sp.quotes}]->(target)
        }
        RETURN settled
      }
      RETURN settled`,
    params: { docs },
  };
}

/**
 * Where each id of a document is among its entities as the statement receives them (doc.entities, in order), so
 * the statement takes a fact's ends and an event's links from the nodes it just merged: -1 is the article itself.
 * prepareDocument refuses any other id, so none reaches here.
 */
function nodePlaces(doc: Pick<PreparedDocument, 'source' | 'entities'>): (id: string) => number {
  const places = new Map(doc.entities.map((entity, i) => [entity.id, i]));
  return (id) => {
    const at = places.get(id);
    if (at !== undefined) return at;
    if (id === doc.source.id) return -1;
    throw new Error(`${id} is not an entity of ${doc.source.id}`);
  };
}
