import { createRequire } from 'node:module';
import { DocumentError } from '../errors.js';

/** html-encoding-sniffer (CommonJS, no type declarations): the WHATWG encoding sniffing algorithm. */
const htmlEncodingSniffer = createRequire(import.meta.url)('html-encoding-sniffer') as (
  bytes: Uint8Array,
  options: { xml?: boolean; transportLayerEncodingLabel?: string; defaultEncoding?: string; maxPrescanBytes?: number },
) => string;

/** Bytes searched for a `<meta charset>` declaration (the HTML standard's pre-scan reads 1,024; pages put it later). */
const PRESCAN_BYTES = 4096;

/**
 * Decodes a page's bytes the way a browser does (the HTML standard's encoding sniffing, via html-encoding-sniffer):
 * a BOM, else the HTTP `charset`, else a `<meta charset>`/`http-equiv` declaration, else UTF-8 when the bytes are
 * valid UTF-8, else windows-1252. Windows-1252, Shift_JIS, EUC-KR, GBK… all decode (Node's ICU). The BOM is dropped.
 * `xml` sniffs like an XML parser (the `<?xml encoding?>` declaration) for feeds.
 */
export function decodePage(bytes: Uint8Array, where: string, charset?: string | null, xml = false): string {
  let encoding = htmlEncodingSniffer(bytes, {
    xml,
    transportLayerEncodingLabel: charset ?? undefined,
    defaultEncoding: 'UTF-8',
    ...(xml ? {} : { maxPrescanBytes: PRESCAN_BYTES }),
  });
  if (encoding === 'UTF-8' && !charset && !isValidUtf8(bytes)) encoding = 'windows-1252';
  try {
    return new TextDecoder(encoding).decode(bytes);
  } catch (error) {
    throw new DocumentError('E_ENCODING', where, `cannot decode the page as ${encoding}: ${(error as Error).message}`);
  }
}

const STRICT = new TextDecoder('utf-8', { fatal: true });

function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    STRICT.decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** The `charset` parameter of a Content-Type header, or null. */
export function charsetOf(contentType: string | null | undefined): string | null {
  const m = /;\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(contentType ?? '');
  return m ? m[1]! : null;
}
