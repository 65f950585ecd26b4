/**
 * Bundles a CLI (`bin/<name>.ts` and everything it imports) into one plain-JS file, `dist/<name>.js`, so it starts
 * with `node` alone: no TypeScript transpiling of ~70 files at every start. A CLI that starts worker threads gets
 * their entries bundled beside it (`extract`: the extraction pool's `dist/extraction-pool-worker.js`, which the
 * pool looks for next to the running code), in one build with code splitting: what the CLI and its workers share
 * (the extractor) goes to a chunk `dist/<name>-<hash>.js` that the CLI imports only when it extracts on its own
 * thread (`--threads 0`), so with threads the main thread neither compiles nor evaluates the extractor (~0.15 s of
 * start-up CPU). esbuild comes with tsx (already installed); each file is written to a temporary file and renamed,
 * chunks first and the CLI's last, so concurrent builds never expose a half file; chunks are named by their
 * content, so a CLI still running keeps its own, and chunks no bundle has used for an hour are removed.
 * `node scripts/bundle.mjs [name...]` (default: extract).
 */
import { mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
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
  const outdir = join(PKG, 'dist');
  const result = await esbuild.build({
    entryPoints: files.map((f) => f.entry),
    bundle: true,
    write: false,
    splitting: true,
    outdir,
    entryNames: '[name]',
    chunkNames: '[name]-[hash]',
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
  const entries = new Set(files.map((f) => f.out));
  const outputs = result.outputFiles.filter((f) => f.path.endsWith('.js'));
  // chunks first, then the workers, the CLI last: a file is complete once the one importing it appears
  const order = (path) => (!entries.has(path) ? 0 : path === files.at(-1).out ? 2 : 1);
  mkdirSync(outdir, { recursive: true });
  for (const file of outputs.sort((a, b) => order(a.path) - order(b.path))) {
    const tmp = `${file.path}.${process.pid}.tmp`;
    writeFileSync(tmp, file.text);
    renameSync(tmp, file.path);
  }
  pruneChunks(outdir, new Set(outputs.map((f) => basename(f.path))));
  return true;
}

/** Removes chunks (`<name>-<HASH>.js`) of earlier builds that no current bundle imports, once an hour old. */
function pruneChunks(dir, current) {
  const hourAgo = Date.now() - 3600_000;
  for (const file of readdirSync(dir)) {
    if (!/-[A-Z0-9]{8}\.js$/.test(file) || current.has(file)) continue;
    const path = join(dir, file);
    try {
      if (statSync(path).mtimeMs < hourAgo) rmSync(path);
    } catch {
      // removed meanwhile by another build
    }
  }
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
