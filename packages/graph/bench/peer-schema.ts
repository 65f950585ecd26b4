/**
 * The peer the API is measured against (issue 17): what a developer would build instead of apps/api — the same
 * graph served by @neo4j/graphql 7 from type definitions over its labels, no hand-written Cypher. The two reads it
 * can answer like ours: who cites a person (`sourcesCiting`) and a name search (`search`), each with the same
 * selection of fields as the bench's GraphQL query.
 */
export const PEER_TYPE_DEFS = /* GraphQL */ `
  type Entity
    @node(labels: ["Entity"])
    @fulltext(indexes: [{ indexName: "entityNames", queryName: "entitiesByName", fields: ["name"] }]) {
    id: ID!
    name: String!
    nameKey: String
    type: String
    aliases: [String!]
    mentionedBy: [Source!]! @relationship(type: "MENTIONS", direction: IN, properties: "Mention")
  }

  type Source @node(labels: ["Source"]) {
    id: ID!
    kind: String
    title: String
    publishedAt: String
  }

  type Mention @relationshipProperties {
    publishedAt: String
    quotes: [String!]
    quoteStarts: [Int!]
    quoteEnds: [Int!]
  }
`;

/**
 * `sourcesCiting(name, first: 20)` as the peer asks it: the entity by its case-folded name (the `nameKey` our
 * schema indexes), then its first 20 mentioning sources newest first with the quoted sentences.
 */
export const PEER_SOURCES_CITING = `query($name: String!) {
  entities(where: { nameKey: { eq: $name } }, limit: 1) {
    id name
    mentionedByConnection(first: 20, sort: [{ edge: { publishedAt: DESC } }]) {
      edges { properties { quotes quoteStarts quoteEnds } node { id title publishedAt } }
    }
  }
}`;

/** `search(query, first: 10)` as the peer asks it: the same full-text index, the same Lucene text as ours. */
export const PEER_SEARCH = `query($q: String!) {
  entitiesByName(phrase: $q, first: 10) { edges { score node { id name type aliases } } }
}`;
