import { cypher, cypherFragment as f, type CypherFragment } from '../query.js';

/** One sort key: a non-null expression over the listed variable (coalesce nullable properties), and its direction. */
export interface SortKey {
  expr: CypherFragment;
  desc?: boolean;
}

/** The pieces of Cypher a keyset-paged list needs for one order. */
export interface KeysetOrder {
  /** `ORDER BY k0 [DESC], k1 …` */
  orderBy: CypherFragment;
  /** The same order reversed (pages read backwards). */
  reversedOrderBy: CypherFragment;
  /** True for items strictly after the key in `$cursor` (in `orderBy` order). */
  after: CypherFragment;
  /** True for items strictly before it. */
  before: CypherFragment;
  /** `[k0, k1 …]`: an item's key, which a cursor encodes. */
  key: CypherFragment;
}

/** `$cursor[i]` for the first few positions (a key has at most this many parts). */
const CURSOR_AT = [f`$cursor[0]`, f`$cursor[1]`, f`$cursor[2]`, f`$cursor[3]`];
const [LESS, MORE, COMMA, EMPTY, DESC_WORD] = [f`<`, f`>`, f`, `, f``, f` DESC`];

/** Joins fragments with a separator by folding the template tag (no fragment is ever made from a string). */
function join(parts: CypherFragment[], separator: CypherFragment): CypherFragment {
  return parts.slice(1).reduce((joined, part) => f`${joined}${separator}${part}`, parts[0]!);
}

/**
 * Lexicographic comparison with the cursor: `(k0 ⋚ c0) OR (k0 = c0 AND k1 ⋚ c1) OR …`, where ⋚ is > for an
 * ascending key read forwards (and flips for descending keys and for `beforeCursor`).
 */
function beyondCursor(keys: SortKey[], beforeCursor: boolean): CypherFragment {
  const terms: CypherFragment[] = [];
  const equalSoFar: CypherFragment[] = [];
  keys.forEach((key, i) => {
    const operator = Boolean(key.desc) !== beforeCursor ? LESS : MORE;
    const compare = f`${key.expr} ${operator} ${CURSOR_AT[i]!}`;
    terms.push(equalSoFar.length ? f`(${join(equalSoFar, f` AND `)} AND ${compare})` : f`(${compare})`);
    equalSoFar.push(f`${key.expr} = ${CURSOR_AT[i]!}`);
  });
  return f`(${join(terms, f` OR `)})`;
}

/**
 * Builds the ORDER BY, the cursor conditions and the key of a keyset order. The last key must make the order
 * total (an id), so "after the cursor" is exact: no item repeats or goes missing between pages, and no page
 * is found by skipping the ones before it.
 */
export function keysetOrder(keys: SortKey[]): KeysetOrder {
  if (keys.length === 0 || keys.length > CURSOR_AT.length) throw new RangeError('A keyset order has 1 to 4 keys.');
  const direction = (key: SortKey, reversed: boolean) => (Boolean(key.desc) !== reversed ? DESC_WORD : EMPTY);
  const by = (reversed: boolean) =>
    join(
      keys.map((key) => f`${key.expr}${direction(key, reversed)}`),
      COMMA,
    );
  return {
    orderBy: f`ORDER BY ${by(false)}`,
    reversedOrderBy: f`ORDER BY ${by(true)}`,
    after: beyondCursor(keys, false),
    before: beyondCursor(keys, true),
    key: f`[${join(
      keys.map((key) => key.expr),
      COMMA,
    )}]`,
  };
}

/**
 * What a keyset page statement lists: the pattern binding `item` (and anything `carry` keeps beside it), a
 * filter on it, and the item's projection. With `perParent`, the pattern may use `n`, the parent node of each
 * id in `$ids` (an entity's sources, an organization's events): one statement pages the list of every parent.
 */
export interface KeysetList {
  match: CypherFragment;
  where: CypherFragment;
  projection: CypherFragment;
  /** Variables kept beside `item` (distinct together); default just `item`. */
  carry?: CypherFragment;
  perParent?: boolean;
}

/**
 * One page of a list, read forwards (`$cursor` null or the key after which to start) or backwards (the key
 * before which to end), at most `$first + 1` rows so the caller knows whether more follow. Row:
 * `{ totalCount, rows: [[item, key], …], beyond }` (and `id` per parent) — `beyond` is true when items exist on
 * the other side of the cursor (a previous page when reading forwards). Built once per order and direction, at
 * module load.
 */
export function keysetPageStatement(list: KeysetList, order: KeysetOrder, backward: boolean): string {
  const past = backward ? order.before : order.after;
  const carry = list.carry ?? f`item`;
  const items = f`${list.match} WHERE (${list.where})`;
  const scope = list.perParent ? f`(n)` : f`()`;
  const page = f`
    CALL ${scope} { ${items} WITH DISTINCT item RETURN count(item) AS totalCount }
    CALL ${scope} {
      ${items} AND ($cursor IS NULL OR ${past})
      WITH DISTINCT ${carry} ${backward ? order.reversedOrderBy : order.orderBy}
      LIMIT $first + 1
      RETURN collect([${list.projection}, ${order.key}]) AS rows
    }`;
  const beyond = f`$cursor IS NOT NULL AND EXISTS { ${items} AND NOT ${past} } AS beyond`;
  return list.perParent
    ? cypher`
      UNWIND $ids AS id
      MATCH (n:Node {id: id})
      ${page}
      RETURN id, totalCount, rows, ${beyond}`
    : cypher`
      ${page}
      RETURN totalCount, rows, ${beyond}`;
}
