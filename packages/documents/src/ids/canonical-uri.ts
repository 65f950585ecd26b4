import { isTrackingParam } from './tracking-params.js';

const ESCAPE_RE = /%([0-9a-fA-F]{2})/g;
const UNRESERVED_RE = /[A-Za-z0-9\-._~]/;

/** RFC 3986 §6.2.2: escapes of unreserved characters decoded, every other escape upper-cased. */
function normalizeEscapes(s: string): string {
  return s.replace(ESCAPE_RE, (_, hex: string) => {
    const ch = String.fromCharCode(parseInt(hex, 16));
    return UNRESERVED_RE.test(ch) ? ch : `%${hex.toUpperCase()}`;
  });
}

function decodeName(raw: string): string {
  try {
    return decodeURIComponent(raw.replace(/\+/g, ' '));
  } catch {
    return raw;
  }
}

/** The query without tracking parameters and empty pieces, other pairs kept in order and spelling; '' when none. */
function canonicalQuery(search: string): string {
  if (search.length <= 1) return '';
  const kept = search
    .slice(1)
    .split('&')
    .filter((pair) => pair !== '' && !isTrackingParam(decodeName(pair.split('=', 1)[0]!)));
  return kept.length > 0 ? `?${normalizeEscapes(kept.join('&'))}` : '';
}

/** True when `uri` is an absolute URL with a scheme of two letters or more (`C:\…` is a Windows path). */
export function isAbsoluteUrl(uri: string): boolean {
  return /^[a-z][a-z0-9+.-]+:/i.test(uri) && URL.canParse(uri);
}

/**
 * The canonical form of an absolute URL, or null when `uri` is not one. For http(s): scheme and host lower-cased
 * (WHATWG parsing also punycodes the host, drops a default port and resolves `.`/`..`), user name and password
 * dropped, a trailing dot on the host dropped, escapes normalised (RFC 3986 §6.2.2), known tracking parameters
 * removed from the query (the rest kept in order), the fragment dropped. The path keeps its case and its
 * trailing slash: those can name different pages. Other schemes: the WHATWG serialisation without fragment.
 * Idempotent: `canonicalUrl(canonicalUrl(u)) === canonicalUrl(u)`.
 */
export function canonicalUrl(uri: string): string | null {
  const trimmed = uri.trim();
  if (!isAbsoluteUrl(trimmed)) return null;
  const url = new URL(trimmed);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    url.hash = '';
    return url.href;
  }
  const host = url.hostname.endsWith('.') ? url.hostname.slice(0, -1) : url.hostname;
  const port = url.port ? `:${url.port}` : '';
  return `${url.protocol}//${host}${port}${normalizeEscapes(url.pathname)}${canonicalQuery(url.search)}`;
}
