/**
 * At most `perHost` requests in flight to one host at a time; the rest wait in order. Hosts are independent, so a
 * slow site never holds back another.
 */
export function createHostLimiter(perHost: number) {
  const active = new Map<string, number>();
  const waiting = new Map<string, Array<() => void>>();
  const release = (host: string) => {
    const next = waiting.get(host)?.shift();
    if (next) return next();
    const n = (active.get(host) ?? 1) - 1;
    if (n > 0) active.set(host, n);
    else active.delete(host);
  };
  return async function run<T>(host: string, task: () => Promise<T>): Promise<T> {
    if ((active.get(host) ?? 0) < perHost) active.set(host, (active.get(host) ?? 0) + 1);
    else await new Promise<void>((resolve) => (waiting.get(host) ?? waiting.set(host, []).get(host)!).push(resolve));
    try {
      return await task();
    } finally {
      release(host);
    }
  };
}
