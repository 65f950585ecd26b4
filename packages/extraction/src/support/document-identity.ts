import type {
  DocumentExtraction,
  ExtractedEntity,
  ExtractedRelation,
  ExtractedStatement,
  ExtractedSupport,
  Span,
} from '../types.js';
import { findDates } from '../events/dates.js';
import { mentionsIn, sentenceOf } from '../resolve/doc-context.js';
import { slugify } from '../text/slug.js';
import { findSentenceIndex } from '../text/sentences.js';
import type { AttributionContext } from './attribution-context.js';

/** Cited documents that are one document each (not an organization like an outlet or a tracker). */
const DOCUMENT_KINDS = new Set(['internal-memo', 'company-filing', 'company-statement', 'anonymous']);
/** Kinds whose author or date can identify them across articles; anonymous sources never can. */
const IDENTIFIABLE = new Set(['internal-memo', 'company-filing', 'company-statement']);
const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';
/** "a January 2023 memo" / "a memo dated March 3, 2024" / "the memo of 2023": a date right before or after. */
const DATE_BEFORE_RE = new RegExp(`(?:${MONTHS})(?:\\s+\\d{1,2},?)?\\s+(?:19|20)\\d{2}\\s*$|(?:19|20)\\d{2}\\s*$`);
const DATE_AFTER_RE = new RegExp(
  `^\\s*(?:(?:to|for|with)\\s+(?:[\\w'’-]+\\s+){0,2}?(?:staff|employees|workers|staffers|teams?|investors|shareholders)\\s+)?(?:dated|of|from|sent(?:\\s+on)?|issued(?:\\s+on)?|filed(?:\\s+on)?|published(?:\\s+on)?|on)\\s+(?:(?:${MONTHS})(?:\\s+\\d{1,2}(?:st|nd|rd|th)?)?,?\\s+(?:19|20)\\d{2}|(?:19|20)\\d{2}(?:-\\d{2}(?:-\\d{2})?)?)`,
);

interface Identity {
  /** Key within the base id: author and date, or the citing article when nothing identifies the document. */
  key: string;
  label: string | null;
}

/**
 * Distinct documents stay distinct: a cited memo, filing, company statement or set of anonymous sources is one
 * node per document, not one per company. A document is identified by what the text says about it — its author
 * ("Jassy's memo", "a memo from Jassy", "Jassy wrote in a memo") and date ("a January 2023 memo", "a memo dated
 * …", or the date of the statement made in it; else the article's month) — so two articles citing the same memo
 * share it, and otherwise it belongs to the citing article alone. Renames the entities and every reference to them.
 */
export function distinguishDocuments(
  ac: AttributionContext,
  statements: readonly ExtractedStatement[],
  supports: readonly ExtractedSupport[],
): Pick<DocumentExtraction, 'entities' | 'relations'> & {
  statements: ExtractedStatement[];
  supports: ExtractedSupport[];
} {
  const { doc } = ac;
  const renamed = new Map<string, Renaming>();
  const entities: ExtractedEntity[] = [];
  const spokenThrough = personStatementsBySentence(ac, statements);
  for (const entity of doc.entities) {
    if (entity.type !== 'Source' || !DOCUMENT_KINDS.has(entity.kind ?? '')) {
      entities.push(entity);
      continue;
    }
    const groups = new Map<string, { identity: Identity; mentions: Span[] }>();
    for (const m of entity.mentions) {
      const identity = identify(ac, entity, m, spokenThrough);
      const group = groups.get(identity.key) ?? { identity, mentions: [] };
      group.mentions.push(m);
      groups.set(identity.key, group);
    }
    foldUnidentifiedMentions(groups, ac.ctx.sourceId.replace(/^[a-z]+:/, ''));
    const byStart = new Map<number, string>();
    for (const { identity, mentions } of groups.values()) {
      const id = `${entity.id}-${slugify(identity.key)}`;
      for (const m of mentions) byStart.set(m.start, id);
      entities.push({ ...entity, id, ...(identity.label ? { detail: identity.label } : {}), mentions });
    }
    renamed.set(entity.id, renaming(ac, byStart));
  }
  if (renamed.size === 0)
    return { entities: doc.entities, relations: doc.relations, statements: [...statements], supports: [...supports] };

  /** The new id of a reference to `id` made in the sentence around `at`. */
  const rename = (id: string, at: number | null): string => {
    const r = renamed.get(id);
    if (!r) return id;
    if (r.ids.length === 1 || at === null) return r.ids[0]!;
    const si = findSentenceIndex(ac.ctx.sentences, at);
    return (ac.ctx.sentences[si] && r.bySentence.get(si)) ?? r.ids[0]!;
  };
  const relations: ExtractedRelation[] = [];
  for (const r of doc.relations) {
    if (r.type !== 'CITES' || !renamed.has(r.to)) {
      relations.push(r);
      continue;
    }
    const byTarget = new Map<string, Span[]>();
    for (const e of r.evidence) {
      const to = rename(r.to, e.start);
      byTarget.set(to, [...(byTarget.get(to) ?? []), e]);
    }
    for (const [to, evidence] of byTarget) relations.push({ ...r, to, evidence });
  }
  return {
    entities,
    relations,
    statements: statements.map((st) => (st.via ? { ...st, via: rename(st.via, st.quote.start) } : st)),
    supports: supports.map((sp) => ({ ...sp, by: rename(sp.by, sp.evidence[0]?.start ?? null) })),
  };
}

/**
 * "Pichai told employees in a memo … according to the memo": where the article identifies one document of a name
 * (by author or date) and also mentions it without saying whose, those mentions are the same document, not a second
 * one cited by the article. Two documents identified apart stay apart.
 */
function foldUnidentifiedMentions(groups: Map<string, { mentions: Span[] }>, articleKey: string): void {
  const bare = groups.get(articleKey);
  if (!bare || groups.size !== 2) return;
  const [identified] = [...groups].filter(([key]) => key !== articleKey);
  groups.delete(articleKey);
  identified![1].mentions.push(...bare.mentions);
  identified![1].mentions.sort((a, b) => a.start - b.start);
}

/** How references to one split document are renamed: its new ids in order, and the new id named in each sentence. */
interface Renaming {
  ids: string[];
  /** Sentence index → the new id of the first of the document's mentions in that sentence. */
  bySentence: Map<number, string>;
}

function renaming(ac: AttributionContext, byStart: Map<number, string>): Renaming {
  const bySentence = new Map<number, string>();
  for (const [start, id] of byStart) {
    const si = findSentenceIndex(ac.ctx.sentences, start);
    const s = ac.ctx.sentences[si];
    if (s && start >= s.start && start < s.end && !bySentence.has(si)) bySentence.set(si, id);
  }
  return { ids: [...new Set(byStart.values())], bySentence };
}

/** `via|sentence start` → the first statement by a person made through that cited document in that sentence. */
function personStatementsBySentence(
  ac: AttributionContext,
  statements: readonly ExtractedStatement[],
): Map<string, ExtractedStatement> {
  const out = new Map<string, ExtractedStatement>();
  for (const st of statements) {
    const at = st.evidence[0]?.start;
    if (!st.via || at === undefined || ac.ctx.entities.get(st.speaker)?.type !== 'Person') continue;
    const key = `${st.via}|${at}`;
    if (!out.has(key)) out.set(key, st);
  }
  return out;
}

function identify(
  ac: AttributionContext,
  entity: ExtractedEntity,
  m: Span,
  spokenThrough: Map<string, ExtractedStatement>,
): Identity {
  const { ctx } = ac;
  const articleKey = ctx.sourceId.replace(/^[a-z]+:/, '');
  if (!IDENTIFIABLE.has(entity.kind ?? '')) return { key: articleKey, label: null };
  const s = sentenceOf(ctx, m.start);
  const spoken = s ? spokenThrough.get(`${entity.id}|${s.start}`) : undefined;
  const author = spoken?.speaker ?? authorNear(ac, m);
  const date = spoken?.when ?? dateNear(ac, m);
  if (!author && !date) return { key: articleKey, label: null };
  const when = date ?? ctx.publishedAt?.slice(0, 7) ?? null;
  const authorName = author ? (ctx.entities.get(author)?.name ?? null) : null;
  const key = [author?.replace(/^person:/, ''), when ?? articleKey].filter(Boolean).join('-');
  return { key, label: [authorName, when].filter(Boolean).join(', ') || null };
}

/** "Jassy's memo", "a memo from Jassy", "a memo by Jassy". */
function authorNear(ac: AttributionContext, m: Span): string | null {
  const { ctx } = ac;
  const s = sentenceOf(ctx, m.start);
  if (!s) return null;
  const before = mentionsIn(ctx, s.start, m.start)
    .filter((x) => x.type === 'Person')
    .at(-1);
  if (before && /^['’]s\s+(?:[\w-]+\s+){0,2}$/.test(ctx.work.slice(before.end, m.start))) return before.id;
  const after = mentionsIn(ctx, m.end, s.end).find((x) => x.type === 'Person');
  if (
    after &&
    /^\s+(?:[\w-]+\s+){0,3}?(?:from|by|of)\s+(?:(?:the\s+)?[\w-]+\s+){0,3}?$/.test(ctx.work.slice(m.end, after.start))
  )
    return after.id;
  return null;
}

/** A date written right before or after the document's name. */
function dateNear(ac: AttributionContext, m: Span): string | null {
  const { ctx } = ac;
  const before = ctx.work.slice(Math.max(0, m.start - 30), m.start);
  const b = DATE_BEFORE_RE.exec(before);
  if (b) {
    const phrase = `in ${b[0].trim()}`;
    return findDates(phrase, 0, phrase.length, ctx.publishedAt)[0]?.value ?? null;
  }
  const after = DATE_AFTER_RE.exec(ctx.work.slice(m.end, m.end + 60));
  if (!after) return null;
  return findDates(ctx.work, m.end, m.end + after[0].length, ctx.publishedAt).find((d) => d.value)?.value ?? null;
}
