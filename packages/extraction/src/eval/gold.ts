/** One annotated name: a gold entity, or a generic source with a `pattern` (a case-insensitive regex). */
export interface GoldName {
  name: string;
  aliases?: string[];
  pattern?: string;
  optional?: boolean;
}

/** The gold annotation of one article (format of `fixtures/seed-gold/README` / the shared gold). */
export interface Gold {
  id: string;
  companies?: GoldName[];
  divisions?: Array<GoldName & { company?: string }>;
  people?: Array<GoldName & { title?: string | null; organization?: string | null }>;
  events?: Array<{
    kind: string;
    organization: string | null;
    count: number | null;
    percent?: number | null;
    when?: string | null;
    optional?: boolean;
    note?: string;
  }>;
  cited_sources?: GoldName[];
}

/**
 * Name normalisation of the scoring rules: lower case, curly quotes straightened, possessive "'s" and a
 * leading "the" dropped, every run of other characters one space.
 */
export function normName(s: unknown): string {
  return String(s ?? '')
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/'s\b/g, '')
    .replace(/^the\s+/, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Normalised name and aliases of an entity or a gold item. */
export function namesOf(e: { name?: string | null; aliases?: string[] | null }): string[] {
  return [e.name, ...(e.aliases ?? [])].map(normName).filter(Boolean);
}

/** True when any predicted name equals a gold name/alias, or matches the gold pattern. */
export function namesMatch(predNames: string[], gold: GoldName): boolean {
  const g = new Set(namesOf(gold));
  if (predNames.some((n) => g.has(n))) return true;
  if (gold.pattern) {
    const re = new RegExp(gold.pattern, 'i');
    return predNames.some((n) => re.test(n));
  }
  return false;
}
