import { cypher, type CypherQuery } from '../query.js';
import type { TallyDelta } from './mention-tallies.js';

/** What removing a source's evidence may have orphaned; the garbage-collection statements check exactly these. */
export interface RemovedEvidence {
  nodeIds: string[];
  eventIds: string[];
  claims: Array<{ key: string; from: string; to: string }>;
  /** The mentions the source no longer makes, per entity (negative deltas for the mention tallies). */
  mentionsLost: TallyDelta[];
}

/**
 * Removes everything source `sourceId` asserted — its MENTIONS, Claims and REPORTS — but not the source node,
 * and returns the ids that may now lack evidence.
 */
export function removeEvidenceQuery(sourceId: string): CypherQuery {
  return {
    cypher: cypher`
      MATCH (s:Node:Source {id: $sourceId})
      CALL (s) {
        OPTIONAL MATCH (s)-[m:MENTIONS]->(x)
        WITH collect(m) AS ms, collect(x.id) AS ids,
             collect(CASE WHEN m IS NOT NULL THEN {entityId: x.id, delta: -size(m.starts)} END) AS lost
        FOREACH (m IN ms | DELETE m)
        RETURN ids AS mentioned, lost
      }
      CALL (s) {
        OPTIONAL MATCH (s)-[:ASSERTS]->(c:Claim)
        WITH collect(c) AS cs
        WITH cs, [c IN cs | c {.key, .from, .to}] AS refs
        FOREACH (c IN cs | DETACH DELETE c)
        RETURN refs AS claims
      }
      CALL (s) {
        OPTIONAL MATCH (s)-[r:REPORTS]->(ev:Event)
        WITH collect(r) AS rs, collect(ev) AS evs
        WITH rs, evs, [ev IN evs | ev.id] AS eventIds,
             reduce(acc = [], ev IN evs | acc + [(ev)-[:ORGANIZATION|AFFECTS]->(x) | x.id]) AS linked
        FOREACH (r IN rs | DELETE r)
        RETURN eventIds, linked
      }
      RETURN mentioned + linked + [c IN claims | c.from] + [c IN claims | c.to] AS nodeIds, eventIds, claims,
             lost AS mentionsLost`,
    params: { sourceId },
  };
}

/** The evidence several sources left behind, as one set to garbage-collect (each edge key once). */
export function mergeRemovedEvidence(removed: RemovedEvidence[]): RemovedEvidence {
  const claims = new Map(removed.flatMap((evidence) => evidence.claims).map((claim) => [claim.key, claim]));
  return {
    nodeIds: removed.flatMap((evidence) => evidence.nodeIds),
    eventIds: removed.flatMap((evidence) => evidence.eventIds),
    claims: [...claims.values()],
    mentionsLost: removed.flatMap((evidence) => evidence.mentionsLost),
  };
}

/**
 * Deletes what `removed` left without evidence, in dependency order: edges with no Claim left, events no source
 * reports, then entities and cited sources with no relationship at all; surviving entities drop the aliases no
 * remaining mention gives. Articles are only deleted explicitly.
 */
export function collectGarbageStatements(removed: RemovedEvidence): CypherQuery[] {
  return [
    {
      cypher: cypher`
        UNWIND $claims AS c
        MATCH (a:Node {id: c.from})-[edge {key: c.key}]->(b:Node {id: c.to})
        WHERE NOT EXISTS { MATCH (:Claim {key: c.key}) }
        DELETE edge`,
      params: { claims: removed.claims },
    },
    {
      cypher: cypher`
        UNWIND $eventIds AS id
        MATCH (ev:Node:Event {id: id})
        WHERE NOT EXISTS { (ev)<-[:REPORTS]-() }
        DETACH DELETE ev`,
      params: { eventIds: [...new Set(removed.eventIds)] },
    },
    collectOrphanNodesQuery(removed.nodeIds),
    {
      // Mentions written before MENTIONS carried aliases cannot vouch either way: then the node keeps its aliases.
      cypher: cypher`
        UNWIND $nodeIds AS id
        MATCH (n:Node {id: id})
        WHERE size(coalesce(n.aliases, [])) > 0
        OPTIONAL MATCH (n)<-[m:MENTIONS]-()
        WITH n, collect(m) AS mentions
        WHERE all(m IN mentions WHERE m.aliases IS NOT NULL)
        WITH n, reduce(given = [], m IN mentions | given + m.aliases) AS given
        WITH n, [a IN n.aliases WHERE a IN given] AS kept
        WHERE size(kept) < size(n.aliases)
        SET n.aliases = kept`,
      params: { nodeIds: [...new Set(removed.nodeIds)] },
    },
  ];
}

/**
 * Deletes the entities and cited sources among `nodeIds` left with no relationship at all. Part of
 * `collectGarbageStatements`; run again after the stories are recomputed, since a story deleted there was the
 * last thing (ABOUT) holding its organization.
 */
export function collectOrphanNodesQuery(nodeIds: readonly string[]): CypherQuery {
  return {
    cypher: cypher`
      UNWIND $nodeIds AS id
      MATCH (n:Node {id: id})
      WHERE NOT n:Event AND NOT (n:Source AND n.kind = 'article') AND NOT EXISTS { (n)--() }
      DELETE n`,
    params: { nodeIds: [...new Set(nodeIds)] },
  };
}

/** Deletes the article node itself (after its evidence is gone); returns whether it existed. */
export function deleteArticleQuery(sourceId: string): CypherQuery {
  return {
    cypher: cypher`
      MATCH (s:Node:Source {id: $sourceId, kind: 'article'})
      DETACH DELETE s
      RETURN count(*) AS deleted`,
    params: { sourceId },
  };
}
