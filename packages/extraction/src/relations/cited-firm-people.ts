import type { ExtractedRelation } from '../types.js';
import { type DocContext, mentionsIn, sentenceOf } from '../resolve/doc-context.js';

// Module constants: esbuild (tsx, vitest) rewrites a \p{…} literal inside a function into `new RegExp` per call.
/**
 * After a firm's name: its possessive, or up to two lower-case field words and a commentator's noun ("analyst",
 * "senior oil analyst", "chief economist"), then a space before the person's name.
 */
const AFTER_FIRM_RE =
  /^(?:['’]s?\s+|(?:['’]s?)?\s+((?:[\p{Ll}-]+\s+){0,2}(?:analyst|economist|strategist))\s+)(?=\p{Lu})/u;

/** A place of learning: its economists hold no company post ("Kora University economist Jane Roe"), as holds-role.ts reads. */
const ACADEMIC_RE = /\b(?:University|College|Institute|School|Academy)\b/;

/**
 * "Kestrel Research analyst Jane Roe says", "Kestrel Research's Jane Roe found the plan consistent": a person named
 * right after an analysts' firm the article cites — a firm only the citation step recognised, so no earlier step
 * gave the person a post there. A `HOLDS_ROLE` to the firm (with the commentator's title when one is written) for
 * each such person with no post yet; the title no organization held is dropped from `titlesWithoutOrg`.
 * Only analysts' firms: "the Kora Daily's Jane Roe" is a reporter, and an outlet that quotes a person is not their
 * employer.
 */
export function peopleAtCitedFirms(
  ctx: DocContext,
  relations: readonly ExtractedRelation[],
  titlesWithoutOrg: Map<string, string>,
): ExtractedRelation[] {
  const cited = new Set(relations.filter((r) => r.type === 'CITES').map((r) => r.to));
  const placed = new Set(relations.filter((r) => r.type === 'HOLDS_ROLE').map((r) => r.from));
  const out: ExtractedRelation[] = [];
  for (const e of ctx.entities.list()) {
    if (e.type !== 'Source' || e.kind !== 'analyst-firm' || !cited.has(e.id) || ACADEMIC_RE.test(e.name)) continue;
    for (const m of e.mentions) {
      const after = AFTER_FIRM_RE.exec(ctx.work.slice(m.end, m.end + 60));
      if (!after) continue;
      const at = m.end + after[0].length;
      const person = mentionsIn(ctx, at, at + 1).find((x) => x.type === 'Person' && x.start === at);
      if (!person || placed.has(person.id)) continue;
      placed.add(person.id);
      titlesWithoutOrg.delete(person.id);
      const s = sentenceOf(ctx, at);
      const evidence = s ? [s] : [];
      const title = after[1]?.trim();
      out.push({ type: 'HOLDS_ROLE', from: person.id, to: e.id, ...(title ? { title } : {}), evidence });
    }
  }
  return out;
}
