import { readFileSync } from 'node:fs';

/**
 * CPU seconds (user + system) spent by this process's main thread alone, from /proc (Linux); null elsewhere.
 * `process.cpuUsage()` also counts V8's background threads (JIT compilation, GC), which on a short run add
 * ~40% on top of the extraction's own single-threaded work.
 */
export function mainThreadCpuSeconds(): number | null {
  try {
    const stat = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100; // utime + stime, in clock ticks (USER_HZ = 100)
  } catch {
    return null;
  }
}
