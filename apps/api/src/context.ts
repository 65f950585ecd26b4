import { timingSafeEqual } from 'node:crypto';
import { DEFAULT_LIMITS, type DocumentLimits } from '@newsgraph/documents';
import type { Extract, Graph } from '@newsgraph/graph';
import { budgetedGraph } from './budgeted-graph.js';
import { createLoaders, type Loaders } from './loaders.js';
import type { Neo4jStatus } from './neo4j-status.js';
import type { RequestBudget } from './request-budget.js';

/** What every resolver gets. */
export interface ApiContext {
  /** The graph through this request's budget (see budgeted-graph.ts). */
  graph: Graph;
  loaders: Loaders;
  budget: RequestBudget;
  /** Extraction for the ingestDocument mutation (a worker thread with a time budget in production). */
  extract: Extract;
  /** True when the request carried `Authorization: Bearer <NEWSGRAPH_API_TOKEN>`. */
  authorized: boolean;
  /** Bounds of a document given to `ingestDocument` (the same as the CLIs'; NEWSGRAPH_MAX_DOCUMENT_BYTES). */
  documentLimits: DocumentLimits;
}

/**
 * Constant-time check of an `Authorization` header against the configured token.
 * Always false when no token is configured: mutations are then refused outright.
 */
export function isAuthorized(header: string | undefined, token: string | undefined): boolean {
  if (!token || !header) return false;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  if (!match) return false;
  const given = Buffer.from(match[1]!);
  const expected = Buffer.from(token);
  // Compare equal-length buffers only (timingSafeEqual throws otherwise); the length check leaks nothing useful.
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** Options of `createContext`. */
export interface ContextOptions {
  graph: Graph;
  status: Neo4jStatus;
  budget: RequestBudget;
  extract: Extract;
  authorization: string | undefined;
  token: string | undefined;
  /** Bounds of a document given to `ingestDocument`; default DEFAULT_LIMITS (NEWSGRAPH_MAX_DOCUMENT_BYTES in main.ts). */
  documentLimits?: DocumentLimits;
}

/** A fresh context (new loaders, so nothing is cached across requests), reading through the request's budget. */
export function createContext(options: ContextOptions): ApiContext {
  const graph = budgetedGraph(options.graph, options.budget, options.status);
  return {
    graph,
    loaders: createLoaders(graph),
    budget: options.budget,
    extract: async (input) => options.extract(input),
    authorized: isAuthorized(options.authorization, options.token),
    documentLimits: options.documentLimits ?? DEFAULT_LIMITS,
  };
}
