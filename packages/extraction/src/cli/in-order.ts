/**
 * Starts `start(item)` for each item as the iterable yields it, with at most `limit` started and not yet emitted,
 * and hands the results to `emit` in the items' order. The extract CLI's window over the pool: the threads work on
 * several documents at once, the output keeps the input's order, and memory holds `limit` documents, never the
 * corpus (the next item is read only once a place is free). `start` must not reject (turn failures into results).
 */
export async function inOrder<T, R>(
  items: AsyncIterable<T> | Iterable<T>,
  limit: number,
  start: (item: T) => Promise<R>,
  emit: (result: R) => Promise<void>,
): Promise<void> {
  const window: Promise<R>[] = [];
  for await (const item of items) {
    window.push(start(item));
    while (window.length >= Math.max(1, limit)) await emit(await window.shift()!);
  }
  while (window.length) await emit(await window.shift()!);
}
