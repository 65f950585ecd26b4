/** How to reach Neo4j: the shape every package shares, from @newsgraph/config. */
export type { Neo4jConnection } from '@newsgraph/config';
