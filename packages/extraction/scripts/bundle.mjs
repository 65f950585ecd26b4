/**
 * Bundles a CLI (`bin/<name>.ts` and everything it imports) into one plain-JS file, `dist/<name>.js`, so it starts
 * with `node` alone: no TypeScript transpiling of ~70 files at every start. A CLI that starts worker threads gets
 * their entries bundled beside it (`extract`: the extraction pool's `dist/extraction-pool-worker.js`, which the
 * pool looks for next to the running code). esbuild comes with tsx (already installed); each bundle is written to
 * a temporary file and renamed, the CLI's last, so concurrent builds never expose a half file.
 * `node scripts/bundle.mjs [name...]` (default: extract).
 */
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The package folder. */
export const PKG = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Path of the bundle of CLI `name`. */
export const bundlePath = (name) => join(PKG, 'dist', `${name}.js`);

/** Worker-thread entries a CLI starts, bundled beside it as dist/<file name>.js. */
const WORKERS = { extract: ['src/pool/extraction-pool-worker.ts'] };

/** The bundles CLI `name` runs from: its workers' and its own (the CLI's last). */
export function bundleFiles(name) {
  const workers = (WORKERS[name] ?? []).map((src) => ({
    entry: join(PKG, src),
    out: join(PKG, 'dist', `${src.split('/').pop().replace(/\.ts$/, '')}.js`),
  }));
  return [...workers, { entry: join(PKG, 'bin', `${name}.ts`), out: bundlePath(name) }];
}

/** Builds dist/<name>.js from bin/<name>.ts (and its workers' bundles); resolves to false when esbuild cannot be loaded. */
export async function bundleCli(name) {
  let esbuild;
  try {
    esbuild = await import('esbuild');
  } catch {
    return false;
  }
  const files = bundleFiles(name);
  const builds = files.map(({ entry }) =>
    esbuild.build({
      entryPoints: [entry],
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
    }),
  );
  for (const [i, { out }] of files.entries()) {
    const result = await builds[i];
    mkdirSync(dirname(out), { recursive: true });
    const tmp = `${out}.${process.pid}.tmp`;
    writeFileSync(tmp, result.outputFiles[0].text);
    renameSync(tmp, out);
  }
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
