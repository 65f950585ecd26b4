import { readFileSync } from 'node:fs';

/**
 * Milliseconds a fixed integer loop takes on one core (median of 3). On a shared VM the same work takes longer
 * while neighbours are busy, so a run's latencies can be read against it: a larger figure is a slower machine.
 */
export function spinLoopMs(): number {
  const times: number[] = [];
  for (let round = 0; round < 3; round++) {
    const started = performance.now();
    let x = 0;
    for (let i = 0; i < 100_000_000; i++) x = (x + i * 7) % 1_000_003;
    times.push(performance.now() - started + (x < 0 ? 1 : 0)); // uses x so the loop is not optimised away
  }
  return times.sort((a, b) => a - b)[1]!;
}

/** Seconds of CPU the hypervisor gave to other guests ("steal", all cores summed), from /proc/stat (Linux). */
export function stolenCpuSeconds(): number {
  try {
    const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/);
    return Number(fields[8] ?? 0) / 100;
  } catch {
    return 0;
  }
}
