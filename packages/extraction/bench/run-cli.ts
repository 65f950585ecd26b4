import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Wall time and peak RSS (KiB, from GNU time when available, else null) of one CLI run; stdout is discarded. */
export function runCli(args: string[], cwd: string): Promise<{ seconds: number; peakKiB: number | null; code: number }> {
  const gnuTime = existsSync('/usr/bin/time');
  const cmd = gnuTime ? '/usr/bin/time' : process.execPath;
  const argv = gnuTime ? ['-f', '__PEAK__%M', process.execPath, ...args] : args;
  return new Promise((resolve, reject) => {
    const t = performance.now();
    const child = spawn(cmd, argv, { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      const m = /__PEAK__(\d+)/.exec(err);
      resolve({ seconds: (performance.now() - t) / 1000, peakKiB: m ? Number(m[1]) : null, code: code ?? -1 });
    });
  });
}
