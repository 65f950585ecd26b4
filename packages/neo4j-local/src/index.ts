export {
  NEO4J_VERSION,
  developerMemory,
  getDefaultBoltPort,
  getDefaultHomeDir,
  getJarCacheDir,
  repoRoot,
  testMemory,
  type MemoryOptions,
} from './config.js';
export { assertNeo4jReachable, pingNeo4j, type Neo4jConnection } from './connection.js';
export { Neo4jLocalError, type Neo4jLocalErrorCode } from './errors.js';
export { isProvisioned, provisionNeo4j } from './provision.js';
export { getNeo4jStatus, startNeo4j, stopNeo4j, type LocalNeo4j, type StartNeo4jOptions } from './server.js';
export { resolveNeo4jConnection } from './resolve-connection.js';
export { startThrowawayNeo4j, type ThrowawayNeo4j } from './throwaway.js';
