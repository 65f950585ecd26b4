import { timingSafeEqual } from 'node:crypto';
import { DEFAULT_LIMITS, type DocumentLimits } from '@newsgraph/documents';
import type { Graph } from '@newsgraph/graph';
import { createLoaders, type Loaders } from './loaders.js';

/** What every resolver gets. */
export interface ApiContext {
  graph: Graph;
  loaders: Loaders;
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

/** A fresh context (new loaders, so nothing is cached across requests). */
export function createContext(
  graph: Graph,
  authorization: string | undefined,
  token: string | undefined,
  documentLimits: DocumentLimits = DEFAULT_LIMITS,
): ApiContext {
  return { graph, loaders: createLoaders(graph), authorized: isAuthorized(authorization, token), documentLimits };
}
