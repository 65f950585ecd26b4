/** How to reach Neo4j (the same shape as @newsgraph/neo4j-local's `Neo4jConnection`). */
export interface Neo4jConnection {
  uri: string;
  user: string;
  password: string;
}
