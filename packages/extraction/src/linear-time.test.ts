import { describe, expect, it } from 'vitest';
import { HOSTILE } from '../bench/hostile.js';
import { extractDocument } from './extract-document.js';

/** CPU seconds of this thread (other processes on a shared machine do not count). */
const cpu = () => {
  const u = process.threadCpuUsage();
  return (u.user + u.system) / 1e6;
};

/**
 * The cost of one text of 4× the size against four texts of 1× — the same number of bytes, so linear code gives a
 * ratio near 1 and quadratic code near 4. The best of a few alternating rounds is kept.
 */
function growth(run: (text: string) => unknown, make: (bytes: number) => string, bytes: number, rounds = 3): number {
  const small = make(bytes);
  const large = make(bytes * 4);
  run(make(2000));
  let one = Infinity;
  let four = Infinity;
  for (let r = 0; r < rounds; r++) {
    let t = cpu();
    for (let k = 0; k < 4; k++) run(small);
    one = Math.min(one, cpu() - t);
    t = cpu();
    run(large);
    four = Math.min(four, cpu() - t);
  }
  return four / Math.max(one, 0.004);
}

const extract = (text: string) => extractDocument({ text, uri: 'h.txt' });
/** Linear gives ~1, quadratic ~4; the margin absorbs garbage collection and timer noise. */
const LIMIT = 2.2;
const BYTES = 32_000;

describe('extraction time is linear in the input on hostile text', () => {
  for (const g of HOSTILE)
    it(`${g.name}: 4× the text costs about 4× the time`, () => {
      expect(growth(extract, g.make, BYTES)).toBeLessThan(LIMIT);
    }, 30_000);

  // Text with many sources, statements and events at a larger size: a look-up that scans every earlier source,
  // statement or event per sentence is quadratic only from the hundreds of KB (at 400 KB such scans gave ratios of
  // 2.3-3.9 before they became binary searches).
  for (const name of [
    'short sentences with events',
    'single line of prose',
    'cuts without full stops',
    'citations without full stops',
    'percent and dates without full stops',
  ])
    it(`${name} at 400 KB: 4× the text costs about 4× the time`, () => {
      expect(growth(extract, HOSTILE.find((g) => g.name === name)!.make, 400_000, 2)).toBeLessThan(LIMIT);
    }, 240_000);

  it('the measure fails quadratic code', () => {
    const rescan = (text: string) => {
      let n = 0;
      for (let i = 0; i < text.length; i += 64) for (let j = i; j < text.length; j++) n += text.charCodeAt(j);
      return n;
    };
    expect(growth(rescan, (b) => 'x'.repeat(b), BYTES)).toBeGreaterThan(LIMIT);
  }, 30_000);
});
