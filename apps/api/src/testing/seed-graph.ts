import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Graph } from '@newsgraph/graph';

/** The repository's seed articles folder. */
export const seedsDir = fileURLToPath(new URL('../../../../seeds/', import.meta.url));

/** Seed file texts by article id (`article:file:seeds/<file name>`, the id `npm start` gives them). */
export function readSeeds(): Map<string, string> {
  const files = readdirSync(seedsDir)
    .filter((name) => name.endsWith('.txt'))
    .sort();
  return new Map(files.map((name) => [`article:file:seeds/${name}`, readFileSync(join(seedsDir, name), 'utf8')]));
}

/** Empties the graph, applies the schema and ingests every seed with the real extractor. */
export async function seedGraph(graph: Graph): Promise<Map<string, string>> {
  await graph.deleteAll();
  await graph.applySchema();
  const seeds = readSeeds();
  for (const name of readdirSync(seedsDir)
    .filter((n) => n.endsWith('.txt'))
    .sort()) {
    await graph.ingestText({ text: readFileSync(join(seedsDir, name), 'utf8'), uri: `seeds/${name}` });
  }
  return seeds;
}
