/** Request limits of the API; every one is enforced before any resolver runs (except `first`, checked per field). */
export interface ApiLimits {
  /** Deepest field nesting (introspection fields excluded). */
  maxDepth: number;
  /** Most objects a query may ask for (see validation/cost-limit-rule.ts). */
  maxCost: number;
  /** Most aliased fields in one document. */
  maxAliases: number;
  /** Most lexical tokens in one document (graphql-js `parse(…, { maxTokens })`). */
  maxTokens: number;
  /** Largest request body in bytes. */
  maxBodyBytes: number;
}

/** Defaults: generous for the explorer and tools, tight enough that no single request can stall Neo4j. */
export const defaultLimits: ApiLimits = {
  maxDepth: 10,
  maxCost: 50_000,
  maxAliases: 30,
  maxTokens: 5_000,
  maxBodyBytes: 1_000_000,
};
