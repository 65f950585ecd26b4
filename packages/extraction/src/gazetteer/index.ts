import { COMPANIES } from './companies.js';
import { DIVISIONS } from './divisions.js';
import { PRODUCTS } from './products.js';
import { SOURCES } from './sources.js';
import { KNOWN_PEOPLE } from './first-names.js';
import type { EntityType, SourceKind } from '../types.js';
import { tokenize } from '../text/tokenize.js';

/** What a gazetteer name stands for. */
export interface GazetteerEntry {
  type: EntityType;
  name: string;
  kind?: SourceKind;
  /** Canonical name of the parent organization (divisions, subsidiaries). */
  parent?: string;
}

/** One way of writing a name, split into tokens and the exact separators between them. */
export interface GazetteerAlias {
  tokens: string[];
  gaps: string[];
  entry: GazetteerEntry;
}

/** Aliases keyed by their first token, longest first: a lookup is one Map hit per text token. */
export type GazetteerIndex = Map<string, GazetteerAlias[]>;

function addAlias(index: GazetteerIndex, surface: string, entry: GazetteerEntry): void {
  const toks = tokenize(surface);
  if (toks.length === 0) return;
  const gaps = toks.slice(1).map((t, i) => surface.slice(toks[i]!.end, t.start).replace(/\s+/g, ' '));
  const alias: GazetteerAlias = { tokens: toks.map((t) => t.text), gaps, entry };
  const key = alias.tokens[0]!;
  const list = index.get(key) ?? [];
  list.push(alias);
  list.sort((a, b) => b.tokens.length - a.tokens.length);
  index.set(key, list);
}

function addWithVariants(index: GazetteerIndex, surface: string, entry: GazetteerEntry): void {
  addAlias(index, surface, entry);
  if (surface.startsWith('The ')) addAlias(index, 'the ' + surface.slice(4), entry);
  if (/^\p{Ll}/u.test(surface)) addAlias(index, surface[0]!.toUpperCase() + surface.slice(1), entry);
}

/** Builds the lookup over every company, division, source, product and known person (done once per process). */
export function buildGazetteerIndex(): GazetteerIndex {
  const index: GazetteerIndex = new Map();
  for (const c of COMPANIES) {
    const entry: GazetteerEntry = { type: 'Company', name: c.name, ...(c.parent ? { parent: c.parent } : {}) };
    for (const s of [c.name, ...(c.aliases ?? [])]) addWithVariants(index, s, entry);
  }
  for (const d of DIVISIONS) {
    const entry: GazetteerEntry = { type: 'Division', name: d.name, ...(d.parent ? { parent: d.parent } : {}) };
    for (const s of [d.name, ...(d.aliases ?? [])]) addWithVariants(index, s, entry);
  }
  for (const s of SOURCES) {
    const entry: GazetteerEntry = { type: 'Source', name: s.name, kind: s.kind };
    for (const a of [s.name, ...(s.aliases ?? [])]) addWithVariants(index, a, entry);
  }
  for (const p of PRODUCTS) {
    const entry: GazetteerEntry = { type: 'Product', name: p.name, parent: p.owner };
    for (const a of [p.name, ...(p.aliases ?? [])]) addWithVariants(index, a, entry);
  }
  for (const name of KNOWN_PEOPLE) addAlias(index, name, { type: 'Person', name });
  return index;
}

let cached: GazetteerIndex | null = null;
/** The shared, lazily built gazetteer index. */
export function gazetteerIndex(): GazetteerIndex {
  return (cached ??= buildGazetteerIndex());
}

/** Canonical organization names mapped to their parent's canonical name. */
export const ORG_PARENTS: ReadonlyMap<string, string> = new Map(
  [...COMPANIES, ...DIVISIONS].filter((o) => o.parent).map((o) => [o.name, o.parent!] as const),
);

/** Surnames of the known people mapped to the full name (a bare "Nadella" is Satya Nadella). */
export const KNOWN_SURNAMES: ReadonlyMap<string, string> = new Map(
  KNOWN_PEOPLE.map((n) => [n.split(' ').pop()!, n] as const),
);
