import type { IncomingMessage } from 'node:http';

/** Thrown when a request body is larger than allowed (answered with 413). */
export class BodyTooLargeError extends Error {
  override readonly name = 'BodyTooLargeError';
}

/**
 * Reads a request body as UTF-8, refusing more than `maxBytes` — from Content-Length up front, or as soon as
 * the streamed bytes pass the limit (chunked uploads), so an oversized body is never buffered whole.
 */
export async function readBody(req: IncomingMessage, maxBytes: number): Promise<string> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > maxBytes) throw new BodyTooLargeError(`Request body is ${declared} bytes; the limit is ${maxBytes}.`);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) throw new BodyTooLargeError(`Request body exceeds the limit of ${maxBytes} bytes.`);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}
