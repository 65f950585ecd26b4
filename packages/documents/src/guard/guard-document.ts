import { DocumentError } from '../errors.js';
import type { DocumentLimits } from '../limits.js';

/** The fields of a document the guard checks (a ReadDocument, a DocumentInput of the mutation). */
export interface GuardedFields {
  text: string;
  uri?: string | null;
  title?: string | null;
  publisher?: string | null;
  publishedAt?: string | null;
  author?: string | null;
}

/** Share of control characters (C0 but tab/newlines/form feed, DEL, C1) or U+FFFD above which text is binary. */
const MAX_ODD_SHARE = 0.01;
/** …but a handful is tolerated in any text (a stray form feed, one mis-decoded quote). */
const ODD_ALLOWANCE = 16;

/** String.prototype.isWellFormed (ES2024; the project's lib is ES2023): false when a lone surrogate is present. */
const isWellFormed = (s: string): boolean => (s as unknown as { isWellFormed(): boolean }).isWellFormed();

function isOdd(c: number): boolean {
  return (
    (c < 32 && c !== 9 && c !== 10 && c !== 11 && c !== 12 && c !== 13) || (c >= 0x7f && c <= 0x9f) || c === 0xfffd
  );
}

/**
 * The one guard of every entry point. Refuses, with a coded DocumentError: empty or whitespace-only text
 * (E_EMPTY); a NUL character or more than 1% control/replacement characters (E_BINARY: a binary file read as
 * text); lone UTF-16 surrogates (E_ENCODING: not encodable as UTF-8); text over `maxTextBytes` UTF-8 bytes
 * (E_TOO_LARGE, with the size and the limit); a uri over `maxUriLength` (E_URI_TOO_LONG), a title over
 * `maxTitleLength` (E_TITLE_TOO_LONG), a publisher/author/date over `maxFieldLength` (E_FIELD_TOO_LONG).
 * Linear in the text; returns nothing when the document passes.
 */
export function guardDocument(doc: GuardedFields, where: string, limits: DocumentLimits): void {
  const { text } = doc;
  if (typeof text !== 'string' || text.trim() === '')
    throw new DocumentError('E_EMPTY', where, text ? 'text has only whitespace' : 'text is empty');
  // Size first: the other checks then run over a bounded string. A UTF-16 unit is at most 3 UTF-8 bytes.
  if (text.length * 3 > limits.maxTextBytes || text.length > limits.maxTextBytes) {
    const bytes = Buffer.byteLength(text, 'utf8');
    if (bytes > limits.maxTextBytes)
      throw new DocumentError(
        'E_TOO_LARGE',
        where,
        `text is ${bytes} bytes, over the limit of ${limits.maxTextBytes} bytes (NEWSGRAPH_MAX_DOCUMENT_BYTES)`,
      );
  }
  const nul = text.indexOf('\u0000');
  if (nul >= 0) throw new DocumentError('E_BINARY', where, `binary content (NUL character at offset ${nul})`);
  if (!isWellFormed(text)) throw new DocumentError('E_ENCODING', where, 'text holds lone UTF-16 surrogates');
  let odd = 0;
  for (let i = 0; i < text.length; i++) if (isOdd(text.charCodeAt(i))) odd++;
  if (odd > ODD_ALLOWANCE && odd > text.length * MAX_ODD_SHARE)
    throw new DocumentError('E_BINARY', where, `binary content (${odd} control or replacement characters)`);
  checkLength(doc.uri, limits.maxUriLength, 'E_URI_TOO_LONG', 'uri', where);
  checkLength(doc.title, limits.maxTitleLength, 'E_TITLE_TOO_LONG', 'title', where);
  checkLength(doc.publisher, limits.maxFieldLength, 'E_FIELD_TOO_LONG', 'publisher', where);
  checkLength(doc.author, limits.maxFieldLength, 'E_FIELD_TOO_LONG', 'author', where);
  checkLength(doc.publishedAt, limits.maxFieldLength, 'E_FIELD_TOO_LONG', 'publishedAt', where);
}

function checkLength(
  value: string | null | undefined,
  max: number,
  code: 'E_URI_TOO_LONG' | 'E_TITLE_TOO_LONG' | 'E_FIELD_TOO_LONG',
  field: string,
  where: string,
): void {
  if (typeof value !== 'string') return;
  if (value.length > max)
    throw new DocumentError(code, where, `${field} is ${value.length} characters, over the limit of ${max}`);
  if (value.includes('\u0000') || !isWellFormed(value))
    throw new DocumentError('E_ENCODING', where, `${field} holds a NUL character or lone surrogates`);
}
