/**
 * Which column or key of a dataset record holds each field. Each list is tried in order, case-insensitively;
 * the CLIs' `--text-field`, `--title-field`, `--url-field`, `--published-field` and `--publisher-field` replace a list.
 */
export interface RecordFields {
  text: string[];
  title: string[];
  url: string[];
  published: string[];
  publisher: string[];
}

/** The names news exports use most (GDELT-, Common Crawl News-, Kaggle- and CMS-style). */
export const DEFAULT_RECORD_FIELDS: Readonly<RecordFields> = Object.freeze({
  text: ['text', 'content', 'body', 'article', 'maintext', 'story'],
  title: ['title', 'headline'],
  url: ['url', 'link', 'uri', 'canonical_url'],
  published: ['published', 'publishedAt', 'published_at', 'date_publish', 'date', 'pubDate'],
  publisher: ['publisher', 'source', 'outlet', 'source_domain', 'site'],
});

/** DEFAULT_RECORD_FIELDS with the given lists replaced. */
export function createRecordFields(
  overrides: Partial<Record<keyof RecordFields, string | string[]>> = {},
): RecordFields {
  const fields = { ...DEFAULT_RECORD_FIELDS };
  for (const [key, value] of Object.entries(overrides) as Array<[keyof RecordFields, string | string[] | undefined]>)
    if (value !== undefined) fields[key] = Array.isArray(value) ? value : [value];
  return fields;
}

/** The first field of `names` present in `record` as a non-empty string (or number); undefined otherwise. */
export function pickField(record: Record<string, unknown>, names: readonly string[]): string | undefined {
  const lower = new Map(Object.keys(record).map((k) => [k.toLowerCase(), k]));
  for (const name of names) {
    const key = lower.get(name.toLowerCase());
    const value = key === undefined ? undefined : record[key];
    if (typeof value === 'string' && value.trim()) return value;
    if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  }
  return undefined;
}
