import { resolve } from 'node:path';
import { expandInputs } from './expand-inputs.js';
import { readFile, type ReadFileOptions } from './read-file.js';
import type { ReadResult } from './read-document.js';

/** Options of readInputs. */
export interface ReadInputsOptions extends ReadFileOptions {
  /** Where relative paths are resolved; default `root`, else the current directory. */
  cwd?: string;
}

/**
 * The one reader of the CLIs and `npm start`: expands paths (folders walked in sorted order), reads each file by
 * kind (see readFile) and yields every document or per-document error in order, one file in memory at a time
 * (datasets one record at a time). File uris are relative to `root` (default: `cwd`).
 */
export async function* readInputs(
  paths: readonly string[],
  options: ReadInputsOptions = {},
): AsyncGenerator<ReadResult> {
  const cwd = options.cwd ?? options.root ?? process.cwd();
  const root = resolve(cwd, options.root ?? cwd);
  for await (const item of expandInputs(paths, cwd)) {
    if ('error' in item) yield { where: item.path, error: item.error };
    else yield* readFile(item.absolute, item.path, { ...options, root });
  }
}
