import { type DocContext, type ResolvedMention, mentionsIn, sentenceOf } from '../resolve/doc-context.js';
import { TITLE_PHRASE, matchTitleAt } from '../ner/titles.js';

/** The person whose post another one took or hands over, and the title the text gives for it, if any. */
export interface Succession {
  /** Entity id of the person in the same post (the successor or the predecessor). */
  other: string;
  /** "took over from Jane Roe as chief executive": the post named with the change, else null (the other's title). */
  title: string | null;
}

/** Right before the person: the verb or noun of a change of holder ("took over from", "succeeded", "predecessor"). */
const BEFORE_RE =
  /(?:\b(?:took|takes|take|taking|will\s+take)\s+over\s+from|\b(?:succeeded|succeeds|succeeding|replaced|replaces|replacing)|\b(?:hands|handed|handing|will\s+hand)\s+over\s+to|\b(?:the\s+)?(?:abrupt\s+|sudden\s+|surprise\s+)?(?:departure|exit|resignation|ouster|ousting|retirement)\s+of|\bpredecessor,?|\bsuccessor,?)\s+(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?$/iu;
/** Right after the person: "Jane Roe's (abrupt) departure", "… exit", "… resignation". */
const AFTER_RE = /['’]s\s+(?:abrupt\s+|sudden\s+|surprise\s+)?(?:departure|exit|resignation|ouster|retirement)\b/iuy;
/** "took over from Jane Roe as chief executive": the post, named after the person. */
const AS_RE = /\s+as\s+(?:the\s+|its\s+)?/y;
/** A title whatever follows it ("as chief executive last month"). */
const TITLE_AT_RE = new RegExp(`(${TITLE_PHRASE})(?![\\p{L}\\p{N}-])`, 'iuy');

/**
 * "Chief Executive Ana Roe, who took over from Jane Doe in October", "Ana Roe succeeded Jane Doe as chair", "… since
 * Jane Doe's abrupt departure", "under Ana Roe's predecessor Jane Doe", "Ana Roe, who hands over to Jane Doe in April":
 * Jane Doe held (or will hold) Ana Roe's post. The other person is the nearest one named before in the sentence.
 */
export function successionOf(ctx: DocContext, p: ResolvedMention): Succession | null {
  const s = sentenceOf(ctx, p.start);
  if (!s) return null;
  const from = Math.max(s.start, p.start - 60);
  AFTER_RE.lastIndex = p.end;
  if (!BEFORE_RE.test(ctx.work.slice(from, p.start)) && !AFTER_RE.test(ctx.work)) return null;
  const other = mentionsIn(ctx, Math.max(s.start, p.start - 200), p.start)
    .filter((m) => m.type === 'Person' && m.id !== p.id)
    .pop();
  if (!other) return null;
  AS_RE.lastIndex = p.end;
  const as = AS_RE.exec(ctx.work);
  if (!as) return { other: other.id, title: null };
  const at = p.end + as[0].length;
  const t = matchTitleAt(ctx.work, at);
  if (t) return { other: other.id, title: t.title };
  TITLE_AT_RE.lastIndex = at;
  const bare = TITLE_AT_RE.exec(ctx.work);
  return { other: other.id, title: bare ? bare[1]!.replace(/[\s,.;:]+$/, '') : null };
}
