import { type DocContext, type ResolvedMention, isOrg, mentionsIn, orgInFocus } from '../resolve/doc-context.js';
import { roleAs } from './role-phrases.js';
import { matchTitleAt } from '../ner/titles.js';

/** A post read from the clause's verb: the title and its organization. */
export interface CurrentPost {
  title: string;
  org: string;
}

/** "Jane Roe, the former chief executive of X", "Jane Roe, who was chief executive of X": a post she held before. */
const PAST_LEAD_RE = /^\s*,\s*(?:(?:the|a|an)\s+)?(?:former|ex-)|^\s*,\s*who\s+(?:was|had\s+been|previously\s+was)\b/iu;
const PAST_TITLE_RE = /^(?:former|ex-)/i;
const HAS_BEEN_RE = /^\s*,\s*who\s+has\s+been\b/i;
/** The verbs of taking a post: only these tell the newer one ("will now join Y as chief executive"). */
const TAKING_RE =
  /\b(?:joins|joined|join|became|becomes|become|named|appointed|took\s+over|takes\s+over|take\s+over|serve|serves)\b/i;
/**
 * "…, chairs its supervisory board", "…, now runs the Y unit": the verb of the main clause after one comma aside,
 * with what it governs.
 */
const ASIDE_VERB_RE =
  /,[^,.;:()\n]{1,80},\s+(?:(?:now|currently|also)\s+)?(chairs|heads|runs|leads)\s+((?:the|its|their)\b[^,.;:()\n]{0,60}|\p{Lu}[^,.;:()\n]{0,60})/uy;
/**
 * "… the former finance chief who became chairman in March", "… the former finance chief and now chair of Y": the
 * post the past one led to.
 */
const BECAME_RE =
  /(?:\s+(?:who|and)\s+(?:(?:later|then|now|since)\s+)?(?:became|becomes|is\s+now|was\s+(?:named|appointed|made)|has\s+been\s+(?:named|appointed))|,?\s+(?:and\s+)?(?:now|currently))\s+(?:(?:the|its|their)\s+)?/y;

/** "… who joined ", "… and later moved to ": a move to the organization named next. */
const JOINED_RE = /\s+(?:who|and)\s+(?:(?:later|then|since)\s+)?(?:joined|moved\s+to)\s+(?:the\s+)?/y;
/** " as ", " as its ": the post taken on the move. */
const AS_RE = /^\s+as\s+(?:(?:the|its|their)\s+(?:new\s+)?)?/;

/** The post of "the former head of X who joined Y as chief operating officer": the title taken at Y. */
function joinedAs(ctx: DocContext, from: number): CurrentPost | null {
  JOINED_RE.lastIndex = from;
  const m = JOINED_RE.exec(ctx.work);
  if (!m) return null;
  const org = mentionsIn(ctx, from + m[0].length, from + m[0].length + 1).find(isOrg);
  const as = org ? AS_RE.exec(ctx.work.slice(org.end, org.end + 16)) : null;
  const t = as ? matchTitleAt(ctx.work, org!.end + as[0].length) : null;
  return t ? { title: t.title, org: org!.id } : null;
}

/** The post of "Jane Roe, the former CFO who became chairman": at the organization the new title names, else in focus. */
function becamePost(ctx: DocContext, p: ResolvedMention, pastTitle: string): CurrentPost | null {
  const at = ctx.work.indexOf(pastTitle, p.end);
  if (at < 0 || at - p.end > 24) return null;
  const joined = joinedAs(ctx, at + pastTitle.length);
  if (joined) return joined;
  BECAME_RE.lastIndex = at + pastTitle.length;
  const m = BECAME_RE.exec(ctx.work);
  if (!m) return null;
  const t = matchTitleAt(ctx.work, at + pastTitle.length + m[0].length);
  if (!t) return null;
  const org = mentionsIn(ctx, t.start, t.end).find(isOrg)?.id ?? orgInFocus(ctx, p.start);
  return org ? { title: t.title, org } : null;
}

/**
 * "…, the former chief executive of X, is to become chairman in July", "…, who led X until the spin-off, is
 * chairman", "…, who ran X and becomes chief executive", "…, who left X to become Y's chief executive", "…, who led X as
 * president until this year, has become managing director of Y": after the aside (an abbreviation such as "Corp." may close it), the main clause's verb of
 * taking a post, then the post.
 */
const ASIDE_TAKES_RE =
  /(?:,(?:[^,.;:()\n]|\.(?=,)){1,120},\s+|,\s+who\s+[^,.;:()\n]{1,80}?\s+and\s+(?=becomes|will|is\s+to|became)|,\s+who\s+(?:left|quit)\s+[^,.;:()\n]{1,60}?\s+(?=to\s+become))(?:to\s+become|is\s+(?:set\s+|due\s+)?to\s+become|will\s+(?:now\s+)?become|becomes|became|was\s+(?:named|appointed|made)|has\s+been\s+(?:named|appointed|made)|has\s+become|is\s+(?:named|appointed)|is)\s+(?:(?:the|its|their)\s+(?:new\s+)?)?/y;

/**
 * The post "Jane Roe, the former head of X, is to become chairman" or "Jane Roe, who led X, has been named managing
 * director of Y" takes: at the organization it names, else the one in focus.
 */
export function asideTakesPost(ctx: DocContext, p: ResolvedMention): CurrentPost | null {
  ASIDE_TAKES_RE.lastIndex = p.end;
  const m = ASIDE_TAKES_RE.exec(ctx.work);
  if (!m) return null;
  let at = p.end + m[0].length;
  // "… to become Marlo Group's chief executive": the organization before the title owns it.
  const owner = mentionsIn(ctx, at, at + 1).find(isOrg);
  const poss = owner ? /^['’]s?\s+/.exec(ctx.work.slice(owner.end, owner.end + 4)) : null;
  if (owner && poss) at = owner.end + poss[0].length;
  const t = matchTitleAt(ctx.work, at);
  if (!t) return null;
  const org =
    (poss ? owner?.id : undefined) ?? mentionsIn(ctx, t.start, t.end).find(isOrg)?.id ?? orgInFocus(ctx, p.start);
  return org ? { title: t.title, org } : null;
}

const VERB_TITLES: Record<string, string> = { chairs: 'chair', heads: 'head', runs: 'runs', leads: 'lead' };

/**
 * The person's current post when the title read first is a past one: "Jane Roe, the former chief executive of X,
 * chairs its supervisory board" → chair of the company in focus; "Jane Roe, who was chief executive of X, will join Y
 * as chief executive" → chief executive of Y. Null when the clause tells no newer post.
 */
export function currentPost(ctx: DocContext, p: ResolvedMention, pastTitle: string): CurrentPost | null {
  const lead = ctx.work.slice(p.end, p.end + 40);
  // "Jane Roe, who has been chief executive of X, will now join Y as …": a post taken in the clause is the newer one.
  if (PAST_TITLE_RE.test(pastTitle) || PAST_LEAD_RE.test(lead) || HAS_BEEN_RE.test(lead)) {
    const as = roleAs(ctx, p);
    // "Jane Roe, who had been the company's COO, took over as chief executive": the company in focus, if none is named.
    const org = as?.org ?? (as ? orgInFocus(ctx, p.start) : null);
    if (as && org && TAKING_RE.test(ctx.work.slice(p.end, as.start))) return { title: as.title, org };
  }
  if (!PAST_TITLE_RE.test(pastTitle) && !PAST_LEAD_RE.test(lead)) return null;
  const became = becamePost(ctx, p, pastTitle);
  if (became) return became;
  const takes = asideTakesPost(ctx, p);
  if (takes) return takes;
  ASIDE_VERB_RE.lastIndex = p.end;
  const m = ASIDE_VERB_RE.exec(ctx.work);
  if (!m) return null;
  const object = m[2]!;
  const objectStart = p.end + m[0].length - object.length;
  const named = mentionsIn(ctx, objectStart, objectStart + object.length).find(isOrg);
  const org = named?.id ?? (/^(?:its|their|the\s+(?:company|group))\b/i.test(object) ? orgInFocus(ctx, p.start) : null);
  if (!org) return null;
  return { title: VERB_TITLES[m[1]!]!, org };
}
