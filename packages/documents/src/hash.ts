import { hash } from 'node:crypto';

/** sha256 of a string (as UTF-8) or bytes, lower-case hex: the same function as extraction's contentHash. */
export function sha256(data: string | Uint8Array): string {
  return hash('sha256', data, 'hex');
}
