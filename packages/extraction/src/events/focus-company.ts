import { type DocContext, mentionsIn, recentCompany } from '../resolve/doc-context.js';
import { findSentenceIndex } from '../text/sentences.js';
import { COMMENTATOR_NAME_RE, createCommentatorTest } from '../relations/commentators.js';
import { isStateBody } from '../ner/org-names.js';
import { OWNER_SUFFIX_RE } from '../ner/owner-prefixes.js';
import { COMPANY_NOUNS } from '../gazetteer/lexicon/org-nouns.js';
import { isNewsAgency } from '../relations/wire-credits.js';

/* What "the company" and "it" mean at a place in the text: the company the recent sentences are about. */

/**
 * What may stand before the subject of a sentence: an opening adverbial ("On Monday,", "In 2021,"), a frame ("This
 * is not the first time") and "the".
 */
const SUBJECT_PREFIX_RE =
  /^(?:(?:In|On|At|By|After|Before|Since|Earlier|Later|Last|This|Meanwhile|Separately|Also|However|Now)\b[^,]{0,40},\s*)?(?:(?:This|It|That)\s+(?:is|was)\s+(?:not\s+)?the\s+(?:first|second|third|only)\s+time\s+(?:that\s+)?)?(?:[Tt]he\s+)?$/;
/** "shipbuilders", "companies": the plural of another company noun (a description of many, not of one). */
const isPluralNoun = (n: string) =>
  n.endsWith('s') &&
  (COMPANY_NOUNS.has(n.slice(0, -1)) || COMPANY_NOUNS.has(n.slice(0, -2)) || COMPANY_NOUNS.has(`${n.slice(0, -3)}y`));
/**
 * A sentence opened by the company's description and its name in commas: "The world's biggest drilling services
 * group, Kestrel, said …", "The Swedish group, Norrvik, said …" (the prefix before the name); not "The
 * largest union at the company, Vakta, said …", where the description's noun is another's, nor "The three big
 * shipbuilders, Kestrel, …", a description of many.
 */
const DESCRIBED_PREFIX_RE = new RegExp(
  `^(?:The|A)\\s+(?:(?!(?:of|at|in|for|with|by|from|to)\\s)[\\p{L}\\p{N}'’-]+\\s+){0,5}?(?:${[...COMPANY_NOUNS].filter((n) => !isPluralNoun(n)).join('|')})\\s*,\\s*$`,
  'u',
);
/** What may stand before a sentence's subject: an adverbial and "the", or the company's description. */
const isSubjectPrefix = (prefix: string) => SUBJECT_PREFIX_RE.test(prefix) || DESCRIBED_PREFIX_RE.test(prefix);
/**
 * What "the company" / "it" refers to at `pos` (never a union, association or other commenting body): the
 * article's main company if it was the subject of this or one of
 * the three sentences before (named at the start of its sentence), else the last company that was, else the main
 * company, else the last company named there.
 * A company named only in passing ("subsidiaries such as X") is rarely the one "the company" means. `subjectless`:
 * the clause names no actor at all, not even "it": the company opening this sentence comes first.
 */
export function focusCompany(ctx: DocContext, pos: number, subjectless = false): string | null {
  const si = findSentenceIndex(ctx.sentences, pos);
  const commentator = reporterTest(ctx);
  let cache = FOCUS.get(ctx);
  if (!cache) FOCUS.set(ctx, (cache = new Map() as SentenceFocus));
  // The sentences before this one give the same answer for every position in it: computed once per sentence.
  const inThis = subjectsIn(ctx, si, pos, commentator);
  if (inThis.primary) return inThis.primary;
  let before = cache.get(si);
  if (before === undefined) {
    before = { primary: null, last: null };
    for (let k = si - 1; k >= 0 && k >= si - 3; k--) {
      // "Hallberg Bank" on a line of its own heads the paragraphs of a round-up below it.
      const heading = headingCompany(ctx, k);
      if (heading) {
        before.primary = heading;
        break;
      }
      const r = subjectsIn(ctx, k, Infinity, commentator);
      if (r.primary) {
        before.primary = r.primary;
        break;
      }
      before.last ??= r.last;
    }
    cache.set(si, before);
  }
  // A clause with no subject at all ("… secured a deal that cuts hours while planning 11,000 job eliminations") goes
  // on with the company its sentence opened with; "the brewer", "it" still mean the article's company.
  const last = subjectless
    ? (inThis.last ?? before.primary ?? before.last)
    : (before.primary ?? inThis.last ?? before.last);
  const primary = ctx.primaryCompany && !commentator(ctx.primaryCompany) ? ctx.primaryCompany : null;
  // "The Sindicato de Vessla warned of a walkout after the company said it would dismiss 2,400": a body whose
  // name says it is a union, ministry or commission, named last, is never "the company" (a company that once
  // "reported" or was "told" something still is).
  const focus = last ?? primary ?? recentNonBody(ctx, pos);
  // "… as it plans to send home 400 employees" where only the ministry told of it is typed: a state body is never
  // "it" or "the company" by default (it acts only where it is named); nor is a central bank the story is not about.
  const name = ctx.entities.get(focus ?? '')?.name ?? '';
  return focus && (isStateBody(name) || (focus !== ctx.primaryCompany && CENTRAL_BANK_RE.test(name))) ? null : focus;
}
/**
 * A commenting body, or a news agency ("Bloomberg estimated that the 8,000 exits …", "Reuters also claimed that the
 * Swiss giant will cut jobs"): an agency opening a sentence reports it and is never "the company" it tells
 * of.
 */
function reporterTest(ctx: DocContext): (id: string) => boolean {
  const commentator = createCommentatorTest(ctx);
  return (id) => commentator(id) || isNewsAgency(ctx.entities.get(id)?.name ?? '');
}
/**
 * "European Central Bank", "Central Bank of Vessmark", "Reserve Bank of Norrland", "Monetary Authority of Tarvo": a
 * central bank sets rates and oversees lenders; like a ministry it acts only where it is named.
 */
const CENTRAL_BANK_RE =
  /\b(?:Central|Reserve)\s+Bank\s+of\b|\bCentral\s+Bank$|^Federal\s+Reserve\b|\bMonetary\s+Authority\b/;
/**
 * The company named last before `pos` (`recentCompany`), passing over one whose name says it is a commenting body (a
 * union, council, ministry, commission, fund …) to the company before it, else none.
 */
function recentNonBody(ctx: DocContext, pos: number): string | null {
  const isBody = (id: string | null) => {
    const name = ctx.entities.get(id ?? '')?.name ?? '';
    return !!id && (COMMENTATOR_NAME_RE.test(name) || isNewsAgency(name));
  };
  const recent = recentCompany(ctx, pos);
  if (!recent || !isBody(recent)) return recent;
  const before = recentCompany(ctx, pos, recent);
  return before && !isBody(before) ? before : null;
}
/** The company sentence `k` consists of, when it is a heading line that names only it ("Hallberg Bank"). */
function headingCompany(ctx: DocContext, k: number): string | null {
  const s = ctx.sentences[k];
  if (!s || s.end - s.start > 60) return null;
  const ms = mentionsIn(ctx, s.start, s.end);
  if (ms.length !== 1 || ms[0]!.type !== 'Company') return null;
  const rest = ctx.work.slice(s.start, ms[0]!.start) + ctx.work.slice(ms[0]!.end, s.end);
  return /^[\s:*•-]*$/.test(rest) ? ms[0]!.id : null;
}
/** Per document: each sentence's main and last company (see `focusCompany`). */
type SentenceFocus = Map<number, { primary: string | null; last: string | null }>;
const FOCUS = new WeakMap<DocContext, SentenceFocus>();
/** The companies named at the start of sentence `k` (before `pos`): the main company if so, else the last one. */
export function subjectsIn(
  ctx: DocContext,
  k: number,
  pos: number,
  commentator: (id: string) => boolean,
): { primary: string | null; last: string | null } {
  const s = ctx.sentences[k];
  if (!s) return { primary: null, last: null };
  const ms = mentionsIn(ctx, s.start, Math.min(s.end, pos));
  let last: string | null = null;
  for (let i = ms.length - 1; i >= 0; i--) {
    const m = ms[i]!;
    if (m.type !== 'Company' || m.start - s.start > 60 || commentator(m.id)) continue;
    if (!isSubjectPrefix(ctx.work.slice(s.start, m.start))) continue;
    // "SoftBank-backed Ombara has cut …": the owner in a compound is not what the sentence is about.
    if (OWNER_SUFFIX_RE.test(ctx.work.slice(m.end, m.end + 12))) continue;
    if (m.id === ctx.primaryCompany) return { primary: m.id, last };
    last ??= m.id;
  }
  return { primary: null, last };
}
