import { recordUri } from '../ids/article-id.js';
import { DocumentError } from '../errors.js';
import { sha256 } from '../hash.js';
import type { DocumentLimits } from '../limits.js';
import type { ReadDocument } from '../read/read-document.js';
import { readText } from '../read/read-text.js';
import { pickField, type RecordFields } from './record-fields.js';

/**
 * One dataset record (a JSON object or a CSV row) → a document through the shared reader: text (HTML reduced like
 * a page), title, url, published and publisher from the configured fields. Without a url, the uri is the file's
 * plus the text's hash (recordUri), so the same record read twice is the same article and two records never share one.
 */
export async function readRecord(
  record: unknown,
  file: string,
  where: string,
  fields: RecordFields,
  limits: DocumentLimits,
): Promise<ReadDocument> {
  if (record === null || typeof record !== 'object' || Array.isArray(record))
    throw new DocumentError('E_RECORD', where, 'a record must be an object');
  const r = record as Record<string, unknown>;
  const text = pickField(r, fields.text);
  if (!text) throw new DocumentError('E_RECORD', where, `no text (looked for ${fields.text.join(', ')})`);
  const url = pickField(r, fields.url);
  const document = await readText(
    {
      text,
      uri: url,
      title: pickField(r, fields.title),
      publisher: pickField(r, fields.publisher),
      publishedAt: pickField(r, fields.published),
    },
    where,
    { limits, format: 'record' },
  );
  return { ...document, uri: document.uri ?? recordUri(file, sha256(document.text)) };
}
