import type { DocContext } from '../resolve/doc-context.js';

/**
 * "Tolvo" and "Tolvo Capital Partners", "Kora" and "Kora Sanpaolo": two entities of the text whose names are one
 * name written short and in full (the full name opens with the short one, word for word).
 */
export function isShortenedName(ctx: DocContext, a: string, b: string): boolean {
  const x = ctx.entities.get(a)?.name;
  const y = ctx.entities.get(b)?.name;
  return !!x && !!y && (x.startsWith(y + ' ') || y.startsWith(x + ' '));
}
