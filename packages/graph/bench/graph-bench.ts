/**
 * `npm run bench -w @newsgraph/graph`: ingestion speed and API latency on a graph of generated articles.
 * Starts its own Neo4j (temporary home, free port) and the API (apps/api/src/main.ts) as a child process,
 * ingests BENCH_ARTICLES (default 10,000) synthetic articles, then loads `sourcesCiting`, `search` and
 * `neighbourhood` with 32 concurrent clients through GraphQL (autocannon) and the same Cypher directly through
 * neo4j-driver (the floor); `sourcesCiting` and `search` also through the @neo4j/graphql peer (bench/peer-schema.ts)
 * on the same graph, in the same rounds. Writes "## Graph ingestion" and "## API" of docs/BENCHMARKS.md.
 * `--keep` leaves the Neo4j home (store included) in place and prints it; `--store DIR` measures the reads on such a
 * kept home without ingesting (a million articles take over an hour to load).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { startNeo4j, stopNeo4j } from '@newsgraph/neo4j-local';
import { findFreePort } from '@newsgraph/process-tools';
import {
  createGraph,
  INGEST_BATCH_SIZE,
  neighbourhoodQuery,
  searchQuery,
  sourcesCitingExactQuery,
  statementsByQuery,
  storiesPageQuery,
  totalsQuery,
  type CypherQuery,
} from '../src/index.js';
import { entitiesByIdsQuery, mentionCountsQuery } from '../src/queries/entity-queries.js';
import { mentioningSourcesPageQuery } from '../src/queries/page-queries.js';
import { childEnv, findRepoRoot } from '@newsgraph/config';
import { table, writeSection } from './benchmarks-doc.js';
import { createDirectDriver, loadDirect, type LoadResult } from './load-direct.js';
import { loadGraphQL } from './load-http.js';
import { parseArgs } from 'node:util';
import { processCpuSeconds, processTreeCpuSeconds, waitUntilQuiet } from './process-cpu.js';
import { spinLoopMs, stolenCpuSeconds } from './machine-speed.js';
import { createWorld, generateArticle } from './synthetic-articles.js';
import { assertPeerAnswers, startPeer, type PeerProcess } from './peer-process.js';
import { PEER_SEARCH, PEER_SOURCES_CITING } from './peer-schema.js';

const repoRoot = findRepoRoot();
/** `bench [articles] [seconds]` (positional, as before) or `--articles=N --seconds=S`; `--targets=totals,stories` picks the read targets. */
const cli = parseArgs({
  allowPositionals: true,
  options: {
    articles: { type: 'string' },
    seconds: { type: 'string' },
    targets: { type: 'string' },
    hubs: { type: 'string' },
    heap: { type: 'string' },
    'page-cache': { type: 'string' },
    keep: { type: 'boolean', default: false },
    store: { type: 'string' },
  },
});
/** `--store DIR`: a Neo4j home kept by an earlier `--keep` run; its graph is measured as it is (nothing ingested). */
const KEPT_STORE = cli.values.store;
/** `--hubs S`: share of articles that also name a hub company (100,000+ mentions each at a million articles). */
const HUB_SHARE = Number(cli.values.hubs ?? 0);
const ARTICLES = Number(cli.values.articles ?? cli.positionals[0] ?? 10_000);
/**
 * `--heap 2g --page-cache 3g`: Neo4j's memory (default 1 GB heap, 512 MB page cache). docs/SIZING.md asks for a page
 * cache the size of the store; at 100,000 articles and more the default leaves most of the store on disk.
 */
const NEO4J_MEMORY = { heap: cli.values.heap ?? '1g', pageCache: cli.values['page-cache'] ?? '512m' };
/** Like `npm run ingest`: batches of INGEST_BATCH_SIZE documents (one transaction each), 4 batches in flight. */
const INGEST_CONCURRENCY = 4;
const CLIENTS = 32;
/** An extra, lower concurrency: at 32 clients on 2 cores the floor itself queues, so this shows per-request latency. */
const CLIENTS_LOW = 8;
/** Seconds per round; each query is measured in ROUNDS rounds alternating GraphQL and direct (G D, D G, G D). */
const SECONDS = Number(cli.values.seconds ?? cli.positionals[1] ?? 5);
const ROUNDS = 3;
/**
 * Per query: the direct side runs in rounds of this many seconds until Neo4j is warm (see `warmUntilSteady`), then
 * the GraphQL side for WARM_UP_SECONDS. Neo4j's JIT takes 50-70 s of load on 2 cores before a query runs at its
 * steady cost, about a third of its cost in the first seconds (docs/BENCHMARKS.md).
 */
const WARM_UP_ROUND_SECONDS = 5;
/** At least this long: before the JIT's big step the throughput plateaus for a while (docs/BENCHMARKS.md). */
const WARM_UP_MIN_SECONDS = 60;
const WARM_UP_MAX_SECONDS = 180;
const WARM_UP_SECONDS = 15;
/** API processes (API_WORKERS): one per core, as a production API on this machine would run. */
const API_WORKERS = availableParallelism();
const log = (line: string) => process.stderr.write(`[bench] ${line}\n`);
/** The read targets measured; `--targets=totals,stories` measures only those (the sections of the others stay). */
const ONLY = cli.values.targets?.split(',').map((name) => name.trim());
/** The targets of issue 13, written to their own section. */
const STORY_TARGETS = new Set(['totals', 'stories', 'statements']);
/** An entity page's first page of sources (issue 17), over every company and over the busiest ones alone. */
const ENTITY_PAGE_TARGETS = new Set(['entitySources', 'hubSources']);
/** How many of the most-mentioned companies `hubSources` asks about. */
const HUB_COUNT = 3;
/** The entity page's sources query: the entity, then its first page of sources (two statements in the API). */
const ENTITY_SOURCES_QUERY =
  'query($id: ID!) { entity(id: $id) { id name type mentionCount sourcesConnection(first: 20) { totalCount edges { node { id title publishedAt } } pageInfo { hasNextPage endCursor } } } }';

type Measured = LoadResult & { cpu: { neo4j: number; api: number; client: number } };

/** The same question put to the @neo4j/graphql peer: its query text and its variables for one input. */
interface PeerAsk {
  query: string;
  variables: (input: string) => Record<string, unknown>;
}

/** Each figure is the median over rounds (p50, p99, req/s, CPU each on its own); errors are summed. */
function medianRound(rounds: Measured[]): Measured {
  const median = (pick: (round: Measured) => number) => {
    const sorted = rounds.map(pick).sort((a, b) => a - b);
    return sorted[Math.floor(sorted.length / 2)]!;
  };
  return {
    requestsPerSecond: median((r) => r.requestsPerSecond),
    p50: median((r) => r.p50),
    p99: median((r) => r.p99),
    requests: rounds.reduce((sum, r) => sum + r.requests, 0),
    errors: rounds.reduce((sum, r) => sum + r.errors, 0),
    cpu: { neo4j: median((r) => r.cpu.neo4j), api: median((r) => r.cpu.api), client: median((r) => r.cpu.client) },
  };
}

/**
 * One query under load: the GraphQL side and the direct side each walk `inputs` in the same order, so both
 * columns ask the same questions.
 */
function loadTarget(
  name: string,
  inputs: readonly string[],
  query: string,
  variables: (input: string) => Record<string, unknown>,
  cypher: (input: string) => CypherQuery | readonly CypherQuery[],
  peer?: PeerAsk,
) {
  const pick = rotate(inputs);
  const pickDirect = rotate(inputs);
  const pickPeer = rotate(inputs);
  return {
    name,
    query,
    variables: () => variables(pick()),
    cypher: () => cypher(pickDirect()),
    peer: peer && { query: peer.query, variables: () => peer.variables(pickPeer()), first: peer.variables(inputs[0]!) },
  };
}

function rotate<T>(items: readonly T[]): () => T {
  let i = 0;
  return () => items[i++ % items.length]!;
}

/**
 * Runs `round` for at least WARM_UP_MIN_SECONDS and then until throughput stops rising: no round beats the best so
 * far by more than 10% three rounds in a row (or WARM_UP_MAX_SECONDS pass). Returns the seconds spent.
 */
async function warmUntilSteady(round: () => Promise<LoadResult>): Promise<number> {
  let best = 0;
  let flat = 0;
  let seconds = 0;
  while ((flat < 3 || seconds < WARM_UP_MIN_SECONDS) && seconds < WARM_UP_MAX_SECONDS) {
    const { requestsPerSecond } = await round();
    seconds += WARM_UP_ROUND_SECONDS;
    flat = requestsPerSecond > best * 1.1 ? 0 : flat + 1;
    best = Math.max(best, requestsPerSecond);
  }
  return seconds;
}

async function waitForHealth(url: string): Promise<void> {
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(`${url}/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error('The API did not become healthy.');
}

/** Articles `from`..`to` (exclusive, at most ARTICLES) of the corpus; call in order. */
function generateBatch(world: ReturnType<typeof createWorld>, from: number, to: number) {
  return Array.from({ length: Math.max(0, Math.min(to, ARTICLES) - from) }, (_, i) => generateArticle(world, from + i));
}

/** Resident memory of process `pid` in MiB (VmRSS, Linux /proc). */
function residentMiB(pid: number): number {
  const kb = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
  return Number(kb ?? 0) / 1024;
}

/** Bytes of the files under `dir`, in MiB. */
function directoryMiB(dir: string): number {
  const walk = (path: string): number =>
    readdirSync(path, { withFileTypes: true }).reduce(
      (sum, entry) =>
        sum + (entry.isDirectory() ? walk(join(path, entry.name)) : statSync(join(path, entry.name)).size),
      0,
    );
  return walk(dir) / 2 ** 20;
}

/** What ingesting the corpus measured (written to "## Graph ingestion"). */
interface Ingested {
  ingestSeconds: number;
  ingestRate: number;
  steadyRate: number;
  loadAfterIngest: string;
  stats: Array<{ type: string; count: number }>;
  neo4jRssMiB: number;
  storeMiB: number;
}

/** Writes "## Graph ingestion" of `doc`: the corpus, the rate, the resulting graph and its store. */
function writeIngestionSection(doc: string, machine: string, ingested: Ingested): void {
  const date = new Date().toISOString().slice(0, 10);
  writeSection(
    doc,
    'Graph ingestion',
    [
      `\`npm run bench -w @newsgraph/graph\` on ${date}. ${machine}. Neo4j 5.26 Community started by the bench (heap ${NEO4J_MEMORY.heap}, page cache ${NEO4J_MEMORY.pageCache}).`,
      '',
      `${ARTICLES.toLocaleString('en-US')} deterministic synthetic articles (400 companies with divisions and executives, Zipf-skewed so a few companies are hubs; 14 outlets; each company has 1 to 6 layoff rounds, a third of them at a division, and each article reports one of its company's rounds — 65% with the round's figure and month, 20% with a higher figure on anonymous sources, 15% undated — plus, in 15% of them, the running total so far; every executive's words are a statement), ingested as \`npm run ingest\` does: ${INGEST_BATCH_SIZE} documents per transaction in one \`UNWIND … MERGE\` statement (each document still all or nothing: a failing batch is retried one document per transaction), ${INGEST_CONCURRENCY} transactions in flight. Extraction is not included (the generator emits the extraction with the text).`,
      '',
      table(
        ['articles', 'seconds', 'articles/s (whole run)', 'articles/s (second half, warm)', 'target'],
        [
          [
            ARTICLES.toLocaleString('en-US'),
            ingested.ingestSeconds.toFixed(1),
            ingested.ingestRate.toFixed(0),
            ingested.steadyRate.toFixed(0),
            `≥ 200 ${ingested.ingestRate >= 200 ? '✅' : '❌'}`,
          ],
        ],
      ),
      '',
      'The first thousand articles are the slowest (a cold JVM, and most companies, divisions and people are new); the second-half rate is the graph growing at steady state.',
      '',
      `Resulting graph: ${ingested.stats.map((s) => `${s.count.toLocaleString('en-US')} ${s.type}`).join(', ')}. Store files after a clean shutdown ${ingested.storeMiB.toFixed(0)} MiB; Neo4j resident memory after the load ${ingested.neo4jRssMiB.toFixed(0)} MiB (heap ${NEO4J_MEMORY.heap}, page cache ${NEO4J_MEMORY.pageCache}); hub share ${HUB_SHARE}.`,
    ].join('\n'),
  );
}

async function main(): Promise<void> {
  const loadAtStart = loadavg()[0]!.toFixed(2);
  const homeDir = KEPT_STORE ?? mkdtempSync(join(tmpdir(), 'newsgraph-bench-'));
  const boltPort = await findFreePort();
  log(`starting Neo4j in ${homeDir}`);
  const memory = NEO4J_MEMORY;
  let neo4j = await startNeo4j({ homeDir, boltPort, memory });
  let graph = createGraph(neo4j.connection, { queryTimeoutMs: 60_000 });
  let api: ReturnType<typeof spawn> | undefined;
  let peer: PeerProcess | undefined;
  try {
    await graph.applySchema();

    /** What the ingestion measured; null when `--store` gave a graph loaded before. */
    let ingested: Ingested | null = null;
    if (KEPT_STORE) {
      log(`measuring the graph kept in ${KEPT_STORE} (nothing ingested)`);
      await waitUntilQuiet(neo4j.pid);
    } else {
      // Generated batch by batch, in order (the generator is sequential): a million articles never sit in memory.
      const world = createWorld(undefined, undefined, { hubShare: HUB_SHARE });
      const docs = { length: ARTICLES, slice: (from: number, to: number) => generateBatch(world, from, to) };
      log(`ingesting in batches of ${INGEST_BATCH_SIZE}, ${INGEST_CONCURRENCY} transactions in flight`);
      const t0 = performance.now();
      let next = 0;
      let done = 0;
      let halfway = 0;
      await Promise.all(
        Array.from({ length: INGEST_CONCURRENCY }, async () => {
          while (next < docs.length) {
            const batch = docs.slice(next, next + INGEST_BATCH_SIZE);
            next += batch.length;
            const failed = (await graph.ingestDocuments(batch)).filter((result) => !result.ok);
            if (failed.length > 0) throw new Error(`${failed.length} generated articles failed to ingest.`);
            const before = done;
            done += batch.length;
            if (before < ARTICLES / 2 && done >= ARTICLES / 2) halfway = performance.now();
            if (Math.floor(done / 1000) > Math.floor(before / 1000))
              log(`  ${done} articles, ${((done * 1000) / (performance.now() - t0)).toFixed(0)}/s`);
          }
        }),
      );
      const ingestSeconds = (performance.now() - t0) / 1000;
      const ingestRate = ARTICLES / ingestSeconds;
      const steadyRate = (ARTICLES - Math.floor(ARTICLES / 2)) / ((performance.now() - halfway) / 1000); // ≈ the second half
      const loadAfterIngest = loadavg()[0]!.toFixed(2);
      const stats = await graph.stats();
      const neo4jRssMiB = residentMiB(neo4j.pid);
      // Queries are measured on a JVM of their own. The JVM that just ran the bulk load keeps code the JIT shaped
      // for writes and serves these reads at up to twice the CPU per request, even after minutes of read load
      // (docs/BENCHMARKS.md); a server that is restarted, or one that serves mostly reads, does not.
      log('restarting Neo4j for the query measurements');
      await graph.close();
      await stopNeo4j(homeDir);
      const storeMiB = directoryMiB(join(homeDir, 'data', 'databases'));
      log(
        `store after a clean shutdown: ${storeMiB.toFixed(0)} MiB; Neo4j resident after the load: ${neo4jRssMiB.toFixed(0)} MiB`,
      );
      neo4j = await startNeo4j({ homeDir, boltPort, memory });
      graph = createGraph(neo4j.connection, { queryTimeoutMs: 60_000 });
      const settleMs = await waitUntilQuiet(neo4j.pid);
      log(`Neo4j settled after the restart in ${(settleMs / 1000).toFixed(0)} s`);
      ingested = { ingestSeconds, ingestRate, steadyRate, loadAfterIngest, stats, neo4jRssMiB, storeMiB };
      log(`ingested ${ARTICLES} in ${ingestSeconds.toFixed(1)} s = ${ingestRate.toFixed(0)} articles/s`);
    }

    const apiPort = await findFreePort();
    const apiUrl = `http://127.0.0.1:${apiPort}`;
    // Its own session, like Neo4j's and like a service in production: Linux (autogroup) shares the CPU fairly between
    // sessions, so an API in the bench's session would split one share with autocannon, the load it is measured by.
    api = spawn(process.execPath, ['--max-semi-space-size=64', join(repoRoot, 'apps/api/dist/main.js')], {
      cwd: repoRoot,
      env: childEnv({
        NODE_ENV: 'production',
        API_HOST: '127.0.0.1',
        API_PORT: String(apiPort),
        API_WORKERS: String(API_WORKERS),
        NEO4J_URI: neo4j.connection.uri,
        NEO4J_USERNAME: neo4j.connection.user,
        NEO4J_PASSWORD: neo4j.connection.password,
      }),
      stdio: ['ignore', 'ignore', 'inherit'],
      detached: true,
    });
    // A detached API is outside the terminal's process group: stop it even when the bench is interrupted.
    const apiPid = api.pid!;
    process.once('exit', () => {
      try {
        process.kill(apiPid, 'SIGTERM');
      } catch {
        // already stopped
      }
    });
    process.once('SIGINT', () => process.exit(130));
    await waitForHealth(apiUrl);

    // Ask about what is in the news: names and ids that made it into the graph, in a fixed order.
    const column = async (cypher: string) =>
      (await graph.executor.read<{ value: string }>({ cypher, params: {} })).map((row) => row.value);
    const people = await column('MATCH (p:Person) RETURN p.name AS value ORDER BY p.id');
    const companies = await column('MATCH (c:Company) RETURN c.name AS value ORDER BY c.id');
    const searches = companies.flatMap((name) => [name, name.slice(0, 4)]);
    const around = await column('MATCH (n:Entity) WHERE n:Person OR n:Division RETURN n.id AS value ORDER BY n.id');
    const companyIds = await column('MATCH (c:Company) RETURN c.id AS value ORDER BY c.id');
    const speakerIds = await column('MATCH (p:Person) RETURN p.id AS value ORDER BY p.id');
    const hubIds = await column(
      `MATCH (c:Company) RETURN c.id AS value ORDER BY COUNT { (c)<-[:MENTIONS]-() } DESC, c.id LIMIT ${HUB_COUNT}`,
    );
    const hubMentions = (
      await column(
        `MATCH (c:Company) WITH COUNT { (c)<-[:MENTIONS]-() } AS n ORDER BY n DESC LIMIT ${HUB_COUNT} RETURN toString(n) AS value`,
      )
    )
      .map((n) => Number(n).toLocaleString('en-US'))
      .join(', ');
    // What the API runs for ENTITY_SOURCES_QUERY: the entity by id (its mention count from the tallies), then the
    // first page of its sources newest first (an ordered index seek, whatever the entity's number of mentions).
    const entityPage = (id: string) => [
      entitiesByIdsQuery([id]),
      mentionCountsQuery([id]),
      mentioningSourcesPageQuery([id], { first: 20, cursor: null }),
    ];
    const allTargets = [
      loadTarget(
        'sourcesCiting',
        people,
        'query($name: String!) { sourcesCiting(name: $name, first: 20) { source { id title publishedAt } entity { id name } quotes { text start end } } }',
        // What the API runs for this selection: every name is an entity's exact name (one statement through the
        // name index), and only the source properties selected besides id are read.
        (name) => ({ name }),
        (name) => sourcesCitingExactQuery(name, 20, ['title', 'publishedAt']),
        { query: PEER_SOURCES_CITING, variables: (name) => ({ name: name.toLowerCase() }) },
      ),
      loadTarget(
        'search',
        searches,
        'query($q: String!) { search(query: $q, first: 10) { id name type aliases } }',
        (q) => ({ q }),
        (q) => searchQuery({ query: q, first: 10 })!,
        // The peer's full-text query gets the very Lucene text ours sends (exact name, words, last word as a prefix).
        { query: PEER_SEARCH, variables: (q) => ({ q: searchQuery({ query: q, first: 10 })!.params.lucene }) },
      ),
      loadTarget(
        'neighbourhood',
        around,
        'query($id: ID!) { neighbourhood(id: $id, depth: 1) { nodes { id type label } edges { id type from to title } } }',
        (id) => ({ id }),
        (id) => neighbourhoodQuery(id, 1, 100),
      ),
      loadTarget(
        'totals',
        companyIds,
        'query($id: ID!) { totals(organization: $id) { total rounds unquantified periods { period count rounds { id count countText placedAt claimCount sourceCount } } runningTotals { count coveredCount } } }',
        (id) => ({ id }),
        (id) => totalsQuery({ organization: id }, 'YEAR'),
      ),
      loadTarget(
        'stories',
        companyIds,
        'query($id: ID!) { stories(organization: $id, first: 20) { totalCount edges { node { id count countText placedAt claimCount sourceCount disagreement { spread ratio } } } } }',
        (id) => ({ id }),
        (id) => storiesPageQuery({ organization: id }, { first: 20, cursor: null }),
      ),
      loadTarget(
        'statements',
        speakerIds,
        'query($id: ID!) { statements(speaker: $id, first: 20) { id direct quote { text start end } attribution { text } reportedAt } }',
        (id) => ({ id }),
        (id) => statementsByQuery([id], 20, null),
      ),
      loadTarget('entitySources', companyIds, ENTITY_SOURCES_QUERY, (id) => ({ id }), entityPage),
      loadTarget('hubSources', hubIds, ENTITY_SOURCES_QUERY, (id) => ({ id }), entityPage),
    ];
    const targets = allTargets.filter((target) => !ONLY || ONLY.includes(target.name));

    // The peer runs as many processes as the API (API_WORKERS) and is asked the same questions in the same rounds.
    if (targets.some((target) => target.peer)) {
      peer = await startPeer(neo4j.connection, await findFreePort(), API_WORKERS);
      for (const target of targets)
        if (target.peer) await assertPeerAnswers(peer.url, target.peer.query, target.peer.first);
    }
    const driver = createDirectDriver(neo4j.connection);
    /**
     * Runs a load and adds the CPU milliseconds per request of Neo4j, the serving process tree (the API's, or the
     * peer's: `servicePid`) and this process (the client).
     */
    const withCpu = async (run: () => Promise<LoadResult>, servicePid = apiPid): Promise<Measured> => {
      const neo4jBefore = processCpuSeconds(neo4j.pid);
      const apiBefore = processTreeCpuSeconds(servicePid);
      const clientBefore = process.cpuUsage();
      const result = await run();
      const client = process.cpuUsage(clientBefore);
      const perRequest = (seconds: number) => (seconds * 1000) / Math.max(1, result.totalRequests ?? result.requests);
      return {
        ...result,
        cpu: {
          neo4j: perRequest(processCpuSeconds(neo4j.pid) - neo4jBefore),
          api: perRequest(processTreeCpuSeconds(servicePid) - apiBefore),
          client: perRequest((client.user + client.system) / 1e6),
        },
      };
    };
    const spinBefore = spinLoopMs();
    const stealBefore = stolenCpuSeconds();
    const apiStarted = performance.now();
    const warmUp: Record<string, number> = {};
    const results: Array<{ name: string; graphql: Measured; direct: Measured; peer?: Measured }> = [];
    const resultsLow: typeof results = [];
    try {
      for (const target of targets) {
        log(`${target.name}: warming up`);
        const warmSeconds = await warmUntilSteady(() =>
          loadDirect(driver, target.cypher, CLIENTS, WARM_UP_ROUND_SECONDS * 1000),
        );
        warmUp[target.name] = warmSeconds;
        log(`${target.name}: Neo4j steady after ${warmSeconds} s`);
        await loadGraphQL(`${apiUrl}/graphql`, target.query, target.variables, CLIENTS, WARM_UP_SECONDS);
        const peerAsk = peer && target.peer;
        // The peer's statements are other Cypher: Neo4j warms them up as long as it warmed ours.
        if (peer && peerAsk)
          await warmUntilSteady(() =>
            loadGraphQL(peer!.url, peerAsk.query, peerAsk.variables, CLIENTS, WARM_UP_ROUND_SECONDS),
          );
        const graphqlRounds: Measured[] = [];
        const directRounds: Measured[] = [];
        const peerRounds: Measured[] = [];
        for (let round = 0; round < ROUNDS; round++) {
          const runGraphQL = async () =>
            graphqlRounds.push(
              await withCpu(() => loadGraphQL(`${apiUrl}/graphql`, target.query, target.variables, CLIENTS, SECONDS)),
            );
          const runDirect = async () =>
            directRounds.push(await withCpu(() => loadDirect(driver, target.cypher, CLIENTS, SECONDS * 1000)));
          const runPeer = async () => {
            if (peer && peerAsk)
              peerRounds.push(
                await withCpu(
                  () => loadGraphQL(peer!.url, peerAsk.query, peerAsk.variables, CLIENTS, SECONDS),
                  peer.pid,
                ),
              );
          };
          // Alternate which side goes first so a drifting machine (JIT, other tenants) cannot favour one column.
          if (round % 2 === 0) await runGraphQL().then(runDirect).then(runPeer);
          else await runPeer().then(runDirect).then(runGraphQL);
        }
        const graphql = medianRound(graphqlRounds);
        const direct = medianRound(directRounds);
        const peerResult = peerRounds.length > 0 ? medianRound(peerRounds) : undefined;
        results.push({ name: target.name, graphql, direct, peer: peerResult });
        if (peerResult)
          log(
            `${target.name}: @neo4j/graphql ${peerResult.requestsPerSecond.toFixed(0)} req/s p50 ${peerResult.p50.toFixed(1)} p99 ${peerResult.p99.toFixed(1)}`,
          );
        log(
          `${target.name}: GraphQL ${graphql.requestsPerSecond.toFixed(0)} req/s p50 ${graphql.p50.toFixed(1)} p99 ${graphql.p99.toFixed(1)} (Neo4j CPU ${graphql.cpu.neo4j.toFixed(2)} ms/req); direct ${direct.requestsPerSecond.toFixed(0)} req/s p50 ${direct.p50.toFixed(1)} p99 ${direct.p99.toFixed(1)} (Neo4j CPU ${direct.cpu.neo4j.toFixed(2)} ms/req)`,
        );
      }
      for (const target of targets) {
        log(`${target.name}: ${CLIENTS_LOW} clients`);
        const graphql = await withCpu(() =>
          loadGraphQL(`${apiUrl}/graphql`, target.query, target.variables, CLIENTS_LOW, SECONDS),
        );
        const direct = await withCpu(() => loadDirect(driver, target.cypher, CLIENTS_LOW, SECONDS * 1000));
        const peerAsk = peer && target.peer;
        const peerResult =
          peer && peerAsk
            ? await withCpu(
                () => loadGraphQL(peer!.url, peerAsk.query, peerAsk.variables, CLIENTS_LOW, SECONDS),
                peer.pid,
              )
            : undefined;
        resultsLow.push({ name: target.name, graphql, direct, peer: peerResult });
      }
    } finally {
      await driver.close();
    }

    const stealShare = (stolenCpuSeconds() - stealBefore) / (((performance.now() - apiStarted) / 1000) * cpus().length);
    const spinAfter = spinLoopMs();
    const loadAtEnd = loadavg()[0]!.toFixed(2);
    const machine = `${cpus().length} CPUs (\`nproc\`), ${cpus()[0]?.model.trim() ?? 'unknown CPU'}, Node ${process.version}, 1-minute load average ${loadAtStart} at start, ${ingested ? `${ingested.loadAfterIngest} after ingestion, ` : ''}${loadAtEnd} at the end (the machine is shared, so numbers vary between runs)`;
    const doc = join(repoRoot, 'docs', 'BENCHMARKS.md');
    if (ingested) writeIngestionSection(doc, machine, ingested);
    const apiOnly = (r: { name: string }) => !STORY_TARGETS.has(r.name) && !ENTITY_PAGE_TARGETS.has(r.name);
    const apiResults = results.filter(apiOnly);
    const apiResultsLow = resultsLow.filter(apiOnly);
    const entityResults = results.filter((r) => ENTITY_PAGE_TARGETS.has(r.name));
    const entityResultsLow = resultsLow.filter((r) => ENTITY_PAGE_TARGETS.has(r.name));
    const storyResults = results.filter((r) => STORY_TARGETS.has(r.name));
    const storyResultsLow = resultsLow.filter((r) => STORY_TARGETS.has(r.name));
    const warmUpText = (names: Set<string> | null) =>
      Object.entries(warmUp)
        .filter(([name]) => (names ? names.has(name) : apiOnly({ name })))
        .map(([name, seconds]) => `${name} ${seconds} s`)
        .join(', ');
    if (storyResults.length > 0)
      writeSection(
        doc,
        'Stories, totals and statements',
        [
          `Same run and method as the API section below (\`npm run bench -w @newsgraph/graph\`; \`npm run bench -w @newsgraph/graph -- --targets=totals,stories,statements\` measures only these), on the graph above: ${CLIENTS} concurrent clients, the direct side warmed until steady (${warmUpText(STORY_TARGETS)}), then ${ROUNDS} alternating rounds of ${SECONDS} s per side; medians over the rounds, latencies in ms. The direct column sends the very statement the API runs for the selection (one Cypher statement per request in both columns).`,
          '',
          apiTable(storyResults),
          '',
          `At ${CLIENTS_LOW} clients, one round per side:`,
          '',
          apiTable(storyResultsLow),
          '',
          table(
            ['query', 'GraphQL: Neo4j CPU ms/req', 'GraphQL: API CPU ms/req', 'direct: Neo4j CPU ms/req'],
            storyResults.map(({ name, graphql, direct }) => [
              `\`${name}\``,
              graphql.cpu.neo4j.toFixed(2),
              graphql.cpu.api.toFixed(2),
              direct.cpu.neo4j.toFixed(2),
            ]),
          ),
          '',
          "Queries: `totals(organization) { total rounds unquantified periods { period count rounds { id count countText placedAt claimCount sourceCount } } runningTotals { count coveredCount } }` over every company, hubs included (the summaries ingestion keeps on each story: no scan of a hub's mentions or claims); `stories(organization, first: 20) { totalCount edges { node { id count countText placedAt claimCount sourceCount disagreement { spread ratio } } } }` over every company; `statements(speaker, first: 20) { id direct quote { text start end } attribution { text } reportedAt }` over every person (index on Statement(speakerId, reportedAt)).",
        ].join('\n'),
      );
    if (entityResults.length > 0)
      writeSection(
        doc,
        'Entity pages and hubs',
        [
          `Same run and method as the API section below (\`npm run bench -w @newsgraph/graph -- --targets=entitySources,hubSources\` measures only these), on the graph above (hub share ${HUB_SHARE}): ${CLIENTS} concurrent clients, the direct side warmed until steady (${warmUpText(ENTITY_PAGE_TARGETS)}), then ${ROUNDS} alternating rounds of ${SECONDS} s per side; medians over the rounds, latencies in ms. The GraphQL request is an entity page's header and first page of sources, \`${ENTITY_SOURCES_QUERY}\`; the direct column sends the three statements the API runs for it, one after another (the entity, its mention count from the tallies, the first page of its sources). \`entitySources\` asks about every company in turn; \`hubSources\` only about the ${HUB_COUNT} companies with the most mentions (${hubMentions} mentions).`,
          '',
          apiTable(entityResults),
          '',
          `At ${CLIENTS_LOW} clients, one round per side:`,
          '',
          apiTable(entityResultsLow),
          '',
          table(
            ['query', 'GraphQL: Neo4j CPU ms/req', 'GraphQL: API CPU ms/req', 'direct: Neo4j CPU ms/req'],
            entityResults.map(({ name, graphql, direct }) => [
              `\`${name}\``,
              graphql.cpu.neo4j.toFixed(2),
              graphql.cpu.api.toFixed(2),
              direct.cpu.neo4j.toFixed(2),
            ]),
          ),
        ].join('\n'),
      );
    if (apiResults.length === 3)
      writeSection(
        doc,
        'API',
        [
          `Same run, same graph, served by Neo4j restarted after the load (a JVM that just ran the bulk load serves these reads at up to twice the CPU; see the findings below). ${CLIENTS} concurrent clients; per query a warm-up of the direct side until its throughput stops rising (${warmUpText(null)}: Neo4j's JIT needs about a minute of load before a query runs at its steady cost), then ${WARM_UP_SECONDS} s of the GraphQL side, then ${ROUNDS} rounds of ${SECONDS} s per side, alternating which side goes first; each figure is the median over the rounds. GraphQL through the real HTTP API (apps/api/src/main.ts with \`API_WORKERS=${API_WORKERS}\`, started in a session of its own as a service would be, autocannon on 127.0.0.1) next to the same Cypher sent straight through neo4j-driver by ${CLIENTS} workers — the floor. Latencies in ms. On this ${cpus().length}-core machine Neo4j, the API and the load generator share the cores: at 32 clients every side is queueing for CPU (the direct p50 is mostly waiting), so the GraphQL/direct gap is as much CPU contention as per-request overhead.`,
          '',
          apiTable(apiResults),
          '',
          `Machine speed in this run: a fixed loop on one core (bench/machine-speed.ts) took ${spinBefore.toFixed(0)} ms before the API measurements and ${spinAfter.toFixed(0)} ms after (larger is slower); the hypervisor took ${(stealShare * 100).toFixed(1)}% of the CPU (steal) while they ran. On this shared machine the same work per request has cost up to twice the CPU in slow hours, the direct floor included, so latencies are comparable between runs only at a similar speed.`,
          '',
          `The same at ${CLIENTS_LOW} concurrent clients, one ${SECONDS} s round per side (extra; the ${CLIENTS}-client rows above are the headline):`,
          '',
          apiTable(apiResultsLow),
          '',
          `CPU milliseconds per request in the ${CLIENTS}-client rows, per process (from /proc; "client" is autocannon for GraphQL and the driver workers for direct):`,
          '',
          table(
            ['query', 'GraphQL: Neo4j', 'GraphQL: API', 'GraphQL: client', 'direct: Neo4j', 'direct: client'],
            apiResults.map(({ name, graphql, direct }) => [
              `\`${name}\``,
              graphql.cpu.neo4j.toFixed(2),
              graphql.cpu.api.toFixed(2),
              graphql.cpu.client.toFixed(2),
              direct.cpu.neo4j.toFixed(2),
              direct.cpu.client.toFixed(2),
            ]),
          ),
          '',
          peerTable(apiResults),
          '',
          'Queries: `sourcesCiting(name, first: 20) { source { id title publishedAt } entity { id name } quotes { text start end } }` over the names of the people in the graph; `search(query, first: 10) { id name type aliases }` over company names and 4-letter prefixes; `neighbourhood(id, depth: 1) { nodes { id type label } edges { id type from to title } }` around people and divisions. One Cypher statement per request in both columns.',
        ].join('\n'),
      );
    log(`wrote ${doc}`);
    /** The API against the @neo4j/graphql peer, for the targets the peer can answer. */
    function peerTable(rows: typeof results): string {
      const asked = rows.filter((row) => row.peer);
      if (asked.length === 0) return 'The @neo4j/graphql peer was not measured in this run.';
      return [
        `Against what a developer would build instead: @neo4j/graphql 7 serving the same graph from type definitions over its labels (bench/peer-schema.ts; Apollo Server, ${API_WORKERS} processes like the API), asked the same questions with the same selections (\`sourcesCiting\`: the entity by its case-folded name, its first 20 mentioning sources newest first with the quotes; \`search\`: the same full-text index and Lucene text), warmed up like the direct side and measured in the same alternating rounds at ${CLIENTS} clients:`,
        '',
        table(
          [
            'query',
            'ours req/s',
            'ours p50',
            'ours p99',
            'peer req/s',
            'peer p50',
            'peer p99',
            'ours / peer req/s',
            'peer: Neo4j CPU ms/req',
            'peer: server CPU ms/req',
            'peer errors',
          ],
          asked.map(({ name, graphql, peer }) => [
            `\`${name}\``,
            graphql.requestsPerSecond.toFixed(0),
            graphql.p50.toFixed(1),
            graphql.p99.toFixed(1),
            peer!.requestsPerSecond.toFixed(0),
            peer!.p50.toFixed(1),
            peer!.p99.toFixed(1),
            (graphql.requestsPerSecond / peer!.requestsPerSecond).toFixed(2),
            peer!.cpu.neo4j.toFixed(2),
            peer!.cpu.api.toFixed(2),
            peer!.errors,
          ]),
        ),
        '',
      ].join('\n');
    }
    function apiTable(rows: typeof results): string {
      return table(
        [
          'query',
          'GraphQL req/s',
          'GraphQL p50',
          'GraphQL p99',
          'direct req/s',
          'direct p50',
          'direct p99',
          'p50 ratio (≤ 1.5)',
          'errors',
        ],
        rows.map(({ name, graphql, direct }) => {
          const ratio = graphql.p50 / direct.p50;
          const p99Note = name === 'sourcesCiting' ? (graphql.p99 < 50 ? ' ✅ (< 50)' : ' ❌ (target < 50)') : '';
          return [
            `\`${name}\``,
            graphql.requestsPerSecond.toFixed(0),
            graphql.p50.toFixed(1),
            `${graphql.p99.toFixed(1)}${p99Note}`,
            direct.requestsPerSecond.toFixed(0),
            direct.p50.toFixed(1),
            direct.p99.toFixed(1),
            `${ratio.toFixed(2)} ${ratio <= 1.5 ? '✅' : '❌'}`,
            graphql.errors + direct.errors,
          ];
        }),
      );
    }
  } finally {
    await peer?.stop();
    if (api && api.exitCode === null) {
      api.kill('SIGTERM');
      await new Promise((resolve) => api!.once('exit', resolve));
    }
    await graph.close();
    await stopNeo4j(homeDir);
    if (cli.values.keep || KEPT_STORE)
      log(`the Neo4j home (store included) is kept in ${homeDir}: \`--store ${homeDir}\` measures it again`);
    else rmSync(homeDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
