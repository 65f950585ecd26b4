import { describe, expect, it } from 'vitest';
import { cypherFragment as f } from '../query.js';
import { keysetOrder } from './keyset.js';

describe('keysetOrder', () => {
  const order = keysetOrder([{ expr: f`coalesce(item.when, '')`, desc: true }, { expr: f`item.id` }]);

  it('orders by every key, and reversed flips each direction', () => {
    expect(order.orderBy.text).toBe("ORDER BY coalesce(item.when, '') DESC, item.id");
    expect(order.reversedOrderBy.text).toBe("ORDER BY coalesce(item.when, ''), item.id DESC");
    expect(order.key.text).toBe("[coalesce(item.when, ''), item.id]");
  });

  it('compares with the cursor lexicographically, the operator per key direction', () => {
    expect(order.after.text).toBe(
      "((coalesce(item.when, '') < $cursor[0]) OR (coalesce(item.when, '') = $cursor[0] AND item.id > $cursor[1]))",
    );
    expect(order.before.text).toBe(
      "((coalesce(item.when, '') > $cursor[0]) OR (coalesce(item.when, '') = $cursor[0] AND item.id < $cursor[1]))",
    );
  });

  it('refuses an empty order or more keys than a cursor holds', () => {
    expect(() => keysetOrder([])).toThrow(RangeError);
    expect(() => keysetOrder(Array(5).fill({ expr: f`item.id` }))).toThrow(RangeError);
  });
});
