import { createReadStream } from 'node:fs';
import { DocumentError, isDocumentError, toDocumentError } from '../errors.js';
import { decodeUtf8 } from '../guard/decode-utf8.js';
import { boundedLines } from './bounded-lines.js';
import type { DocumentLimits } from '../limits.js';
import type { ReadResult } from '../read/read-document.js';
import { readRecord } from './read-record.js';
import type { RecordFields } from './record-fields.js';

/** Where and how to read one dataset file. */
export interface DatasetSource {
  /** Absolute path to open. */
  path: string;
  /** The file's uri (relative to the ingest root): records without a url are named after it. */
  fileUri: string;
  /** How errors name the file (the path as given). */
  label: string;
  fields: RecordFields;
  limits: DocumentLimits;
}

/**
 * Streams a JSON Lines file: one record per line (blank lines skipped), one line in memory at a time (a line over
 * `maxPageBytes` is skipped unread). A line that is not UTF-8 JSON, or not a usable record, is an error for that
 * line (`<file>:<line>`); the rest goes on.
 */
export async function* readJsonLines(source: DatasetSource): AsyncGenerator<ReadResult> {
  for await (const line of boundedLines(createReadStream(source.path), source.limits.maxPageBytes)) {
    const where = `${source.label}:${line.number}`;
    if (line.tooLong) {
      yield {
        where,
        error: new DocumentError('E_TOO_LARGE', where, `line is over ${source.limits.maxPageBytes} bytes`),
      };
      continue;
    }
    let record: unknown;
    try {
      const text = decodeUtf8(line.bytes!, where);
      if (!text.trim()) continue;
      record = JSON.parse(text);
    } catch (error) {
      if (isDocumentError(error) && error.code === 'E_EMPTY') continue;
      yield {
        where,
        error: isDocumentError(error)
          ? error
          : new DocumentError('E_RECORD', where, `not JSON: ${(error as Error).message}`),
      };
      continue;
    }
    yield await toResult(record, where, source);
  }
}

/**
 * Streams a CSV file with a header row (csv-parse: quoted fields, embedded newlines, BOM); one row in memory at a
 * time. `<file>:<line>` names a row by the line it starts on; a malformed file stops with an error at that line.
 */
export async function* readCsv(source: DatasetSource): AsyncGenerator<ReadResult> {
  const { parse } = await import('csv-parse');
  const parser = createReadStream(source.path).pipe(
    parse({
      columns: true,
      bom: true,
      skip_empty_lines: true,
      relax_column_count: true,
      info: true,
      max_record_size: source.limits.maxPageBytes,
    }),
  );
  try {
    for await (const row of parser as AsyncIterable<{ record: Record<string, string>; info: { lines: number } }>) {
      const where = `${source.label}:${row.info.lines}`;
      yield await toResult(row.record, where, source);
    }
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    const where = line ? `${source.label}:${line}` : source.label;
    yield { where, error: new DocumentError('E_RECORD', where, `CSV: ${(error as Error).message}`) };
  }
}

/** A `.json` file already in memory: one record, an array of records, or `{ "articles" | "items" | "data": [...] }`. */
export async function* readJsonRecords(parsed: unknown, source: DatasetSource): AsyncGenerator<ReadResult> {
  const list = Array.isArray(parsed)
    ? parsed
    : parsed && typeof parsed === 'object'
      ? (['articles', 'items', 'data', 'documents', 'records']
          .map((k) => (parsed as Record<string, unknown>)[k])
          .find(Array.isArray) ?? [parsed])
      : [parsed];
  for (let i = 0; i < list.length; i++)
    yield await toResult(list[i], list.length === 1 ? source.label : `${source.label}[${i}]`, source);
}

async function toResult(record: unknown, where: string, source: DatasetSource): Promise<ReadResult> {
  try {
    return { where, document: await readRecord(record, source.fileUri, where, source.fields, source.limits) };
  } catch (error) {
    return { where, error: toDocumentError(where, error) };
  }
}
