import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { DocumentError } from '../errors.js';

/**
 * Reads a whole regular file, refusing one over `maxBytes` before reading it (E_TOO_LARGE with its size and the
 * limit) and anything that is not a regular file (E_UNSUPPORTED). One open/fstat/read/close, synchronous on
 * purpose: for articles of a few KB the thread-pool round trips of fs/promises cost more than the read itself.
 * O_NONBLOCK: a FIFO given by mistake is refused instead of blocking the open.
 */
export function readBytes(path: string, where: string, maxBytes: number): Buffer {
  const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const info = fstatSync(fd);
    if (!info.isFile()) throw new DocumentError('E_UNSUPPORTED', where, 'not a regular file');
    if (info.size > maxBytes)
      throw new DocumentError('E_TOO_LARGE', where, `file is ${info.size} bytes, over the limit of ${maxBytes} bytes`);
    const bytes = Buffer.allocUnsafe(info.size);
    let n = 0;
    while (n < bytes.length) {
      const got = readSync(fd, bytes, n, bytes.length - n, null);
      if (got === 0) break;
      n += got;
    }
    return bytes.subarray(0, n);
  } finally {
    closeSync(fd);
  }
}
