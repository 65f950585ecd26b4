/** Fields a document may declare in a leading `---` block. */
export interface FrontMatter {
  title?: string;
  url?: string;
  publisher?: string;
  published?: string;
  /** Offset where the body starts (0 when there is no front matter). */
  bodyStart: number;
}

const OPEN_RE = /^\uFEFF?---[ \t]*\r?\n/;
const CLOSE_RE = /^---[ \t]*(?:\r?\n|$)/m;
const FIELD_RE = /^([A-Za-z_][\w-]*)[ \t]*:[ \t]*(.*?)[ \t]*\r?$/gm;

/**
 * Parses YAML-like front matter: a first line `---`, `key: value` lines, a closing `---`.
 * Only flat string values are read (quotes stripped); `date`/`published_at` count as `published`,
 * `source`/`outlet` as `publisher`, `link`/`uri` as `url`. Without a closing line there is no front matter.
 */
export function parseFrontMatter(text: string): FrontMatter {
  const open = OPEN_RE.exec(text);
  if (!open) return { bodyStart: 0 };
  const rest = text.slice(open[0].length, open[0].length + 8000);
  const close = CLOSE_RE.exec(rest);
  if (!close) return { bodyStart: 0 };
  const block = rest.slice(0, close.index);
  const out: FrontMatter = { bodyStart: open[0].length + close.index + close[0].length };
  FIELD_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = FIELD_RE.exec(block)) !== null) {
    const key = m[1]!.toLowerCase();
    const value = unquote(m[2]!);
    if (!value) continue;
    if (key === 'title') out.title ??= value;
    else if (key === 'url' || key === 'link' || key === 'uri') out.url ??= value;
    else if (key === 'publisher' || key === 'source' || key === 'outlet') out.publisher ??= value;
    else if (key === 'published' || key === 'date' || key === 'published_at' || key === 'publishedat')
      out.published ??= value;
  }
  return out;
}

/** Normalises a publication date to `YYYY-MM-DD` (or keeps a full ISO timestamp); null when unreadable. */
export function normalizePublished(value: string | undefined | null): string | null {
  if (!value) return null;
  const v = value.trim();
  if (/^\d{4}-\d{2}-\d{2}T/.test(v) && !Number.isNaN(Date.parse(v))) return v;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(v);
  if (iso) return `${iso[1]}-${iso[2]!.padStart(2, '0')}-${iso[3]!.padStart(2, '0')}`;
  const t = Date.parse(v);
  if (Number.isNaN(t)) return null;
  return new Date(t).toISOString().slice(0, 10);
}

function unquote(v: string): string {
  const m = /^(["'])(.*)\1$/.exec(v);
  return (m ? m[2]! : v).trim();
}
