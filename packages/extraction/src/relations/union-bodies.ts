import type { DocContext } from '../resolve/doc-context.js';
import { matchTitleAt, type TitleMatch } from '../ner/titles.js';
import { BODY_FULL_RE, unionOfAcronym } from './role-phrases.js';

/**
 * Offices of workers' and members' bodies: the posts whose "of the <ACRONYM>" is the body itself ("delegate of the
 * KWF", "general secretary of the PTU"), unlike a company post's "head of the UK business".
 */
const BODY_OFFICE_RE =
  /\b(?:delegate|secretary|secretary[- ]general|steward|convenor|convener|representative|negotiator|organi[sz]er|co-?ordinator|official|president|chair\w*|leader|spokes\w+)\b/i;
/** "… of the KWF", "… for the PTU at the plant": an acronym right after the office's preposition, nothing lower-case after. */
const ACRONYM_OBJECT_RE = /\b(?:of|for|at|from)\s+(?:the\s+)?(\p{Lu}{2,6})(?=\s*$|\s+(?:at|in|on|for)\b|[,.;:])/u;
/** Regions and countries written as acronyms: the scope of a post, never a body ("head of EMEA", "president of the US"). */
const REGION_ACRONYM_RE = /^(?:UK|US|USA|EU|UAE|EMEA|APAC|LATAM|ASEAN|MENA|DACH|CEE|CIS|GCC|SADC|DRC|PRC)$/;

/**
 * The body an acronym in a union-style office names ("delegate of the KWF at the Tarn plant"): the union written out
 * earlier when the text did, else the acronym itself, as a Source entity; null for other titles and for regions.
 */
export function acronymBodyInTitle(ctx: DocContext, start: number, end: number): string | null {
  const span = ctx.work.slice(start, end);
  if (!BODY_OFFICE_RE.test(span)) return null;
  const m = ACRONYM_OBJECT_RE.exec(span);
  if (!m || REGION_ACRONYM_RE.test(m[1]!)) return null;
  const acronym = m[1]!;
  const at = start + m.index + m[0].length - acronym.length;
  return (
    unionOfAcronym(ctx, acronym, at) ?? ctx.entities.addMention('Source', acronym, at, at + acronym.length, 'other')
  );
}

/** "union official", "union leader": "union" before a title, the post of a union's own officer. */
const UNION_WORD_RE = /union\s+/y;

/** The title "union <title>" starting at `pos` ("union official on the board"), else null. */
export function unionTitleAt(text: string, pos: number): TitleMatch | null {
  UNION_WORD_RE.lastIndex = pos;
  const m = UNION_WORD_RE.exec(text);
  const rest = m ? matchTitleAt(text, pos + m[0].length) : null;
  return rest ? { start: pos, end: rest.end, title: `union ${rest.title}` } : null;
}

/** "Kestrel " in "Jane Roe, a Kestrel union official": up to three capitalised words before "union". */
const NAMED_BEFORE_UNION_RE = /(\p{Lu}[\p{L}\p{N}&-]*(?:\s+\p{Lu}[\p{L}\p{N}&-]*){0,2})\s+(?=union\s)/uy;
/** "KWF " in "Jane Roe, a KWF representative at the plant": an acronym before an office. */
const ACRONYM_BEFORE_RE = /(\p{Lu}{2,6})\s+/uy;

/**
 * "Jane Roe, a Kestrel union official" or "Jane Roe, a KWF representative at the plant", where the name is no entity
 * yet: the title (with the acronym: "KWF representative at the plant") and the body as a Source entity; null when
 * the words at `pos` are not that.
 */
export function namedUnionTitleAt(ctx: DocContext, pos: number): { title: TitleMatch; org: string } | null {
  NAMED_BEFORE_UNION_RE.lastIndex = pos;
  const m = NAMED_BEFORE_UNION_RE.exec(ctx.work);
  const title = m ? unionTitleAt(ctx.work, pos + m[0].length) : null;
  if (title) return { title, org: ctx.entities.addMention('Source', m![1]!, pos, pos + m![1]!.length, 'other') };
  ACRONYM_BEFORE_RE.lastIndex = pos;
  const a = ACRONYM_BEFORE_RE.exec(ctx.work);
  if (!a || REGION_ACRONYM_RE.test(a[1]!) || matchTitleAt(a[1]!, 0)) return null;
  const office = matchTitleAt(ctx.work, pos + a[0].length);
  if (!office || !BODY_OFFICE_RE.test(office.title)) return null;
  const acronym = a[1]!;
  const org =
    unionOfAcronym(ctx, acronym, pos) ?? ctx.entities.addMention('Source', acronym, pos, pos + acronym.length, 'other');
  return { title: { start: pos, end: office.end, title: `${acronym} ${office.title}` }, org };
}

/**
 * Names that only a workers' body has, whatever the text says of them: initials, joined by "&" or not ("AMWU",
 * "K&M"), or capitalised words ending in the members' noun ("United Metal Workers").
 */
const BODY_NAME_RE =
  /^(?:\p{Lu}{2,6}|\p{Lu}{1,3}&\p{Lu}{1,3}|(?:\p{Lu}[\p{L}-]*\s+){1,4}(?:Workers|Employees|Mineworkers|Steelworkers)['’]?)$/u;
/** A union's own offices before its holder's name (not "president", "chief executive" or "director", which firms share). */
const UNION_OFFICE_RE =
  /^(?:(?:deputy|assistant|national|regional|general|international)\s+)*(?:general\s+secretary|secretary(?:[- ]general)?|organi[sz]er|shop\s+steward|steward|convenor|convener|chief|leader|spokes(?:man|woman|person)|(?:[\p{Ll}-]+\s+){0,2}co-?ordinator)\b/iu;

/**
 * "K&M General Secretary Olle Sand", "United Metal Workers chief Per Holm": a union no step found, named right
 * before one of a union's offices, as a Source entity (`name` at `at`); null for other names and offices.
 */
export function unionNamedBeforeOffice(ctx: DocContext, name: string, at: number, title: string): string | null {
  if (!BODY_NAME_RE.test(name) || REGION_ACRONYM_RE.test(name) || !UNION_OFFICE_RE.test(title)) return null;
  return ctx.entities.addMention('Source', name, at, at + name.length, 'other');
}

/**
 * "The ", "And ", "And the ", a sentence adverb and its comma ("Separately, the ") or nothing before a body that
 * opens a sentence.
 */
const OPENING_ARTICLE_RE =
  /^\s*(?:(?:And|But)\s+(?:the\s+)?|(?:Separately|Meanwhile|Elsewhere|Similarly),\s+(?:the\s+)?|The\s+)?/;

/**
 * A workers' or employers' body written out at `start` ("The Manufacturers Association of Kora (MAK) has warned"),
 * as a Source entity; else null.
 */
export function bodyOpening(ctx: DocContext, start: number, end: number): string | null {
  const lead = OPENING_ARTICLE_RE.exec(ctx.work.slice(start, end))![0].length;
  const span = ctx.work.slice(start + lead, Math.min(end, start + lead + 120));
  BODY_FULL_RE.lastIndex = 0;
  const m = BODY_FULL_RE.exec(span);
  if (!m || m.index !== 0) return null;
  const at = start + lead;
  return ctx.entities.addMention('Source', m[0], at, at + m[0].length, 'other');
}
