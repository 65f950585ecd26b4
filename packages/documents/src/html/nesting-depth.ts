const TAG_RE =
  /<(script|style|textarea|title)\b[^>]*>[\s\S]*?<\/\1\s*>|<!--[\s\S]*?-->|<(\/?)([a-zA-Z][\w:-]*)[^>]*?(\/?)>/g;
const VOID = new Set('area base br col embed hr img input link meta param source track wbr'.split(' '));
/** Elements the HTML parser closes by itself when a sibling opens (`<p>a<p>b`, `<li>`…): they do not nest. */
const AUTO_CLOSED = new Set('p li dt dd tr td th option'.split(' '));

/**
 * How deep the page's elements nest, estimated from its tags in one linear pass without building a DOM, stopping
 * once past `stopAt`. Parsers slow down super-linearly on pathological nesting (100,000 nested `<div>`s: 11 s in
 * linkedom), so the reader refuses such a page before parsing it.
 */
export function nestingDepth(html: string, stopAt = Infinity): number {
  let depth = 0;
  let max = 0;
  TAG_RE.lastIndex = 0;
  for (let m = TAG_RE.exec(html); m !== null; m = TAG_RE.exec(html)) {
    const name = m[3]?.toLowerCase();
    if (!name || VOID.has(name) || AUTO_CLOSED.has(name) || m[4] === '/') continue;
    if (m[2] === '/') depth = Math.max(0, depth - 1);
    else if (++depth > max && (max = depth) > stopAt) return max;
  }
  return max;
}
