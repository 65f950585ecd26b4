/**
 * `npx tsx packages/graph/bench/mention-quotes-ab.ts [--articles N] [--pad BYTES] [--rounds R] [--requests Q]
 * [--clients C]`: what reading a mention's quotes through the article's list of quoted sentences costs against
 * reading them from the MENTIONS (issue 17, rounds 7 and 8). Two throwaway Neo4j servers load the same generated
 * articles (each padded with BYTES of filler at its end, so the texts have a news article's length: the generated
 * ones are ~620 bytes); on A every MENTIONS then gets its quote texts back (`quotes`, as the code before round 8
 * wrote them) and loses its indexes, and the articles their `quoteTexts`; B keeps them as ingestion now writes
 * them (`quoteIdx` into the article's `quoteTexts`). The reads that return mention quotes — `sourcesCiting` by
 * exact name and the first page of an entity's citations, 20 articles each, and the mention evidence of up to 10
 * of its articles — run as before on A (quotes read from the MENTIONS) and as now on B, in alternating rounds of Q
 * requests from C clients over every company, after an untimed warm-up; the answers of both are compared first.
 * Prints per side the median over rounds of p50 latency and Neo4j CPU per request.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Driver } from 'neo4j-driver';
import { CITING_SOURCE_FIELDS, sourcesCitingExactQuery, toCypherParams, type CypherQuery } from '../src/index.js';
import { INGEST_BATCH_SIZE } from '../src/ingest/ingest-document.js';
import { evidenceQueries } from '../src/queries/evidence-queries.js';
import { citationsPageQuery } from '../src/queries/page-queries.js';
import { mentionQuoteSpans, mentionQuoteTexts } from '../src/queries/projections.js';
import { cypherFragment as f } from '../src/query.js';
import { openBenchServer, type BenchServer } from './bench-server.js';
import { processCpuSeconds } from './process-cpu.js';
import { createWorld, generateArticle } from './synthetic-articles.js';

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '2000' },
    pad: { type: 'string', default: '4000' },
    rounds: { type: 'string', default: '4' },
    requests: { type: 'string', default: '600' },
    clients: { type: 'string', default: '4' },
  },
});
const ARTICLES = Number(values.articles);
const PAD = Number(values.pad);
const ROUNDS = Number(values.rounds);
const REQUESTS = Number(values.requests);
const CLIENTS = Number(values.clients);
const log = (line: string) => process.stderr.write(`[mention-quotes-ab] ${line}\n`);

/** Filler sentences of invented plant news, appended until the text is BYTES longer. */
const FILLER = [
  'The Orsk plant runs two shifts and ships parts to three regions.',
  'Its order book was described as steady through the spring quarter.',
  'A spokesperson said the site would keep its training programme.',
];
function padded(text: string): string {
  let out = text;
  for (let i = 0; out.length < text.length + PAD; i++) out += ` ${FILLER[i % FILLER.length]!}`;
  return out;
}

/** The read statements as the code before ran them: quotes from the MENTIONS (the article bound as `item` or `s`). */
const beforeText = (cypher: string): string => {
  for (const s of ['item', 's']) {
    const now = [
      [
        mentionQuoteSpans(f`m`, s === 'item' ? f`item` : f`s`).text,
        `[i IN range(0, size(m.quoteStarts) - 1) | {sourceId: ${s}.id, start: m.quoteStarts[i], end: m.quoteEnds[i], text: m.quotes[i]}]`,
      ],
      [mentionQuoteTexts(f`m`, s === 'item' ? f`item` : f`s`).text, 'm.quotes'],
    ] as const;
    for (const [current, before] of now) if (cypher.includes(current)) return cypher.replace(current, before);
  }
  throw new Error('The statement has no mention quotes to replace.');
};

type Read = (input: { id: string; name: string; articles: string[] }) => CypherQuery;
const READS: Record<string, Read> = {
  sourcesCiting: ({ name }) => sourcesCitingExactQuery(name, 20, CITING_SOURCE_FIELDS),
  citationsPage: ({ id }) => citationsPageQuery([id], { first: 20, cursor: null }),
  mentionEvidence: ({ id, articles }) =>
    evidenceQueries(articles.slice(0, 10).map((sourceId) => ({ kind: 'mention', sourceId, entityId: id })))[0]!,
};

async function run(driver: Driver, query: CypherQuery): Promise<unknown[]> {
  const session = driver.session({ defaultAccessMode: 'READ' });
  try {
    const result = await session.run(query.cypher, toCypherParams(query.params));
    return result.records.map((r) => r.toObject());
  } finally {
    await session.close();
  }
}

/** Q requests from C clients over `inputs`: p50 ms and the server's CPU ms per request. */
async function load(side: BenchServer, queries: CypherQuery[]): Promise<{ p50: number; cpu: number }> {
  const cpu0 = processCpuSeconds(side.server.pid);
  const times: number[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: CLIENTS }, async () => {
      while (next < REQUESTS) {
        const query = queries[next++ % queries.length]!;
        const t0 = performance.now();
        await run(side.driver, query);
        times.push(performance.now() - t0);
      }
    }),
  );
  const cpu = ((processCpuSeconds(side.server.pid) - cpu0) * 1000) / REQUESTS;
  times.sort((a, b) => a - b);
  return { p50: times[Math.floor(times.length / 2)]!, cpu };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function main(): Promise<void> {
  log(
    `load ${loadavg()
      .map((n) => n.toFixed(1))
      .join(' ')}; ${ARTICLES} articles padded by ${PAD} bytes`,
  );
  const world = createWorld();
  const docs = Array.from({ length: ARTICLES }, (_, i) => {
    const doc = generateArticle(world, i);
    return { ...doc, text: padded(doc.text) };
  });
  const articlesOf = new Map<string, { name: string; articles: string[] }>();
  for (const d of docs)
    for (const e of d.extraction.entities.filter((x) => x.type === 'Company')) {
      const entry = articlesOf.get(e.id) ?? { name: e.name, articles: [] };
      entry.articles.push(d.extraction.source.id);
      articlesOf.set(e.id, entry);
    }
  const companies = [...articlesOf].map(([id, { name, articles }]) => ({ id, name, articles }));
  const homes = [mkdtempSync(join(tmpdir(), 'mq-ab-a-')), mkdtempSync(join(tmpdir(), 'mq-ab-b-'))];
  const sides: BenchServer[] = [];
  try {
    for (const homeDir of homes) sides.push(await openBenchServer({ homeDir, queryTimeoutMs: 120_000 }));
    for (const side of sides) {
      await side.graph.applySchema();
      for (let i = 0; i < docs.length; i += INGEST_BATCH_SIZE) {
        const failed = (await side.graph.ingestDocuments(docs.slice(i, i + INGEST_BATCH_SIZE))).filter((r) => !r.ok);
        if (failed.length > 0) throw new Error(`${failed.length} articles failed`);
      }
    }
    const [a, b] = sides as [BenchServer, BenchServer];
    // A as the code before wrote it: every MENTIONS with its quote texts, no indexes, no list on the article.
    const session = a.driver.session();
    try {
      await session.run(`MATCH (s:Source)-[m:MENTIONS]->() WHERE m.quoteIdx IS NOT NULL
        CALL (s, m) { SET m.quotes = [i IN m.quoteIdx | s.quoteTexts[i]] REMOVE m.quoteIdx }
        IN TRANSACTIONS OF 5000 ROWS`);
      await session.run(`MATCH (s:Source) WHERE s.quoteTexts IS NOT NULL
        CALL (s) { REMOVE s.quoteTexts } IN TRANSACTIONS OF 5000 ROWS`);
    } finally {
      await session.close();
    }
    log(`loaded; ${companies.length} companies`);

    for (const [name, read] of Object.entries(READS)) {
      const after = companies.map(read);
      const before = after.map((q) => ({ ...q, cypher: beforeText(q.cypher) }));
      let differ = 0;
      for (let i = 0; i < after.length; i++)
        if (JSON.stringify(await run(a.driver, before[i]!)) !== JSON.stringify(await run(b.driver, after[i]!)))
          differ++;
      log(`${name}: ${differ} of ${after.length} answers differ between before (A) and after (B)`);
      await load(a, before);
      await load(b, after);
      const results = {
        before: [] as Array<{ p50: number; cpu: number }>,
        after: [] as Array<{ p50: number; cpu: number }>,
      };
      for (let round = 0; round < ROUNDS; round++) {
        const order = round % 2 === 0 ? (['before', 'after'] as const) : (['after', 'before'] as const);
        for (const which of order)
          results[which].push(await load(which === 'before' ? a : b, which === 'before' ? before : after));
      }
      for (const which of ['before', 'after'] as const) {
        const rs = results[which];
        log(
          `${name} ${which}: p50 ${median(rs.map((r) => r.p50)).toFixed(2)} ms, Neo4j CPU ${median(rs.map((r) => r.cpu)).toFixed(2)} ms/request ` +
            `(rounds: ${rs.map((r) => `${r.p50.toFixed(2)}/${r.cpu.toFixed(2)}`).join(', ')})`,
        );
      }
    }
    log(
      `load ${loadavg()
        .map((n) => n.toFixed(1))
        .join(' ')}`,
    );
  } finally {
    for (const side of sides) await side.close();
    for (const home of homes) rmSync(home, { recursive: true, force: true });
  }
}

await main();
