import { readdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { DocumentError, toDocumentError } from '../errors.js';
import { fileKind } from './file-kind.js';

/** One input: a file to read (`path` as the caller spelled it, `absolute` resolved), or the error standing in for it. */
export type InputItem = { path: string; absolute: string } | { path: string; error: DocumentError };

/**
 * Expands paths, in order: a file as is, a folder recursively (entries sorted by name, only the extensions of
 * DOCUMENT_EXTENSIONS, `*.gold.json` and hidden entries skipped), a missing path as an E_NOT_FOUND item. Lazy: one
 * directory listing in memory at a time. Relative paths are resolved from `cwd` (npm's INIT_CWD for the CLIs).
 */
export async function* expandInputs(paths: readonly string[], cwd = process.cwd()): AsyncGenerator<InputItem> {
  for (const p of paths) {
    let info;
    try {
      info = await stat(resolve(cwd, p));
    } catch (err) {
      yield { path: p, error: toDocumentError(p, err) };
      continue;
    }
    if (info.isDirectory()) yield* walk(p, cwd);
    else yield { path: p, absolute: resolve(cwd, p) };
  }
}

async function* walk(dir: string, cwd: string): AsyncGenerator<InputItem> {
  let entries;
  try {
    entries = await readdir(resolve(cwd, dir), { withFileTypes: true });
  } catch (err) {
    yield { path: dir, error: toDocumentError(dir, err) };
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const full = join(dir, e.name);
    if (e.isDirectory()) yield* walk(full, cwd);
    else if (e.isFile() && fileKind(e.name) !== null) yield { path: full, absolute: resolve(cwd, full) };
  }
}
