/**
 * `npm start` as a newcomer runs it: a local Neo4j it provisions and starts itself, the seeds, the API and the
 * explorer — and after SIGTERM nothing it started is left running.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findFreePort, isPortOpen, repoRoot } from '@newsgraph/neo4j-local';

interface StartRun {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

function runStart(env: Record<string, string>): StartRun {
  let output = '';
  const child = spawn(
    process.execPath,
    [join(repoRoot, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'scripts/start.ts'],
    {
      cwd: repoRoot,
      env: { ...process.env, NEO4J_URI: '', NEWSGRAPH_SKIP_BUILD: '1', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
      // Its own process group, so the test can press "Ctrl-C" the way a terminal does: SIGINT to the whole group.
      detached: true,
    },
  );
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, output: () => output, exited };
}

async function waitForOutput(run: StartRun, pattern: RegExp, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!pattern.test(run.output())) {
    if (run.child.exitCode !== null) throw new Error(`npm start exited early:\n${run.output()}`);
    if (Date.now() > deadline) throw new Error(`npm start did not print ${pattern} in time:\n${run.output()}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

describe('npm start', () => {
  const neo4jHome = mkdtempSync(join(tmpdir(), 'newsgraph-start-'));
  const runs: StartRun[] = [];
  afterAll(() => {
    for (const run of runs) if (run.child.exitCode === null) process.kill(-run.child.pid!, 'SIGKILL');
    rmSync(neo4jHome, { recursive: true, force: true });
  });

  it('serves the seeded graph through the API and the explorer, then stops everything on Ctrl-C', async () => {
    const [boltPort, apiPort, explorerPort] = [await findFreePort(), await findFreePort(), await findFreePort()];
    const run = runStart({
      NEWSGRAPH_NEO4J_HOME: neo4jHome,
      NEO4J_BOLT_PORT: String(boltPort),
      API_PORT: String(apiPort),
      EXPLORER_PORT: String(explorerPort),
    });
    runs.push(run);
    await waitForOutput(run, /Newsgraph is running/, 240_000);
    expect(run.output()).toMatch(/Seeds: 3 articles/);

    const health = await fetch(`http://127.0.0.1:${apiPort}/health`);
    expect(health.status).toBe(200);
    expect(JSON.stringify(await health.json())).toMatch(/reachable/);

    const response = await fetch(`http://127.0.0.1:${apiPort}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ sourcesCiting(name: "Jassy") { source { id } } }' }),
    });
    const body = (await response.json()) as { data: { sourcesCiting: Array<{ source: { id: string } }> } };
    expect(body.data.sourcesCiting.map((citation) => citation.source.id).sort()).toEqual([
      'article:file:seeds/000_c3705ce366644198.txt',
      'article:file:seeds/002_29044a7c9eb14809.txt',
    ]);

    const home = await fetch(`http://127.0.0.1:${explorerPort}/`);
    expect(home.status).toBe(200);
    expect(await home.text()).toContain('name="q"');

    process.kill(-run.child.pid!, 'SIGINT');
    expect(await run.exited).toBe(0);
    expect(run.output()).toMatch(/Stopping Neo4j/);
    for (const port of [boltPort, apiPort, explorerPort]) expect(await isPortOpen(port)).toBe(false);
  });

  it('fails fast with the URI and the fix when NEO4J_URI is unreachable', async () => {
    const deadPort = await findFreePort();
    const run = runStart({
      NEO4J_URI: `bolt://127.0.0.1:${deadPort}`,
      NEO4J_PASSWORD: 'x',
      API_PORT: String(await findFreePort()),
    });
    runs.push(run);
    expect(await run.exited).toBe(1);
    expect(run.output()).toContain(`Cannot reach Neo4j at bolt://127.0.0.1:${deadPort}`);
    expect(run.output()).toMatch(/unset NEO4J_URI/);
  });
});
