import type { Span } from '../types.js';
import { entityId } from '../resolve/entity-table.js';
import { addEvidence } from '../resolve/evidence.js';
import { type DocContext, sentenceOf } from '../resolve/doc-context.js';
import { NATIONALITIES } from '../gazetteer/lexicon/places.js';
import { memoByString } from '../text/memo.js';
import { UPPER_FIRST_RE } from '../text/char-class.js';
import { COMMENTATOR_NAME_RE } from './commentators.js';
import { BLOC_RE, WORKERS_UNION_RE } from './union-names.js';
import { FOREIGN_ARTICLES } from './outlet-lexicon.js';
import type { CitationInputs } from './citations.js';

/* After the citing passes: one cited source per body, however many names the text gave it. */

export const isOrgId = (id: string) => id.startsWith('company:') || id.startsWith('division:');
/**
 * "Sindicato dos Metalúrgicos de Halden": a cited source whose name is only a part of a speaking body's full name,
 * cited in that body's sentence and nowhere else, was read from inside that name.
 */
export function dropPartsOfBodies(
  ctx: DocContext,
  evidence: Map<string, Span[]>,
  bodies: ReadonlyArray<{ id: string; name: string; start: number; end: number }>,
): void {
  for (const b of bodies) {
    const sentence = sentenceOf(ctx, b.start);
    if (!sentence) continue;
    for (const [id, ev] of [...evidence]) {
      const name = ctx.entities.get(id)?.name;
      if (id === b.id || !name || name.length >= b.name.length || !b.name.includes(name)) continue;
      if (ev.every((span) => span.start === sentence.start)) evidence.delete(id);
    }
  }
}
/**
 * "The union IG Metall said …; a spokesperson of the union said": a source named after a body ("IG Metall") that is
 * also cited as the organization of that name is one source — its evidence joins the organization's. So is a
 * union's name cut before its place ("Metalworkers Union" beside the cited "Metalworkers Union of Halden").
 */
export function mergeSameNamed(ctx: DocContext, evidence: Map<string, Span[]>): void {
  const byName = new Map<string, string>();
  const fullNames: Array<{ id: string; name: string }> = [];
  for (const id of evidence.keys()) {
    const e = ctx.entities.get(id);
    if (!e) continue;
    if (e.type === 'Source' || isOrgId(id)) fullNames.push({ id, name: e.name.toLowerCase() });
    if (!isOrgId(id)) continue;
    for (const n of [e.name, ...ctx.entities.aliasesOf(id)]) {
      const key = n.toLowerCase();
      if (key && !byName.has(key)) byName.set(key, id);
    }
  }
  for (const [id, ev] of [...evidence]) {
    const e = ctx.entities.get(id);
    if (e?.type !== 'Source') continue;
    const name = e.name.toLowerCase();
    const into =
      byName.get(name) ??
      // "The Kora Workers Union (Kowu) …. Kowu said": the initials bracketed after the phrase name the cited body.
      ctx.entities
        .aliasesOf(id)
        .filter((a) => UPPER_FIRST_RE.test(a))
        .map((a) => byName.get(a.toLowerCase()))
        .find((x) => x !== undefined) ??
      (COMMENTATOR_NAME_RE.test(e.name)
        ? fullNames.find(
            (f) =>
              f.id !== id &&
              evidence.has(f.id) &&
              (f.name.startsWith(name + ' of ') ||
                f.name.startsWith(name + ' in ') ||
                // "The National Union of Tanners (NUT) said" beside the body cited without its article: one body.
                (!THE_RE.test(f.name) && name === 'the ' + f.name)),
          )?.id
        : undefined);
    const list = into ? evidence.get(into) : undefined;
    if (!list) continue;
    for (const span of ev) addEvidence(list, span);
    evidence.delete(id);
    for (const alias of [e.name, ...ctx.entities.aliasesOf(id)])
      if (alias.toLowerCase().replace(THE_RE, '') !== ctx.entities.get(into!)?.name.toLowerCase())
        ctx.entities.addAlias(into!, alias);
  }
}
const THE_RE = /^the\s+/;
/**
 * "O Kestrel reports …; according to Kestrel, …", "The VK Orsk Workers Union … the Orsk Workers Union says": a cited
 * name that is another cited name without its first word — a foreign article ("O", "El", "Le", "Die") or a country's
 * initials ("VK", "RT") — is that body's short form, cited once under the full name. Only where one full name ends so.
 */
export function mergeShortForms(ctx: DocContext, evidence: Map<string, Span[]>): void {
  const byRest = new Map<string, string | null>();
  for (const id of evidence.keys()) {
    const name = ctx.entities.get(id)?.name;
    const m = name ? LEADING_SHORT_WORD_RE.exec(name) : null;
    if (!m || !(FOREIGN_ARTICLES.has(m[1]!) || COUNTRY_INITIALS_RE.test(m[1]!))) continue;
    const rest = name!.slice(m[0].length).toLowerCase();
    byRest.set(rest, byRest.has(rest) ? null : id);
  }
  if (byRest.size === 0) return;
  for (const [id, ev] of [...evidence]) {
    const e = ctx.entities.get(id);
    const into = e ? byRest.get(e.name.toLowerCase()) : undefined;
    if (!e || !into || into === id || !evidence.has(into)) continue;
    const list = evidence.get(into)!;
    for (const span of ev) addEvidence(list, span);
    evidence.delete(id);
    ctx.entities.addAlias(into, e.name);
  }
}
/** A name's first word and the space after it, when a capitalised word follows ("O Kestrel", "VK Orsk Union"). */
const LEADING_SHORT_WORD_RE = /^(\p{Lu}\p{L}{0,2})\s+(?=\p{Lu})/u;
/** Two or three capitals: a country's initials before a name ("VK", "RT"). */
const COUNTRY_INITIALS_RE = /^\p{Lu}{2,3}$/u;
/**
 * "…, trade unions said. Unions said on Friday …": unions no name tells apart ("unions", "trade unions", "the local
 * union", "Unions" opening a sentence) are one cited source, the first one cited.
 */
export function mergeUnnamedUnions(ctx: DocContext, evidence: Map<string, Span[]>): void {
  let into: string | undefined;
  for (const [id, ev] of [...evidence]) {
    const e = ctx.entities.get(id);
    if (e?.type !== 'Source' || e.kind !== 'other' || !UNNAMED_UNION_RE.test(e.name)) continue;
    if (!into) {
      into = id;
      continue;
    }
    const list = evidence.get(into)!;
    for (const span of ev) addEvidence(list, span);
    evidence.delete(id);
    for (const alias of [e.name, ...ctx.entities.aliasesOf(id)]) ctx.entities.addAlias(into, alias);
  }
}
/** A union named by common words only: lower-case words before "union(s)", or "Unions" alone. */
const UNNAMED_UNION_RE = /^(?:(?:\p{Ll}[\p{Ll}'’-]*\s+){0,3}unions?|Unions?)$/u;
/**
 * "…, according to a union that represents them. The Vakta union … said": an unnamed union cited before the one union
 * the article goes on to name is that union (cited once). Two named unions, or "unions" in the plural, stay apart.
 */
export function foldUnnamedUnion(
  ctx: DocContext,
  evidence: Map<string, Span[]>,
  unions: ReadonlyArray<{ id: string }>,
): void {
  const unnamed = unnamedUnionCited(ctx, evidence);
  if (!unnamed) return;
  const named = new Set(unions.map((u) => u.id));
  // "Union vows to fight …" over a lede that names the union: any union cited under a name of its own counts.
  for (const id of evidence.keys()) if (id !== unnamed && hasUnionName(ctx, id)) named.add(id);
  if (named.size !== 1) return;
  const [id] = named;
  if (!evidence.has(id!) || id === unnamed) return;
  moveEvidence(evidence, unnamed, id!);
  ctx.entities.addAlias(id!, ctx.entities.get(unnamed)?.name ?? 'union');
}
/** "An Italian union says", "a labor union": a union only a nationality (group 1) or its kind describes. */
const UNNAMED_ONE_UNION_RE = /^(?:(\p{Lu}\p{Ll}+)|trade|labou?r)\s+union$/u;
/** The one union cited with no name ("a union", "An Italian union", "a labor union"), else null. */
function unnamedUnionCited(ctx: DocContext, evidence: Map<string, Span[]>): string | null {
  const bare = entityId('Source', 'union');
  if (evidence.has(bare)) return bare;
  const described = [...evidence.keys()].filter((id) => {
    const e = ctx.entities.get(id);
    const m = e?.type === 'Source' && e.kind === 'other' ? UNNAMED_ONE_UNION_RE.exec(e.name) : null;
    return !!m && (m[1] === undefined || NATIONALITIES.has(m[1]));
  });
  return described.length === 1 ? described[0]! : null;
}
/** "Kora Mineworkers Union", "National Union of Kora Miners": a union's own name, more than the word "Union". */
const UNION_OWN_NAME_RE = /\p{Lu}[\p{L}'’-]*\s(?:[\p{L}'’,&-]+\s){0,6}Union\b|\bUnion\s+of\s+\p{Lu}/u;
function hasUnionName(ctx: DocContext, id: string): boolean {
  const name = ctx.entities.get(id)?.name ?? '';
  return UNION_OWN_NAME_RE.test(name) && !BLOC_RE.test(name) && !/\bCredit\s+Union\b/u.test(name);
}
/** Cites `to` where `from` was cited, and `from` no more. */
function moveEvidence(evidence: Map<string, Span[]>, from: string, to: string): void {
  const list = evidence.get(to) ?? [];
  for (const span of evidence.get(from) ?? []) addEvidence(list, span);
  evidence.set(to, list);
  evidence.delete(from);
}
/**
 * "KUM Norrland regional secretary Jan Roe said": a union's regional branch speaks for the union, cited once under
 * the union's name — a workers' union or any body whose own name ends in "Union" ("Orsk Electrical and Postal
 * Union"; not a credit union or a bloc of states). A company's unit stays its own source.
 */
export function foldUnionBranches(ctx: DocContext, evidence: Map<string, Span[]>, inputs: CitationInputs): void {
  for (const r of inputs.relations ?? []) {
    if (r.type !== 'PART_OF' || !r.from.startsWith('division:')) continue;
    if (evidence.has(r.from) && (WORKERS_UNION_RE.test(ctx.entities.get(r.to)?.name ?? '') || hasUnionName(ctx, r.to)))
      moveEvidence(evidence, r.from, r.to);
  }
}
/** The initials of a name of two to five capitalised words ("Wall Street Journal" → "WSJ"), else null. */
const initialsOf = memoByString((name: string): string | null => {
  const words = name.split(/\s+/).filter((w) => !/^(?:of|and|the|&|for|de|du|des|der|la|le)$/i.test(w));
  if (words.length < 2 || words.length > 5 || !words.every((w) => UPPER_FIRST_RE.test(w))) return null;
  return words.map((w) => w[0]).join('');
});

/**
 * "the Wall Street Journal said …, according to WSJ", "the Kora Workers Union (KWU) …. KWU said": a source cited under
 * the initials of a cited name (or under initials a union was given in brackets, already in `acronyms`) is that one.
 */
export function mergeInitials(ctx: DocContext, evidence: Map<string, Span[]>, acronyms: Map<string, string>): void {
  for (const id of evidence.keys()) {
    const e = ctx.entities.get(id);
    const initials = e ? initialsOf(e.name) : null;
    if (initials && !acronyms.has(initials)) acronyms.set(initials, id);
  }
  for (const [id, ev] of [...evidence]) {
    const e = ctx.entities.get(id);
    const union = e?.type === 'Source' ? acronyms.get(e.name) : undefined;
    if (!union || union === id) continue;
    const list = evidence.get(union)!;
    for (const span of ev) addEvidence(list, span);
    evidence.delete(id);
    ctx.entities.addAlias(union, e!.name);
  }
}
