/**
 * `npx tsx packages/graph/bench/story-candidates-ab.ts --home DIR [--articles 1000] [--batches 20] [--variants FILE]
 * [--profile]`: Neo4j's CPU (kernel schedstat of its threads, bench/statement-cpu.ts) of the story candidate
 * statement (`storyCandidatesQuery`) against other versions of it, on the same batches in the same transactions
 * (issue 17). Each batch of generated articles is written by the documents statement in a transaction; then each
 * version runs once on the batch's events (in turns, the first one changing each batch), its rows are compared
 * with the current statement's, and the transaction is rolled back, so every batch sees the same store. `--home`
 * keeps the Neo4j home: the first run loads `--articles` generated articles with the full model, later runs reuse
 * it. `--variants FILE`: a module exporting `variants: Record<string, string>` (Cypher taking `$events`).
 * `--profile`: also prints each version's database hits and its costliest operators; `--plans`: each one's plan;
 * `--planning`: the CPU of planning each one anew (`CYPHER replan=force EXPLAIN`), per batch.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import neo4j, { type ProfiledPlan } from 'neo4j-driver';
import { INGEST_BATCH_SIZE, toCypherParams } from '../src/index.js';
import { ingestStatement } from '../src/ingest/ingest-statements.js';
import { prepareDocument } from '../src/ingest/prepare-document.js';
import { stampReportTime } from '../src/ingest/report-time.js';
import { planStories } from '../src/ingest/update-stories.js';
import { openBenchServer } from './bench-server.js';
import { planDbHits } from './profiling-executor.js';
import { processRunNanosByKind, THREAD_KINDS } from './statement-cpu.js';
import { createWorld, generateArticle } from './synthetic-articles.js';

const { values } = parseArgs({
  options: {
    home: { type: 'string' },
    articles: { type: 'string', default: '1000' },
    batches: { type: 'string', default: '20' },
    variants: { type: 'string' },
    profile: { type: 'boolean', default: false },
    plans: { type: 'boolean', default: false },
    planning: { type: 'boolean', default: false },
  },
});
const log = (line: string) => process.stderr.write(`[candidates-ab] ${line}\n`);

/** A row with its lists in a canonical order, so versions that return the same facts compare equal. */
function canonical(row: Record<string, unknown>): string {
  const candidates = (row['candidates'] as Array<Record<string, unknown>>)
    .map((c): Record<string, unknown> => ({ ...c, ancestors: [...new Set(c['ancestors'] as string[])].sort() }))
    .sort((a, b) => String(a['id']).localeCompare(String(b['id'])));
  return JSON.stringify({
    eventId: row['eventId'],
    orgId: row['orgId'] ?? null,
    ancestors: [...new Set(row['ancestors'] as string[])].sort(),
    root: (row['ancestors'] as string[]).at(-1) ?? null,
    candidates,
  });
}

/** A plan as indented lines: operator and details. */
function planLines(plan: ProfiledPlan, depth = 0): string[] {
  const details = String(plan.arguments['Details'] ?? '')
    .replace(/\s+/g, ' ')
    .slice(0, 140);
  return [
    `${'  '.repeat(depth)}${plan.operatorType} ${details}`,
    ...plan.children.flatMap((child) => planLines(child, depth + 1)),
  ];
}

function operatorHits(plan: ProfiledPlan, into: Map<string, number>): void {
  const key = `${plan.operatorType} ${String(plan.arguments['Details'] ?? '').slice(0, 100)}`;
  into.set(key, (into.get(key) ?? 0) + plan.dbHits);
  for (const child of plan.children) operatorHits(child, into);
}

async function main(): Promise<void> {
  const home = values.home;
  if (!home) throw new Error('--home DIR is required (loaded once, then reused)');
  const fresh = !existsSync(resolve(home, 'data'));
  mkdirSync(home, { recursive: true });
  const articles = Number(values.articles);
  const batches = Number(values.batches);
  const { storyCandidatesQuery } = await import('../src/ingest/story-statements.js');
  const extra = values.variants
    ? ((await import(pathToFileURL(resolve(values.variants)).href)) as { variants: Record<string, string> }).variants
    : {};
  const bench = await openBenchServer({ homeDir: home, queryTimeoutMs: 300_000 });
  const { server, graph, driver } = bench;
  const world = createWorld();
  try {
    if (fresh) {
      await graph.applySchema();
      log(`loading ${articles} generated articles with the full model`);
      const load = Array.from({ length: articles }, (_, i) => generateArticle(world, i));
      let next = 0;
      await Promise.all(
        Array.from({ length: 4 }, async () => {
          while (next < load.length) {
            const batch = load.slice(next, (next += INGEST_BATCH_SIZE));
            const failed = (await graph.ingestDocuments(batch)).filter((r) => !r.ok);
            if (failed.length > 0) throw new Error(`${failed.length} articles failed`);
          }
        }),
      );
    }
    const stored = await driver.executeQuery('MATCH (s:Source {kind: "article"}) RETURN count(s) AS n');
    const offset = Number(stored.records[0]!.get('n'));
    // The generator draws from one random stream: replay the stored articles' draws, so the next ones are new.
    if (!fresh) for (let i = 0; i < offset; i++) generateArticle(world, i);
    log(`${offset} articles stored; ${batches} batches of ${INGEST_BATCH_SIZE} rolled back after the lookups`);
    const names = ['current', ...Object.keys(extra)];
    const text = (name: string, events: unknown) =>
      name === 'current' ? storyCandidatesQuery(events as never).cypher : extra[name]!;
    const cpu = new Map(names.map((n) => [n, { query: 0, jit: 0, gc: 0, other: 0 }]));
    const hits = new Map(names.map((n) => [n, 0]));
    const operators = new Map(names.map((n) => [n, new Map<string, number>()]));
    const differences = new Map(names.map((n) => [n, 0]));
    const planning = new Map(names.map((n) => [n, { query: 0, jit: 0, gc: 0, other: 0 }]));
    let events = 0;
    /** What the current statement returned: rows (fresh events), those with PART_OF ancestors, candidate stories. */
    const shape = { rows: 0, withAncestors: 0, candidates: 0 };
    for (let b = 0; b < batches; b++) {
      const docs = Array.from({ length: INGEST_BATCH_SIZE }, (_, i) =>
        generateArticle(world, offset + b * INGEST_BATCH_SIZE + i),
      );
      const stamp = new Date().toISOString();
      const prepared = docs.map((d) => stampReportTime(prepareDocument(d.extraction, d.text), stamp));
      const plan = planStories(prepared);
      if (!plan.candidates) continue;
      const params = toCypherParams(plan.candidates.params);
      events += (plan.candidates.params['events'] as unknown[]).length;
      const session = driver.session({ defaultAccessMode: neo4j.session.WRITE });
      const tx = session.beginTransaction();
      try {
        const write = ingestStatement(prepared);
        await tx.run(write.cypher, toCypherParams(write.params));
        const order = names.map((_, i) => names[(i + b) % names.length]!);
        const rows = new Map<string, string[]>();
        for (const name of order) {
          const before = processRunNanosByKind(server.pid);
          const result = await tx.run(text(name, plan.candidates.params['events']), params);
          const after = processRunNanosByKind(server.pid);
          // The first batch plans every version (and the JVM compiles the planner): a warm-up, not counted.
          if (b > 0) for (const kind of THREAD_KINDS) cpu.get(name)![kind] += after[kind] - before[kind];
          rows.set(name, result.records.map((r) => canonical(r.toObject())).sort());
          if (name === 'current' && b > 0)
            for (const r of result.records) {
              shape.rows += 1;
              shape.withAncestors += (r.get('ancestors') as unknown[]).length > 0 ? 1 : 0;
              shape.candidates += (r.get('candidates') as unknown[]).length;
            }
        }
        // Plans, profiles and planning after every version ran, so their garbage does not land in those figures.
        for (const name of order) {
          if (values.plans && b === 0) {
            const explained = await tx.run(`EXPLAIN ${text(name, null)}`, params);
            console.log(`plan of ${name}:\n${planLines(explained.summary.plan as ProfiledPlan).join('\n')}\n`);
          }
          if (values.profile) {
            const profiled = await tx.run(`PROFILE ${text(name, null)}`, params);
            const p = profiled.summary.profile as ProfiledPlan;
            hits.set(name, hits.get(name)! + planDbHits(p));
            operatorHits(p, operators.get(name)!);
          }
        }
        // The CPU of planning each anew: what a replan costs (statistics changed, or the plan cache lost it).
        for (const name of values.planning ? order : []) {
          const start = processRunNanosByKind(server.pid);
          await tx.run(`CYPHER replan=force EXPLAIN ${text(name, null)}`, params);
          const end = processRunNanosByKind(server.pid);
          if (b > 0) for (const kind of THREAD_KINDS) planning.get(name)![kind] += end[kind] - start[kind];
        }
        const expected = JSON.stringify(rows.get('current'));
        for (const name of names) {
          if (JSON.stringify(rows.get(name)) !== expected) {
            differences.set(name, differences.get(name)! + 1);
            if (differences.get(name) === 1) {
              const mine = rows.get(name)!;
              const theirs = rows.get('current')!;
              const diff = mine.filter((r) => !theirs.includes(r)).slice(0, 2);
              log(
                `${name} differs from current in batch ${b}: ${diff.join('\n')}\n  current: ${theirs
                  .filter((r) => !mine.includes(r))
                  .slice(0, 2)
                  .join('\n')}`,
              );
            }
          }
        }
      } finally {
        await tx.rollback();
        await session.close();
      }
    }
    const perArticle = (batches - 1) * INGEST_BATCH_SIZE;
    console.log(
      `${batches - 1} batches (after one not counted) of ${INGEST_BATCH_SIZE} articles (${events} story events) on ${offset} stored articles; the current statement returned ${shape.rows} fresh events, ${shape.withAncestors} of them of a unit, and ${shape.candidates} candidate stories`,
    );
    console.log(
      "| version | Neo4j CPU ms/article | of it the query thread's | JIT, GC, other | db hits/article | planning it anew, CPU ms per plan | batches differing from current |",
    );
    console.log('| --- | --- | --- | --- | --- | --- | --- |');
    const ms = (nanos: number) => (nanos / 1e6 / perArticle).toFixed(3);
    const planned = (p: Record<string, number>) =>
      `${((p.query! + p.jit! + p.gc! + p.other!) / 1e6 / (batches - 1)).toFixed(1)} (query thread ${(p.query! / 1e6 / (batches - 1)).toFixed(1)})`;
    for (const name of names) {
      const c = cpu.get(name)!;
      console.log(
        `| ${name} | ${ms(c.query + c.jit + c.gc + c.other)} | ${ms(c.query)} | ${ms(c.jit)}, ${ms(c.gc)}, ${ms(c.other)} | ${values.profile ? (hits.get(name)! / perArticle).toFixed(1) : '-'} | ${values.planning ? planned(planning.get(name)!) : '-'} | ${differences.get(name)} |`,
      );
    }
    if (values.profile)
      for (const name of names) {
        const top = [...operators.get(name)!.entries()].sort((a, b) => b[1] - a[1]).slice(0, 8);
        console.log(`- ${name}: ${top.map(([op, h]) => `${op} ${(h / perArticle).toFixed(1)}`).join('; ')}`);
      }
  } finally {
    await bench.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
