import { COMPANY_NOUNS } from '../gazetteer/lexicon/org-nouns.js';
import { NATIONALITIES } from '../gazetteer/lexicon/places.js';
import type { DocContext } from '../resolve/doc-context.js';

/*
 * "The Brazilian planemaker Norrvik said … In April, Kestrel Co. ended the deal. The Brazilian company had spent …":
 * a definite description whose first word is a nationality means the one company the text introduced with that same
 * nationality ("Brazilian planemaker Norrvik"), not the company the sentence before opened with.
 */

/**
 * "The Brazilian company", "the Swedish truckmaker", "the Danish aircraft maker": "the", a capitalised nationality and a
 * company noun (COMPANY_NOUNS) within the next two lower-case words open the clause — not "The French government
 * said …" nor "The Swedish cuts will …", which describe no company.
 */
const NATIONAL_OPENING_RE = /^\s*[Tt]he\s+(\p{Lu}\p{Ll}+)\s+([\p{Ll}-]+)(?:\s+([\p{Ll}-]+))?/u;
/** The nationality, then up to four lower-case words, right before a company's name: "Brazilian aircraft maker ". */
const NATIONAL_INTRO_RE = /\b(\p{Lu}\p{Ll}+)\s+(?:[\p{Ll}-]+\s+){0,4}$/u;

/** Per document: nationality → the companies introduced with it and where (computed once, linear in mentions). */
const INTRODUCED = new WeakMap<DocContext, Map<string, { at: number; id: string }[]>>();

function introduced(ctx: DocContext): Map<string, { at: number; id: string }[]> {
  let byNation = INTRODUCED.get(ctx);
  if (byNation) return byNation;
  byNation = new Map();
  for (const m of ctx.mentions) {
    if (m.type !== 'Company') continue;
    const n = NATIONAL_INTRO_RE.exec(ctx.work.slice(Math.max(0, m.start - 60), m.start));
    if (!n || !NATIONALITIES.has(n[1]!)) continue;
    const list = byNation.get(n[1]!) ?? [];
    list.push({ at: m.start, id: m.id });
    byNation.set(n[1]!, list);
  }
  INTRODUCED.set(ctx, byNation);
  return byNation;
}

/**
 * The company a clause opening "the <Nationality> …" (`region`, starting at the clause) means: the only company
 * introduced before `pos` with that nationality right before its name. Null when none or several were.
 */
export function nationalDescriptorCompany(ctx: DocContext, region: string, pos: number): string | null {
  const d = NATIONAL_OPENING_RE.exec(region);
  if (!d || !NATIONALITIES.has(d[1]!) || !(COMPANY_NOUNS.has(d[2]!) || (d[3] && COMPANY_NOUNS.has(d[3])))) return null;
  const ids = new Set((introduced(ctx).get(d[1]!) ?? []).filter((x) => x.at < pos).map((x) => x.id));
  return ids.size === 1 ? [...ids][0]! : null;
}
