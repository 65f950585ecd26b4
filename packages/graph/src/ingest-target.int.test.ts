/**
 * `npm run ingest` writes to the server the settings name: with NEO4J_URI unset, the local Neo4j of
 * NEWSGRAPH_NEO4J_HOME on NEO4J_BOLT_PORT (here the run's throwaway server, on a free, non-default port) — the
 * same resolution as the API and `npm start` (resolveNeo4jConnection).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { findRepoRoot } from '@newsgraph/config';
import { fileUri } from '@newsgraph/documents';
import { afterAll, describe, expect, it } from 'vitest';
import { getTestNeo4j, getTestNeo4jHome } from '../../../test/neo4j.js';
import { runCli } from '../../../test/run-cli.js';
import { createGraph } from './index.js';

const dir = mkdtempSync(join(tmpdir(), 'ng-ingest-target-'));
const file = join(dir, 'target-check.txt');
/** The uri the reader records: the path relative to the ingest root (the CLI's folder, here the repository). */
const uri = fileUri(relative(findRepoRoot(), file));
const graph = createGraph(getTestNeo4j());
afterAll(async () => {
  await graph.executor.write((tx) =>
    tx.run({ cypher: 'MATCH (s:Source {uri: $uri}) DETACH DELETE s', params: { uri } }),
  );
  await graph.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('npm run ingest finds the configured server', () => {
  it('writes into the local Neo4j of NEWSGRAPH_NEO4J_HOME on its non-default NEO4J_BOLT_PORT', async () => {
    const port = Number(new URL(getTestNeo4j().uri.replace(/^bolt/, 'http')).port);
    expect(port).not.toBe(7687);
    writeFileSync(file, 'Initech said on Monday it would cut 120 jobs at its Austin plant, CEO Bill Lumbergh said.\n');
    const run = await runCli('packages/graph/dist/ingest.js', [file], {
      NEO4J_URI: '',
      NEWSGRAPH_NEO4J_HOME: getTestNeo4jHome(),
      NEO4J_BOLT_PORT: String(port),
    });
    expect(run.code, run.output).toBe(0);
    const rows = await graph.executor.read<{ n: number }>({
      cypher: 'MATCH (s:Source {uri: $uri}) RETURN count(s) AS n',
      params: { uri },
    });
    expect(rows[0]!.n).toBe(1);
  });

  it('refuses, naming the fix, when NEO4J_BOLT_PORT is not the port the local server runs on', async () => {
    const run = await runCli('packages/graph/dist/ingest.js', [file], {
      NEO4J_URI: '',
      NEWSGRAPH_NEO4J_HOME: getTestNeo4jHome(),
      NEO4J_BOLT_PORT: '7',
    });
    expect(run.code).toBe(2);
    expect(run.output).toMatch(/listens on \d+, but NEO4J_BOLT_PORT is 7/);
  });
});
