import { isPortOpen } from '@newsgraph/process-tools';

/**
 * Who answers on 127.0.0.1:`port`, judged by what it says rather than by a pid file: `null` when the port is
 * free, else a description for the error message (a Newsgraph API, a Newsgraph explorer, or another program).
 */
export async function describePortOwner(host: string, port: number): Promise<string | null> {
  if (!(await isPortOpen(port, host))) return null;
  const base = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  try {
    const health = await fetch(`${base}/health`, { signal: AbortSignal.timeout(2_000) });
    const body = (await health.json().catch(() => null)) as { neo4j?: unknown } | null;
    if (body && typeof body === 'object' && 'neo4j' in body) return `a Newsgraph API not started by this npm start`;
  } catch {
    // not HTTP, or too slow: another program
  }
  try {
    const page = await fetch(`${base}/`, { signal: AbortSignal.timeout(2_000) });
    if ((await page.text()).includes('Newsgraph')) return `a Newsgraph explorer not started by this npm start`;
  } catch {
    // fall through
  }
  return 'another program';
}

/** Fails with the owner and the fix when something already answers on the port `name` needs. */
export async function assertPortFree(name: string, variable: string, host: string, port: number): Promise<void> {
  const owner = await describePortOwner(host, port);
  if (!owner) return;
  throw new Error(
    `${name}: port ${port} on ${host} is already in use by ${owner} (a stale process from an earlier run?). ` +
      `Stop it (e.g. \`fuser -k ${port}/tcp\`), or choose another port with ${variable}.`,
  );
}
