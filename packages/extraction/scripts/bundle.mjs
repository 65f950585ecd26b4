/**
 * Bundles a CLI (`bin/<name>.ts` and everything it imports) into one plain-JS file, `dist/<name>.js`, so it starts
 * with `node` alone: no TypeScript transpiling of ~70 files at every start. esbuild comes with tsx (already
 * installed); the bundle is written to a temporary file and renamed, so concurrent builds never expose a half file.
 * `node scripts/bundle.mjs [name...]` (default: extract).
 */
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The package folder. */
export const PKG = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Path of the bundle of CLI `name`. */
export const bundlePath = (name) => join(PKG, 'dist', `${name}.js`);

/** Builds dist/<name>.js from bin/<name>.ts; resolves to false when esbuild cannot be loaded. */
export async function bundleCli(name) {
  let esbuild;
  try {
    esbuild = await import('esbuild');
  } catch {
    return false;
  }
  const result = await esbuild.build({
    entryPoints: [join(PKG, 'bin', `${name}.ts`)],
    bundle: true,
    write: false,
    platform: 'node',
    format: 'esm',
    // esnext: keep regex literals as literals (a lower target can turn them into `new RegExp` at every call).
    target: 'esnext',
    // Third-party packages load from node_modules (the reader imports its HTML stack lazily, on the first page);
    // workspace packages are TypeScript and get bundled.
    external: [
      'compromise',
      '@mozilla/readability',
      'linkedom',
      'undici',
      '@extractus/feed-extractor',
      'csv-parse',
      'robots-parser',
      'ipaddr.js',
      'html-encoding-sniffer',
      'tldts',
      'zod',
    ],
    logLevel: 'warning',
  });
  const out = bundlePath(name);
  mkdirSync(dirname(out), { recursive: true });
  const tmp = `${out}.${process.pid}.tmp`;
  writeFileSync(tmp, result.outputFiles[0].text);
  renameSync(tmp, out);
  return true;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const names = process.argv.slice(2);
  for (const name of names.length ? names : ['extract']) {
    if (!(await bundleCli(name))) {
      process.stderr.write('bundle: esbuild not found; the CLIs will run through tsx\n');
      break;
    }
  }
}
