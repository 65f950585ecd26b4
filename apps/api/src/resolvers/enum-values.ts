/**
 * The GraphQL enums and the values the graph stores for them: resolvers and Cypher see the stored values, clients
 * the enum names (Apollo maps both ways; a stored value with no name is an error, not a silent string). Each name
 * is its stored value upper-cased with `-` as `_` (`stepped-down` ↔ `STEPPED_DOWN`), so only the values are
 * listed; each enum is a value (the name → value map Apollo takes) and a type (the union of its values) of the same
 * name, as a string enum would be, so the generated resolver types use them too (codegen/generate-resolver-types.ts).
 */

/** The GraphQL name of a stored value: `stepped-down` → `STEPPED_DOWN`. */
type EnumName<V extends string> = V extends `${infer Head}-${infer Rest}`
  ? `${Uppercase<Head>}_${EnumName<Rest>}`
  : Uppercase<V>;

/** The values of an enum object (the type of the same name). */
type ValueOf<T> = T[keyof T];

/** The enum of some stored values: each one's GraphQL name → the value. */
function storedEnum<const V extends string>(values: readonly V[]): { readonly [K in V as EnumName<K>]: K } {
  return Object.freeze(
    Object.fromEntries(values.map((value) => [value.toUpperCase().replaceAll('-', '_'), value])),
  ) as { readonly [K in V as EnumName<K>]: K };
}

export const EventKind = storedEnum(['layoff', 'restructuring', 'hiring', 'investment', 'earnings', 'leadership']);
export type EventKind = ValueOf<typeof EventKind>;

export const EventStatus = storedEnum(['announced', 'planned', 'reported', 'completed']);
export type EventStatus = ValueOf<typeof EventStatus>;

export const SourceKind = storedEnum([
  'article',
  'news-outlet',
  'tracker',
  'analyst-firm',
  'internal-memo',
  'company-filing',
  'company-statement',
  'anonymous',
  'other',
]);
export type SourceKind = ValueOf<typeof SourceKind>;

export const LeadershipChange = storedEnum(['appointed', 'promoted', 'stepped-down', 'resigned', 'fired', 'retired']);
export type LeadershipChange = ValueOf<typeof LeadershipChange>;

export const ClaimBasis = storedEnum(['company', 'news', 'aggregator', 'anonymous', 'other']);
export type ClaimBasis = ValueOf<typeof ClaimBasis>;

export const ReportClock = storedEnum(['published', 'ingested']);
export type ReportClock = ValueOf<typeof ReportClock>;

/** The enum resolvers Apollo takes: each enum name → its stored value. */
export const enumValues = { EventKind, EventStatus, SourceKind, LeadershipChange, ClaimBasis, ReportClock };
