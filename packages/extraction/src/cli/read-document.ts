import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { InputError } from './errors.js';

/** Default cap on one file's size; a 20 MB article passes, a stray 1 GB dump does not. */
export const DEFAULT_MAX_BYTES = 64 * 1024 * 1024;

/**
 * Reads one input file as UTF-8 exactly as Node's `readFileSync(path, 'utf8')` would (a BOM is kept, so offsets
 * agree with other tools), rejecting what cannot be an article: an empty or blank file (E_EMPTY), NUL bytes
 * (E_BINARY), invalid UTF-8 (E_ENCODING), more than `maxBytes` (E_TOO_LARGE).
 */
export async function readDocument(path: string, maxBytes = DEFAULT_MAX_BYTES, label = path): Promise<string> {
  // Synchronous on purpose, and one open/fstat/read/close: the CLI reads one file at a time, and for articles of
  // a few KB the thread-pool round trips of fs/promises (and a separate stat) cost more than the read itself.
  // O_NONBLOCK: a FIFO given by mistake is reported as unsupported instead of blocking the open.
  const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const info = fstatSync(fd);
    if (!info.isFile()) throw new InputError('E_UNSUPPORTED', label, 'not a regular file');
    if (info.size > maxBytes)
      throw new InputError('E_TOO_LARGE', label, `${info.size} bytes exceeds the ${maxBytes}-byte limit`);
    const bytes = Buffer.allocUnsafe(info.size);
    let n = 0;
    while (n < bytes.length) {
      const got = readSync(fd, bytes, n, bytes.length - n, null);
      if (got === 0) break;
      n += got;
    }
    return decodeDocument(label, bytes.subarray(0, n));
  } finally {
    closeSync(fd);
  }
}

const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** The checks of readDocument on bytes already in memory. */
export function decodeDocument(path: string, bytes: Uint8Array): string {
  if (bytes.length === 0) throw new InputError('E_EMPTY', path, 'file is empty');
  const nul = bytes.indexOf(0);
  if (nul >= 0) throw new InputError('E_BINARY', path, `binary content (NUL byte at offset ${nul})`);
  let text: string;
  try {
    text = UTF8.decode(bytes);
  } catch {
    throw new InputError('E_ENCODING', path, `invalid UTF-8 at byte ${firstInvalidUtf8(bytes)}`);
  }
  if (text.trim() === '') throw new InputError('E_EMPTY', path, 'file has only whitespace');
  return text;
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  const dec = new TextDecoder('utf-8', { fatal: true });
  let lo = 0;
  let hi = bytes.length;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    try {
      dec.decode(bytes.subarray(0, mid), { stream: true });
      dec.decode();
      lo = mid;
    } catch {
      hi = mid;
    }
  }
  return lo;
}
