import type { Mention } from '../ner/mention.js';

/**
 * "Kora to cut 2,000 jobs, says Halden Keizai … the Halden Keizai Shimbun said": a person read from a name that opens
 * an outlet's full name elsewhere in the article is that outlet's short form (a headline's "says X", a later "X
 * reported"), not a person. The mention takes the outlet's name and type.
 */
export function outletShortForms(people: readonly Mention[], outlets: readonly Mention[]): void {
  if (outlets.length === 0) return;
  const full = outlets.filter((o) => o.type === 'Source' && o.name.includes(' '));
  for (const p of people) {
    if (p.type !== 'Person') continue;
    const outlet = full.find((o) => o.name.startsWith(p.name + ' '));
    if (!outlet) continue;
    p.type = 'Source';
    p.name = outlet.name;
    p.kind = outlet.kind ?? 'news-outlet';
  }
}
