import { relative } from 'node:path';
import { readCsv, readJsonLines, readJsonRecords, type DatasetSource } from '../datasets/read-dataset.js';
import { DEFAULT_RECORD_FIELDS, type RecordFields } from '../datasets/record-fields.js';
import { DocumentError, toDocumentError } from '../errors.js';
import { decodeUtf8 } from '../guard/decode-utf8.js';
import { guardDocument } from '../guard/guard-document.js';
import { sha256 } from '../hash.js';
import { decodePage } from '../html/decode-page.js';
import { isHtml } from '../html/is-html.js';
import { fileUri } from '../ids/article-id.js';
import { DEFAULT_LIMITS, type DocumentLimits } from '../limits.js';
import { readBytes } from './read-bytes.js';
import { fileKind } from './file-kind.js';
import type { ReadResult } from './read-document.js';
import { readText } from './read-text.js';

/** Options of readFile and readInputs. */
export interface ReadFileOptions {
  /** Folder the file uris are relative to (the ingest root); default the current directory. */
  root?: string;
  limits?: DocumentLimits;
  /** Dataset columns/keys (see RecordFields). */
  fields?: RecordFields;
}

/**
 * Reads one file through the shared reader, by extension: `.txt`/`.md` as UTF-8 text (front matter left for
 * extraction), `.html`/`.htm` as a page (charset sniffed, reduced to its article; its canonical URL, when it
 * declares one, becomes the uri), `.json` as one record or a list, `.jsonl`/`.csv` streamed record by record.
 * Another extension is read as text, or as a page when it looks like one. Yields one result per document; never throws.
 */
export async function* readFile(
  path: string,
  label: string,
  options: ReadFileOptions = {},
): AsyncGenerator<ReadResult> {
  const limits = options.limits ?? DEFAULT_LIMITS;
  const uri = fileUri(relative(options.root ?? process.cwd(), path));
  const kind = fileKind(path);
  const dataset: DatasetSource = { path, fileUri: uri, label, fields: options.fields ?? DEFAULT_RECORD_FIELDS, limits };
  try {
    if (kind === 'jsonl') {
      yield* readJsonLines(dataset);
      return;
    }
    if (kind === 'csv') {
      yield* readCsv(dataset);
      return;
    }
    const bytes = readBytes(path, label, kind === 'text' ? limits.maxTextBytes : limits.maxPageBytes);
    if (kind === 'json') {
      let parsed: unknown;
      try {
        parsed = JSON.parse(decodeUtf8(bytes, label));
      } catch (error) {
        if (error instanceof SyntaxError) throw new DocumentError('E_RECORD', label, `not JSON: ${error.message}`);
        throw error;
      }
      yield* readJsonRecords(parsed, dataset);
      return;
    }
    if (kind === 'html' || (kind === null && looksLikePage(bytes))) {
      if (bytes.length === 0) throw new DocumentError('E_EMPTY', label, 'file is empty');
      if (bytes.indexOf(0) >= 0)
        throw new DocumentError('E_BINARY', label, `binary content (NUL byte at offset ${bytes.indexOf(0)})`);
      const page = await readText({ text: decodePage(bytes, label) }, label, { limits, as: 'html' });
      yield { where: label, document: { ...page, uri: page.uri ?? uri, origin: uri, originalHash: sha256(bytes) } };
      return;
    }
    const text = decodeUtf8(bytes, label);
    const document = { text, uri, format: 'text' as const };
    guardDocument(document, label, limits);
    yield { where: label, document };
  } catch (error) {
    yield { where: label, error: toDocumentError(label, error) };
  }
}

function looksLikePage(bytes: Buffer): boolean {
  return isHtml(bytes.subarray(0, 2000).toString('latin1'));
}
