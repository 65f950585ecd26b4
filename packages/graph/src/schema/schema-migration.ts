import type { Executor } from '../executor.js';
import { cypher, type CypherQuery } from '../query.js';

/** A migration's row: the sort key of the last item it handled, null when there was none left. */
export interface MigrationStep {
  last: string | null;
}

/**
 * Runs a migration once per graph (a `SchemaMigration` node named `marker` remembers it), in bounded transactions:
 * `step(after)` handles the next items after the sort key `after` ('' first) until one finds none left (null
 * `last`). A migration that recomputes exactly whatever it finds can run again on a graph emptied without the marker.
 */
export async function migrateOnce(
  executor: Executor,
  marker: string,
  step: (after: string) => CypherQuery,
): Promise<void> {
  const [state] = await executor.read<{ done: boolean }>({
    cypher: cypher`OPTIONAL MATCH (d:SchemaMigration {id: $marker}) RETURN d IS NOT NULL AS done`,
    params: { marker },
  });
  if (state?.done) return;
  for (let after = ''; ;) {
    const [row] = await executor.write((tx) => tx.run<MigrationStep>(step(after)));
    if (!row?.last) break;
    after = row.last;
  }
  await executor.write((tx) => tx.run({ cypher: cypher`MERGE (:SchemaMigration {id: $marker})`, params: { marker } }));
}
