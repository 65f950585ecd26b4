import { type DocContext, isOrg, mentionsIn } from '../resolve/doc-context.js';
import { isBareTitle } from '../ner/titles.js';

/** A post and the organization it is held at. */
export interface Post {
  title: string;
  org: string;
}

/** "president of the " before the first organization: the post (group 1) and its preposition. */
const FIRST_POST_RE = /^(.*?\S)\s+(?:of|at)\s+(?:both\s+)?(?:the\s+)?$/i;
/** A company noun after the first name, in lower case: "the Hallberg group and of …". */
const NOUN = String.raw`(?:\s+(?:group|company|firm|conglomerate|bank|holding))?`;
/** " and of the ", " and at ": the same post at a second organization. */
const SAME_POST_RE = new RegExp(String.raw`^${NOUN}\s+and\s+(?:also\s+)?(?:of|at)\s+(?:the\s+)?$`, 'i');
/** " and ", after "of both A": the same post at both. */
const BOTH_RE = new RegExp(String.raw`^${NOUN}\s+and\s+$`, 'i');
/** " and chairman of ": a second post (group 1) at the second organization. */
const OTHER_POST_RE = new RegExp(
  String.raw`^${NOUN},?\s+and\s+(?:also\s+)?(?:the\s+)?(.+?)\s+(?:of|at)\s+(?:the\s+)?$`,
  'i',
);

/**
 * "Jane Roe, president of the Hallberg group and of Kestrel Bank", "chief executive of Hallberg and chairman of
 * Kestrel Bank", "chairman of both A and B": a title that names two organizations is two posts, one at each. The
 * posts, first organization first, when the title (as written from `from`, in `ctx.work`) reads so; else null.
 */
export function twoPostsIn(ctx: DocContext, title: string, from: number): [Post, Post] | null {
  if (!title.includes(' and ')) return null;
  const start = ctx.work.indexOf(title, from);
  if (start < 0 || start - from > 400) return null;
  const end = start + title.length;
  const orgs = mentionsIn(ctx, start, end).filter((m) => isOrg(m) && m.end <= end);
  if (orgs.length !== 2 || orgs[0]!.id === orgs[1]!.id) return null;
  const [a, b] = [orgs[0]!, orgs[1]!];
  const first = FIRST_POST_RE.exec(ctx.work.slice(start, a.start));
  if (!first || !isBareTitle(first[1]!)) return null;
  const between = ctx.work.slice(a.end, b.start);
  // The second name must close the title: "chairman of A and of B's board" is one post.
  if (!/^\s*$/.test(ctx.work.slice(b.end, end))) return null;
  const both = /\bboth\s+(?:the\s+)?$/i.test(ctx.work.slice(start, a.start));
  let second: string | null = null;
  if (SAME_POST_RE.test(between) || (both && BOTH_RE.test(between))) second = first[1]!;
  else {
    const other = OTHER_POST_RE.exec(between);
    if (other && isBareTitle(other[1]!)) second = other[1]!;
  }
  return second
    ? [
        { title: first[1]!, org: a.id },
        { title: second, org: b.id },
      ]
    : null;
}
