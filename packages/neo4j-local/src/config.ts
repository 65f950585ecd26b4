import { homedir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The Neo4j Community release we provision: 5.26 LTS, runs on Java 17. */
export const NEO4J_VERSION = '5.26.30';

/** The project root (this file is packages/neo4j-local/src/config.ts). */
export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

/** Default home of the developer Neo4j started by `npm run db:start` / `npm start` (conf, data, logs, password). */
export const defaultHomeDir = join(repoRoot, '.newsgraph', 'neo4j');

/**
 * Where the Neo4j jars are cached, shared by every clone on the machine (outside git).
 * `NEWSGRAPH_CACHE_DIR` overrides `~/.cache/newsgraph`.
 */
export function getJarCacheDir(
  cacheRoot = process.env.NEWSGRAPH_CACHE_DIR ?? join(homedir(), '.cache', 'newsgraph'),
): string {
  return join(cacheRoot, `neo4j-community-${NEO4J_VERSION}`);
}

/** Memory settings fit for a laptop; tests use smaller ones. */
export interface MemoryOptions {
  heap: string;
  pageCache: string;
}

export const developerMemory: MemoryOptions = { heap: '768m', pageCache: '256m' };
export const testMemory: MemoryOptions = { heap: '512m', pageCache: '64m' };
