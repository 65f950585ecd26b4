import { createHash } from 'node:crypto';

/** sha256 of the text (UTF-8), lower-case hex: the `contentHash` of a document. */
export function contentHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
