import { readdirSync, statSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';

/** File extensions treated as articles when a folder is given. */
export const ARTICLE_EXTENSIONS = new Set(['.txt', '.md']);

/**
 * Expands CLI arguments (relative to `cwd`) into article files: files as given, folders walked recursively for .txt/.md
 * (hidden entries skipped), sorted for a stable order. Missing paths are returned too, so they fail per file.
 */
export function collectFiles(paths: readonly string[], cwd = process.cwd()): string[] {
  const files = new Set<string>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name.startsWith('.')) continue;
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile() && ARTICLE_EXTENSIONS.has(extname(entry.name).toLowerCase())) files.add(full);
    }
  };
  for (const path of paths) {
    const full = resolve(cwd, path);
    let isDir = false;
    try {
      isDir = statSync(full).isDirectory();
    } catch {
      // not there: keep it so the run reports it as a failed file
    }
    if (isDir) walk(full);
    else files.add(full);
  }
  return [...files].sort();
}
