/**
 * End-to-end ingest from files, before and after the pipeline: `npm run bench:pipeline -w @newsgraph/graph --
 * [--articles N] [--rounds R] [--threads T]`. Writes N generated articles as .txt files, then runs the ingest CLI
 * (the compiled dist/ingest.js, as `npm run ingest` does) on an emptied graph with extraction on the main thread
 * (`--threads 0`, what the CLI did before) and on T worker threads (the pipeline), alternating which goes first;
 * reports articles/s for the whole run and for its second half (steady state, from the CLI's progress lines),
 * peak RSS of the CLI, Neo4j's CPU per article, and a repeated run (which must change nothing). Prints a Markdown
 * section with the machine line and load averages; docs/BENCHMARKS.md quotes it.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { childEnv, findRepoRoot } from '@newsgraph/config';
import { startNeo4j } from '@newsgraph/neo4j-local';
import { findFreePort } from '@newsgraph/process-tools';
import { createGraph } from '../src/index.js';
import { processCpuSeconds } from './process-cpu.js';
import { createWorld, generateArticle } from './synthetic-articles.js';

const { values } = parseArgs({
  options: { articles: { type: 'string' }, rounds: { type: 'string' }, threads: { type: 'string' } },
});
const ARTICLES = Number(values.articles ?? 5_000);
const ROUNDS = Number(values.rounds ?? 2);
const THREADS = Number(values.threads ?? 2);
const log = (line: string) => process.stderr.write(`[pipeline-bench] ${line}\n`);

interface Run {
  mode: string;
  seconds: number;
  rate: number;
  steadyRate: number;
  peakRssMiB: number;
  neo4jMsPerArticle: number;
  summary: string;
}

/** Runs the CLI under /usr/bin/time (peak RSS), timing its progress lines for the second-half rate. */
function runCli(args: string[], env: NodeJS.ProcessEnv, neo4jPid: number, mode: string): Promise<Run> {
  const cli = join(findRepoRoot(), 'packages/graph/dist/ingest.js');
  return new Promise((resolve, reject) => {
    const cpu0 = processCpuSeconds(neo4jPid);
    const started = performance.now();
    const child = spawn('/usr/bin/time', ['-f', 'maxrss=%M', process.execPath, cli, ...args], { env });
    const marks: Array<{ t: number; done: number }> = [];
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      for (const match of String(chunk).matchAll(/\] (\d+)\/\d+ files/g))
        marks.push({ t: performance.now(), done: Number(match[1]) });
    });
    child.on('error', reject);
    child.on('exit', (code) => {
      const seconds = (performance.now() - started) / 1000;
      if (code !== 0) return reject(new Error(`ingest exited ${code}: ${stderr.slice(-2000)}`));
      const half = marks.find((mark) => mark.done >= ARTICLES / 2);
      const last = marks.at(-1);
      const steadyRate =
        half && last && last.t > half.t ? (last.done - half.done) / ((last.t - half.t) / 1000) : Number.NaN;
      resolve({
        mode,
        seconds,
        rate: ARTICLES / seconds,
        steadyRate,
        peakRssMiB: Number(/maxrss=(\d+)/.exec(stderr)?.[1] ?? 0) / 1024,
        neo4jMsPerArticle: ((processCpuSeconds(neo4jPid) - cpu0) * 1000) / ARTICLES,
        summary: stdout.trim().split('\n')[0] ?? '',
      });
    });
  });
}

async function main(): Promise<void> {
  const loadAtStart = loadavg().map((n) => n.toFixed(1));
  const corpus = mkdtempSync(join(tmpdir(), 'newsgraph-pipeline-corpus-'));
  const home = mkdtempSync(join(tmpdir(), 'newsgraph-pipeline-neo4j-'));
  log(`writing ${ARTICLES} articles to ${corpus}`);
  const world = createWorld();
  for (let i = 0; i < ARTICLES; i++) {
    const dir = join(corpus, String(Math.floor(i / 1000)).padStart(3, '0'));
    if (i % 1000 === 0) mkdirSync(dir);
    writeFileSync(join(dir, `${String(i).padStart(7, '0')}.txt`), generateArticle(world, i).text);
  }
  const neo4j = await startNeo4j({
    homeDir: home,
    boltPort: await findFreePort(),
    memory: { heap: '1g', pageCache: '512m' },
  });
  const graph = createGraph(neo4j.connection, { queryTimeoutMs: 120_000 });
  const env = childEnv({
    NEO4J_URI: neo4j.connection.uri,
    NEO4J_USERNAME: neo4j.connection.user,
    NEO4J_PASSWORD: neo4j.connection.password,
  });
  const runs: Run[] = [];
  let repeat: Run | undefined;
  try {
    await graph.applySchema();
    const modes = [
      { name: 'before: extraction on the main thread (`--threads 0`)', args: ['--threads', '0'] },
      {
        name: `pipeline: ${THREADS} extraction threads (\`--threads ${THREADS}\`)`,
        args: ['--threads', String(THREADS)],
      },
    ];
    for (let round = 0; round < ROUNDS; round++) {
      for (const mode of round % 2 === 0 ? modes : [...modes].reverse()) {
        await graph.deleteAll();
        log(`round ${round + 1}: ${mode.name}`);
        const run = await runCli([...mode.args, '--root', corpus, corpus], env, neo4j.pid, mode.name);
        log(`  ${run.summary}`);
        runs.push(run);
      }
    }
    log('repeat of the last run (must change nothing)');
    repeat = await runCli(['--threads', String(THREADS), '--root', corpus, corpus], env, neo4j.pid, 'repeat');
    log(`  ${repeat.summary}`);
  } finally {
    await graph.close();
    await neo4j.stop();
    rmSync(corpus, { recursive: true, force: true });
    rmSync(home, { recursive: true, force: true });
  }
  const loadAtEnd = loadavg().map((n) => n.toFixed(1));
  const rows = runs.map(
    (r) =>
      `| ${r.mode} | ${r.seconds.toFixed(1)} | ${r.rate.toFixed(0)} | ${r.steadyRate.toFixed(0)} | ${r.peakRssMiB.toFixed(0)} | ${r.neo4jMsPerArticle.toFixed(2)} |`,
  );
  console.log(
    [
      `${cpus().length} CPUs, ${cpus()[0]?.model.trim()}, Node ${process.version}; load average (1, 5, 15 min) ${loadAtStart.join(' ')} at start, ${loadAtEnd.join(' ')} at the end. ${ARTICLES} generated articles as .txt files, Neo4j 5.26 (heap 1 GB, page cache 512 MB), batches of 20, 4 in flight.`,
      '',
      '| run | seconds | articles/s (whole run) | articles/s (second half) | CLI peak RSS (MiB) | Neo4j CPU ms/article |',
      '| --- | ------- | ---------------------- | ------------------------ | ------------------ | -------------------- |',
      ...rows,
      '',
      `Repeated ingest of the same files: ${repeat?.seconds.toFixed(1)} s, ${repeat?.summary}`,
    ].join('\n'),
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
