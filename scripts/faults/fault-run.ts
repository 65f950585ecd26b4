/**
 * `npm run bench:faults [-- --seconds 60 --clients 64 --dry-run]`: the fault-and-load run of issue 16 against the compiled
 * API and a Neo4j of its own (temporary home, free ports; everything stopped at the end):
 *  A. a mixed read load — every answer must be a 200 without errors;
 *  B. Neo4j killed (-9) and restarted under that load — errors only while it is down, as 503s, recovery without
 *     restarting the API;
 *  C. Neo4j killed (-9) in the middle of `npm run ingest` — no half-written article; a rerun equals a clean ingest;
 *  D. SIGTERM to the API under load — no request it accepted is cut.
 * Writes its figures, with the machine line, into docs/BENCHMARKS.md ("Faults and load").
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { childEnv, findRepoRoot } from '@newsgraph/config';
import { createGraph, type Graph } from '@newsgraph/graph';
import { startNeo4j, stopNeo4j } from '@newsgraph/neo4j-local';
import { findFreePort } from '@newsgraph/process-tools';
import { table, writeSection } from '../../packages/graph/bench/benchmarks-doc.js';
import { spinLoopMs } from '../../packages/graph/bench/machine-speed.js';
import { fingerprintGraph, partialArticles } from './fingerprint.js';
import { latencies, pollHealth, runLoad, type Outcome } from './load-client.js';
import { heaviestQueries, mixedReads, syntheticCorpus } from './workload.js';
import { isOk, machine, sleep, startApi, summarize, until } from './run-helpers.js';
import { postOnce } from './load-client.js';

const { values: args } = parseArgs({
  options: {
    seconds: { type: 'string', default: '60' },
    clients: { type: 'string', default: '64' },
    /** Print the figures without writing them into docs/BENCHMARKS.md (a quick check of the script). */
    'dry-run': { type: 'boolean', default: false },
  },
});
const SECONDS = Number(args.seconds);
const CLIENTS = Number(args.clients);
const root = findRepoRoot();
const log = (line: string) => console.error(`[faults] ${line}`);
for (const built of ['apps/api/dist/main.js', 'packages/graph/dist/ingest.js']) {
  if (!existsSync(join(root, built))) throw new Error(`${built} is missing: run npm run build first.`);
}

const home = mkdtempSync(join(tmpdir(), 'newsgraph-faults-'));
const boltPort = await findFreePort();
const memory = { heap: '1g', pageCache: '256m' };
const startDb = () => startNeo4j({ homeDir: home, boltPort, memory, log });
let api: { child: ChildProcess; url: string; healthUrl: string; output: () => string } | null = null;

const healthy = async () => (await fetch(`${api!.url}/health`, { signal: AbortSignal.timeout(2_000) })).status === 200;

/**
 * Runs `clients` of the mixed load while `during` runs, with `/health` on the API's port and `/readyz` on its
 * health listener (API_HEALTH_PORT) each polled every 100 ms.
 */
async function loadFor(nextBody: () => string, during: (since: number) => Promise<void>, clients = CLIENTS) {
  let running = true;
  const since = performance.now();
  const load = runLoad({ url: `${api!.url}/graphql`, clients, nextBody, running: () => running });
  const health = pollHealth(`${api!.url}/health`, 100);
  const ready = pollHealth(`${api!.healthUrl}/readyz`, 100);
  await during(since);
  running = false;
  return { outcomes: await load, health: await health.stop(), ready: await ready.stop(), since };
}

/** One row's figures of health answers: count, all 200, p50, p99, max. */
const healthFigures = (outcomes: Outcome[]) => {
  const lat = latencies(outcomes);
  return `${lat.count} probes, all 200: ${outcomes.every((h) => h.status === 200)}; p50 ${lat.p50.toFixed(0)} ms, p99 ${lat.p99.toFixed(0)} ms, max ${lat.max.toFixed(0)} ms`;
};

const before = { machine: machine(), spin: spinLoopMs() };
let graph: Graph | null = null;
try {
  let server = await startDb();
  graph = createGraph(server.connection, { queryTimeoutMs: 120_000 });
  await graph.applySchema();
  const { world, docs } = syntheticCorpus(2_000);
  for (let i = 0; i < docs.length; i += 20) await graph.ingestDocuments(docs.slice(i, i + 20));
  api = startApi(server.connection, await findFreePort(), await findFreePort());
  await until('the API', healthy, 60_000);
  const apiPid = api.child.pid!;
  const reads = mixedReads(world);
  const e1: Outcome[] = [];
  log(`graph of ${docs.length} articles; API pid ${apiPid} on ${api.url}; ${machine()}`);

  // A. Steady mixed load.
  log(`A: ${SECONDS} s at ${CLIENTS} clients`);
  const a = await loadFor(reads, () => sleep(SECONDS * 1000));
  const aSeconds = (performance.now() - a.since) / 1000;

  // E. Twenty concurrent copies of each of the most expensive queries the limits allow.
  log('E: 20 concurrent copies of the heaviest allowed queries');
  const heavyBodies = heaviestQueries(world).map((query) => JSON.stringify({ query }));
  const e = await loadFor(
    reads,
    async () => {
      for (let round = 0; round < 3; round++)
        for (const body of heavyBodies)
          e1.push(...(await Promise.all(Array.from({ length: 20 }, () => postOnce(`${api!.url}/graphql`, body)))));
    },
    0,
  );
  const peakRss = Number(/VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${apiPid}/status`, 'utf8'))?.[1] ?? 0) / 1024;

  // B. Neo4j killed -9 and restarted under load.
  log('B: Neo4j killed and restarted under load');
  let killAt = 0;
  let recoveredAt = 0;
  const b = await loadFor(reads, async () => {
    await sleep(5_000);
    killAt = performance.now();
    process.kill(server.pid, 'SIGKILL');
    await sleep(10_000);
    server = await startDb();
    recoveredAt = await until('the API to see Neo4j again', healthy);
    await sleep(30_000);
  });
  const whileDown = (h: Outcome) => h.started >= killAt && h.started <= recoveredAt;
  const bBefore = b.outcomes.filter((o) => o.ended < killAt);
  const bDown = b.outcomes.filter((o) => o.ended >= killAt && o.started <= recoveredAt);
  const bAfter = b.outcomes.filter((o) => o.started > recoveredAt);
  const outageLines = api
    .output()
    .split('\n')
    .filter((line) => /Neo4j is unreachable/.test(line)).length;

  // C. Neo4j killed -9 mid-ingest: no partial article; a rerun equals a clean ingest.
  log('C: Neo4j killed in the middle of npm run ingest');
  const dir = join(home, 'articles');
  mkdirSync(dir);
  const files = syntheticCorpus(2_300).docs.slice(2_000);
  files.forEach((doc, i) => writeFileSync(join(dir, `fault-${String(i).padStart(4, '0')}.txt`), doc.text));
  const ingest = () =>
    spawnSync(process.execPath, [join(root, 'packages/graph/dist/ingest.js'), dir], {
      env: childEnv({
        NEO4J_URI: server.connection.uri,
        NEO4J_USERNAME: 'neo4j',
        NEO4J_PASSWORD: server.connection.password,
      }),
      encoding: 'utf8',
    });
  const beforeIngest = await fingerprintGraph(graph);
  ingest();
  const clean = await fingerprintGraph(graph);
  for (const id of clean.articles.keys()) if (!beforeIngest.articles.has(id)) await graph.deleteSource(id);
  const running = spawn(process.execPath, [join(root, 'packages/graph/dist/ingest.js'), dir], {
    env: childEnv({
      NEO4J_URI: server.connection.uri,
      NEO4J_USERNAME: 'neo4j',
      NEO4J_PASSWORD: server.connection.password,
    }),
    stdio: 'ignore',
  });
  const articleCount = async () => (await graph!.stats()).find((row) => row.type === 'Article')?.count ?? 0;
  const target = beforeIngest.articles.size + files.length / 3;
  await until('a third of the files', async () => (await articleCount()) >= target);
  process.kill(server.pid, 'SIGKILL');
  const cliExit = await new Promise<number | null>((resolve) => running.once('exit', (code) => resolve(code)));
  server = await startDb();
  await until('the API to see Neo4j again', healthy);
  const afterCrash = await fingerprintGraph(graph);
  const halfWritten = partialArticles(afterCrash.articles, clean.articles);
  const rerun = ingest();
  const afterRerun = await fingerprintGraph(graph);
  const equalToClean =
    JSON.stringify([...afterRerun.articles].sort()) === JSON.stringify([...clean.articles].sort()) &&
    JSON.stringify(afterRerun.counts) === JSON.stringify(clean.counts);

  // D. SIGTERM under load.
  log('D: SIGTERM to the API under load');
  let termAt = 0;
  let exitedAt = 0;
  const d = await loadFor(reads, async () => {
    await sleep(5_000);
    termAt = performance.now();
    process.kill(apiPid, 'SIGTERM');
    await new Promise<void>((resolve) => api!.child.once('exit', () => resolve()));
    exitedAt = performance.now();
    await sleep(500);
  });
  const inFlight = d.outcomes.filter((o) => o.started < termAt && o.ended >= termAt);
  const cut = d.outcomes.filter((o) => o.error && o.error !== 'ECONNREFUSED');
  const after = { machine: machine(), spin: spinLoopMs() };

  const aLat = latencies(a.outcomes);
  const body = [
    'Command: `npm run bench:faults` (defaults: 60 s, 64 clients; the compiled API against a Neo4j of its own with',
    `a 2,000-article synthetic graph). Machine before: ${before.machine}, spin loop ${before.spin.toFixed(0)} ms; after:`,
    `${after.machine}, spin loop ${after.spin.toFixed(0)} ms (a larger spin figure is a slower, busier machine).`,
    '',
    table(
      ['phase', 'what was checked', 'result'],
      [
        [
          'A. mixed reads',
          `${SECONDS} s at ${CLIENTS} clients`,
          `${a.outcomes.length} requests (${(a.outcomes.length / aSeconds).toFixed(0)}/s), errors: ${a.outcomes.filter((o) => !isOk(o)).length} (${summarize(a.outcomes.filter((o) => !isOk(o)))}); p50 ${aLat.p50.toFixed(0)} ms, p99 ${aLat.p99.toFixed(0)} ms`,
        ],
        ['A. /health under load', 'API port, every 100 ms', healthFigures(a.health)],
        ['A. /readyz under load', 'health listener, every 100 ms', healthFigures(a.ready)],
        [
          'E. heaviest allowed queries',
          `20 concurrent copies of ${heavyBodies.length} queries, 3 rounds`,
          `${summarize(e1)}; API peak RSS ${peakRss.toFixed(0)} MB`,
        ],
        ['E. /health meanwhile', 'API port, every 100 ms', healthFigures(e.health)],
        ['E. /readyz meanwhile', 'health listener, every 100 ms', healthFigures(e.ready)],
        [
          'B. before the kill',
          'errors',
          `${bBefore.filter((o) => !isOk(o)).length} of ${bBefore.length} (${summarize(bBefore)})`,
        ],
        [
          'B. Neo4j down (kill -9 → back)',
          `${((recoveredAt - killAt) / 1000).toFixed(1)} s`,
          `${bDown.length} answers: ${summarize(bDown)}`,
        ],
        [
          'B. after recovery',
          'errors; API restarted?',
          `${bAfter.filter((o) => !isOk(o)).length} of ${bAfter.length} (${summarize(bAfter)}); same API pid: ${api.child.pid === apiPid}; outage log lines: ${outageLines}`,
        ],
        [
          'B. /health while down',
          'latency',
          `p50 ${latencies(b.health.filter(whileDown)).p50.toFixed(0)} ms, max ${latencies(b.health.filter(whileDown)).max.toFixed(0)} ms`,
        ],
        [
          'B. /readyz while down',
          'answers; latency',
          `${summarize(b.ready.filter(whileDown))}; p50 ${latencies(b.ready.filter(whileDown)).p50.toFixed(0)} ms, max ${latencies(b.ready.filter(whileDown)).max.toFixed(0)} ms`,
        ],
        [
          'C. kill -9 mid-ingest',
          `${files.length} files, killed after ${afterCrash.articles.size - beforeIngest.articles.size} written`,
          `CLI exit ${cliExit}; half-written articles: ${halfWritten.length}`,
        ],
        ['C. rerun', 'equal to a clean ingest', `${equalToClean} (rerun exit ${rerun.status})`],
        [
          'D. SIGTERM under load',
          `${inFlight.length} requests in flight at SIGTERM`,
          `answered: ${summarize(inFlight)}; cut (reset after being accepted): ${cut.length}; drained in ${((exitedAt - termAt) / 1000).toFixed(1)} s; started after SIGTERM: ${summarize(d.outcomes.filter((o) => o.started >= termAt))}`,
        ],
      ],
    ),
  ].join('\n');
  console.log(body);
  if (!args['dry-run']) writeSection(join(root, 'docs', 'BENCHMARKS.md'), 'Faults and load', body);
} finally {
  if (api && api.child.exitCode === null) api.child.kill('SIGKILL');
  await graph?.close().catch(() => {});
  await stopNeo4j(home);
  rmSync(home, { recursive: true, force: true });
}
