import type { ExtractedEvent } from '../types.js';
import { type DocContext, mentionsById, type ResolvedMention } from '../resolve/doc-context.js';
import { BLOC_RE, UNION_WORD, UNION_WORD_BEFORE_RE, WORKERS_UNION_RE } from '../relations/union-names.js';
import { isLenderUnion } from '../gazetteer/lexicon/lender-unions.js';

/*
 * A labour union is no employer whose round of cuts the news tells: "Union X shuts Kestrel's head office" is a picket,
 * and "the Kora Textile Workers' Union (KTW) said a garment maker dismissed 96 staff" reports another's round. A
 * round whose organization is a union is dropped (no annotated round of the corpus is a union's).
 */

/**
 * A name ending in a union's word, in any language ("Kora Metalworkers' Union", "IG Kora Metall", "Vakta Syndicat"):
 * the shared list of union words, no union's own name.
 */
const UNION_END_RE = new RegExp(String.raw`(?<![\p{L}\p{N}])${UNION_WORD}$`, 'u');
/**
 * "the Kora Textile Workers' Union (", "the National Union of Kora Bank Employees (": a union's name before the bracket
 * that gives its short form.
 */
const UNION_BEFORE_BRACKET_RE = new RegExp(
  String.raw`(?:${WORKERS_UNION_RE.source}|(?<![\p{L}\p{N}])${UNION_WORD})\s*\(\s*$`,
  'u',
);

/**
 * "SBPV, the bank workers' union, said", "SBPV, a union that represents …": an apposition that calls the name a union
 * and closes (not ", the union said", which names another speaker after the name).
 */
const UNION_APPOSITION_RE =
  /^,\s+(?:the|a|an)\s+(?:[\p{L}'’-]+\s+){0,3}?union(?:\s*[,)]|\s+(?:that|which|representing)\b)/iu;

/** Whether the organization `id` is a workers' union: by its name, or by how the text names it at a mention. */
function isUnion(ctx: DocContext, id: string, mentionsOf: (id: string) => readonly ResolvedMention[]): boolean {
  const e = ctx.entities.get(id);
  if (!e) return false;
  const names = [e.name, ...ctx.entities.aliasesOf(id)];
  if (names.some((n) => WORKERS_UNION_RE.test(n) || (UNION_END_RE.test(n) && !BLOC_RE.test(n) && !isLenderUnion(n))))
    return true;
  for (const m of mentionsOf(id)) {
    if (UNION_WORD_BEFORE_RE.test(ctx.work.slice(Math.max(0, m.start - 12), m.start))) return true;
    if (UNION_APPOSITION_RE.test(ctx.work.slice(m.end, m.end + 60))) return true;
    if (UNION_BEFORE_BRACKET_RE.test(ctx.work.slice(Math.max(0, m.start - 120), m.start))) return true;
  }
  return false;
}

/** The events whose organization is not a workers' union (each organization looked at once). */
export function dropUnionRounds(ctx: DocContext, events: ExtractedEvent[]): ExtractedEvent[] {
  const seen = new Map<string, boolean>();
  // The mentions by organization, listed once (one pass over the mentions, whatever the number of rounds).
  let byId: Map<string, ResolvedMention[]> | null = null;
  const mentionsOf = (id: string): readonly ResolvedMention[] => {
    byId ??= mentionsById(ctx.mentions);
    return byId.get(id) ?? [];
  };
  const union = (id: string) => {
    let yes = seen.get(id);
    if (yes === undefined) seen.set(id, (yes = isUnion(ctx, id, mentionsOf)));
    return yes;
  };
  return events.filter(
    (e) => !((e.kind === 'layoff' || e.kind === 'restructuring') && e.organization !== null && union(e.organization)),
  );
}
