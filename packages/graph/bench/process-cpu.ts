import { readFileSync } from 'node:fs';

/** CPU seconds process `pid` has used so far in its own code (user) and in the kernel for it (system), from /proc (Linux). */
export function processCpuTimes(pid: number): { user: number; system: number } {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return { user: Number(fields[11]) / 100, system: Number(fields[12]) / 100 };
}

/** CPU seconds (user + system) process `pid` has used so far, from /proc (Linux). */
export function processCpuSeconds(pid: number): number {
  const { user, system } = processCpuTimes(pid);
  return user + system;
}

/** Process `pid` and all its descendants (Linux /proc), e.g. a cluster primary and its workers. */
export function processTree(pid: number): number[] {
  let children: number[] = [];
  try {
    children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8')
      .trim()
      .split(/\s+/)
      .filter(Boolean)
      .map(Number);
  } catch {
    // gone, or not Linux
  }
  return [pid, ...children.flatMap(processTree)];
}

/** CPU seconds used so far by process `pid` and its descendants that are still running. */
export function processTreeCpuSeconds(pid: number): number {
  return processTree(pid).reduce((sum, each) => {
    try {
      return sum + processCpuSeconds(each);
    } catch {
      return sum; // exited between listing and reading
    }
  }, 0);
}

/**
 * Waits until process `pid` uses less than `idleShare` of one core over `windowMs` (after a bulk load Neo4j
 * keeps checkpointing, merging Lucene segments and compiling hot code for a while), or `timeoutMs` passes.
 * Returns the milliseconds waited.
 */
export async function waitUntilQuiet(
  pid: number,
  { idleShare = 0.05, windowMs = 2000, timeoutMs = 90_000 } = {},
): Promise<number> {
  const started = performance.now();
  while (performance.now() - started < timeoutMs) {
    const before = processCpuSeconds(pid);
    await new Promise((resolve) => setTimeout(resolve, windowMs));
    if ((processCpuSeconds(pid) - before) / (windowMs / 1000) < idleShare) break;
  }
  return performance.now() - started;
}
