import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Graph } from '@newsgraph/graph';

/** Ingests every `*.txt` / `*.md` file of a folder (sorted); unchanged files are skipped by content hash. */
export async function ingestFolder(graph: Graph, folder: string, rootDir: string): Promise<{ files: number; changed: number }> {
  const names = readdirSync(folder).filter((name) => /\.(txt|md)$/i.test(name)).sort();
  let changed = 0;
  for (const name of names) {
    const path = join(folder, name);
    const result = await graph.ingestText({ text: readFileSync(path, 'utf8'), uri: relative(rootDir, path) });
    if (result.changed) changed += 1;
  }
  return { files: names.length, changed };
}
