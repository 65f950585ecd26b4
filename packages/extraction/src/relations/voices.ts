import type { DocContext, ResolvedMention } from '../resolve/doc-context.js';
import { isOrg, mentionsIn } from '../resolve/doc-context.js';
import { COMMENTATOR_NAME_RE } from './commentators.js';
import { POSSESSIVE_RE } from './affiliation.js';

// Module constants: esbuild (tsx, vitest) rewrites a \p{…} literal inside a function into `new RegExp` per call.
const TRAILING_DOT_OR_POSSESSIVE_RE = /(?<=\p{Ll}{4})\.$|['’]s?$/u;

/**
 * Titles of people whose organization comments on the news rather than makes it: analysts and investors ("portfolio
 * manager", "head of research", "Senior VP (Research)"), advisers, and union officials ("general secretary",
 * "national officer", "shop steward").
 */
export const COMMENTATOR_TITLE_RE =
  /\b(?:analysts?|economists?|strategists?|researchers?|research|portfolio\s+managers?|fund\s+managers?|investment\s+(?:officer|manager|director|strategist|analyst)|partner|consultants?|adviser|advisor|general\s+secretary|secretary[- ]general|(?:national|regional|divisional|district|provincial|state|assistant|deputy|branch|union)\s+(?:assistant\s+)?(?:secretary|officer|organi[sz]er|official|representative|president|leader|chair(?:man|woman|person)?)|organi[sz]er|convenor|convener|shop\s+steward|union\s+(?:leader|boss|head|official|representative|chief))\b/i;

/** ", a portfolio manager at ", ", general secretary of the ": a title in apposition and the preposition of its organization. */
const TITLE_AT_RE =
  /^,\s+(?:(?:a|an|the)\s+)?(?<title>(?:[\p{L}'’()&-]+\s+){0,6}?)(?:at|of|with|from|for)\s+(?:the\s+)?(?=\p{Lu})/u;
/** "a portfolio manager at " right before an organization's name. */
export const TITLE_AT_END_RE = new RegExp(
  `(?:${COMMENTATOR_TITLE_RE.source})\\)?\\s+(?:at|of|with|from|for)\\s+(?:the\\s+)?$`,
  'i',
);
/** " of ", " at " between a person's name and an organization's, a word saying where it is based between ("of Nairobi-based"). */
const OF_BEFORE_RE = /\s+(?:of|at|from)\s+(?:the\s+)?(?:\p{Lu}[\p{L}.]*(?:-\p{L}+)*-(?:based|headquartered)\s+)?$/u;
/** ", " before an organization named in the possessive with a title: ", Kora Metall's deputy chair,". */
const POSSESSIVE_TITLE_RE = /^,\s+(?:the\s+)?(?=\p{Lu})/u;
/** "'s deputy chair," after the organization: its title, then the apposition's end. */
const POSSESSIVE_END_RE = /^['’]s\s+(?:[\p{Ll}-]+\s+){0,3}[\p{Ll}-]+,/u;
/** A capitalised name on one line: up to six words, with "&", "and", "of" inside. */
const NAME_RE =
  /^\p{Lu}[\p{L}\p{N}&'’.-]*(?:[ \t\u00a0]+(?:(?:&|and|of|for|de)[ \t\u00a0]+)?\p{Lu}[\p{L}\p{N}&'’.-]*){0,5}/u;
/** A word's full stop that ends a sentence ("… Orsk Capital Markets. Berg had …"), and all after it. */
const SENTENCE_STOP_RE = /(?<=\p{Ll}{4})\.\s.*$/su;

/**
 * A commenting body's name at the start of `text` ("Kora Pilots Association" of "Kora Pilots Association. …"; a
 * sentence's full stop and a possessive are no part of it, "Corp." keeps its own), or undefined.
 */
export function bodyNameAt(text: string): string | undefined {
  // "the Kora Industries' club": a possessive ends the name before what it owns.
  return NAME_RE.exec(text)?.[0].replace(SENTENCE_STOP_RE, '').replace(TRAILING_DOT_OR_POSSESSIVE_RE, '');
}

/** The organization a speaking person comments for, as a mention, or as a name no step recognised. */
export interface Voice {
  id?: string;
  name?: string;
  start: number;
  end: number;
}

/**
 * Where a speaker speaks for a commenting organization the text names in apposition: "Jane Roe, a portfolio manager
 * at Kessler Brandt, said" (the person, or the organization inside the apposition, speaks), "Per Lind, general
 * secretary of Kora Metall, said", "Ola Berg, president of Vakka Local 12, said". Null unless the title is an
 * analyst's, investor's, adviser's or union official's, or the organization is a commenting body (`commentator`).
 */
export function commentingVoice(
  ctx: DocContext,
  m: ResolvedMention,
  commentator: (id: string) => boolean,
): Voice | null {
  if (isOrg(m)) {
    const before = ctx.work.slice(Math.max(0, m.start - 70), m.start);
    if (TITLE_AT_END_RE.test(before)) return { id: m.id, start: m.start, end: m.end };
    // "Per Dahl of Vennberg Capital said": a person named with an organization that is not the news speaks for it.
    const of = OF_BEFORE_RE.exec(before);
    const person = of ? mentionsIn(ctx, m.start - of[0].length - 60, m.start - of[0].length).pop() : undefined;
    return person?.type === 'Person' && person.end === m.start - of![0].length
      ? { id: m.id, start: m.start, end: m.end }
      : null;
  }
  if (m.type !== 'Person') return null;
  // "Tovik Securities' Jan Roe said": a person named in the possessive of a commenting firm speaks for it.
  const owner = mentionsIn(ctx, Math.max(0, m.start - 80), m.start)
    .filter(isOrg)
    .pop();
  if (owner && POSSESSIVE_RE.test(ctx.work.slice(owner.end, m.start)) && commentator(owner.id))
    return { id: owner.id, start: owner.start, end: owner.end };
  const titledBody = bodyWithTitleBefore(ctx, m, commentator) ?? analystsFirmAfter(ctx, m);
  if (titledBody) return titledBody;
  const after = ctx.work.slice(m.end, m.end + 160);
  // "Jane Roe, Kora Metall's deputy chair, blamed …": the title of a commenting body, in the possessive.
  const poss = POSSESSIVE_TITLE_RE.exec(after);
  if (poss) {
    const org = mentionsIn(ctx, m.end + poss[0].length, m.end + poss[0].length + 1)[0];
    if (org && isOrg(org) && POSSESSIVE_END_RE.test(ctx.work.slice(org.end, org.end + 60)) && commentator(org.id))
      return { id: org.id, start: org.start, end: org.end };
  }
  const t = TITLE_AT_RE.exec(after);
  if (!t) return bodyOfPersonAfter(ctx, m, after, commentator);
  const titled = COMMENTATOR_TITLE_RE.test(t.groups!.title!);
  const at = m.end + t[0].length;
  const org = mentionsIn(ctx, at, at + 1)[0];
  // "president of Vakka Local 12": any title, when the organization is a union, association or the like.
  if (org && isOrg(org)) return titled || commentator(org.id) ? { id: org.id, start: org.start, end: org.end } : null;
  if (org) return null;
  const name = bodyNameAt(ctx.work.slice(at, at + 100));
  return name && (titled || COMMENTATOR_NAME_RE.test(name)) ? { name, start: at, end: at + name.length } : null;
}

/** " of the ", " of ", " from the " right after a person's name, before a capitalised name. */
const OF_AFTER_NAME_RE = /^\s+(?:of|from)\s+(?:the\s+)?(?=\p{Lu})/u;

/**
 * "according to Jane Roe of the Orsk Textile Workers' Association", "tells Jane Roe of the Orsk Union": a person
 * named with a body right after the name speaks for it — a commenting organization's mention, or a name built on a
 * body's word ("Union", "Association", "Chamber" …). Not "Jane Roe of Kestrel Motors", a company in the news.
 */
function bodyOfPersonAfter(
  ctx: DocContext,
  m: ResolvedMention,
  after: string,
  commentator: (id: string) => boolean,
): Voice | null {
  const lead = OF_AFTER_NAME_RE.exec(after);
  if (!lead) return null;
  const at = m.end + lead[0].length;
  const org = mentionsIn(ctx, at, at + 1)[0];
  if (org) return isOrg(org) && commentator(org.id) ? { id: org.id, start: org.start, end: org.end } : null;
  const name = bodyNameAt(ctx.work.slice(at, at + 100));
  return name && COMMENTATOR_NAME_RE.test(name) ? { name, start: at, end: at + name.length } : null;
}

/** "'s district president ", "'s chief economist ": a possessive and a title in lower case, right before a name. */
const POSSESSIVE_TITLE_BEFORE_RE = /['’]s?\s+(?:[\p{Ll}-]+\s+){1,4}$/u;
/** Capitalised words (with "of", "and", "for" inside) ending the text: the name of who owns the title. */
const OWNER_NAME_END_RE = /\p{Lu}[\p{L}\p{N}&'’-]*(?:[ \t]+(?:(?:&|and|of|for)[ \t]+)?\p{Lu}[\p{L}\p{N}&'’-]*){0,6}$/u;

/**
 * "The Kora Miners' Union's district president Jan Roe said", "Tovik Securities' chief economist Jan Roe said": a
 * person titled in the possessive of a commenting body speaks for it — an organization mention that comments, or
 * a name that says it is a union, association or the like (a body no list knows).
 */
function bodyWithTitleBefore(ctx: DocContext, m: ResolvedMention, commentator: (id: string) => boolean): Voice | null {
  const before = ctx.work.slice(Math.max(0, m.start - 120), m.start);
  const title = POSSESSIVE_TITLE_BEFORE_RE.exec(before);
  if (!title) return null;
  const ownerEnd = m.start - (before.length - title.index);
  const owner = mentionsIn(ctx, Math.max(0, ownerEnd - 80), ownerEnd)
    .filter(isOrg)
    .pop();
  if (owner && owner.end === ownerEnd)
    return commentator(owner.id) ? { id: owner.id, start: owner.start, end: owner.end } : null;
  const named = OWNER_NAME_END_RE.exec(before.slice(0, title.index));
  const name = named?.[0].replace(/^(?:The|A|An)\s+/, '');
  if (!name || !COMMENTATOR_NAME_RE.test(name)) return null;
  return { name, start: ownerEnd - name.length, end: ownerEnd };
}

/** "Analyst " right before a person's name: the title that makes the organization after the name a research firm. */
const ANALYST_TITLE_BEFORE_RE = /\b(?:analysts?|economists?|strategists?)\s+$/iu;
/** " of ", " at " after the analyst's name. */
const FIRM_AFTER_RE = /^\s+(?:of|at|with|from)\s+(?:the\s+)?(?=\p{Lu})/u;
/** ", who covers carmakers at ", ", who follows the sector for ": how news places an analyst at a firm. */
const COVERS_AT_RE =
  /^,\s+who\s+(?:covers|follows|tracks|analy[sz]es|watches)\s+(?:[\p{L}'’-]+\s+){1,5}?(?:at|for|with)\s+(?:the\s+)?(?=\p{Lu})/u;

/**
 * "Analyst Jane Roe of Kora Markets said", "Jane Roe, who covers airlines at Kora Markets, said": the firm of an
 * analyst named around the person, as a mention or as a name no step recognised.
 */
function analystsFirmAfter(ctx: DocContext, m: ResolvedMention): Voice | null {
  const after = ctx.work.slice(m.end, m.end + 140);
  const lead = ANALYST_TITLE_BEFORE_RE.test(ctx.work.slice(Math.max(0, m.start - 24), m.start))
    ? FIRM_AFTER_RE.exec(after)
    : COVERS_AT_RE.exec(after);
  if (!lead) return null;
  const at = m.end + lead[0].length;
  const org = mentionsIn(ctx, at, at + 1)[0];
  if (org) return isOrg(org) ? { id: org.id, start: org.start, end: org.end } : null;
  const name = bodyNameAt(ctx.work.slice(at, at + 100));
  return name ? { name, start: at, end: at + name.length } : null;
}
