import { describe, expect, it } from 'vitest';
import { inOrder } from './in-order.js';

/** A promise settled from outside, so a test decides in which order work finishes. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

const tick = () => new Promise((r) => setImmediate(r));

describe('inOrder', () => {
  it('emits in input order when later items finish first', async () => {
    const work = [0, 1, 2, 3, 4].map(() => deferred<string>());
    const emitted: string[] = [];
    const run = inOrder(
      [0, 1, 2, 3, 4],
      8,
      (i) => work[i]!.promise,
      async (r) => void emitted.push(r),
    );
    for (const i of [4, 2, 3, 0, 1]) {
      work[i]!.resolve(`doc ${i}`);
      await tick();
    }
    await run;
    expect(emitted).toEqual(['doc 0', 'doc 1', 'doc 2', 'doc 3', 'doc 4']);
  });

  it('reads the next item only when fewer than `limit` are in flight (a corpus never held whole)', async () => {
    const pulled: number[] = [];
    async function* items() {
      for (let i = 0; i < 10; i++) {
        pulled.push(i);
        yield i;
      }
    }
    const work = Array.from({ length: 10 }, () => deferred<number>());
    let inFlight = 0;
    let most = 0;
    const emitted: number[] = [];
    const run = inOrder(
      items(),
      3,
      (i) => {
        most = Math.max(most, ++inFlight);
        return work[i]!.promise;
      },
      async (r) => {
        inFlight--;
        emitted.push(r);
      },
    );
    await tick();
    expect(pulled).toEqual([0, 1, 2]);
    for (let i = 9; i >= 0; i--) work[i]!.resolve(i); // all done at once, last first
    await run;
    expect(emitted).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(most).toBe(3);
  });

  it('runs one at a time with a limit of 1 (the main thread, `--threads 0`)', async () => {
    const log: string[] = [];
    await inOrder(
      ['a', 'b'],
      1,
      async (x) => (log.push(`start ${x}`), x),
      async (x) => void log.push(`emit ${x}`),
    );
    expect(log).toEqual(['start a', 'emit a', 'start b', 'emit b']);
  });
});
