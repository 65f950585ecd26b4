import { expandInputs, fileKind } from '@newsgraph/documents';

/**
 * How many documents the paths hold, when that is known without reading them: one per file; null as soon as a
 * dataset (`.json`, `.jsonl`, `.csv`: any number of records) is among them. Lists folders, reads no file.
 */
export async function countDocuments(paths: readonly string[], cwd: string): Promise<number | null> {
  let n = 0;
  for await (const item of expandInputs(paths, cwd)) {
    const kind = fileKind(item.path);
    if (kind === 'json' || kind === 'jsonl' || kind === 'csv') return null;
    n++;
  }
  return n;
}
