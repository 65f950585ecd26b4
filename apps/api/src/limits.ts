/**
 * Request limits of the API. Depth, cost, aliases, tokens and body size are enforced before any resolver runs;
 * `first` per field; response size and time while the request runs. README "Security" lists what a client gets.
 */
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
  /** Most bytes of results one request may read and return (request-budget.ts); then RESPONSE_TOO_LARGE. */
  maxResponseBytes: number;
  /** Longest one GraphQL request may take; then 504 TIMEOUT (graphql-handler.ts). */
  requestTimeoutMs: number;
}

/** Defaults: generous for the explorer and tools, tight enough that no single request can stall Neo4j. */
export const defaultLimits: ApiLimits = {
  maxDepth: 10,
  maxCost: 50_000,
  maxAliases: 30,
  maxTokens: 5_000,
  maxBodyBytes: 1_000_000,
  maxResponseBytes: 2_000_000,
  requestTimeoutMs: 15_000,
};
