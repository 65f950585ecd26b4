import { extractDocument } from '../src/extract-document.js';
import { HOSTILE } from './hostile.js';

/** CPU seconds of this thread (other processes do not count). */
const cpu = () => {
  const u = process.threadCpuUsage();
  return (u.user + u.system) / 1e6;
};

/** One hostile generator's growth: CPU seconds for four texts of 1× and for one text of 4×. */
export interface HostileRow {
  name: string;
  oneSeconds: number;
  fourSeconds: number;
  /** fourSeconds / oneSeconds: ~1 when linear, ~4 when quadratic. */
  ratio: number;
}

/**
 * Runs every generator of `bench/hostile.ts` at `bytes` (four texts) and 4 × `bytes` (one text), best of two rounds
 * each, and one 10 MB single line of prose; returns the rows and the single line's seconds and MB/s.
 */
export function runHostile(bytes = 250_000): { rows: HostileRow[]; line: { seconds: number; mbps: number } } {
  const rows: HostileRow[] = [];
  for (const g of HOSTILE) {
    const small = g.make(bytes);
    const large = g.make(bytes * 4);
    let one = Infinity;
    let four = Infinity;
    for (let r = 0; r < 2; r++) {
      let t = cpu();
      for (let k = 0; k < 4; k++) extractDocument({ text: small, uri: 'hostile.txt' });
      one = Math.min(one, cpu() - t);
      t = cpu();
      extractDocument({ text: large, uri: 'hostile.txt' });
      four = Math.min(four, cpu() - t);
    }
    rows.push({ name: g.name, oneSeconds: one, fourSeconds: four, ratio: four / Math.max(one, 1e-4) });
  }
  const prose = HOSTILE.find((g) => g.name === 'single line of prose')!.make(10_000_000);
  const t = cpu();
  extractDocument({ text: prose, uri: 'line.txt' });
  const seconds = cpu() - t;
  return { rows, line: { seconds, mbps: prose.length / 1e6 / seconds } };
}
