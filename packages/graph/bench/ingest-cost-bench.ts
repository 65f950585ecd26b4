/**
 * `npm run bench:ingest-cost -w @newsgraph/graph -- [--articles N] [--rounds R] [--profile-batches B]`: Neo4j CPU
 * per article of ingestion with the full evidence model (stories, statements, supports, syndication) against the
 * bare `UNWIND` floor (bench/unwind-floor.ts), the same generated articles, in the same run: rounds alternate
 * which goes first, each on an emptied graph, batches of INGEST_BATCH_SIZE with 4 in flight as `npm run ingest`
 * writes them (extraction excluded). Then it ingests B more batches under PROFILE and prints the database hits per
 * article of every statement of the transaction and its costliest operators — where the time goes.
 *
 * `--statement-cpu [--cpu-batches C]`: then C more batches of each model, one transaction at a time, with the
 * server's CPU of every statement and of every commit read from the kernel's account of its threads
 * (bench/statement-cpu.ts; the machine's load does not inflate it as it does wall time), split into the CPU of
 * the thread that ran the query and that of the JIT compilers, GC and other threads meanwhile, and the bytes each run
 * and each model writes to the transaction log per article.
 */
import type { Driver } from 'neo4j-driver';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { INGEST_BATCH_SIZE, toCypherParams } from '../src/index.js';
import { ingestDocuments, type ExtractedDocument } from '../src/ingest/ingest-document.js';
import { prepareDocument } from '../src/ingest/prepare-document.js';
import { openBenchServer } from './bench-server.js';
import { processCpuSeconds } from './process-cpu.js';
import { createProfilingExecutor, planDbHits } from './profiling-executor.js';
import { createWorld, generateArticle } from './synthetic-articles.js';
import { unwindFloorStatement } from './unwind-floor.js';
import {
  COMMIT,
  createCpuTimingExecutor,
  createReplanCounter,
  processRunNanos,
  STATEMENT_CPU_SETTINGS,
  THREAD_KINDS,
  transactionLogBytes,
  type StatementCpu,
} from './statement-cpu.js';

const { values } = parseArgs({
  options: {
    articles: { type: 'string' },
    rounds: { type: 'string' },
    'profile-batches': { type: 'string' },
    hubs: { type: 'string' },
    'statement-cpu': { type: 'boolean' },
    'cpu-batches': { type: 'string' },
  },
});
const ARTICLES = Number(values.articles ?? 5_000);
const ROUNDS = Number(values.rounds ?? 2);
const PROFILE_BATCHES = Number(values['profile-batches'] ?? 10);
const CONCURRENCY = 4;
const STATEMENT_CPU = values['statement-cpu'] ?? false;
const CPU_BATCHES = STATEMENT_CPU ? Number(values['cpu-batches'] ?? 10) : 0;
/** Batches of each model written one at a time before the timed ones: every statement planned and cached. */
const CPU_WARMUP = STATEMENT_CPU ? 2 : 0;
const log = (line: string) => process.stderr.write(`[ingest-cost] ${line}\n`);

interface Run {
  mode: 'full' | 'floor';
  seconds: number;
  neo4jMs: number;
  steadyNeo4jMs: number;
  /** With --statement-cpu: bytes written to the transaction log per article. */
  txLogBytes?: number;
}

/** With --statement-cpu: each model's server CPU per statement over CPU_BATCHES batches, one at a time. */
interface StatementCpuRun {
  mode: Run['mode'];
  articles: number;
  statements: StatementCpu[];
  processNanos: number;
  txLogBytes: number;
  /** Articles the model failed to write (a failed batch is retried one article a transaction: counted twice). */
  failed: number;
}

async function main(): Promise<void> {
  const loadAtStart = loadavg().map((n) => n.toFixed(1));
  const home = mkdtempSync(join(tmpdir(), 'newsgraph-ingest-cost-'));
  const bench = await openBenchServer({
    homeDir: home,
    queryTimeoutMs: 120_000,
    settings: STATEMENT_CPU ? STATEMENT_CPU_SETTINGS : {},
  });
  const { server, graph, driver } = bench;
  const world = createWorld(undefined, undefined, { hubShare: Number(values.hubs ?? 0) });
  const docs: ExtractedDocument[] = Array.from(
    { length: ARTICLES + (PROFILE_BATCHES + CPU_WARMUP + CPU_BATCHES) * INGEST_BATCH_SIZE },
    (_, i) => generateArticle(world, i),
  );
  const load = docs.slice(0, ARTICLES);

  const writeFloor = async (batch: ExtractedDocument[]) => {
    const prepared = batch.map((d) => prepareDocument(d.extraction, d.text));
    const { cypher, params } = unwindFloorStatement(prepared);
    const session = driver.session();
    try {
      await session.executeWrite((tx) => tx.run(cypher, toCypherParams(params) as Record<string, unknown>));
    } finally {
      await session.close();
    }
  };
  const writeFull = async (batch: ExtractedDocument[]) => {
    const failed = (await graph.ingestDocuments(batch)).filter((r) => !r.ok);
    if (failed.length > 0) throw new Error(`${failed.length} articles failed`);
  };
  /** Ingests `load` with CONCURRENCY batches in flight; Neo4j CPU ms per article, whole run and second half. */
  const ingest = async (mode: Run['mode']): Promise<Run> => {
    const write = mode === 'full' ? writeFull : writeFloor;
    const tx0 = transactionLogBytes(home);
    const cpu0 = processCpuSeconds(server.pid);
    const started = performance.now();
    let next = 0;
    let done = 0;
    let cpuHalf = 0;
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next < load.length) {
          const batch = load.slice(next, next + INGEST_BATCH_SIZE);
          next += batch.length;
          await write(batch);
          const before = done;
          done += batch.length;
          if (before < load.length / 2 && done >= load.length / 2) cpuHalf = processCpuSeconds(server.pid);
        }
      }),
    );
    const cpu1 = processCpuSeconds(server.pid);
    return {
      mode,
      seconds: (performance.now() - started) / 1000,
      neo4jMs: ((cpu1 - cpu0) * 1000) / load.length,
      steadyNeo4jMs: ((cpu1 - cpuHalf) * 1000) / (load.length / 2),
      txLogBytes: STATEMENT_CPU ? (transactionLogBytes(home) - tx0) / load.length : undefined,
    };
  };
  const empty = async () => {
    const session = driver.session();
    try {
      await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 2000 ROWS');
    } finally {
      await session.close();
    }
  };

  const runs: Run[] = [];
  try {
    await graph.applySchema();
    if (ROUNDS > 0) {
      log('warm-up: 1,000 articles with the full model, then the floor (not counted)');
      const warm = load.slice(0, 1000);
      for (let i = 0; i < warm.length; i += INGEST_BATCH_SIZE) await writeFull(warm.slice(i, i + INGEST_BATCH_SIZE));
      await empty();
      for (let i = 0; i < warm.length; i += INGEST_BATCH_SIZE) await writeFloor(warm.slice(i, i + INGEST_BATCH_SIZE));
    }
    for (let round = 0; round < ROUNDS; round++) {
      const order: Run['mode'][] = round % 2 === 0 ? ['full', 'floor'] : ['floor', 'full'];
      for (const mode of order) {
        await empty();
        log(`round ${round + 1}: ${mode}`);
        const run = await ingest(mode);
        log(
          `  ${run.seconds.toFixed(1)} s, ${(ARTICLES / run.seconds).toFixed(0)} articles/s, Neo4j ${run.neo4jMs.toFixed(2)} ms/article (second half ${run.steadyNeo4jMs.toFixed(2)})`,
        );
        runs.push(run);
      }
    }
    // The graph now holds the last round's load; profile the next batches on a graph written the same way.
    if (runs.at(-1)?.mode !== 'full') {
      await empty();
      await ingest('full');
    }
    log(`profiling ${PROFILE_BATCHES} batches of ${INGEST_BATCH_SIZE}`);
    const { executor, profiles } = createProfilingExecutor(driver);
    const extra = docs.slice(ARTICLES, ARTICLES + PROFILE_BATCHES * INGEST_BATCH_SIZE);
    for (let i = 0; i < extra.length; i += INGEST_BATCH_SIZE)
      await ingestDocuments(executor, extra.slice(i, i + INGEST_BATCH_SIZE));
    const floorHits = await profileFloor(driver, load.slice(0, PROFILE_BATCHES * INGEST_BATCH_SIZE));
    const cpuRuns: StatementCpuRun[] = [];
    if (STATEMENT_CPU) {
      const start = ARTICLES + PROFILE_BATCHES * INGEST_BATCH_SIZE;
      const warm = docs.slice(start, start + CPU_WARMUP * INGEST_BATCH_SIZE);
      const timed = docs.slice(start + CPU_WARMUP * INGEST_BATCH_SIZE);
      log(`server CPU per statement: ${CPU_BATCHES} batches of each model, one transaction at a time`);
      // The statements as the timed batches send them, planned once first (PROFILE's plans are not theirs), so the
      // timed runs pay only the replans Neo4j makes as the statistics move (counted: debug.log's discarded plans).
      const floorBatch = (batch: ExtractedDocument[], suffix: string) =>
        batch.map((d) => {
          const doc = prepareDocument(d.extraction, d.text);
          return { ...doc, source: { ...doc.source, id: `${doc.source.id}${suffix}` } };
        });
      const untimed = createCpuTimingExecutor(driver, server.pid);
      for (let i = 0; i < warm.length; i += INGEST_BATCH_SIZE) {
        await ingestDocuments(untimed.executor, warm.slice(i, i + INGEST_BATCH_SIZE));
        const prepared = floorBatch(warm.slice(i, i + INGEST_BATCH_SIZE), '-floor-warm');
        await untimed.executor.write(async (tx) => tx.run(unwindFloorStatement(prepared)));
      }
      // All the full model's batches first, then the floor's: the floor MERGEs entities and events with none of the
      // full model's properties, which a full batch after it would find half made.
      const replans = createReplanCounter(home);
      const full = createCpuTimingExecutor(driver, server.pid, replans);
      const floor = createCpuTimingExecutor(driver, server.pid, replans);
      const totals = { full: { nanos: 0, tx: 0, failed: 0 }, floor: { nanos: 0, tx: 0, failed: 0 } };
      for (let i = 0; i < timed.length; i += INGEST_BATCH_SIZE) {
        const [n0, t0] = [processRunNanos(server.pid), transactionLogBytes(home)];
        const results = await ingestDocuments(full.executor, timed.slice(i, i + INGEST_BATCH_SIZE));
        totals.full.nanos += processRunNanos(server.pid) - n0;
        totals.full.tx += transactionLogBytes(home) - t0;
        totals.full.failed += results.filter((r) => !r.ok).length;
      }
      for (let i = 0; i < timed.length; i += INGEST_BATCH_SIZE) {
        // The floor writes the same batch under fresh ids (as new articles, as the full model's were).
        const prepared = floorBatch(timed.slice(i, i + INGEST_BATCH_SIZE), '-floor-cpu');
        const [n0, t0] = [processRunNanos(server.pid), transactionLogBytes(home)];
        await floor.executor.write(async (tx) => tx.run(unwindFloorStatement(prepared)));
        totals.floor.nanos += processRunNanos(server.pid) - n0;
        totals.floor.tx += transactionLogBytes(home) - t0;
      }
      for (const [mode, timing] of [
        ['full', full],
        ['floor', floor],
      ] as const)
        cpuRuns.push({
          mode,
          articles: timed.length,
          statements: [...timing.cpu.values()],
          processNanos: totals[mode].nanos,
          txLogBytes: totals[mode].tx,
          failed: totals[mode].failed,
        });
    }
    printReport(runs, profiles, floorHits, extra.length, loadAtStart, cpuRuns);
  } finally {
    await bench.close();
    rmSync(home, { recursive: true, force: true });
  }
}

/** Database hits per article of the floor statement (run under PROFILE in a transaction that is rolled back). */
async function profileFloor(driver: Driver, batchDocs: ExtractedDocument[]): Promise<number> {
  const session = driver.session();
  const tx = session.beginTransaction();
  let hits = 0;
  try {
    // Re-ingesting articles already there is not the floor's cost: give them fresh ids.
    for (let i = 0; i < batchDocs.length; i += INGEST_BATCH_SIZE) {
      const prepared = batchDocs.slice(i, i + INGEST_BATCH_SIZE).map((d) => {
        const doc = prepareDocument(d.extraction, d.text);
        return { ...doc, source: { ...doc.source, id: `${doc.source.id}-floor-profile` } };
      });
      const { cypher, params } = unwindFloorStatement(prepared);
      const result = await tx.run(`PROFILE ${cypher}`, toCypherParams(params));
      if (result.summary.profile) hits += planDbHits(result.summary.profile);
    }
  } finally {
    await tx.rollback();
    await session.close();
  }
  return hits / batchDocs.length;
}

function printReport(
  runs: Run[],
  profiles: ReturnType<typeof createProfilingExecutor>['profiles'],
  floorHits: number,
  profiled: number,
  loadAtStart: string[],
  cpuRuns: StatementCpuRun[],
): void {
  // Lower median: with two rounds the warmer (cheaper) one, as the first run of a mode still pays JIT warm-up.
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)] ?? NaN;
  const of = (mode: Run['mode']) => runs.filter((r) => r.mode === mode);
  const full = median(of('full').map((r) => r.steadyNeo4jMs));
  // With --rounds 0 only the profile is printed (the graph is loaded once, not timed against the floor).
  const floor = median(of('floor').map((r) => r.steadyNeo4jMs));
  const lines = [
    `${cpus().length} CPUs, ${cpus()[0]?.model.trim()}, Node ${process.version}; load average ${loadAtStart.join(' ')} at start, ${loadavg()
      .map((n) => n.toFixed(1))
      .join(
        ' ',
      )} at the end. ${ARTICLES} generated articles per run, batches of ${INGEST_BATCH_SIZE}, ${CONCURRENCY} in flight, Neo4j 5.26 (heap 1 GB, page cache 512 MB).`,
    '',
    '| run (in order) | seconds | articles/s | Neo4j CPU ms/article (whole run) | Neo4j CPU ms/article (second half) |',
    '| -------------- | ------- | ---------- | -------------------------------- | ---------------------------------- |',
    ...runs.map(
      (r) =>
        `| ${r.mode} | ${r.seconds.toFixed(1)} | ${(ARTICLES / r.seconds).toFixed(0)} | ${r.neo4jMs.toFixed(2)} | ${r.steadyNeo4jMs.toFixed(2)} |${r.txLogBytes === undefined ? '' : ` transaction log ${(r.txLogBytes / 1024).toFixed(1)} KiB/article |`}`,
    ),
    '',
    `Ratio full / floor, Neo4j CPU per article in the second half (medians): ${(full / floor).toFixed(2)} (target ≤ 1.3).`,
    '',
    `Database hits per article (PROFILE, ${profiled} more articles on the loaded graph; the floor: ${floorHits.toFixed(0)}):`,
    '',
    '| statement | runs | db hits per article | rows |',
    '| --------- | ---- | ------------------- | ---- |',
  ];
  for (const run of cpuRuns) lines.push(...statementCpuReport(run), '');
  const sorted = [...profiles.values()].sort((a, b) => b.dbHits - a.dbHits);
  for (const p of sorted) lines.push(`| \`${p.name}\` | ${p.runs} | ${(p.dbHits / profiled).toFixed(1)} | ${p.rows} |`);
  const total = sorted.reduce((sum, p) => sum + p.dbHits, 0) / profiled;
  lines.push(`| total | | ${total.toFixed(1)} | |`, '', 'Costliest operators (db hits per article):', '');
  for (const p of sorted.slice(0, 5)) {
    const ops = [...p.operators.entries()].sort((a, b) => b[1] - a[1]).slice(0, 12);
    lines.push(`- \`${p.name}\`: ${ops.map(([op, hits]) => `${op} ${(hits / profiled).toFixed(1)}`).join('; ')}`);
  }
  console.log(lines.join('\n'));
}

/** One model's server CPU per statement and commit, per article, and its transaction-log bytes per article. */
function statementCpuReport(run: StatementCpuRun): string[] {
  const ms = (nanos: number) => (nanos / 1e6 / run.articles).toFixed(3);
  const rows = [...run.statements].sort((a, b) => b.cpuNanos - a.cpuNanos);
  const counted = rows.reduce((sum, r) => sum + r.cpuNanos, 0);
  return [
    `Server CPU per article, ${run.mode}, ${run.articles} articles one transaction at a time (kernel schedstat of all Neo4j threads): ${ms(run.processNanos)} ms in all, ${ms(counted)} ms within statements and commits; ${run.failed} articles failed; transaction log ${(run.txLogBytes / 1024 / run.articles).toFixed(2)} KiB per article.`,
    '',
    '| statement | runs | replanned | CPU ms/article | share | its query thread | JIT compilers | GC | other threads |',
    '| --------- | ---- | --------- | -------------- | ----- | ---------------- | ------------- | -- | ------------- |',
    ...rows.map(
      (r) =>
        `| ${r.name === COMMIT ? r.name : `\`${r.name}\``} | ${r.runs} | ${r.replans} | ${ms(r.cpuNanos)} | ${((100 * r.cpuNanos) / counted).toFixed(0)}% | ${THREAD_KINDS.map((kind) => ms(r.byKind[kind])).join(' | ')} |`,
    ),
  ];
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
