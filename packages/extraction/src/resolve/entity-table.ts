import type { EntityType, ExtractedEntity, Span } from '../types.js';
import { detached } from '../text/memo.js';
import { slugify } from '../text/slug.js';
import { collapseSpaces } from '../text/char-class.js';

const PREFIX: Record<EntityType, string> = {
  Company: 'company',
  Division: 'division',
  Person: 'person',
  Source: 'source',
  Product: 'product',
};

/** `company:amazon`, `division:amazon-web-services`: derived from type and canonical name only, so documents merge. */
export function entityId(type: EntityType, name: string): string {
  const cache = ID_CACHE[type];
  let id = cache.get(name);
  if (id === undefined) {
    id = `${PREFIX[type]}:${slugify(name) || 'unnamed'}`;
    if (cache.size > 50_000) cache.clear();
    cache.set(detached(name), id);
  }
  return id;
}

/**
 * Ids already worked out, one map per type keyed by the name itself: a `type|name` key would be a new string to
 * flatten and hash at every call, and this runs for every mention of every step.
 */
const ID_CACHE: Record<EntityType, Map<string, string>> = {
  Company: new Map(),
  Division: new Map(),
  Person: new Map(),
  Source: new Map(),
  Product: new Map(),
};

interface Row {
  id: string;
  type: EntityType;
  name: string;
  kind?: string;
  aliases: Set<string>;
  extraAliases: Set<string>;
  mentions: Span[];
  starts: Set<number>;
}

/** Collects mentions into one entity per id, recording every surface form that differs from the name as an alias. */
export class EntityTable {
  private readonly rows = new Map<string, Row>();

  constructor(private readonly text: string) {}

  /** Adds a mention (ignored when empty or a duplicate offset) and returns the entity id. */
  addMention(type: EntityType, name: string, start: number, end: number, kind?: string): string {
    const id = entityId(type, name);
    let row = this.rows.get(id);
    if (!row) {
      row = {
        id,
        type,
        name,
        aliases: new Set(),
        extraAliases: new Set(),
        mentions: [],
        starts: new Set(),
        ...(kind ? { kind } : {}),
      };
      this.rows.set(id, row);
    }
    if (end > start && !row.starts.has(start)) {
      row.starts.add(start);
      const text = this.text.slice(start, end);
      row.mentions.push({ start, end, text });
      const surface = collapseSpaces(text);
      if (surface !== name) row.aliases.add(surface);
    }
    return id;
  }

  /** Adds an alias that is not a surface form (e.g. the generic name of a cited memo). */
  addAlias(id: string, alias: string): void {
    const row = this.rows.get(id);
    if (row && alias !== row.name) row.extraAliases.add(alias);
  }

  /** Every other name entity `id` was written under (surface forms and added aliases). */
  aliasesOf(id: string): string[] {
    const row = this.rows.get(id);
    return row ? [...row.aliases, ...row.extraAliases] : [];
  }

  has(id: string): boolean {
    return this.rows.has(id);
  }

  get(id: string): { id: string; type: EntityType; name: string; kind?: string } | undefined {
    return this.rows.get(id);
  }

  /** Entities with at least one mention, in order of first mention; mentions sorted by offset. */
  list(): ExtractedEntity[] {
    const out: ExtractedEntity[] = [];
    for (const r of this.rows.values()) {
      if (r.mentions.length === 0) continue;
      const mentions = [...r.mentions].sort((a, b) => a.start - b.start);
      const aliases = [...new Set([...r.aliases, ...r.extraAliases])].sort();
      out.push({ id: r.id, type: r.type, name: r.name, aliases, ...(r.kind ? { kind: r.kind } : {}), mentions });
    }
    return out.sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start || (a.id < b.id ? -1 : 1));
  }
}
