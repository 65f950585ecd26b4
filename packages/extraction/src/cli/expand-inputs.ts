import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { callerPath } from './cwd.js';
import { InputError, toInputError } from './errors.js';

/** Extensions read when a folder is given (a file given by name is always read). */
export const DOCUMENT_EXTENSIONS = ['.txt', '.md', '.html', '.htm'];

/** One input: a file to read, or the error that stands in for it. */
export type InputItem = { path: string } | { path: string; error: InputError };

/**
 * Expands the paths as given, in order: a file as is, a folder recursively (entries sorted by name, only
 * `*.txt`, `*.md`, `*.html`, `*.htm`, hidden entries skipped), a missing path as an E_NOT_FOUND item.
 * Lazy: one directory listing in memory at a time. Paths keep the caller's spelling (see callerPath).
 */
export async function* expandInputs(
  paths: readonly string[],
  extensions = DOCUMENT_EXTENSIONS,
): AsyncGenerator<InputItem> {
  for (const p of paths) {
    let info;
    try {
      info = await stat(callerPath(p));
    } catch (err) {
      yield { path: p, error: toInputError(p, err) };
      continue;
    }
    if (info.isDirectory()) yield* walk(p, extensions);
    else yield { path: p };
  }
}

async function* walk(dir: string, extensions: readonly string[]): AsyncGenerator<InputItem> {
  let entries;
  try {
    entries = await readdir(callerPath(dir), { withFileTypes: true });
  } catch (err) {
    yield { path: dir, error: toInputError(dir, err) };
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const full = join(dir, e.name);
    if (e.isDirectory()) yield* walk(full, extensions);
    else if (e.isFile() && extensions.some((x) => e.name.toLowerCase().endsWith(x)) && !e.name.endsWith('.gold.json'))
      yield { path: full };
  }
}
