import type { EntityType, Span } from '../types.js';
import { findSentenceIndex } from '../text/sentences.js';
import { startingIn } from '../text/sorted-spans.js';
import type { EntityTable } from './entity-table.js';
import type { Token } from '../text/tokenize.js';
import { createBodyTest } from '../relations/commentators.js';
import { subjectAfterBacker } from './backer-before-subject.js';

/** A mention after resolution: its entity id and type. */
export interface ResolvedMention {
  start: number;
  end: number;
  id: string;
  type: EntityType;
}

/** Everything the relation and event rules read about one document. */
export interface DocContext {
  /** The original text (spans are cut from it). */
  text: string;
  /** Same length as `text`; HTML markup blanked out. Rules match on this. */
  work: string;
  sentences: Span[];
  /** Word tokens of the body, in order. */
  tokens: readonly Token[];
  /** All resolved mentions, sorted by start. */
  mentions: ResolvedMention[];
  entities: EntityTable;
  publishedAt: string | null;
  /** The company the article is mostly about (most mentions), or null. */
  primaryCompany: string | null;
  sourceId: string;
  publisher: string | null;
  /** Units found by context ("Volition, the studio behind …") and where their owner is named (null: the article's company). */
  unitLinks?: readonly { at: number; parentAt: number | null; parentName?: string; parentIsRecent?: boolean }[];
  /** Each division's parent as the text states it (`PART_OF`), filled once the structure is read. */
  parentOf?: ReadonlyMap<string, string>;
  /** Each person's organization as the text states it (`HOLDS_ROLE`), filled once the structure is read. */
  roleOf?: ReadonlyMap<string, string>;
}

/** True for companies and divisions. */
export function isOrg(m: { type: EntityType }): boolean {
  return m.type === 'Company' || m.type === 'Division';
}

/** Mentions whose start lies in [start, end), in text order (binary search). */
export function mentionsIn(ctx: DocContext, start: number, end: number): ResolvedMention[] {
  return startingIn(ctx.mentions, start, end);
}

/** The mentions of each entity id, in text order: one pass over `mentions` (callers build it once, when first needed). */
export function mentionsById(mentions: readonly ResolvedMention[]): Map<string, ResolvedMention[]> {
  const byId = new Map<string, ResolvedMention[]>();
  for (const m of mentions) {
    const list = byId.get(m.id);
    if (list) list.push(m);
    else byId.set(m.id, [m]);
  }
  return byId;
}

/** The sentence containing `offset`. */
export function sentenceOf(ctx: DocContext, offset: number): Span | undefined {
  return ctx.sentences[findSentenceIndex(ctx.sentences, offset)];
}

/**
 * What "the company" / "it" most likely refers to at `pos`: the last company named in this or the two
 * previous sentences, else the document's primary company.
 */
export function recentCompany(ctx: DocContext, pos: number, except?: string): string | null {
  const si = findSentenceIndex(ctx.sentences, pos);
  const from = ctx.sentences[Math.max(0, si - 2)]?.start ?? 0;
  const ms = mentionsIn(ctx, from, pos);
  for (let i = ms.length - 1; i >= 0; i--) if (ms[i]!.type === 'Company' && ms[i]!.id !== except) return ms[i]!.id;
  return ctx.primaryCompany;
}

const focusCache = new WeakMap<DocContext, string | null>();

/** The organization (company or division) the article names most, or null. */
export function mainOrg(ctx: DocContext): string | null {
  let main = focusCache.get(ctx);
  if (main === undefined) {
    const counts = new Map<string, number>();
    for (const m of ctx.mentions) if (isOrg(m)) counts.set(m.id, (counts.get(m.id) ?? 0) + 1);
    // "COLOGNE — RTL Deutschland will cut …": the organization the lede opens with is what the story is about, even
    // when its owner is named about as often.
    const lede = ledeSubject(ctx);
    if (lede) counts.set(lede, counts.get(lede)! + LEDE_WEIGHT);
    main = null;
    let n = 0;
    // A union or outlet quoted often is still not what the article is about.
    const body = createBodyTest(ctx);
    for (const [id, c] of counts) if (c > n && (id === ctx.primaryCompany || !body(id))) [main, n] = [id, c];
    main ??= ctx.primaryCompany;
    focusCache.set(ctx, main);
  }
  return main;
}

/** How many mentions opening the lede is worth when weighing what an article is about. */
const LEDE_WEIGHT = 2;
/** Before the lede's subject: a dateline ("COLOGNE —", "MUMBAI:", "LONDON, June 30 (Wire) -") or nothing. */
const DATELINE_RE =
  /^\s*(?:[\p{Lu}][\p{Lu} .'-]+(?:,[^—–:\n]{0,40})?\s*(?:[—–:-]|\(\p{L}+\)\s*[—–-])\s*)?(?:The\s+)?$/u;

/** The organization that opens the article's first sentence naming one, when it opens it (after any dateline). */
function ledeSubject(ctx: DocContext): string | null {
  const opening = firstOrgOffHeadlines(ctx);
  if (!opening) return null;
  const s = sentenceOf(ctx, opening.start);
  // Bounded: a dateline is short, and a sentence with no full stop may run on for pages.
  if (!s || opening.start - s.start > 120 || !DATELINE_RE.test(ctx.work.slice(s.start, opening.start))) return null;
  // "Kestrel-backed payments start-up Norrvik is …": the backer describes the subject named after it.
  return subjectAfterBacker(ctx.work, opening, nextOrg(ctx, opening)).id;
}

/**
 * The first organization mention on a line that ends a sentence (not a headline or standfirst). Each line is read
 * once, when the first mention on it comes up (mentions are sorted): a text of one long line with thousands of names
 * and no full stop costs one read of the line, not one per name.
 */
function firstOrgOffHeadlines(ctx: DocContext): ResolvedMention | undefined {
  let lineEnd = -1;
  let headline = true;
  for (const m of ctx.mentions) {
    if (!isOrg(m)) continue;
    if (m.start > lineEnd) {
      const lineStart = ctx.work.lastIndexOf('\n', m.start) + 1;
      const nl = ctx.work.indexOf('\n', m.start);
      lineEnd = nl < 0 ? ctx.work.length : nl;
      headline = !/[.!?"”]$/.test(ctx.work.slice(lineStart, lineEnd).trim());
    }
    if (!headline) return m;
  }
  return undefined;
}

/**
 * The organization "the company", "its" and an untitled executive refer to at `pos`: the one the article names most
 * (company or division: an article about "Acme Ghana" is about that subsidiary) when it was named in this or the
 * three previous sentences, else the last company named (`recentCompany`).
 */
export function orgInFocus(ctx: DocContext, pos: number): string | null {
  const main = mainOrg(ctx);
  if (main) {
    const si = findSentenceIndex(ctx.sentences, pos);
    const from = ctx.sentences[Math.max(0, si - 3)]?.start ?? 0;
    if (mentionsIn(ctx, from, pos + 1).some((m) => m.id === main)) return main;
  }
  return recentCompany(ctx, pos) ?? main;
}

/** The organization mention after `m` within 60 characters, if any. */
function nextOrg(ctx: DocContext, m: ResolvedMention): ResolvedMention | undefined {
  return mentionsIn(ctx, m.end, m.end + 60).find(isOrg);
}
