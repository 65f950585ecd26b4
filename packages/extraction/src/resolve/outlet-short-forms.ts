import type { Mention } from '../ner/mention.js';

/**
 * "Kora to cut 2,000 jobs, says Halden Keizai … the Halden Keizai Shimbun said": a person read from a name that opens
 * an outlet's full name elsewhere in the article is that outlet's short form (a headline's "says X", a later "X
 * reported"), not a person. The mention takes the outlet's name and type (the first outlet so named, in order).
 */
export function outletShortForms(people: readonly Mention[], outlets: readonly Mention[]): void {
  if (outlets.length === 0) return;
  const byOpening = outletsByOpening(outlets);
  if (byOpening.size === 0) return;
  for (const p of people) {
    if (p.type !== 'Person') continue;
    const outlet = byOpening.get(p.name);
    if (!outlet) continue;
    p.type = 'Source';
    p.name = outlet.name;
    p.kind = outlet.kind ?? 'news-outlet';
  }
}

/**
 * Every opening of a many-word outlet name that ends before one of its spaces ("Halden", "Halden Keizai" for "Halden
 * Keizai Shimbun"), mapped to the first outlet it opens: one look-up per person, in time linear in the names (a scan
 * of every outlet per person was quadratic on a text naming thousands of both).
 */
function outletsByOpening(outlets: readonly Mention[]): Map<string, Mention> {
  const out = new Map<string, Mention>();
  for (const o of outlets) {
    if (o.type !== 'Source') continue;
    for (let at = o.name.indexOf(' '); at > 0; at = o.name.indexOf(' ', at + 1)) {
      const opening = o.name.slice(0, at);
      if (!out.has(opening)) out.set(opening, o);
    }
  }
  return out;
}
