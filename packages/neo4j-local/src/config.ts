import { join } from 'node:path';
import { findRepoRoot, getConfig } from '@newsgraph/config';

/** The Neo4j Community release we provision: 5.26 LTS, runs on Java 17. */
export const NEO4J_VERSION = '5.26.30';

/** The project root (found by walking up to the workspace root, so it holds in source and in a bundle). */
export const repoRoot = findRepoRoot();

/**
 * Home of the developer Neo4j started by `npm run db:start` / `npm start` (conf, data, logs, password):
 * `NEWSGRAPH_NEO4J_HOME`, default `<repo>/.newsgraph/neo4j`.
 */
export const getDefaultHomeDir = (): string => getConfig().neo4j.homeDir;

/** Bolt port of the developer Neo4j: `NEO4J_BOLT_PORT`, default 7687. */
export const getDefaultBoltPort = (): number => getConfig().neo4j.boltPort;

/**
 * Where the Neo4j jars are cached, shared by every clone on the machine (outside git).
 * `NEWSGRAPH_CACHE_DIR` overrides `~/.cache/newsgraph`.
 */
export function getJarCacheDir(cacheRoot = getConfig().neo4j.cacheDir): string {
  return join(cacheRoot, `neo4j-community-${NEO4J_VERSION}`);
}

/** Memory settings fit for a laptop; tests use smaller ones. */
export interface MemoryOptions {
  heap: string;
  pageCache: string;
}

export const developerMemory: MemoryOptions = { heap: '768m', pageCache: '256m' };

/**
 * NEO4J_HEAP_SIZE / NEO4J_PAGECACHE_SIZE (bytes, from @newsgraph/config) as Neo4j settings, in whole MiB rounded
 * up (Neo4j reads `768m`). Defaults are `developerMemory`; docs/SIZING.md says what a corpus needs.
 */
export function memoryFromConfig(memory: { heapBytes: number; pageCacheBytes: number }): MemoryOptions {
  const mib = (bytes: number) => `${Math.max(1, Math.ceil(bytes / 1024 / 1024))}m`;
  return { heap: mib(memory.heapBytes), pageCache: mib(memory.pageCacheBytes) };
}
export const testMemory: MemoryOptions = { heap: '512m', pageCache: '64m' };
