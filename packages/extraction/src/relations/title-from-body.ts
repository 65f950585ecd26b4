import { type DocContext, isOrg, mentionsIn } from '../resolve/doc-context.js';
import type { TitleMatch } from '../ner/titles.js';

/** Posts a body sends someone "from": its representative, delegate, official, spokesperson or steward. */
const SENT_POST_RE =
  /\b(?:representatives?|delegates?|officials?|spokes(?:person|man|woman)|stewards?|organi[sz]ers?|members?)$/i;
/** " from the ", " from ": the preposition right after the post, before the body's name. */
const FROM_RE = /^\s+from\s+(?:the\s+)?/;

/**
 * "Jane Roe, a representative from the KWF union, said": the body named right after "from" is the one the post
 * belongs to — not the company the article is about. Only an organization (or a named source such as a union) that
 * opens right after "from" counts: "a representative from 2019", "a delegate from Orsk" name none.
 */
export function bodyAfterFrom(ctx: DocContext, t: TitleMatch): string | null {
  if (!SENT_POST_RE.test(t.title)) return null;
  const from = FROM_RE.exec(ctx.work.slice(t.end, t.end + 12));
  if (!from) return null;
  const at = t.end + from[0].length;
  const m = mentionsIn(ctx, at, at + 1).find((x) => isOrg(x) || x.type === 'Source');
  return m && m.start === at ? m.id : null;
}

/** " from the KWF union" after a post a body sends, to the end of the title. */
const SENDER_TAIL_RE = /(?<=\b(?:official|representative|delegate)s?)\s+from\s.*$/isu;

/**
 * The post without the body that sent its holder, once that body is the organization: "senior official from the
 * Transport Ministry" → "senior official".
 */
export function postWithoutSender(title: string): string {
  return title.replace(SENDER_TAIL_RE, '');
}
