import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

function isWorkspaceRoot(dir: string): boolean {
  const file = join(dir, 'package.json');
  if (!existsSync(file)) return false;
  try {
    return Array.isArray((JSON.parse(readFileSync(file, 'utf8')) as { workspaces?: unknown }).workspaces);
  } catch {
    return false;
  }
}

/**
 * The project root: the nearest folder above `from` whose package.json declares workspaces. Found by walking up
 * rather than by a fixed `../../..`, so the same code works from TypeScript source and from a bundle in `dist/`.
 * Falls back to the current directory's root, then to the current directory.
 */
export function findRepoRoot(from = moduleDir()): string {
  for (const start of [from, process.cwd()].filter((dir): dir is string => Boolean(dir))) {
    for (let dir = start; ; dir = dirname(dir)) {
      if (isWorkspaceRoot(dir)) return dir;
      if (dirname(dir) === dir) break;
    }
  }
  return process.cwd();
}

/** This module's folder, or undefined where bundlers rewrite `import.meta.url` to something that is not a file. */
function moduleDir(): string | undefined {
  try {
    return dirname(fileURLToPath(import.meta.url));
  } catch {
    return undefined;
  }
}
