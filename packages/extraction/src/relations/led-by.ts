import { type DocContext, type ResolvedMention, isOrg, mentionsIn, orgInFocus } from '../resolve/doc-context.js';
import { matchTitleBefore } from '../ner/titles.js';

/** A post told from the organization's side, with that organization ('' when the text gives no title). */
export interface LedByRole {
  title: string;
  org: string;
}

/**
 * ", led by", " is run by", ", which is headed by its president,", ", presided by" (as news translated from Spanish,
 * French or Italian writes "chaired by") right before the name: the verb in the passive
 * after the organization it governs. Group 1 is what stands between "by" and the name (a title, "its", an
 * honorific).
 */
const LED_BY_RE =
  /(?:,\s*|\s+)(?:(?:which|that)\s+)?(?:(?:is|was|are|were|has\s+been|had\s+been|will\s+be)\s+)?(?:(?:now|currently|still|jointly|since\s+\d{4})\s+)?(?:led|run|headed|chaired|presided(?:\s+over)?|managed|overseen)\s+by\s+((?:(?:its|their|the\s+\p{L}+['’]s)\s+)?(?:[\p{L}-]+,?\s+){0,5}?(?:(?:Mr|Mrs|Ms|Dr|Sir|Dame)\.?\s+)?)$/u;
/**
 * The verb and "by" LED_BY_RE cannot match without (same case): tested first, since that expression is searched at
 * every position of its window before every person.
 */
const LED_BY_VERB_RE = /(?:led|run|headed|chaired|presided|managed|overseen)\s+(?:over\s+)?by\s/;
/** "The company, run by …", "the group": the organization in focus. */
const COMPANY_WORD_RE =
  /(?:^|\s)(?:the|its)\s+(?:company|group|firm|bank|lender|carrier|airline|insurer|business|conglomerate|operator|maker|manufacturer)$/i;
/**
 * After the organization: nothing, the noun for what it is ("the Retail division"), or its possessive with a word
 * for its leadership ("Opella's management").
 */
const OWNER_GAP_RE =
  /^(?:\s+(?:division|unit|business|arm|segment|subsidiary|brand|ministry|department|agency))?(?:['’]s\s+(?:management|board|leadership|executive\s+team|team|(?:(?:central|general|group)\s+)?works\s+council))?$/i;
/** "Kestrel's central works council, chaired by": the council the company's staff elect, whose post the chair holds. */
const WORKS_COUNCIL_GAP_RE = /^['’]s\s+((?:(?:central|general|group)\s+)?works\s+council)$/i;

/**
 * "The Labour Ministry, led by Jane Roe, ordered …", "Kora Air is headed by President Jane Roe", "the Retail
 * division, run by its president, Jane Roe", "The company, run by Jane Roe, expects …", "Opella's management, led by
 * Jane Roe": the organization named right before the passive verb holds the person; the title is what stands
 * between "by" and the name, if it is one.
 */
export function roleLedBy(ctx: DocContext, p: ResolvedMention): LedByRole | null {
  const from = Math.max(0, p.start - 160);
  const before = ctx.work.slice(from, p.start);
  const m = LED_BY_VERB_RE.test(before) ? LED_BY_RE.exec(before) : null;
  if (!m) return null;
  const at = from + m.index;
  // "the board, chaired by Jane Roe": the verb itself names the post when no title stands before the name.
  let title = /\bchaired\s+by\s/.test(m[0]) ? 'chair' : '';
  const between = m[1]!;
  if (between.trim()) {
    const t = matchTitleBefore(ctx.work, p.start - between.length, p.start);
    // Whatever stands there must be a title (or only "its"/an honorific): "led by Sequoia partner Jane" is no post.
    if (t) title = t.title;
    else if (!/^(?:(?:its|their)\s+)?(?:(?:Mr|Mrs|Ms|Dr|Sir|Dame)\.?\s+)?$/.test(between)) return null;
    title = title.replace(/^(?:its|their)\s+/i, '');
  }
  const org = mentionsIn(ctx, Math.max(0, at - 120), at)
    .filter((x) => isOrg(x) && OWNER_GAP_RE.test(ctx.work.slice(x.end, at)))
    .pop();
  if (org) return { title: withWorksCouncil(title, ctx.work.slice(org.end, at)), org: org.id };
  if (COMPANY_WORD_RE.test(ctx.work.slice(Math.max(0, at - 30), at))) {
    const focus = orgInFocus(ctx, at);
    return focus ? { title, org: focus } : null;
  }
  return null;
}

/**
 * "Kestrel's central works council, chaired by Jane Roe": the chair of the council, a post at the company (as a
 * works council chair's is); any other post or owner is kept as it is.
 */
function withWorksCouncil(title: string, gap: string): string {
  const council = WORKS_COUNCIL_GAP_RE.exec(gap)?.[1];
  return council && title === 'chair' ? `chair of the ${council}` : title;
}
