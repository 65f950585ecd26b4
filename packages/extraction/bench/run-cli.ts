import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';

/**
 * Wall time, CPU time (user + system seconds of the process and its threads) and peak RSS (KiB) of one CLI run —
 * CPU and RSS from GNU time when available, else null; stdout is discarded.
 */
export function runCli(
  args: string[],
  cwd: string,
): Promise<{ seconds: number; cpuSeconds: number | null; peakKiB: number | null; code: number }> {
  const gnuTime = existsSync('/usr/bin/time');
  const cmd = gnuTime ? '/usr/bin/time' : process.execPath;
  const argv = gnuTime ? ['-f', '__PEAK__%M %U %S', process.execPath, ...args] : args;
  return new Promise((resolve, reject) => {
    const t = performance.now();
    const child = spawn(cmd, argv, { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      const m = /__PEAK__(\d+) ([\d.]+) ([\d.]+)/.exec(err);
      resolve({
        seconds: (performance.now() - t) / 1000,
        cpuSeconds: m ? Number(m[2]) + Number(m[3]) : null,
        peakKiB: m ? Number(m[1]) : null,
        code: code ?? -1,
      });
    });
  });
}
