import { DocumentError } from '../errors.js';

const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * Decodes a file's bytes as UTF-8 exactly as `readFileSync(path, 'utf8')` would (a BOM is kept, so offsets agree
 * with other tools), refusing what cannot be an article: no bytes (E_EMPTY), a NUL byte (E_BINARY), invalid
 * UTF-8 (E_ENCODING, with the offset of the first bad byte).
 */
export function decodeUtf8(bytes: Uint8Array, where: string): string {
  if (bytes.length === 0) throw new DocumentError('E_EMPTY', where, 'file is empty');
  const nul = bytes.indexOf(0);
  if (nul >= 0) throw new DocumentError('E_BINARY', where, `binary content (NUL byte at offset ${nul})`);
  try {
    return UTF8.decode(bytes);
  } catch {
    throw new DocumentError('E_ENCODING', where, `invalid UTF-8 at byte ${firstInvalidUtf8(bytes)}`);
  }
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
