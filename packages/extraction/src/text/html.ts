/** True when the text looks like an HTML page rather than prose (a doctype, `<html>`, or mostly tags). */
export function isHtml(text: string): boolean {
  const head = text.slice(0, 2000).trimStart().toLowerCase();
  if (head.startsWith('<!doctype html') || head.startsWith('<html') || head.startsWith('<?xml')) return true;
  return /<(?:body|head|div|p|article)[\s>]/i.test(head) && (head.match(/</g)?.length ?? 0) > 10;
}

const HIDDEN_RE = /<(script|style|noscript|svg|template|head)\b[\s\S]*?<\/\1\s*>|<!--[\s\S]*?-->/gi;
const TAG_RE = /<\/?([a-zA-Z][\w:-]*)\b[^>]*>|<![^>]*>/g;
const BLOCK_TAGS = new Set(
  'p div br li ul ol h1 h2 h3 h4 h5 h6 tr td th table section article header footer blockquote title pre figure figcaption nav aside main hr dd dt'.split(
    ' ',
  ),
);
const ENTITY_RE = /&(#\d+|#x[0-9a-f]+|[a-z]+);/gi;
const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  rsquo: '’',
  lsquo: '‘',
  rdquo: '”',
  ldquo: '“',
  mdash: '—',
  ndash: '–',
  hellip: '…',
};

/**
 * Masks an HTML page into same-length plain text so every offset still points into the original file:
 * scripts, styles and comments become spaces, block tags become a newline plus spaces, inline tags spaces,
 * and character references their character padded with spaces. Spans taken from the original text at these
 * offsets are exact (they may contain inline markup).
 */
export function maskHtml(text: string): string {
  let out = text.replace(HIDDEN_RE, (m) => blank(m));
  out = out.replace(TAG_RE, (m, name: string | undefined) => {
    const block = name && BLOCK_TAGS.has(name.toLowerCase());
    return block ? '\n' + ' '.repeat(m.length - 1) : ' '.repeat(m.length);
  });
  return out.replace(ENTITY_RE, (m, body: string) => {
    const ch = decodeEntity(body);
    return ch && ch.length <= m.length ? ch + ' '.repeat(m.length - ch.length) : m;
  });
}

function blank(s: string): string {
  return s.replace(/[^\n]/g, ' ');
}

function decodeEntity(body: string): string | null {
  if (body[0] === '#') {
    const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff) return null;
    return String.fromCodePoint(code);
  }
  return NAMED[body.toLowerCase()] ?? null;
}
