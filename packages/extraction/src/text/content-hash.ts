import * as crypto from 'node:crypto';

type OneShotHash = (algorithm: string, data: string, encoding: 'hex') => string;
/** `crypto.hash` (Node ≥ 20.12): one call, no Hash object per document; older Nodes fall back to createHash. */
const oneShot = (crypto as unknown as { hash?: OneShotHash }).hash;

/** sha256 of the text (UTF-8), lower-case hex: the `contentHash` of a document. */
export function contentHash(text: string): string {
  return oneShot ? oneShot('sha256', text, 'hex') : crypto.createHash('sha256').update(text, 'utf8').digest('hex');
}
