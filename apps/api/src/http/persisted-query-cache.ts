/** The key-value cache Apollo Server's automatic persisted queries (APQ) read and write (structurally). */
export interface PersistedQueryCache {
  get(key: string): Promise<string | undefined>;
  set(key: string, value: string): Promise<void>;
  delete(key: string): Promise<boolean | void>;
}

/** Queries registered by clients (APQ) kept per process beyond the manifest; the oldest go first. */
export const MAX_REGISTERED_QUERIES = 1_000;

/**
 * APQ storage: the manifest (hash → query text of every operation in packages/client, the same in every replica,
 * so a GET by hash is answered by whichever replica the load balancer picks, first time) plus, bounded, the
 * queries other clients register by POSTing the text with its hash. Apollo prefixes keys (`apq:<hash>`); the
 * hash is what follows the last colon. Registered queries go through the same validation and limits as any other.
 */
export function createPersistedQueryCache(
  manifest: ReadonlyMap<string, string>,
  maxRegistered = MAX_REGISTERED_QUERIES,
): PersistedQueryCache {
  const registered = new Map<string, string>();
  const hashOf = (key: string) => key.slice(key.lastIndexOf(':') + 1);
  return {
    async get(key) {
      const hash = hashOf(key);
      return manifest.get(hash) ?? registered.get(hash);
    },
    async set(key, value) {
      const hash = hashOf(key);
      if (manifest.has(hash)) return;
      registered.delete(hash);
      registered.set(hash, value);
      if (registered.size > maxRegistered) registered.delete(registered.keys().next().value!);
    },
    async delete(key) {
      return registered.delete(hashOf(key));
    },
  };
}
