import { entityId } from '../resolve/entity-table.js';
import { allMatches } from '../text/all-matches.js';
import { findSentenceIndex } from '../text/sentences.js';
import { type DocContext, mentionsIn } from '../resolve/doc-context.js';
import { NATIONALITIES, isPlace } from '../gazetteer/lexicon/places.js';
import { isCommonWord } from '../gazetteer/lexicon/common-words.js';

/* How the text names a union: by its own name, by the word "union" near a name, by a general secretary. */

/** "union SBPV", "SBPV, the bank workers' union": a mention the text calls a union where it stands. */
export function calledUnionAt(ctx: DocContext, m: { start: number; end: number }): boolean {
  return (
    UNION_WORD_BEFORE_RE.test(ctx.work.slice(Math.max(0, m.start - 12), m.start)) ||
    UNION_APPOSITION_RE.test(ctx.work.slice(m.end, m.end + 60))
  );
}
/**
 * "union SBPV", "the union Kora Verk", or "Union SBPV" opening a sentence: the word "union" right before a name. A
 * capitalised "Union" after another word is the end of a name ("European Union", "Credit Union"), no cue.
 */
export const UNION_WORD_BEFORE_RE = /(?:(?<![\p{L}\p{N}])union|(?:^|[.!?]["”’]?\s+|\n)Union)\s+$/u;
const UNION_APPOSITION_RE = /^,\s+(?:the|a|an)\s+(?:[\p{L}'’-]+\s+){0,3}?union\b/iu;
/**
 * Which speakers for the workforce one article's phrases name alike: works councils, the staff's own
 * representatives ("employee representatives", "staff delegates"), and unions with their officials — a story may
 * quote "employee representatives" and, apart, "union representatives".
 */
export function unionFamily(match: string): 'council' | 'staff' | 'union' {
  if (/council/i.test(match)) return 'council';
  return STAFF_HEAD_RE.test(match) ? 'staff' : 'union';
}
const STAFF_HEAD_RE =
  /^(?:staff|employees?['’]?|workers?['’]?)\s+(?:representatives?|officials?|leaders?|delegates?)$/i;
/**
 * "IG Kora labor ", "Vakta workers' ": capitalised words (group 1), then the noun that says whose union it is, before
 * "union". Not a nationality or a place ("the Swedish labor union"), nor one common word opening a sentence.
 */
const NAME_THEN_UNION_NOUN_RE = /^(\p{Lu}[\p{L}&-]*(?: \p{Lu}[\p{L}&-]*){0,1})\s+(?:trade|labou?r|workers['’]?)\s+$/u;
export function nameBeforeUnionNoun(words: string, before: string): string | undefined {
  const name = NAME_THEN_UNION_NOUN_RE.exec(words)?.[1];
  if (!name || NATIONALITIES.has(name) || isPlace(name)) return undefined;
  // "the Accord labor union": after a lower-case "the" a capitalised common word is a name.
  return name.includes(' ') || !isCommonWord(name) || LOWER_THE_BEFORE_RE.test(before) ? name : undefined;
}
const LOWER_THE_BEFORE_RE = /(?:^|[^\p{L}])the\s+$/u;
/** An acronym alone before a union's word ("FNV trade " of "FNV trade union"). */
export const ACRONYM_WORDS_RE = /^(\p{Lu}{2,8}(?:[ -]\p{Lu}{2,8})?)\s+(?:(?:trade|labou?r)\s+)?$/u;
export const ACRONYM_AFTER_RE = /^\s+\((\p{Lu}[\p{Lu}\p{Ll}&-]{1,11})\)/u;
/**
 * A body that speaks for workers: a workers' union by its name, or one whose "general secretary" the text names
 * ("Kora Labour Congress deputy general secretary Jan Roe said"; a company has no general secretary).
 */
export function speaksForWorkers(ctx: DocContext, id: string): boolean {
  const e = ctx.entities.get(id);
  if (!e) return false;
  if (WORKERS_UNION_RE.test(e.name)) return true;
  const heads = secretaryHeads(ctx);
  return heads.size > 0 && [e.name, ...ctx.entities.aliasesOf(id)].some((n) => heads.has(n.toLowerCase()));
}
/**
 * The names that may stand before "(deputy) general secretary" in the text: the last one to six words before each,
 * lower-cased — one pass over the text, so a name is then looked up, never searched for.
 */
function secretaryHeads(ctx: DocContext): Set<string> {
  const known = SECRETARY_HEADS.get(ctx);
  if (known) return known;
  const heads = new Set<string>();
  // Most texts name no secretary: one native search gates the pattern.
  const gated = ctx.work.includes('ecretary') ? allMatches(GENERAL_SECRETARY_RE, ctx.work) : [];
  for (const m of gated) {
    const words = ctx.work
      .slice(Math.max(0, m.index - 80), m.index)
      .split(/\s+/)
      .filter(Boolean)
      .slice(-6);
    for (let k = 1; k <= words.length; k++) heads.add(words.slice(-k).join(' ').toLowerCase());
  }
  SECRETARY_HEADS.set(ctx, heads);
  return heads;
}
const SECRETARY_HEADS = new WeakMap<DocContext, Set<string>>();
const GENERAL_SECRETARY_RE = /(?<=\S)\s(?:(?:deputy|assistant)\s)?general\ssecretary\b/giu;
/**
 * A workers' union by its name: "Union of" with the workers it organizes, or their trade before "Union" ("National
 * Union of Mineworkers", "Kora Metalworkers' Union", "… Financial Institutions Employees"); never "Union Bank",
 * "Western Union" or a credit union.
 */
const WORKERS = String.raw`(?:\p{Lu}\p{Ll}*workers|Workers|Employees|Miners|Staff|Teachers|Pilots|Journalists|Nurses)`;
export const WORKERS_UNION_RE = new RegExp(
  String.raw`\bUnion\s+of\s+(?:[\p{L}'’,-]+\s+){0,8}?${WORKERS}\b|\b${WORKERS}['’]?\s+Union\b|\bTrade\s+Union\b`,
  'u',
);
/**
 * The last union named before `pos` ("IG Kora", "the Kora Workers' Union"), or null: in this sentence or the one
 * before, or with `anywhere` in all the text before ("according to the union", paragraphs after the union spoke).
 */
export function unionNamedBefore(ctx: DocContext, pos: number, anywhere = false): string | null {
  const si = findSentenceIndex(ctx.sentences, pos);
  const from = anywhere ? 0 : Math.max(ctx.sentences[Math.max(0, si - 1)]?.start ?? 0, pos - 400);
  let name: string | null = null;
  let at = -1;
  for (const m of allMatches(UNION_NAME_RE, ctx.work.slice(from, pos))) {
    const n = withoutPlacePossessive(m[0].replace(LEADING_RE, ''));
    if (BLOC_RE.test(n)) continue;
    name = n;
    at = from + m.index + m[0].length - n.length;
  }
  // "The Metalworkers Union of Halden said": the longer name a step read there is the union's.
  const longer = name ? mentionsIn(ctx, at, at + 1).find((x) => x.end > at + name.length) : undefined;
  if (longer) return ctx.entities.get(longer.id)?.name ?? name;
  return name ? unionWrittenOut(ctx, name, at) : null;
}
/** "Norway's ", "South Africa’s ": a place in the possessive before a union's name. */
const PLACE_POSSESSIVE_START_RE = /^(\p{Lu}[\p{L}.-]*(?: \p{Lu}[\p{L}.-]*)?)['’]s\s+(?=\p{Lu})/u;
/**
 * "South Africa’s National Union of Kora Miners" → "National Union of Kora Miners": the country says where the union
 * is, it is no part of its name (not "Kora’s Union", whose possessor is no place).
 */
function withoutPlacePossessive(name: string): string {
  const m = PLACE_POSSESSIVE_START_RE.exec(name);
  return m && isPlace(m[1]!) ? name.slice(m[0].length) : name;
}
/** " of Metalworkers", " of the Kora Miners": the object that completes "National Union" into a union's name. */
const UNION_OF_RE = /^ of (?:the )?\p{Lu}[\p{L}'’-]*(?: (?:and )?\p{Lu}[\p{L}'’-]*){0,4}/u;
/**
 * "National Union" read at `at`: the whole name where "of …" completes it ("National Union of Metalworkers"), or
 * the initials after it when the text made them a name ("… (Numw) said", with "Numw" found), so the union is
 * cited once, under a name that is its own.
 */
function unionWrittenOut(ctx: DocContext, name: string, at: number): string {
  const end = at + name.length;
  const of = UNION_OF_RE.exec(ctx.work.slice(end, end + 80))?.[0] ?? '';
  const initials = ACRONYM_AFTER_RE.exec(ctx.work.slice(end + of.length, end + of.length + 16))?.[1];
  if (initials && KNOWN_KINDS.some((k) => ctx.entities.has(entityId(k, initials)))) return initials;
  return name + of;
}
export const KNOWN_KINDS = ['Company', 'Source'] as const;
/**
 * The words that end a union's name, in several languages ("… Union", "IG Kora Metall", "Vakta Syndicat", "Kora
 * Teamsters", "Vesslaförbundet"): one list for every rule that reads a union by its last word.
 */
export const UNION_WORD = String.raw`(?:Union|Unionen|Metall|Teamsters|Syndicat|Sindicato|Gewerkschaft|\p{Lu}\p{Ll}+(?:förbundet|forbundet|liitto|vakbond))`;
/**
 * A capitalised name ending in a union's word, in any language ("Kora Workers' Union", "IG Kora Metall", "Verdi"),
 * within one line and not across a sentence's full stop ("… Jan Kora.\n\nIG Metall" is "IG Metall").
 */
const UNION_NAME_RE = new RegExp(
  String.raw`(?<![\p{L}\p{N}'’-])(?:\p{Lu}[\p{L}'’&.-]*(?<!\.)[ \t]+){0,5}(?:${UNION_WORD}|Verdi|Unite|Unifor)(?![\p{L}\p{N}'’-])`,
  'gu',
);
/** Capitalised words before a name that are no part of it ("On Monday IG Kora …"). */
export const LEADING_RE =
  /^(?:(?:The|A|An|On|In|At|But|And|Or|For|From|With|By|To|As|After|Before|While|When|Meanwhile|However|Yesterday|Today|Last|This|Next|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\s+)+/u;
/** Unions of states, not of workers. */
export const BLOC_RE = /^(?:European|Soviet|African|Eurasian|Customs|Monetary|Postal|Banking|Capital Markets)\s+Union$/;
/**
 * "a trade union spokesperson", "the union's spokesman": the union's word right before a spokesperson, no name
 * before it ("Kora Metal union spokesperson" is Kora Metal's).
 */
export const UNION_BEFORE_SPOKESPERSON_RE =
  /(?:^|[^\p{L}\s]\s*|\b(?:[Aa]n?|[Tt]he|[Oo]ne|[Ii]ts|[Tt]heir)\s+)(?:(?:[Tt]rade|[Ll]abou?r)\s+)?([Uu]nion)(?:['’]s)?\s+$/u;
/** A body's name that is only the word before "union" ("Trade" of "Trade union spokesperson Jan Roe"). */
export const UNION_MODIFIER_RE = /^(?:Trade|Labou?r)$/u;
/** Where the word "union" stands in the few words before `pos` ("Trade union spokesperson "), or -1. */
export function unionWordBefore(ctx: DocContext, pos: number): number {
  const from = Math.max(0, pos - 40);
  const k = ctx.work.slice(from, pos).search(/\bunion\b/i);
  return k < 0 ? -1 : from + k;
}
