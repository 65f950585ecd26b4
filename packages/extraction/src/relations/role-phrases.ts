import {
  type DocContext,
  type ResolvedMention,
  isOrg,
  mentionsIn,
  orgInFocus,
  sentenceOf,
} from '../resolve/doc-context.js';
import { findSentenceIndex } from '../text/sentences.js';
import { TITLE_PHRASE, matchTitleAt, matchTitleBefore } from '../ner/titles.js';
import { UPPER_FIRST_RE } from '../text/char-class.js';
import { LEAD_RE, initialsOf } from './acronym-full-names.js';

// Module constants: esbuild (tsx, vitest) rewrites a \p{…} literal inside a function into `new RegExp` per call.
const CAPITALISED_SECRETARY_RE = /^(?:\p{Lu}[\p{L}-]*,?\s+(?:and\s+)?){1,4}Secretary$/u;
const ACRONYM_WORD_RE = /^\p{Lu}{2,8}$/u;

/** A title at a position whatever follows it ("as chief executive over the summer"). */
const TITLE_AT_RE = new RegExp(`(${TITLE_PHRASE})(?![\\p{L}\\p{N}-])`, 'iuy');

/** A title read from a phrase, with the organization the phrase names (null: the caller decides). */
export interface PhraseRole {
  title: string;
  org: string | null;
  start: number;
  end: number;
}

/**
 * "Jane Roe stepped down as chief executive", "was brought in as interim chairman", "will join Acme as chief
 * executive", "runs the Chemicals business as executive vice-president", "replaced Mr Roe as chair": a verb of
 * taking, holding or leaving a post (after one comma aside: "Jane Roe, a turnaround specialist, was brought in as"), up
 * to 60 characters of one clause, then "as" and the title.
 */
const AS_ROLE_RE =
  /(?:,(?:[^,.;:()\n]|\(\p{Lu}{2,6}\)){1,80},|,(?=\s+who\s))?\s+(?:(?:has|had|have|will|would|was|is|who|also|now|later|then|recently|been|be|formally|officially)\s+){0,3}(?:elected|re-elected|stepped\s+down|steps\s+down|step\s+down|stepped\s+aside|resigned|resigns|resign|retired|retires|retire|joined|joins|join|named|appointed|installed|promoted|hired|brought\s+in|took\s+over|takes\s+over|take\s+over|became|becomes|become|served|serves|serve|continues|continued|continue|remains|remained|remain|stays\s+on|stayed\s+on|returned|returns|return|replaced|replaces|replace|succeeded|succeeds|succeed|runs|ran|run|left|quit|leaves|leave|started|starts|start)\b([^.;:()\n,]{0,60}?)\s+as\s+(?:the\s+|its\s+|their\s+|a\s+|an\s+)?(?=\p{L})/uy;

/**
 * "Acme, whose managing director is Tan Sri Jane Roe", "Acme, whose founder Jane Roe sits on the board": the title and
 * the organization before the name.
 */
const WHOSE_RE =
  /,\s+whose\s+([^,.;:()]{2,80}?)(?:\s+(?:is|was)\s+|\s*,\s+|\s+)(?:(?:Mr|Mrs|Ms|Dr|Sir|Dame|Tan Sri|Datuk|Dato|Sheikh|Alhaji)\.?\s+)?$/u;

/** The title after "<Person> stepped down as …", with an organization named in between ("join Acme as"). */
export function roleAs(ctx: DocContext, p: ResolvedMention): PhraseRole | null {
  AS_ROLE_RE.lastIndex = p.end;
  const m = AS_ROLE_RE.exec(ctx.work);
  if (!m) return null;
  let at = p.end + m[0].length;
  // "took over as Kora Group chairman", "joined as Acme's chief executive": the organization named before the title
  // owns it.
  const owner = orgBeforeTitle(ctx, at);
  if (owner) at = owner.titleAt;
  let t = matchTitleAt(ctx.work, at);
  if (owner && !t) return null;
  if (!t) {
    TITLE_AT_RE.lastIndex = at;
    const r = TITLE_AT_RE.exec(ctx.work);
    if (!r) return null;
    const end = at + r[1]!.replace(/[\s,.;:]+$/, '').length;
    t = { start: at, end, title: ctx.work.slice(at, end).replace(/\s+/g, ' ') };
  }
  const middle = mentionsIn(ctx, p.end, at);
  // "was appointed as chairman of Kestrel Holdings last year": the organization the title names owns it, and the
  // title ends with its name.
  const named = owner ? null : orgOfTitle(ctx, t.start, t.end);
  if (named)
    return {
      title: ctx.work.slice(t.start, named.end).replace(/\s+/g, ' '),
      org: named.id,
      start: t.start,
      end: named.end,
    };
  // "Jane Roe replaced John Doe as chair": the title is Jane Roe's; an organization in between owns it.
  // "Jane Roe, who ran Vantor, will join Acme as chair": the one nearest "as", after any aside.
  const org = owner?.id ?? middle.filter(isOrg).pop()?.id ?? null;
  return { title: t.title, org, start: t.start, end: t.end };
}

/** Right before an organization named inside a title: " of ", " of the ", " at ". */
const OF_BEFORE_ORG_RE = /\s(?:of|at)\s+(?:the\s+)?$/u;

/** The first organization named in the title `[start, end)` after "of" or "at" ("chairman of Kestrel Holdings"). */
function orgOfTitle(ctx: DocContext, start: number, end: number): ResolvedMention | null {
  for (const m of mentionsIn(ctx, start, end))
    if (isOrg(m) && OF_BEFORE_ORG_RE.test(ctx.work.slice(Math.max(start, m.start - 12), m.start))) return m;
  return null;
}

/** An organization's mention starting at `at`, then a possessive or nothing, then a space: where its title starts. */
function orgBeforeTitle(ctx: DocContext, at: number): { id: string; titleAt: number } | null {
  const m = mentionsIn(ctx, at, at + 120).find((x) => x.start === at);
  if (!m || !isOrg(m)) return null;
  const gap = /^(?:['’]s?)?\s+/u.exec(ctx.work.slice(m.end, m.end + 4));
  return gap ? { id: m.id, titleAt: m.end + gap[0].length } : null;
}

/** The title of "<Org>, whose <title> is <Person>", with that organization. */
export function roleWhose(ctx: DocContext, p: ResolvedMention): PhraseRole | null {
  const s = sentenceOf(ctx, p.start);
  if (!s) return null;
  const from = Math.max(s.start, p.start - 120);
  const m = WHOSE_RE.exec(ctx.work.slice(from, p.start));
  if (!m) return null;
  const titleStart = from + m.index + m[0].indexOf(m[1]!);
  const titleEnd = titleStart + m[1]!.length;
  const t = matchTitleBefore(ctx.work, titleStart, titleEnd);
  if (!t || t.start !== titleStart) return null;
  const owner = mentionsIn(ctx, from, from + m.index)
    .filter((x) => isOrg(x) || x.type === 'Source')
    .pop();
  if (!owner || owner.end !== from + m.index) return null;
  return { title: t.title, org: owner.id, start: t.start, end: t.end };
}

/**
 * "Kestrel's chief executive is Jane Roe", "The company's chairman is Dr Jan Roe", "Its finance chief has been Ana
 * Lima since May", "The supervisory board chairman is Jan Roe": an owner (a possessive, "its" or "the"), a title,
 * "is", "has been" or "will be", then the person. Groups 1 and 2 are the owner's word ("company"; "its" or "the"),
 * neither after a name; group 3 is the title.
 */
const IS_NAMED_RE =
  /(?:(?<![\p{L}'’])(?:[Tt]he\s+)?(company|group|firm|bank|lender|carrier|airline|insurer|retailer|carmaker|automaker|conglomerate|operator|miner|maker|manufacturer)['’]s|(?<![\p{L}'’])([Ii]ts|[Tt]he)|['’]s)\s+([^,.;:()"“”]{2,60}?)\s+(?:is|has\s+been|will\s+be)\s+(?:(?:Mr|Mrs|Ms|Dr|Sir|Dame|Prof)\.?\s+)?$/du;

/** The title and organization of "<Org>'s <title> is <Person>" (or "the company's", "its": the organization in focus). */
export function roleIsNamed(ctx: DocContext, p: ResolvedMention): PhraseRole | null {
  const s = sentenceOf(ctx, p.start);
  if (!s) return null;
  const from = Math.max(s.start, p.start - 100);
  const m = IS_NAMED_RE.exec(ctx.work.slice(from, p.start));
  if (!m?.indices?.[3]) return null;
  const [titleStart, titleEnd] = m.indices[3].map((k) => from + k) as [number, number];
  const t = matchTitleBefore(ctx.work, titleStart, titleEnd);
  if (!t || t.start !== titleStart || t.end !== titleEnd) return null;
  if (m[1] || m[2]) {
    const org = orgInFocus(ctx, p.start);
    return org ? { title: t.title, org, start: t.start, end: t.end } : null;
  }
  const owner = mentionsIn(ctx, Math.max(0, from + m.index - 120), from + m.index)
    .filter(isOrg)
    .pop();
  if (!owner || owner.end !== from + m.index) return null;
  return { title: t.title, org: owner.id, start: t.start, end: t.end };
}

/** Names of workers' bodies in any language ("IG Kora", "Sindicato dos …", "Kora Workers' Union", "Local 12"). */
const UNION_NAME_RE =
  /\b(?:unions?|sindicato|sindicatos|syndicat|syndicats|gewerkschaft|federation|confederation|association|workers|local\s+\d+|IG\s+\p{Lu})/iu;

/** "union " right before a name: the text calls what follows a union. */
const CALLED_UNION_RE = /\bunion\s+$/i;
/**
 * " union" (or " trade union") right after an acronym: "the KWMU union, which represents steelworkers" ("the Kestrel
 * Steel union" is the company's staff, not a body of that name).
 */
const UNION_AFTER_RE = /^\s+(?:trade\s+)?union\b/i;
const ACRONYM_RE = /^\p{Lu}{2,}$/u;

/**
 * The union "the union's president" refers to: the last workers' body named in this or the three previous
 * sentences (an organization or a cited source), else null.
 */
export function recentUnion(ctx: DocContext, pos: number): string | null {
  const si = findSentenceIndex(ctx.sentences, pos);
  const from = Math.max(ctx.sentences[Math.max(0, si - 3)]?.start ?? 0, pos - 1500);
  const ms = mentionsIn(ctx, from, pos);
  for (let i = ms.length - 1; i >= 0; i--) {
    const m = ms[i]!;
    if (!isOrg(m) && m.type !== 'Source') continue;
    const name = ctx.entities.get(m.id)?.name ?? '';
    // "the pilots' union KPU", "trade union Kora Verk", "the KWMU union, which …": a name the text calls a union.
    if (
      UNION_NAME_RE.test(name) ||
      CALLED_UNION_RE.test(ctx.work.slice(Math.max(0, m.start - 12), m.start)) ||
      (ACRONYM_RE.test(name) && UNION_AFTER_RE.test(ctx.work.slice(m.end, m.end + 16)))
    )
      return m.id;
  }
  // A union named only as a speaker so far ("The Transport Workers' Union, which …, said"): its name as written.
  let last: RegExpExecArray | null = null;
  UNION_WRITTEN_RE.lastIndex = 0;
  // Bounded: a text without full stops must not be scanned again for every person in it.
  const back = ctx.work.slice(from, pos);
  const backStart = pos - back.length;
  for (let m = UNION_WRITTEN_RE.exec(back); m; m = UNION_WRITTEN_RE.exec(back)) last = m;
  if (!last) return null;
  const start = backStart + last.index;
  return ctx.entities.addMention('Source', last[0], start, start + last[0].length, 'other');
}

/**
 * "Kora Dockers' Union", "Sindicato dos Metalúrgicos de São José", "IG Kora": a union's written name. Its words
 * stay on one line and none ends a sentence ("… on Monday.\n\nKora Finance Staff Union" starts at "Kora").
 */
const UNION_WRITTEN_RE =
  /(?<![\p{L}])(?:(?!The\b)\p{Lu}[\p{L}'’.-]*(?<!\p{L}{3}\.)[ \t]+){1,4}(?:Union|Unions)\b|(?<![\p{L}])(?:Sindicato|Syndicat|Gewerkschaft)(?:\s+(?:\p{Lu}[\p{L}'’.-]*|dos|das|de|do|da|des|du|der)){1,8}|(?<![\p{L}])IG\s+\p{Lu}\p{L}+/gu;

/**
 * "President Jane Roe", "former president Jane Roe", "Northern Ireland Secretary Jane Roe", "shadow business
 * secretary": public offices.
 */
export function isPublicOffice(title: string): boolean {
  return (
    /^(?:then-|former\s+)?President$/.test(title) ||
    // "the daughter of former president Jane Roe": a past head of state, however the outlet cases it.
    /^(?:then-|former\s+)president$/i.test(title) ||
    /\bshadow\b/i.test(title) ||
    (CAPITALISED_SECRETARY_RE.test(title) && !/^(?:Company|General|Executive)\b/.test(title))
  );
}

/** A workers' body written out: "Communication Workers Union", "Community and Public Sector Union", "IG Kora". */
const UNION_FULL_RE =
  /(?<![\p{L}])(?:(?!(?:The|THE)\b)\p{Lu}[\p{L}'’.-]*\s+(?:(?:and|of|for|&)\s+)?){1,6}(?:Union|Unions)\b/gu;

/**
 * The union an acronym stands for ("CWU secretary general Jane Roe" after "the Communication Workers Union (CWU)",
 * "CPSU" for "Community and Public Sector Union"): the written union whose bracketed short form it is or whose
 * capitals spell it, named before `pos` (bounded look-back), as a Source entity; else null.
 */
export function unionOfAcronym(ctx: DocContext, acronym: string, pos: number): string | null {
  if (!ACRONYM_WORD_RE.test(acronym)) return null;
  const from = Math.max(0, pos - 4000);
  const back = ctx.work.slice(from, pos);
  UNION_FULL_RE.lastIndex = 0;
  for (let m = UNION_FULL_RE.exec(back); m; m = UNION_FULL_RE.exec(back)) {
    const bracket = new RegExp(`^\\s*\\(${acronym}\\)`).test(back.slice(m.index + m[0].length));
    // The whole name or a tail of it ("For the Kora Workers Union": its capitals spell the acronym).
    const words = m[0].split(/\s+/);
    for (let k = 0; k < words.length - 1; k++) {
      const tail = words.slice(k);
      const caps = tail
        .filter((w) => UPPER_FIRST_RE.test(w))
        .map((w) => w[0])
        .join('');
      if (!bracket && caps !== acronym) continue;
      const name = tail.join(' ');
      const start = from + m.index + m[0].length - name.length;
      const id = ctx.entities.addMention('Source', name, start, start + name.length, 'other');
      ctx.entities.addAlias(id, acronym);
      return id;
    }
  }
  return bodyBeforeBracket(ctx, acronym, from, back);
}

/** Head words of workers' and members' bodies that go by an acronym: the written name must hold one. */
const BODY_HEAD_RE = /\b(?:Union|Unions|Congress|Association|Federation|Confederation|Syndicate|Alliance|Council)\b/;

/**
 * "NLC President, Jane Roe" after "the Kora Labour Congress (NLC)", "ASSBIFI President" after "the Association of
 * Senior Staff of Banks, Insurance and Financial Institutions (ASSBIFI)": a workers' body that ends in no "Union" and
 * may run past a comma. The words right before the acronym's bracket (searched in `back`, which opens at `from`),
 * from a capitalised one, whose initials spell the acronym and which hold a body's head word, as a Source entity (the
 * organization another step made of that name when there is one); else null.
 */
function bodyBeforeBracket(ctx: DocContext, acronym: string, from: number, back: string): string | null {
  const bracket = back.lastIndexOf(`(${acronym})`);
  if (bracket < 1) return null;
  const lead = LEAD_RE.exec(back.slice(Math.max(0, bracket - 160), bracket))?.[0];
  if (!lead) return null;
  const words = lead.split(/(?=(?<=[\s,])\S)/u);
  for (let k = 0; k < words.length; k++) {
    const name = words
      .slice(k)
      .join('')
      .replace(/[\s,]+$/, '');
    if (!UPPER_FIRST_RE.test(name) || /^The\s/.test(name) || !BODY_HEAD_RE.test(name) || initialsOf(name) !== acronym)
      continue;
    const start = from + bracket - lead.length + words.slice(0, k).join('').length;
    const org = mentionsIn(ctx, start, start + name.length).find(
      (m) => (isOrg(m) || m.type === 'Source') && m.start === start && m.end === start + name.length,
    );
    const id = org?.id ?? ctx.entities.addMention('Source', name, start, start + name.length, 'other');
    ctx.entities.addAlias(id, acronym);
    return id;
  }
  return null;
}

/**
 * A workers' or employers' body written out inside a title: "Solidarity Union", "Nordic Forge Association",
 * "Kora Automotive Institute" (an industry's own body), "Council of Kora Unions", "Manufacturers Association of Kora", "Federation of Kora Industries", "IG Kora".
 */
export const BODY_FULL_RE =
  /(?<![\p{L}])(?:(?!(?:The|THE|And|But)\b)\p{Lu}[\p{L}'’.-]*\s+(?:(?:and|of|for|&)\s+)?){1,6}(?:Union|Unions|Association|Federation|Confederation|Council|Congress|Institute|Institution|Chamber\s+of\s+Commerce)\b(?:\s+of\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2})?|(?<![\p{L}])(?:Federation|Confederation|Association|Chamber)\s+of\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3}|(?<![\p{L}])IG\s+\p{Lu}\p{L}+/gu;
/** "the KAPA pilots' union", "the Kora union's": a capitalised name, at most three lower-case words, then "union". */
const NAMED_UNION_RE =
  /(?<![\p{L}])(\p{Lu}[\p{L}\p{N}&-]*(?:\s+\p{Lu}[\p{L}\p{N}&-]*){0,3})(?:\s+\p{Ll}[\p{L}'’-]*){0,3}\s+union\b/u;

/**
 * The body a title names ("a spokesman at the Solidarity Union", "president of the KAPA flight attendants' union",
 * "Director General of the Nordic Forge Association"), as a Source entity; "national secretary of the union": the
 * union named last; else null.
 */
export function unionInTitle(ctx: DocContext, start: number, end: number): string | null {
  const span = ctx.work.slice(start, end);
  BODY_FULL_RE.lastIndex = 0;
  const m = BODY_FULL_RE.exec(span);
  if (m) {
    const at = start + m.index;
    return ctx.entities.addMention('Source', m[0], at, at + m[0].length, 'other');
  }
  const named = NAMED_UNION_RE.exec(span);
  if (named) {
    const at = start + named.index;
    return ctx.entities.addMention('Source', named[1]!, at, at + named[1]!.length, 'other');
  }
  return /\b(?:of|at|for)\s+the\s+union\s*$/i.test(span) ? recentUnion(ctx, start) : null;
}

/** BODY_FULL_RE read at one position, then the space before what follows. */
const BODY_AT_RE = new RegExp(`(?:${BODY_FULL_RE.source})\\s+`, 'uy');

/**
 * "Jane Roe, Kora Mining Council chief economist, said": a body written out right at `pos` (after a name's comma)
 * and followed by an officer's title, as a Source entity with where the title starts; else null.
 */
export function bodyBeforeTitleAt(ctx: DocContext, pos: number): { org: string; titleAt: number } | null {
  BODY_AT_RE.lastIndex = pos;
  const m = BODY_AT_RE.exec(ctx.work);
  if (!m || !matchTitleAt(ctx.work, pos + m[0].length)) return null;
  const name = m[0].trimEnd();
  return { org: ctx.entities.addMention('Source', name, pos, pos + name.length, 'other'), titleAt: pos + m[0].length };
}

/** What may follow a body's name before its officer's title: its acronym in brackets ("(KMU)", "(Kmu)"), its "'s". */
const BODY_END_RE = /^(?:\(\p{Lu}(?:[\p{Lu}\p{N}&]{1,7}|\p{Ll}{2,7})\))?(?:['’]s)?$/u;

/** The body written out right before `end` ("Kora Council of Trade Unions| president"), as a Source entity; else null. */
export function bodyEndingAt(ctx: DocContext, start: number, end: number): string | null {
  const span = ctx.work.slice(start, end);
  BODY_FULL_RE.lastIndex = 0;
  let last: RegExpExecArray | null = null;
  for (let m = BODY_FULL_RE.exec(span); m; m = BODY_FULL_RE.exec(span)) last = m;
  // "The Kora Mine Workers Union's district president": the body's possessive still names it; so does its acronym
  // in brackets ("Kora Mineworkers Union (KMU) president").
  if (!last || !BODY_END_RE.test(span.slice(last.index + last[0].length).trim())) return null;
  const at = start + last.index;
  return ctx.entities.addMention('Source', last[0], at, at + last[0].length, 'other');
}
