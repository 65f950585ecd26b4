import { extname } from 'node:path';

/** How a file is read, by extension. */
export type FileKind = 'text' | 'html' | 'json' | 'jsonl' | 'csv';

const KINDS: Record<string, FileKind> = {
  '.txt': 'text',
  '.md': 'text',
  '.markdown': 'text',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.json': 'json',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
  '.csv': 'csv',
};

/** Extensions read when a folder is given (a file given by name is always read, as text or HTML by content). */
export const DOCUMENT_EXTENSIONS = Object.keys(KINDS);

/** The kind of a file by its extension; null for one a folder walk skips (`*.gold.json` annotations included). */
export function fileKind(path: string): FileKind | null {
  if (path.toLowerCase().endsWith('.gold.json')) return null;
  return KINDS[extname(path).toLowerCase()] ?? null;
}
