/**
 * How much memory and disk Neo4j needs per 100,000 articles: `npm run bench:sizing -w @newsgraph/graph --
 * [--articles N] [--every K] [--heap 768m] [--pagecache 256m]`. Starts Neo4j with the given memory (default what
 * `npm start` sets), ingests N generated articles as `npm run ingest` writes them (batches of 20, 4 in flight;
 * the generator supplies the extraction, which does not change what Neo4j stores) and, every K articles, reports
 * the store on disk after a checkpoint (store files, which the page cache should hold, and transaction logs), the
 * heap (G1 old generation, where long-lived data ends up, and the whole heap in use), and the latency of a hub entity's
 * `sourcesCiting` (200 sequential reads, p50/p99). `--max-minutes M` stops at the first checkpoint past M minutes. Prints a Markdown table with the machine line.
 */
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { startNeo4j } from '@newsgraph/neo4j-local';
import { findFreePort } from '@newsgraph/process-tools';
import { createGraph, type Graph } from '../src/index.js';
import { createWorld, generateArticle } from './synthetic-articles.js';

const { values } = parseArgs({
  options: {
    articles: { type: 'string' },
    every: { type: 'string' },
    heap: { type: 'string' },
    pagecache: { type: 'string' },
    'max-minutes': { type: 'string' },
  },
});
const ARTICLES = Number(values.articles ?? 100_000);
const EVERY = Number(values.every ?? 25_000);
/** Stop at the first checkpoint past this many minutes (a shared machine); default no limit. */
const MAX_MS = Number(values['max-minutes'] ?? Infinity) * 60_000;
const memory = { heap: values.heap ?? '768m', pageCache: values.pagecache ?? '256m' };
const log = (line: string) => process.stderr.write(`[sizing-bench] ${line}\n`);
const MiB = 1024 * 1024;

/** Bytes of every file under `dir`. */
function folderBytes(dir: string): number {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    total += entry.isDirectory() ? folderBytes(path) : statSync(path).size;
  }
  return total;
}

async function heapMiB(graph: Graph): Promise<{ oldMiB: number; usedMiB: number }> {
  const rows = await graph.executor.read<{ name: string; attributes: Record<string, { value: unknown }> }>({
    cypher: "CALL dbms.queryJmx('java.lang:type=Memory*,*') YIELD name, attributes RETURN name, attributes",
    params: {},
  });
  const used = (usage: unknown) => Number((usage as { properties?: { used?: number } })?.properties?.used ?? 0) / MiB;
  const heap = rows.find((row) => row.name === 'java.lang:type=Memory');
  const old = rows.find((row) => /G1 Old Gen/.test(row.name));
  return {
    usedMiB: used(heap?.attributes.HeapMemoryUsage?.value),
    oldMiB: used(old?.attributes.Usage?.value),
  };
}

async function citingLatency(graph: Graph, name: string): Promise<{ p50: number; p99: number }> {
  const times: number[] = [];
  for (let i = 0; i < 200; i++) {
    const started = performance.now();
    await graph.sourcesCiting(name, 20);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return { p50: times[100]!, p99: times[197]! };
}

async function main(): Promise<void> {
  const loadAtStart = loadavg().map((n) => n.toFixed(1));
  const home = mkdtempSync(join(tmpdir(), 'newsgraph-sizing-'));
  log(`Neo4j home ${home}`);
  const neo4j = await startNeo4j({ homeDir: home, boltPort: await findFreePort(), memory });
  const graph = createGraph(neo4j.connection, { queryTimeoutMs: 120_000 });
  const rows: string[] = [];
  let articles = 0;
  let storeAfterStop: number;
  try {
    await graph.applySchema();
    const world = createWorld();
    const hub = world.companies[0]!.name; // the generator's most-mentioned company (Zipf-skewed)
    let next = 0;
    const started = performance.now();
    for (let checkpoint = EVERY; checkpoint <= ARTICLES; checkpoint += EVERY) {
      const t0 = performance.now();
      const from = next;
      await Promise.all(
        Array.from({ length: 4 }, async () => {
          while (next < checkpoint) {
            const batch = Array.from({ length: Math.min(20, checkpoint - next) }, () => generateArticle(world, next++));
            const failed = (await graph.ingestDocuments(batch)).filter((result) => !result.ok);
            if (failed.length > 0) throw new Error(`${failed.length} generated articles failed to ingest.`);
          }
        }),
      );
      const rate = (checkpoint - from) / ((performance.now() - t0) / 1000);
      const store = folderBytes(join(home, 'data', 'databases')) / MiB;
      const txLogs = folderBytes(join(home, 'data', 'transactions')) / MiB;
      const heap = await heapMiB(graph);
      const latency = await citingLatency(graph, hub);
      const line = `| ${checkpoint.toLocaleString('en-US')} | ${store.toFixed(0)} | ${txLogs.toFixed(0)} | ${heap.oldMiB.toFixed(0)} | ${heap.usedMiB.toFixed(0)} | ${rate.toFixed(0)} | ${latency.p50.toFixed(1)} / ${latency.p99.toFixed(1)} |`;
      log(line);
      rows.push(line);
      articles = checkpoint;
      if (performance.now() - started > MAX_MS && checkpoint < ARTICLES) {
        log(`stopping at ${checkpoint} articles: past --max-minutes`);
        break;
      }
    }
    log(`done in ${((performance.now() - started) / 1000).toFixed(0)} s`);
  } finally {
    await graph.close();
    await neo4j.stop();
    // A clean shutdown checkpoints: the store files now hold all the data (Community has no db.checkpoint()).
    storeAfterStop = folderBytes(join(home, 'data', 'databases')) / MiB;
    rmSync(home, { recursive: true, force: true });
  }
  console.log(
    [
      `${cpus().length} CPUs, ${cpus()[0]?.model.trim()}, Node ${process.version}; load average (1, 5, 15 min) ${loadAtStart.join(' ')} at start, ${loadavg()
        .map((n) => n.toFixed(1))
        .join(' ')} at the end. Neo4j 5.26, heap ${memory.heap}, page cache ${memory.pageCache}.`,
      '',
      '| articles | store files, not yet checkpointed (MiB) | tx logs (MiB) | heap old generation (MiB) | heap in use (MiB) | articles/s (this slice) | hub `sourcesCiting` p50 / p99 (ms) |',
      '| -------- | --------------------------------------- | ------------- | ------------------------- | ----------------- | ----------------------- | ---------------------------------- |',
      ...rows,
      '',
      `Store files after a clean shutdown (checkpointed) at ${articles.toLocaleString('en-US')} articles: ${storeAfterStop.toFixed(0)} MiB.`,
    ].join('\n'),
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
