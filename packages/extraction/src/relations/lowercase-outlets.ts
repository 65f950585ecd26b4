import { type DocContext, mentionsIn } from '../resolve/doc-context.js';
import { isCommonWord } from '../gazetteer/lexicon/common-words.js';

/** An outlet written in lower case, as some agencies style their own name, and where it stands. */
export interface LowercaseOutlet {
  name: string;
  start: number;
  end: number;
}

/** The nouns that say a word is a news agency or wire: "the kora news agency", "the newswire kpa". */
const AGENCY = String.raw`(?:news\s+agency|press\s+agency|newswire|wire\s+service)`;
/** "seen by the kpa news agency", "the kpa newswire reported" (the name is group 1). */
const BEFORE_NOUN_RE = new RegExp(String.raw`\b(?:the\s+)([a-z]{2,5})\s+${AGENCY}\b`, 'gu');
/**
 * "told the news agency kpa": the name right after the noun, ending the phrase. Lower-case nouns only: in "the Kora
 * Press Agency kpa" the short name is the capitalised agency's, which the outlet steps read.
 */
const AFTER_NOUN_RE = new RegExp(
  String.raw`\b${AGENCY}\s+([a-z]{2,5})\b(?=\s*[.,;:)]|\s+(?:that|on|in|it|reported|said|says|wrote)\b)`,
  'gu',
);
/**
 * A quick look before the expressions: a word every noun of AGENCY contains, in lower case as the expressions (no `i`
 * flag) read them. Cheaper than a case-insensitive scan of the whole article.
 */
const hasCue = (body: string) => body.includes('agency') || body.includes('wire');

/**
 * Agencies that write their own name in lower case ("the kpa news agency", "told the news agency kpa"): a short
 * lower-case word beside a news-agency noun that is not an English word ("the state news agency", "the official
 * news agency" describe, they name nothing). No outlet is listed; names already read by another step are left.
 */
export function findLowercaseOutlets(ctx: DocContext): LowercaseOutlet[] {
  const bodyStart = ctx.sentences[0]?.start ?? ctx.work.length;
  const body = ctx.work.slice(bodyStart);
  if (!hasCue(body)) return [];
  const out: LowercaseOutlet[] = [];
  for (const re of [BEFORE_NOUN_RE, AFTER_NOUN_RE]) {
    re.lastIndex = 0;
    for (let m = re.exec(body); m !== null; m = re.exec(body)) {
      const name = m[1]!;
      if (name !== name.toLowerCase() || isCommonWord(name)) continue;
      const start = bodyStart + m.index + m[0].lastIndexOf(name);
      const end = start + name.length;
      if (mentionsIn(ctx, start, end).length > 0 || out.some((o) => o.start === start)) continue;
      out.push({ name, start, end });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
