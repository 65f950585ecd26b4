import type { Span } from '../types.js';
import type { DocContext } from '../resolve/doc-context.js';
import { addEvidence } from '../resolve/evidence.js';

/**
 * What may go on after a cited body's name up to its bracketed acronym: capitalised words, "of", "and", "&" and commas
 * between them ("… of Banks, Insurance and Financial Institutions Employees (NUBIFIE)"), ten words at the most. The
 * acronym may be written as a word with one capital ("(Nubifie)"), as some papers do.
 */
const CONTINUATION_RE =
  /^((?:,?\s+(?:\p{Lu}[\p{L}'’-]*|of|and|&|the)){0,10})\s*\((\p{Lu}(?:\p{Lu}{2,9}|\p{Ll}{2,9}))\)/u;
/** How far into a citing sentence a name is looked for. */
const SEARCH_WINDOW = 2000;
/** Words the initials of a body's name leave out. */
const SMALL_WORD_RE = /^(?:of|and|&|the|for)$/iu;

/**
 * "The Federated Union of Banks, Insurance and Finance Employees (FUBIFE) said": a body's name that runs on past a
 * comma, which the steps that read names cut at the comma ("Federated Union of Banks") or before "of". When the
 * words from the cited name to a bracketed acronym have that acronym's initials, the body is cited under the whole
 * name, the acronym its alias; the cut name's evidence moves to it (a company another step named keeps its id and
 * takes both as aliases).
 */
export function citeAcronymFullNames(ctx: DocContext, evidence: Map<string, Span[]>): void {
  for (const [id, ev] of [...evidence]) {
    const e = ctx.entities.get(id);
    if (!e || (e.type === 'Source' && e.kind !== 'other') || !/\s/.test(e.name)) continue;
    const at = nameIn(ctx.work, e.name, ev);
    if (at < 0) continue;
    const full = fullNameAround(ctx.work, at, at + e.name.length);
    if (!full) continue;
    if (e.type !== 'Source') {
      // A company or unit another step named: other relations hold its id, so the whole name is an alias of it.
      ctx.entities.addAlias(id, full.name);
      ctx.entities.addAlias(id, full.acronym);
      continue;
    }
    const fullId = ctx.entities.addMention('Source', full.name, full.start, full.end, 'other');
    ctx.entities.addAlias(fullId, full.acronym);
    if (fullId === id) continue;
    for (const alias of ctx.entities.aliasesOf(id)) ctx.entities.addAlias(fullId, alias);
    const list = evidence.get(fullId) ?? [];
    evidence.set(fullId, list);
    // The cut name and the acronym cited on its own ("NUBIFIE said") are the same body.
    for (const other of [id, ...[...evidence.keys()].filter((k) => ctx.entities.get(k)?.name === full.acronym)]) {
      for (const span of evidence.get(other) ?? []) addEvidence(list, span);
      evidence.delete(other);
    }
  }
}

/**
 * Where the name stands in the sentences citing it, or else shortly before the first (bounded: a text without full
 * stops is one long sentence).
 */
function nameIn(text: string, name: string, spans: readonly Span[]): number {
  for (const s of spans) {
    const at = text.slice(s.start, Math.min(s.end, s.start + SEARCH_WINDOW)).indexOf(name);
    if (at >= 0) return s.start + at;
  }
  // "The union said": a union the text named in full a little before.
  const first = spans[0];
  if (!first) return -1;
  const from = Math.max(0, first.start - SEARCH_WINDOW);
  const at = text.slice(from, first.start).lastIndexOf(name);
  return at < 0 ? -1 : from + at;
}

/**
 * The whole name around a cut one at [start, end): the words after it up to a bracketed acronym, and as many words
 * before it (from a capitalised one) as make the acronym's initials — or null when no such name is there.
 */
function fullNameAround(
  text: string,
  start: number,
  end: number,
): { name: string; start: number; end: number; acronym: string } | null {
  const after = CONTINUATION_RE.exec(text.slice(end, end + 160));
  if (!after) return null;
  const acronym = after[2]!;
  const tail = text.slice(start, end) + after[1]!;
  const lead = LEAD_RE.exec(text.slice(Math.max(0, start - 160), start))?.[0] ?? '';
  // Try the name alone, then with one more word before it at a time.
  const words = lead.split(/(?=(?<=[\s,])\S)/u);
  for (let k = words.length; k >= 0; k--) {
    const before = words.slice(k).join('');
    if (before && !/^\p{Lu}/u.test(before)) continue;
    const name = (before + tail).replace(/\s+/g, ' ');
    if (initialsOf(name) === acronym.toUpperCase())
      return { name, start: start - before.length, end: end + after[1]!.length, acronym };
  }
  return null;
}

/** Name words and commas right before a cut name ("Federated Union of Banks, Insurance and "). */
export const LEAD_RE = /(?:(?:\p{Lu}[\p{L}'’-]*|of|and|&)(?:,?\s+))+$/u;

/** The capitals of a name's words, leaving out "of", "and", "&", "the", "for". */
export function initialsOf(name: string): string {
  return name
    .split(/[\s,]+/)
    .filter((w) => w && !SMALL_WORD_RE.test(w))
    .map((w) => w[0])
    .join('');
}
