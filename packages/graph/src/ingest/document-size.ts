import type { PreparedDocument } from './prepare-document.js';

/** Bytes Neo4j is sent for a string (UTF-8), an offset, and per row (map keys, ids, labels). */
const PER_NUMBER = 8;
const PER_ROW = 200;

const textBytes = (s: string | null | undefined) => (s ? Buffer.byteLength(s, 'utf8') : 0);
const quotesBytes = (q: { starts: number[]; quotes: string[] }) =>
  q.quotes.reduce((n, s) => n + textBytes(s), 0) + q.starts.length * 2 * PER_NUMBER;

/**
 * An estimate of what writing a prepared document puts in one transaction: its text, every quote and name, every
 * offset, and a fixed cost per row. Linear; used to refuse a document before it reaches Neo4j and to keep bulk
 * batches under the same bound.
 */
export function estimateBytes(doc: PreparedDocument): number {
  let n = textBytes(doc.source.text) + textBytes(doc.source.title) + textBytes(doc.source.uri) + PER_ROW;
  for (const e of doc.entities)
    n +=
      PER_ROW +
      quotesBytes(e.mentions) +
      quotesBytes(e.sentences) +
      e.mentions.names.reduce((a, s) => a + textBytes(s), 0);
  for (const r of doc.relations) n += PER_ROW + quotesBytes(r) + textBytes(r.key) * 2;
  for (const ev of doc.events) n += PER_ROW + quotesBytes(ev);
  return n;
}
