/**
 * One-off A/B of two compiled APIs on one Neo4j: `tsx packages/graph/bench/api-ab.ts <a/main.js> <b/main.js>
 * [--a-env NAME=value …] [--b-env NAME=value …] [--query search|sourcesCiting|neighbourhood] [--clients N]
 * [--articles N] [--b-node-arg=--cpu-prof …]` (two builds, or the same bundle twice with other settings, e.g. LOG_LEVEL).
 * Starts a throwaway Neo4j with the seed articles (seeds/*.txt) and, with --articles, that many synthetic ones,
 * runs both APIs (one process each, NODE_ENV=production, output discarded as a log shipper would read it), then
 * loads the query (default `search`, the bench's query text for the others) with --clients clients (default 8)
 * through GraphQL in alternating rounds (A B, B A, …) and prints each side's median req/s and API CPU per request,
 * and the ratios. `--compare N` first sends the first N values' requests to both sides, each twice (a repeated
 * text is what a fast path answers), and counts the answers whose bytes differ; `--rounds 0` stops there. Used to measure what request logs and metrics cost, and the API's own CPU per read
 * (docs/BENCHMARKS.md). `--b-node-arg` passes Node options to B only (a CPU profile of B under the same load).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { childEnv, findRepoRoot } from '@newsgraph/config';
import { createGraph } from '../src/index.js';
import { startThrowawayNeo4j } from '@newsgraph/neo4j-local';
import { findFreePort } from '@newsgraph/process-tools';
import { loadGraphQL } from './load-http.js';
import { ingestSyntheticArticles } from './load-synthetic.js';
import { processCpuTimes, processTreeCpuSeconds } from './process-cpu.js';

const cli = parseArgs({
  allowPositionals: true,
  options: {
    'a-env': { type: 'string', multiple: true },
    'b-env': { type: 'string', multiple: true },
    'b-node-arg': { type: 'string', multiple: true },
    query: { type: 'string', default: 'search' },
    clients: { type: 'string', default: '8' },
    articles: { type: 'string', default: '0' },
    compare: { type: 'string', default: '0' },
    rounds: { type: 'string', default: '6' },
  },
});
const [a, b] = cli.positionals.map((file) => resolve(file));
if (!a || !b) throw new Error('usage: api-ab.ts <a/main.js> <b/main.js> [--a-env NAME=value …] [--b-env NAME=value …]');
/** `NAME=value` settings as variables. */
const envOf = (pairs: string[] = []) =>
  Object.fromEntries(pairs.map((pair) => [pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1)]));
const aEnv = envOf(cli.values['a-env']);
const bEnv = envOf(cli.values['b-env']);
const ROUNDS = Number(cli.values.rounds);
const SECONDS = 5;
const CLIENTS = Number(cli.values.clients);
const ARTICLES = Number(cli.values.articles);

/** Per query: its GraphQL text (graph-bench.ts's, `search` as this script always sent it) and where its variables come from. */
const TARGETS: Record<
  string,
  { query: string; values: string; variables: (value: string) => Record<string, unknown> }
> = {
  search: {
    query: 'query Search($q: String!) { search(query: $q, first: 5) { id name type } }',
    values: 'MATCH (c:Company) RETURN c.name AS value ORDER BY c.id',
    variables: (q) => ({ q }),
  },
  sourcesCiting: {
    query:
      'query($name: String!) { sourcesCiting(name: $name, first: 20) { source { id title publishedAt } entity { id name } quotes { text start end } } }',
    values: 'MATCH (p:Person) RETURN p.name AS value ORDER BY p.id',
    variables: (name) => ({ name }),
  },
  neighbourhood: {
    query:
      'query($id: ID!) { neighbourhood(id: $id, depth: 1) { nodes { id type label } edges { id type from to title } } }',
    values: 'MATCH (n:Entity) WHERE n:Person OR n:Division RETURN n.id AS value ORDER BY n.id',
    variables: (id) => ({ id }),
  },
};
const target = TARGETS[cli.values.query];
if (!target) throw new Error(`--query: one of ${Object.keys(TARGETS).join(', ')}`);
const QUERY = target.query;
const log = (line: string) => process.stderr.write(`[ab] ${line}\n`);

async function startApi(
  main: string,
  connection: { uri: string; user: string; password: string },
  env: Record<string, string>,
  nodeArgs: string[] = [],
) {
  const port = await findFreePort();
  const child: ChildProcess = spawn(process.execPath, ['--max-semi-space-size=64', ...nodeArgs, main], {
    env: childEnv({
      NEO4J_URI: connection.uri,
      NEO4J_USERNAME: connection.user,
      NEO4J_PASSWORD: connection.password,
      API_PORT: String(port),
      API_WORKERS: '1',
      NODE_ENV: 'production',
      ...env,
    }),
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 300; i++) {
    const ok = await fetch(`${url}/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return { child, url };
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${main} did not start`);
}

const median = (values: number[]) => [...values].sort((x, y) => x - y)[Math.floor(values.length / 2)]!;

const neo4j = await startThrowawayNeo4j({ log });
const graph = createGraph(neo4j.connection, { queryTimeoutMs: 120_000 }); // a cold JVM on a busy machine
const apis: Array<{ child: ChildProcess; url: string }> = [];
try {
  await graph.applySchema();
  const seeds = join(findRepoRoot(), 'seeds');
  for (const name of readdirSync(seeds).filter((file) => file.endsWith('.txt'))) {
    await graph.ingestText({ text: readFileSync(join(seeds, name), 'utf8'), uri: `seeds/${name}` });
  }
  if (ARTICLES > 0) await ingestSyntheticArticles(graph, ARTICLES, { hubShare: 0.1 });
  apis.push(
    await startApi(a, neo4j.connection, aEnv),
    await startApi(b, neo4j.connection, bEnv, cli.values['b-node-arg']),
  );
  const values = (await graph.executor.read<{ value: string }>({ cypher: target.values, params: {} })).map(
    (row) => row.value,
  );
  // `search` over the words it always used, so figures stay comparable with earlier runs.
  const words = cli.values.query === 'search' ? ['amazon', 'aws', 'jassy', 'layoffs', 'cloud'] : values;
  log(`${cli.values.query}: ${words.length} values, ${CLIENTS} clients, ${ARTICLES} synthetic articles`);
  let n = 0;
  const next = () => target.variables(words[n++ % words.length]!);
  let differing = 0;
  const compared = words.slice(0, Number(cli.values.compare));
  for (const word of compared) {
    const body = JSON.stringify({ query: QUERY, variables: target.variables(word) });
    const answers: string[] = [];
    for (const side of [0, 0, 1, 1]) {
      const response = await fetch(`${apis[side]!.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      });
      answers.push(`${response.status} ${response.headers.get('content-type')} ${await response.text()}`);
    }
    if (new Set(answers).size > 1) {
      differing++;
      log(`answers differ for ${JSON.stringify(word)}`);
    }
  }
  if (compared.length) console.log(`compared ${compared.length} requests, each twice per side: ${differing} differ`);
  if (ROUNDS > 0) await load(next);
} finally {
  for (const api of apis) api.child.kill('SIGTERM');
  await graph.close();
  await neo4j.stop();
}

/** The alternating rounds, each request with the variables `next` gives, and the printed figures. */
async function load(next: () => Record<string, unknown>) {
  const results = apis.map(() => ({
    rps: [] as number[],
    cpuMs: [] as number[],
    sysMs: [] as number[],
    p50: [] as number[],
  }));
  const loadBefore = loadavg()[0]!.toFixed(1);
  for (const side of [0, 1]) await loadGraphQL(`${apis[side]!.url}/graphql`, QUERY, next, CLIENTS, 20); // warm-up: the JIT settles
  for (let round = 0; round < ROUNDS; round++) {
    for (const side of round % 2 ? [1, 0] : [0, 1]) {
      const api = apis[side]!;
      const cpu0 = processTreeCpuSeconds(api.child.pid!);
      const sys0 = processCpuTimes(api.child.pid!).system; // API_WORKERS=1: one process
      const result = await loadGraphQL(`${api.url}/graphql`, QUERY, next, CLIENTS, SECONDS);
      const cpu = processTreeCpuSeconds(api.child.pid!) - cpu0;
      const sys = processCpuTimes(api.child.pid!).system - sys0;
      results[side]!.rps.push(result.requestsPerSecond);
      results[side]!.p50.push(result.p50);
      results[side]!.cpuMs.push((cpu * 1000) / (result.totalRequests ?? result.requests));
      results[side]!.sysMs.push((sys * 1000) / (result.totalRequests ?? result.requests));
      if (result.errors) log(`side ${side} round ${round}: ${result.errors} errors`);
    }
  }
  const [ra, rb] = results.map((r) => ({
    rps: median(r.rps),
    p50: median(r.p50),
    cpuMs: median(r.cpuMs),
    sysMs: median(r.sysMs),
  }));
  console.log(`machine: ${cpus().length} cores, load ${loadBefore} before, ${loadavg()[0]!.toFixed(1)} after`);
  console.log(`query ${cli.values.query}, ${CLIENTS} clients, seeds + ${ARTICLES} synthetic articles`);
  console.log(
    `A ${a} ${JSON.stringify(aEnv)}: ${ra!.rps.toFixed(0)} req/s, p50 ${ra!.p50.toFixed(1)} ms, API CPU ${ra!.cpuMs.toFixed(3)} ms/request (kernel ${ra!.sysMs.toFixed(3)})`,
  );
  console.log(
    `B ${b} ${JSON.stringify(bEnv)}: ${rb!.rps.toFixed(0)} req/s, p50 ${rb!.p50.toFixed(1)} ms, API CPU ${rb!.cpuMs.toFixed(3)} ms/request (kernel ${rb!.sysMs.toFixed(3)})`,
  );
  console.log(
    `B/A: req/s ${(rb!.rps / ra!.rps).toFixed(2)}, p50 ${(rb!.p50 / ra!.p50).toFixed(2)}, API CPU per request ${(rb!.cpuMs / ra!.cpuMs).toFixed(2)}`,
  );
  console.log(`per round (A cpu ms): ${results[0]!.cpuMs.map((x) => x.toFixed(3)).join(' ')}`);
  console.log(`per round (B cpu ms): ${results[1]!.cpuMs.map((x) => x.toFixed(3)).join(' ')}`);
}
