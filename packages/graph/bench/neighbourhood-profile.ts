/**
 * `npx tsx packages/graph/bench/neighbourhood-profile.ts --store DIR [--sample 8] [--depth 1] [--page-cache 1g]
 * [--query FILE]`: database hits (PROFILE) of the neighbourhood view the bench loads (`neighbourhood(id, depth:
 * 1)`, limit 100) around people and divisions (`--sample` spread over their ids, and as many of the most named) of
 * a Neo4j home kept by `npm run bench -w @newsgraph/graph -- --keep` (issue 17). Hits do not depend on the machine's load, so stores of different sizes can be compared on a shared
 * machine. Prints each view's hits with the entity's mentions and the operators that cost most over the sample.
 * `--query FILE`: a module exporting another `neighbourhoodQuery` (an earlier version, to compare on one store).
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import neo4j, { type ProfiledPlan } from 'neo4j-driver';
import { startNeo4j, stopNeo4j } from '@newsgraph/neo4j-local';
import { findFreePort } from '@newsgraph/process-tools';
import { toCypherParams } from '../src/executor.js';
import * as current from '../src/queries/neighbourhood-query.js';
import { planDbHits } from './profiling-executor.js';

const cli = parseArgs({
  options: {
    store: { type: 'string' },
    sample: { type: 'string', default: '8' },
    depth: { type: 'string', default: '1' },
    'page-cache': { type: 'string', default: '1g' },
    query: { type: 'string' },
  },
});

/** The operators of a plan with their own hits, keyed by operator and the start of its details. */
function operatorHits(plan: ProfiledPlan, into: Map<string, number>): void {
  const key = `${plan.operatorType} ${String(plan.arguments['Details'] ?? '').slice(0, 110)}`;
  into.set(key, (into.get(key) ?? 0) + plan.dbHits);
  for (const child of plan.children) operatorHits(child, into);
}

/** `count` ids spread evenly over `ids` (in id order, as the bench asks about them). */
const spread = (ids: string[], count: number) =>
  Array.from({ length: Math.min(count, ids.length) }, (_, i) => ids[Math.floor((i * ids.length) / count)]!);

async function main(): Promise<void> {
  const homeDir = cli.values.store;
  if (!homeDir) throw new Error('--store DIR (a Neo4j home kept by the bench) is required');
  const sample = Number(cli.values.sample);
  const depth = Number(cli.values.depth);
  const { neighbourhoodQuery } = (
    cli.values.query ? await import(pathToFileURL(resolve(cli.values.query)).href) : current
  ) as typeof current;
  const neo = await startNeo4j({
    homeDir,
    boltPort: await findFreePort(),
    memory: { heap: '1g', pageCache: cli.values['page-cache'] },
  });
  const driver = neo4j.driver(neo.connection.uri, neo4j.auth.basic(neo.connection.user, neo.connection.password));
  try {
    const ids = async (label: string, order: string) =>
      (
        await driver.executeQuery(
          `MATCH (n:${label}) RETURN n.id AS id ORDER BY ${order}`,
          {},
          {
            routing: neo4j.routing.READ,
          },
        )
      ).records.map((r) => r.get('id') as string);
    // As many spread over the ids as the most named (the views whose cost grew with the store).
    const sampled = async (label: string) => [
      ...new Set([
        ...spread(await ids(label, 'n.id'), sample),
        ...(await ids(label, 'COUNT { (n)<-[:MENTIONS]-() } DESC, n.id')).slice(0, sample),
      ]),
    ];
    const operators = new Map<string, number>();
    const totals: Record<string, number> = {};
    for (const label of ['Person', 'Division']) {
      for (const id of await sampled(label)) {
        const query = neighbourhoodQuery(id, depth, 100);
        const params = toCypherParams(query.params);
        for (let i = 0; i < 2; i++) await driver.executeQuery(query.cypher, params, { routing: neo4j.routing.READ });
        const result = await driver.executeQuery(`PROFILE ${query.cypher}`, params, { routing: neo4j.routing.READ });
        const plan = result.summary.profile as ProfiledPlan;
        const hits = planDbHits(plan);
        operatorHits(plan, operators);
        totals[label] = (totals[label] ?? 0) + hits;
        const counts = await driver.executeQuery(
          'MATCH (n:Node {id: $id}) RETURN COUNT { (n)<-[:MENTIONS]-() } AS mentions, COUNT { (n)--() } AS relationships',
          { id },
          { routing: neo4j.routing.READ },
        );
        const row = counts.records[0]!;
        const shown = (result.records[0]?.get('nodes') as Array<{ labels?: string[] }> | undefined) ?? [];
        const articles = shown.filter((node) => node.labels?.includes('Source')).length;
        const nodes = `${shown.length} (${articles} sources)`;
        console.log(
          `${label} ${id}: ${hits} db hits, ${nodes} nodes shown; ${row.get('mentions')} mentions, ${row.get('relationships')} relationships`,
        );
      }
    }
    console.log('totals', totals);
    console.log('costliest operators over the sample:');
    for (const [key, hits] of [...operators].sort((a, b) => b[1] - a[1]).slice(0, 25))
      console.log(`${String(hits).padStart(9)}  ${key}`);
  } finally {
    await driver.close();
    await stopNeo4j(homeDir);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
