/**
 * `npm start` as a user runs it: a local Neo4j it provisions and starts itself (or NEO4J_URI), the seeds, the API
 * and the explorer as supervised children — every README variable honoured, nothing left running afterwards.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, request, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { childEnv, findRepoRoot } from '@newsgraph/config';
import { stopNeo4j } from '@newsgraph/neo4j-local';
import { findFreePort, isPortOpen } from '@newsgraph/process-tools';
import { getTestNeo4j } from '../test/neo4j.js';

interface StartRun {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

const repoRoot = findRepoRoot();
/** What `npm start` runs once it has bundled itself (the bundle is made once, in beforeAll). */
const START_SCRIPT = join(repoRoot, 'scripts', 'dist', 'start.js');

function runStart(env: Record<string, string | undefined>): StartRun {
  let output = '';
  const child = spawn(process.execPath, [START_SCRIPT], {
    cwd: repoRoot,
    env: childEnv({ NEO4J_URI: '', NEWSGRAPH_SKIP_BUILD: '1', ...env }),
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group, so the test can press "Ctrl-C" the way a terminal does: SIGINT to the whole group.
    detached: true,
  });
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, output: () => output, exited };
}

async function waitFor<T>(what: string, probe: () => Promise<T | undefined> | T | undefined, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

async function waitForOutput(run: StartRun, pattern: RegExp, timeoutMs: number): Promise<void> {
  await waitFor(
    `npm start to print ${pattern}`,
    () => {
      if (pattern.test(run.output())) return true;
      if (run.child.exitCode !== null) throw new Error(`npm start exited early:\n${run.output()}`);
      return undefined;
    },
    timeoutMs,
  ).catch((error: Error) => {
    throw new Error(`${error.message}\n${run.output()}`);
  });
}

/** The pid of the process listening on 127.0.0.1:port (iproute2's ss). */
function pidOnPort(port: number): number | null {
  const match = /pid=(\d+)/.exec(spawnText('ss', ['-Htlnp', `sport = :${port}`]));
  return match ? Number(match[1]) : null;
}
const spawnText = (command: string, args: string[]): string => execFileSync(command, args).toString();

/** GET with a Host header of our choosing (fetch cannot set it). */
function getWithHost(url: string, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers: { host } }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end();
  });
}

const post = (url: string, query: string, headers: Record<string, string> = {}) =>
  fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query }),
  });

describe('npm start', () => {
  const neo4jHome = mkdtempSync(join(tmpdir(), 'newsgraph-start-'));
  const runs: StartRun[] = [];
  beforeAll(() => {
    execFileSync(process.execPath, ['scripts/bundle.mjs', 'scripts/start.ts', 'scripts/dist/start.js'], {
      cwd: repoRoot,
    });
  });
  afterAll(async () => {
    for (const run of runs) {
      try {
        if (run.child.exitCode === null) process.kill(-run.child.pid!, 'SIGKILL');
      } catch {
        // already gone
      }
    }
    // A run cut short (a test that timed out) leaves the Neo4j npm start launched in its own process group: stop it
    // by its home folder, so no database outlives the suite.
    await stopNeo4j(neo4jHome);
    rmSync(neo4jHome, { recursive: true, force: true });
  }, 90_000);

  it('honours every variable it passes on, serves the seeded graph, then stops everything on Ctrl-C', async () => {
    const [boltPort, apiPort, explorerPort] = [await findFreePort(), await findFreePort(), await findFreePort()];
    const run = runStart({
      NEWSGRAPH_NEO4J_HOME: neo4jHome,
      NEO4J_BOLT_PORT: String(boltPort),
      API_PORT: String(apiPort),
      EXPLORER_PORT: String(explorerPort),
      NODE_ENV: 'development',
      GRAPHQL_INTROSPECTION: 'false',
      NEO4J_QUERY_TIMEOUT_MS: '4321',
      EXPLORER_ORIGIN: 'http://origin.example',
      NEWSGRAPH_ALLOWED_HOSTS: 'localhost,127.0.0.1,newsgraph.test',
      NEWSGRAPH_API_TOKEN: 'start-e2e-token-0123456789',
      API_SHUTDOWN_GRACE_MS: '3210',
      API_REQUEST_TIMEOUT_MS: '12345',
      API_MAX_RESPONSE_BYTES: '1234567',
      API_EXTRACTION_TIMEOUT_MS: '2345',
      NEO4J_INGEST_TIMEOUT_MS: '98765',
      NEWSGRAPH_MAX_DOCUMENT_BYTES: '3MiB',
    });
    runs.push(run);
    await waitForOutput(run, /Newsgraph is running/, 240_000);
    expect(run.output()).toMatch(/Seeds: 3 articles/);
    const api = `http://127.0.0.1:${apiPort}`;

    // Each variable took effect in the API npm start runs.
    expect(run.output()).toMatch(/NODE_ENV development, introspection off, Neo4j query timeout 4321 ms/);
    expect(run.output()).toMatch(
      /request budget 12345 ms \/ 1234567 bytes, extraction budget 2345 ms, document limit 3145728 bytes, drain 3210 ms/,
    );
    expect(run.output()).toMatch(/transaction timeout 98765 ms/);
    expect(run.output()).toMatch(/hosts localhost 127\.0\.0\.1 newsgraph\.test, mutations on/);
    const introspection = await (await post(`${api}/graphql`, '{ __schema { queryType { name } } }')).json();
    expect(introspection.errors[0].message).toMatch(/introspection/i);
    const hint = await (await post(`${api}/graphql`, '{ sourcesCitin(name: "x") { source { id } } }')).text();
    expect(hint).toMatch(/Did you mean/); // development: schema hints are not masked
    const cors = await post(`${api}/graphql`, '{ stats { counts { type } } }', { origin: 'http://origin.example' });
    expect(cors.headers.get('access-control-allow-origin')).toBe('http://origin.example');
    const mutation = await post(`${api}/graphql`, 'mutation { deleteSource(id: "article:none") }', {
      authorization: 'Bearer start-e2e-token-0123456789',
    });
    expect((await mutation.json()).data.deleteSource).toBe(false);
    expect(await getWithHost(`${api}/health`, 'newsgraph.test')).toBe(200);
    expect(await getWithHost(`${api}/health`, 'evil.example')).toBe(403);
    expect(await getWithHost(`http://127.0.0.1:${explorerPort}/`, 'evil.example')).toBe(403);
    expect((await fetch(`http://127.0.0.1:${explorerPort}/entity/%ff%fe`)).status).toBe(400);

    const response = await post(`${api}/graphql`, '{ sourcesCiting(name: "Jassy") { source { id } } }');
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
    // Start-up waits up to 240 s for the banner (a cold Neo4j and Next.js on a loaded 2-core machine): the test's own
    // budget must cover that wait, or the suite's 120 s default cuts it first.
  }, 300_000);

  it('says why and stops everything it started when the API dies', async () => {
    const [apiPort, explorerPort] = [await findFreePort(), await findFreePort()];
    const neo4j = getTestNeo4j();
    // An empty seeds folder: proves NEWSGRAPH_SEEDS_DIR is honoured without touching the graph the other e2e tests read.
    const seeds = mkdtempSync(join(tmpdir(), 'newsgraph-seeds-'));
    const run = runStart({
      NEO4J_URI: neo4j.uri,
      NEO4J_USERNAME: neo4j.user,
      NEO4J_PASSWORD: neo4j.password,
      NEO4J_DATABASE: 'neo4j',
      NEWSGRAPH_SEEDS_DIR: seeds,
      API_PORT: String(apiPort),
      EXPLORER_PORT: String(explorerPort),
    });
    runs.push(run);
    await waitForOutput(run, /Newsgraph is running/, 240_000);
    expect(run.output()).toMatch(/Seeds: 0 articles from \/tmp\/newsgraph-seeds-/);
    rmSync(seeds, { recursive: true, force: true });
    const apiPid = pidOnPort(apiPort);
    expect(apiPid).toBeGreaterThan(0);
    process.kill(apiPid!, 'SIGKILL');
    expect(await run.exited).toBe(1);
    expect(run.output()).toMatch(/The API stopped unexpectedly \(killed by SIGKILL\); stopping everything/);
    for (const port of [apiPort, explorerPort]) expect(await isPortOpen(port)).toBe(false);
  });

  it('leaves no orphan when it is killed outright: the API and the explorer stop by themselves', async () => {
    const [apiPort, explorerPort] = [await findFreePort(), await findFreePort()];
    const neo4j = getTestNeo4j();
    const run = runStart({
      NEO4J_URI: neo4j.uri,
      NEO4J_USERNAME: neo4j.user,
      NEO4J_PASSWORD: neo4j.password,
      API_PORT: String(apiPort),
      EXPLORER_PORT: String(explorerPort),
    });
    runs.push(run);
    await waitForOutput(run, /Newsgraph is running/, 240_000);
    // The start script alone (node scripts/dist/start.js), not its children.
    process.kill(run.child.pid!, 'SIGKILL');
    await waitFor(
      'the API and the explorer to stop',
      async () => !(await isPortOpen(apiPort)) && !(await isPortOpen(explorerPort)),
      30_000,
    );
  });

  it('recognises a stale server on its port by what answers there, and refuses to start', async () => {
    const apiPort = await findFreePort();
    const stale: Server = createServer((_, res) =>
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"ok","neo4j":"reachable"}'),
    );
    await new Promise<void>((resolve) => stale.listen(apiPort, '127.0.0.1', resolve));
    try {
      const run = runStart({ API_PORT: String(apiPort), EXPLORER_PORT: String(await findFreePort()) });
      runs.push(run);
      expect(await run.exited).toBe(1);
      expect(run.output()).toMatch(
        new RegExp(
          `port ${apiPort} on 127\\.0\\.0\\.1 is already in use by a Newsgraph API not started by this npm start`,
        ),
      );
    } finally {
      stale.close();
    }
  });

  it('fails fast with the URI and the fix when NEO4J_URI is unreachable', async () => {
    const deadPort = await findFreePort();
    const run = runStart({
      NEO4J_URI: `bolt://127.0.0.1:${deadPort}`,
      NEO4J_PASSWORD: 'x',
      API_PORT: String(await findFreePort()),
      EXPLORER_PORT: String(await findFreePort()),
    });
    runs.push(run);
    expect(await run.exited).toBe(1);
    expect(run.output()).toContain(`Cannot reach Neo4j at bolt://127.0.0.1:${deadPort}`);
    expect(run.output()).toMatch(/unset NEO4J_URI/);
  });
});
