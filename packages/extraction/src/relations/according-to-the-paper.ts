import { type DocContext, mentionsIn } from '../resolve/doc-context.js';

/** A paper named by one word after "the", and where the word stands. */
export interface OnePaper {
  name: string;
  start: number;
  end: number;
}

/**
 * The words English-language papers are called by alone, after "the": "the Independent", "the Guardian", "the Times".
 * Only these: "the Agency", "the Review" or "the Monitor" are as often a public body or a report.
 */
const ONE_WORD_PAPERS: ReadonlySet<string> = new Set(
  `Times Guardian Telegraph Independent Observer Herald Tribune Standard Mirror Express Sun Star Nation Citizen
  Economist Inquirer Chronicle Gazette Globe Journal Scotsman`.split(/\s+/),
);

/**
 * "according to the Independent,", "according to the Herald newspaper": a paper's one-word name cited after
 * "according to the", the phrase closed after it (a stop, or the noun "newspaper"/"daily"). Not "according to the
 * Independent Review Panel" (a longer name goes on) nor "according to the Post" (the paper's own name in its own
 * copy, left out: that word names many publishers).
 */
const ACCORDING_TO_THE_PAPER_RE =
  /\b[Aa]ccording\s+to\s+the\s+(\p{Lu}\p{Ll}+)(?=\s*[,.;:)]|\s+(?:newspaper|daily|paper|report|story)\b)/gu;

/** The papers the body cites by one word after "according to the" that no earlier step named. */
export function findPapersByOneWord(ctx: DocContext): OnePaper[] {
  const out: OnePaper[] = [];
  const bodyStart = ctx.sentences[0]?.start ?? ctx.work.length;
  ACCORDING_TO_THE_PAPER_RE.lastIndex = bodyStart;
  for (let m = ACCORDING_TO_THE_PAPER_RE.exec(ctx.work); m; m = ACCORDING_TO_THE_PAPER_RE.exec(ctx.work)) {
    const name = m[1]!;
    if (!ONE_WORD_PAPERS.has(name)) continue;
    const end = m.index + m[0].length;
    const start = end - name.length;
    if (mentionsIn(ctx, start, end).length > 0) continue;
    out.push({ name, start, end });
  }
  return out;
}
