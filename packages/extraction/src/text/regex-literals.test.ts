import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import type { DocumentExtraction, DocumentInput } from '../types.js';

const articles = fileURLToPath(new URL('../../fixtures/articles/', import.meta.url));

/**
 * esbuild, as tsx runs it for the bench (target: this Node version), rewrites a regex literal with `\p{…}` into
 * `new RegExp(...)` where it stands: inside a function, one construction per call (~45,000 per MB of news, 3–5% of
 * extraction time). Such literals belong in module constants. The extractor is bundled here the same way, and every
 * RegExp built from a `\p{…}` source while it extracts articles is counted.
 */
describe('no \\p{…} expression is built per call', () => {
  it('while the extractor, transformed as tsx does, reads dev articles', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'regex-literals-'));
    const Original = globalThis.RegExp;
    const built = new Set<string>();
    try {
      const out = await build({
        entryPoints: [fileURLToPath(new URL('../extract-document.ts', import.meta.url))],
        bundle: true,
        write: false,
        platform: 'node',
        format: 'esm',
        target: `node${process.versions.node}`,
      });
      const file = join(dir, 'extract.mjs');
      writeFileSync(file, out.outputFiles[0]!.text);
      const { extractDocument } = (await import(pathToFileURL(file).href)) as {
        extractDocument: (input: DocumentInput) => DocumentExtraction;
      };
      globalThis.RegExp = new Proxy(Original, {
        construct(target, args: [string | RegExp, string?], newTarget) {
          const source = args[0] instanceof Original ? args[0].source : String(args[0]);
          if (/\\[pP]\{/.test(source)) built.add(source);
          return Reflect.construct(target, args, newTarget) as RegExp;
        },
      });
      for (const f of readdirSync(articles)
        .filter((n) => n.endsWith('.txt'))
        .sort()
        .slice(0, 12))
        extractDocument({ text: readFileSync(join(articles, f), 'utf8'), uri: f });
    } finally {
      globalThis.RegExp = Original;
      rmSync(dir, { recursive: true, force: true });
    }
    expect([...built]).toEqual([]);
  }, 60_000);
});
