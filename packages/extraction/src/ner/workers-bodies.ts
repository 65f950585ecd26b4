import { WORKERS_UNION_RE } from '../relations/union-names.js';
import { isPlaceTail } from './org-names.js';

/**
 * "KUM Eastern Cape regional secretary …" beside "the Kora Union of Mineworkers (KUM)": a workers' union's name
 * (or its acronym) followed only by a region's name is the union's branch there — the union itself, not a unit of
 * it (its officers hold their posts at the union, the region only scopes them; regional-posts.ts). A company's name
 * followed by a region stays its unit ("Norrvik Mining South Africa").
 */
export function isUnionBranch(owner: string, rest: readonly string[]): boolean {
  return isPlaceTail(rest) && WORKERS_UNION_RE.test(owner);
}
