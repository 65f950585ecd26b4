import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { testMemory } from './config.js';
import type { Neo4jConnection } from './connection.js';
import { findFreePort } from '@newsgraph/process-tools';
import { startNeo4j } from './server.js';

/** A Neo4j with its own port and a temporary data folder, removed by `stop()`. */
export interface ThrowawayNeo4j {
  connection: Neo4jConnection;
  /** Its home (conf, data, logs, password), for tests that run tools against it as `NEWSGRAPH_NEO4J_HOME`. */
  homeDir: string;
  stop(): Promise<void>;
}

/** Starts a fresh, empty Neo4j for a test run on a free port; `stop()` kills it and deletes its data. */
export async function startThrowawayNeo4j(options: { log?: (line: string) => void } = {}): Promise<ThrowawayNeo4j> {
  const homeDir = mkdtempSync(join(tmpdir(), 'newsgraph-neo4j-'));
  try {
    const server = await startNeo4j({ homeDir, boltPort: await findFreePort(), memory: testMemory, log: options.log });
    return {
      connection: server.connection,
      homeDir,
      stop: async () => {
        await server.stop();
        rmSync(homeDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    rmSync(homeDir, { recursive: true, force: true });
    throw error;
  }
}
