import type { DocumentExtraction } from '../types.js';
import { formatSummary } from './summary.js';

/** How the extract CLI prints one document: its JSON (the contract) or the readable summary headed by `where`. */
export type Rendering = { kind: 'json' } | { kind: 'summary'; where: string };

/**
 * One document as the extract CLI prints it (JSON without the list's separators). The same function runs on the
 * main thread (`--threads 0`) and on the pool's threads, so both give the same bytes.
 */
export function renderDocument(doc: DocumentExtraction, as: Rendering): string {
  return as.kind === 'json' ? JSON.stringify(doc) : formatSummary(as.where, doc);
}
