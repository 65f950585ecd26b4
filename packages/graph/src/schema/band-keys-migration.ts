import type { Executor } from '../executor.js';
import { cypher } from '../query.js';
import { bandProperties } from '../syndication/band-keys.js';

/** Articles given their band properties per transaction of the migration; TextBand nodes deleted per transaction. */
export const BAND_KEYS_BATCH = 2_000;
const MARKER = 'band-keys-on-articles';

/**
 * Moves a graph written before Round 9 to lookup keys on the articles (syndication/band-keys.ts), once, in bounded
 * transactions: each article with a MinHash signature and no `band0` gets its band properties, computed from its
 * stored `minhash` as ingestion computes them (its `textHash`, the exact key, is already there), so the candidates
 * of the articles ingested next are found among the old ones too; then the `:TextBand` nodes and their `IN_BAND`
 * relationships go. A graph with no old articles only scans its sources once.
 */
export async function migrateBandKeys(executor: Executor): Promise<void> {
  const [state] = await executor.read<{ done: boolean }>({
    cypher: cypher`OPTIONAL MATCH (d:SchemaMigration {id: $marker}) RETURN d IS NOT NULL AS done`,
    params: { marker: MARKER },
  });
  if (state?.done) return;
  for (let after = ''; ;) {
    const last = await executor.write(async (tx) => {
      const rows = await tx.run<{ id: string; minhash: number[] | null; missing: boolean }>({
        cypher: cypher`
          MATCH (s:Node:Source) WHERE s.id > $after
          WITH s ORDER BY s.id LIMIT $batch
          RETURN s.id AS id, s.minhash AS minhash, s.minhash IS NOT NULL AND s.band0 IS NULL AS missing`,
        params: { after, batch: BAND_KEYS_BATCH },
      });
      const articles = rows
        .filter((row) => row.missing)
        .map((row) => ({ id: row.id, bands: bandProperties(row.minhash) }));
      if (articles.length > 0)
        await tx.run({
          cypher: cypher`
            UNWIND $articles AS a
            MATCH (s:Node:Source {id: a.id})
            SET s += a.bands`,
          params: { articles },
        });
      return rows.at(-1)?.id ?? null;
    });
    if (last === null) break;
    after = last;
  }
  for (;;) {
    const [row] = await executor.write((tx) =>
      tx.run<{ deleted: number }>({
        cypher: cypher`
          MATCH (b:TextBand)
          WITH b LIMIT $batch
          DETACH DELETE b
          RETURN count(*) AS deleted`,
        params: { batch: BAND_KEYS_BATCH },
      }),
    );
    if ((row?.deleted ?? 0) === 0) break;
  }
  await executor.write((tx) =>
    tx.run({ cypher: cypher`MERGE (:SchemaMigration {id: $marker})`, params: { marker: MARKER } }),
  );
}
