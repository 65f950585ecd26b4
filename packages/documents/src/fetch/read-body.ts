import { Readable } from 'node:stream';
import { createBrotliDecompress, createGunzip, createInflate, createZstdDecompress } from 'node:zlib';
import { DocumentError } from '../errors.js';

/**
 * Reads a response body into memory, decompressing `gzip`, `deflate`, `br` and `zstd` as it goes, and stops with
 * E_TOO_LARGE as soon as the decoded bytes pass `maxBytes`: a gzip bomb (a few KB that inflate to gigabytes) is cut
 * at the limit, never inflated whole. Another content coding is refused (E_CONTENT_TYPE).
 */
export async function readBody(
  body: Readable,
  encoding: string | undefined,
  maxBytes: number,
  where: string,
): Promise<Buffer> {
  const codings = (encoding ?? '')
    .toLowerCase()
    .split(',')
    .map((c) => c.trim())
    .filter((c) => c && c !== 'identity');
  let stream: Readable = body;
  for (const coding of codings.reverse()) {
    const decoder =
      coding === 'gzip' || coding === 'x-gzip'
        ? createGunzip()
        : coding === 'deflate'
          ? createInflate()
          : coding === 'br'
            ? createBrotliDecompress()
            : coding === 'zstd'
              ? createZstdDecompress()
              : null;
    if (!decoder) throw new DocumentError('E_CONTENT_TYPE', where, `unsupported content encoding ${coding}`);
    stream = stream.pipe(decoder);
    body.on('error', (error) => decoder.destroy(error));
  }
  const parts: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > maxBytes)
        throw new DocumentError('E_TOO_LARGE', where, `the response is over the limit of ${maxBytes} bytes`);
      parts.push(chunk);
    }
  } finally {
    stream.destroy();
    body.destroy();
  }
  return Buffer.concat(parts, size);
}
