import type { Span } from '../types.js';
import { type DocContext, type ResolvedMention, isOrg, mentionsIn } from '../resolve/doc-context.js';
import { matchTitleBefore } from '../ner/titles.js';
import { findSentenceIndex } from '../text/sentences.js';
import { startingIn } from '../text/sorted-spans.js';

/** Who speaks, and where the phrase naming them starts and ends (a title before the name included). */
export interface Speaker {
  id: string;
  type: ResolvedMention['type'];
  start: number;
  end: number;
}

const ADVERBS = '(?:(?:also|later|previously|recently|publicly|separately|again|once|then|further|has|had|have)\\s+)*';
/** Name, then the cue: "Roe said", "Roe, also said". */
const SIMPLE_RE = new RegExp(`^\\s*,?\\s*${ADVERBS}$`);
/** Name, appositive, cue: "Roe, chief executive of Acme Corp., said". No quotation marks or clause breaks inside. */
const APPOSITIVE_RE = new RegExp(`^\\s*,\\s*[^;:“”"()]{1,160}?,\\s*${ADVERBS}$`);
/** "A BP spokesman said": the organization speaks through its spokesperson. */
const SPOKES_RE = new RegExp(
  `^\\s+(?:spokes(?:person|man|woman)|representative|official|executive)s?\\s*,?\\s*${ADVERBS}$`,
  'i',
);
const HE_SHE_RE = new RegExp(`(?:^|[\\s,“”"])(?:he|she)\\s+${ADVERBS}$`, 'i');
const COMPANY_RE = new RegExp(
  `(?:^|[\\s,“”"])(?:(?:the\\s+(?:company|firm|group|carrier|chipmaker|automaker|retailer|bank|lender|insurer|airline|conglomerate|business))|it)\\s+${ADVERBS}$`,
  'i',
);

const isSpeakerType = (m: ResolvedMention) => m.type === 'Person' || isOrg(m);

/** Extends a person's phrase to a title right before the name ("Chief Executive |Andrew Wilson"). */
function withTitle(ctx: DocContext, sentence: Span, m: ResolvedMention): Speaker {
  const title =
    m.type === 'Person' ? matchTitleBefore(ctx.work, Math.max(sentence.start, m.start - 80), m.start) : null;
  const start = title && /^\s*,?\s*$/.test(ctx.work.slice(title.end, m.start)) ? title.start : m.start;
  return { id: m.id, type: m.type, start, end: m.end };
}

/**
 * The speaker of a cue at `cue`, named before it in the same sentence: a person (possibly with an appositive:
 * "Lars Roe, chief executive of Acme Corp., said" is Roe, not Acme), an organization ("Acme said", "an Acme
 * spokesman said"), or "he"/"she" (the last person named in this or the two sentences before) and "the company"/
 * "it" (a company named earlier in the sentence, else the article's company). Null when none fits.
 */
export function speakerBefore(ctx: DocContext, sentence: Span, cue: number): Speaker | null {
  const before = mentionsIn(ctx, sentence.start, cue).filter((m) => m.end <= cue && isSpeakerType(m));
  let simple: ResolvedMention | null = null;
  let appositiveOrg: ResolvedMention | null = null;
  for (let i = before.length - 1; i >= Math.max(0, before.length - 5); i--) {
    const m = before[i]!;
    const filler = ctx.work.slice(m.end, cue);
    if (m.type === 'Person' && (SIMPLE_RE.test(filler) || APPOSITIVE_RE.test(filler)))
      return withTitle(ctx, sentence, m);
    if (isOrg(m) && !simple && (SIMPLE_RE.test(filler) || SPOKES_RE.test(filler))) simple = m;
    if (isOrg(m) && !appositiveOrg && APPOSITIVE_RE.test(filler)) appositiveOrg = m;
  }
  if (simple ?? appositiveOrg) return withTitle(ctx, sentence, (simple ?? appositiveOrg)!);
  const lead = ctx.work.slice(sentence.start, cue);
  if (HE_SHE_RE.test(lead)) return lastPersonBefore(ctx, cue);
  if (COMPANY_RE.test(lead)) {
    // "The company said": a company named earlier in the sentence, else the one the article is about (the last
    // company named in earlier sentences is often a rival or a comparison).
    const id = before.filter((m) => m.type === 'Company').at(-1)?.id ?? ctx.primaryCompany;
    const at = lead.search(/\S+\s*$/);
    return id ? { id, type: 'Company', start: sentence.start + Math.max(0, at), end: cue } : null;
  }
  return null;
}

function lastPersonBefore(ctx: DocContext, pos: number): Speaker | null {
  const si = findSentenceIndex(ctx.sentences, pos);
  const from = ctx.sentences[Math.max(0, si - 2)]?.start ?? 0;
  const people = mentionsIn(ctx, from, pos).filter((m) => m.type === 'Person');
  const last = people.at(-1);
  return last ? { id: last.id, type: 'Person', start: pos, end: pos } : null;
}

/**
 * The speaker named right after `pos` ("said |Jane Roe", "according to |CEO Jane Roe", "comments from |Acme"):
 * the first person, organization or cited source (`sources`: their mentions) starting there, a title before a
 * person allowed. `sources` is sorted by start.
 */
export function speakerAfter(
  ctx: DocContext,
  sentence: Span,
  pos: number,
  sources: readonly ResolvedMention[] = [],
): Speaker | null {
  const end = Math.min(sentence.end, pos + 100);
  const next = [...mentionsIn(ctx, pos, end).filter(isSpeakerType), ...startingIn(sources, pos, end)].sort(
    (a, b) => a.start - b.start,
  )[0];
  if (!next) return null;
  const gap = ctx.work.slice(pos, next.start);
  if (/^\s*(?:the\s+|a\s+|an\s+)?$/i.test(gap))
    return { id: next.id, type: next.type, start: next.start, end: next.end };
  if (next.type !== 'Person') return null;
  const title = matchTitleBefore(ctx.work, pos, next.start);
  if (!title || !/^\s*(?:(?:the|a|an|its|recent)\s+)?$/i.test(ctx.work.slice(pos, title.start))) return null;
  return { id: next.id, type: next.type, start: title.start, end: next.end };
}
