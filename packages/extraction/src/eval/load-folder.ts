import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Gold } from './gold.js';

/** An annotated article: its text file and its gold. */
export interface AnnotatedArticle {
  path: string;
  text: string;
  gold: Gold;
}

/**
 * Reads every `<name>.txt` / `.md` / `.html` of a folder that has a `<name>.gold.json` beside it (sorted by name).
 * When `goldDir` is given, the gold files are looked up there instead (seed texts with the shared gold).
 */
export async function loadAnnotatedFolder(dir: string, goldDir = dir): Promise<AnnotatedArticle[]> {
  const names = (await readdir(dir)).sort();
  const golds = new Set((await readdir(goldDir)).filter((n) => n.endsWith('.gold.json')));
  const out: AnnotatedArticle[] = [];
  for (const n of names) {
    const m = /^(.*)\.(?:txt|md|html?)$/.exec(n);
    if (!m || !golds.has(`${m[1]}.gold.json`)) continue;
    const text = await readFile(join(dir, n), 'utf8');
    const gold = JSON.parse(await readFile(join(goldDir, `${m[1]}.gold.json`), 'utf8')) as Gold;
    out.push({ path: join(dir, n), text, gold });
  }
  return out;
}
