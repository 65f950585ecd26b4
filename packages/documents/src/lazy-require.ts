import { createRequire } from 'node:module';

const load = createRequire(import.meta.url);

/**
 * A third-party module loaded on first use, synchronously (CommonJS, or ES modules through Node's require(esm)).
 * Every entry point imports this package's index, so a static import of the network stack (undici ~130 ms of CPU,
 * the feed extractor ~60 ms, tldts, ipaddr.js, robots-parser) was paid at the start of every run, also by the
 * extract CLI reading local files that never fetches anything (~0.2 s of its start-up).
 */
export function lazyRequire<T>(id: string): () => T {
  let loaded: T | undefined;
  return () => (loaded ??= load(id) as T);
}
