/**
 * Maps `items` through an async `fn` with at most `concurrency` calls in flight, yielding results in input order:
 * pages are fetched ahead while earlier ones are extracted and written, yet the run stays deterministic.
 */
export async function* orderedMap<T, R>(
  items: Iterable<T>,
  concurrency: number,
  fn: (item: T) => Promise<R>,
): AsyncGenerator<R> {
  const iterator = items[Symbol.iterator]();
  const window: Array<Promise<R>> = [];
  const fill = () => {
    while (window.length < concurrency) {
      const next = iterator.next();
      if (next.done) return;
      window.push(fn(next.value));
    }
  };
  fill();
  while (window.length > 0) {
    const result = await window.shift()!;
    fill();
    yield result;
  }
}
