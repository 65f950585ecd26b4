import { type DocContext, type ResolvedMention, isOrg, mentionsIn, sentenceOf } from '../resolve/doc-context.js';

/**
 * Between a speaker's name and the statement it gave: "… Unions said in a statement", "Kora Metall (KM), which
 * represents engineers, said in a press release", "The KTU union shared the news in a statement" — the verb (or the
 * verb and the news it gave) and "in a"/"on its" up to the statement's noun.
 */
const SAID_IN_BETWEEN_RE =
  /^(?:\s*\([^()]{1,20}\))?(?:\s+(?:union|works\s+council|federation|association))?(?:\s*,[^,.;]{1,120},)?\s+(?:(?:has|had|also|later)\s+)?(?:(?:said|says|added|stated|announced|wrote|confirmed|responded|warned|argued|revealed|disclosed)|(?:shared|announced|confirmed|gave|made|published|posted|broke)\s+(?:the|its|their|this|that)\s+(?:[\p{L}-]+\s+){0,1}(?:news|figures?|numbers?|details|plans?|cuts|announcement|decision))\s+(?:in|on)\s+(?:a|an|its|their|the)\s+(?:[\p{L}'’-]+\s+)?$/u;

/** The longest stretch between a speaker's name and its statement that the expression above can span. */
const MAX_GAP = 200;

/**
 * Whether the statement at `start` was given by a third party already cited there ("The Kora Engineers' Union said
 * in a statement"): the statement is that speaker's, so it is not also the company's statement, which would count
 * one citation twice. `speakerEnds` are where the names of cited third-party speakers end.
 */
export function isThirdPartyStatement(ctx: DocContext, speakerEnds: readonly number[], start: number): boolean {
  const from = Math.max(sentenceOf(ctx, start)?.start ?? start, start - MAX_GAP);
  for (const end of speakerEnds)
    if (end >= from && end < start && SAID_IN_BETWEEN_RE.test(ctx.work.slice(end, start))) return true;
  return false;
}

/** The same stretch when a relative clause opens it: "Kora Energi, which said in a statement that …". */
const WHICH_SAID_IN_BETWEEN_RE =
  /^,\s+which\s+(?:(?:has|had|also|later)\s+)?(?:said|says|added|stated|announced|confirmed|responded|revealed|disclosed)\s+(?:in|on)\s+(?:a|an|its|the)\s+(?:[\p{L}'’-]+\s+)?$/u;

/** "Kora Metall union's ", "Kora Energi's own ": a possessive right before the statement's noun. */
const POSSESSIVE_BETWEEN_RE =
  /^(?:\s+(?:union|works\s+council|association|federation))?['’]s?\s+(?:(?:own|latest|written|official|full)\s+)?$/u;

/**
 * The organization that gave the statement at `start` when the text names it right before ("Kora Energi said in a
 * statement", "Kora Energi, which said in a statement that …", "according to Kora Energi's statement"), in the
 * same sentence; else null.
 */
export function statementGiver(ctx: DocContext, start: number): ResolvedMention | null {
  const from = Math.max(sentenceOf(ctx, start)?.start ?? start, start - MAX_GAP);
  const org = mentionsIn(ctx, from, start).filter(isOrg).pop();
  if (!org) return null;
  const between = ctx.work.slice(org.end, start);
  return SAID_IN_BETWEEN_RE.test(between) ||
    WHICH_SAID_IN_BETWEEN_RE.test(between) ||
    POSSESSIVE_BETWEEN_RE.test(between)
    ? org
    : null;
}

/**
 * Who gives a statement when the text names no organization for it: "they stated in a written statement", "the
 * latter issued a statement", "site administrators stated in a statement" — group 1, the words before the verb.
 */
const SAYER_BEFORE_RE =
  /(?:^|[,;:]\s+|["”’]\s*,?\s+)(they|the\s+latter|(?:[\p{Ll}-]+\s+)?administrators)\s+(?:(?:also|later|then)\s+)?(?:said|says|added|stated|wrote|sent|issued|released|published)\s+(?:(?:in|on)\s+)?(?:a|an|their|its)\s+(?:[\p{L}'’-]+\s+)?$/iu;
/** The last pair a sentence names before "the latter": "… and the staff council had met on Monday, ". */
const LATTER_PAIR_RE = /\band\s+((?:[\p{L}'’-]+\s+){0,4}[\p{L}'’-]+)(?:\s+on\s+\p{L}+)?\s*,\s*$/iu;
/** Words that name a body speaking for staff or the state, not a company. */
const BODY_WORD_RE =
  /\b(?:unions?|councils?|federations?|associations?|workers|employees|staff|government|ministry|regulator|administrators)\b/iu;

/**
 * Whether the statement at `start` is given by a third party the text does not name as an organization: "they"
 * right after a sentence where a cited third party (a union) spoke, "the latter" of a pair whose second is a union
 * or council, or lower-case administrators ("site administrators stated in a statement"). Such a statement is not the
 * company's.
 */
export function isUnnamedThirdPartyStatement(ctx: DocContext, speakerEnds: readonly number[], start: number): boolean {
  const sentence = sentenceOf(ctx, start);
  const from = Math.max(sentence?.start ?? start, start - MAX_GAP);
  const before = ctx.work.slice(from, start);
  const sayer = SAYER_BEFORE_RE.exec(before);
  if (!sayer) return false;
  const who = sayer[1]!.toLowerCase();
  if (who.endsWith('administrators')) return true;
  if (who === 'they') {
    // The sentence before: the one holding the last character that is not a space before this one.
    const last = ctx.work.slice(Math.max(0, from - 8), from).trimEnd().length;
    const previous = last > 0 ? sentenceOf(ctx, Math.max(0, from - 8) + last - 1) : undefined;
    return !!previous && speakerEnds.some((end) => end > previous.start && end <= previous.end);
  }
  const pair = LATTER_PAIR_RE.exec(before.slice(0, sayer.index + sayer[0].indexOf(sayer[1]!)));
  return !!pair && BODY_WORD_RE.test(pair[1]!);
}
