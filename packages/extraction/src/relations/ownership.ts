import {
  type DocContext,
  type ResolvedMention,
  isOrg,
  mainOrg,
  mentionsIn,
  orgInFocus,
  recentCompany,
  sentenceOf,
} from '../resolve/doc-context.js';
import { isPlaceWord } from '../ner/org-names.js';
import { isPronounSubject, pronounReferent } from './sentence-subject.js';
import { createBodyTest } from './commentators.js';
import { findSentenceIndex } from '../text/sentences.js';

/** One organization owned by another, as the text states it. */
export interface OwnershipLink {
  child: string;
  parent: string;
  /** Offset of the child's mention that carries the statement (for the evidence sentence). */
  at: number;
}

/**
 * "A, which is majority-owned by B", "A, wholly owned by B", "A, which was acquired by B", "A, which belongs to
 * Denmark's B", "A, the coding platform owned by B", "A, which is in turn owned by B": A belongs to B.
 */
const OWNED_BY_RE =
  /^\)?,?\s*(?:(?:the|a|an)\s+(?:[\p{L}'’-]+\s+){0,4}?)?(?:which|that)?\s*(?:is|was|has been|are|were)?\s*(?:now\s+|in\s+turn\s+|itself\s+)?(?:(?:majority|wholly|fully|partly|jointly|indirectly|ultimately)[- ])?(?:(?:owned|controlled|operated|acquired|bought|purchased|taken\s+over)\s+by|(?:belongs|belonged|belonging)\s+to)\s+(?:(?:the|its|[\p{Ll}-]+|[\p{L}.-]+-(?:based|listed)|\p{Lu}[\p{L}.-]*['’]s)\s+){0,3}$/u;
/**
 * "A, owned by London-listed metals and mining group B", "A, which is majority-owned by the Indian steel and power
 * conglomerate B": a longer description of the owner, read only when it ends in a noun for a company and holds no
 * preposition ("owned by the state and managed by mining group B" names a manager).
 */
const OWNED_BY_DESCRIBED_RE =
  /^\)?,\s+(?:(?:which|that)\s+is\s+)?(?:(?:majority|wholly|fully|partly|jointly|indirectly|ultimately)[- ])?owned\s+by\s+(?:(?:the|a|an)\s+)?(?:[\p{L}.-]+-(?:based|listed)\s+)?(?:(?!(?:by|from|to|with|of|in|on|at|for|until|since|but|then|later|now)\s)[\p{Ll}-]+\s+){1,5}(?:group|company|conglomerate|firm|giant|investor|holding\s+company)\s+$/u;
/** "A's majority owner, B", "A's parent company B", "Vellmark Foods' parent, B", "A, whose parent B": A belongs to B. */
const OWNER_OF_RE =
  /^(?:['’]s?|,\s+whose)\s+(?:(?:majority|controlling|largest|main|parent)\s+)?(?:owner|parent(?:\s+company)?|shareholder)\s*,?\s*$/u;
/**
 * "its majority owner, B", "Its parent company, B", "The airline's parent company, B", "adding to pressure on parent
 * B": the company in focus belongs to B. A rival's or partner's trade ("the rival airline's parent, B") is another's.
 */
const ITS_OWNER_RE =
  /\b(?:(?:[Ii]ts|[Tt]heir|[Tt]he\s+(?:(?!rival|partner|former)[\p{Ll}-]+\s+)?(?:bank|lender|insurer|\p{Ll}*maker|airline|carrier|brewer|miner|retailer|telco|manufacturer)['’]s)\s+(?:(?:new|former|majority|controlling|largest|main|ultimate)\s+)?(?:owner|parent(?:\s+company)?|shareholder)|(?:on|to|from|by|with|for)\s+(?:(?:its|their)\s+)?(?:parent(?:\s+(?:company|group))?|owner))\s*,?\s*$/u;
/**
 * "… bought X", "Acme owns A and B", "buying A, the B company C and the UK-based D": the buyer owns what it bought;
 * "won control of X", "will retain ownership of X" (what it keeps in a split or sale): it owns X. "gave up control of"
 * and "sell control of" own nothing.
 */
const BOUGHT_RE =
  /\b(?:bought|buying|buys|acquired|acquiring|acquires|purchased|purchasing|took\s+over|taking\s+over|(?:took|taking|takes|acquired|gained|won|wins|winning)\s+control\s+of|(?:retain|retains|retained|retaining|keep|keeps|kept|keeping)\s+(?:full\s+)?(?:ownership|control)\s+of|acquisition\s+of|takeover\s+of|purchases?\s+of|owns|controls)(?!\s+by\b)\s+(?:[^.;:!?()"“”]{0,160})$/u;

/** "(NSG), Pilkington's parent company" right after the owner's name: group 1 the owned one's name as possessed. */
const OWNER_OF_AFTER_RE =
  /^(?:\s*\([^()]{1,12}\))?,\s+((?:\p{Lu}[\p{L}\p{N}&.-]*\s+){0,3}\p{Lu}[\p{L}\p{N}&.-]*)(?=['’]s?\s+(?:parent(?:\s+(?:company|group))?|(?:majority\s+|controlling\s+)?owner)\b)/u;
/** ", the parent company," right after the owner's name. */
const THE_PARENT_AFTER_RE = /^,\s+(?:the|its)\s+(?:parent(?:\s+(?:company|group))?|(?:majority\s+)?owner)\s*[,.;]/u;
/** "belongs to the alliance with ": partners in an alliance or a consortium own none of each other. */
const ALLIANCE_RE = /\b(?:alliance|partnership|consortium|joint\s+venture)\s+(?:with\s+)?(?:the\s+)?$/u;
/**
 * "The parent company is ", "Its ultimate owner is the Johannesburg-based " opening a sentence, right before the
 * owner's name.
 */
const PARENT_IS_RE =
  /^[\s"“]*(?:The|Its|Their)\s+(?:(?:ultimate|majority|controlling)\s+)?(?:parent(?:\s+(?:company|group|firm))?|owner)\s+is\s+(?:(?:the|a|an|[\p{Ll}-]+|[\p{L}.-]+-(?:based|listed)|\p{Lu}[\p{L}.-]*['’]s)\s+){0,3}$/u;
/** "acquired pan-African banking group, " / "bought the Kenyan lender, " right before a name: what was bought, described. */
const BOUGHT_DESCRIBED_RE =
  /^(?:bought|acquired|purchased|took\s+over)\s+(?:(?:the|a|an)\s+)?(?:\p{Ll}[\p{L}-]*\s+){0,4}?(?:group|company|firm|bank|lender|insurer|carrier|airline|brewer|miner|retailer|chain|operator|conglomerate|publisher|\p{Ll}+maker)\s*,\s+$/u;
/** " from ", " from the US carmaker " right before a name after a buying verb: the seller. */
const FROM_SELLER_RE = /\sfrom\s+(?:(?:the|its|a|an)\s+)?(?:[\p{L}.-]+\s+){0,3}$/u;
/** ", a supplier to carmakers including ": a list opened inside an apposition of a name bought before. */
const APPOSITION_LIST_RE = /,\s+(?:a|an)\s+[^,;()]{1,120}?\b(?:including|such\s+as|like)\s/u;
/** " said", " told" right after a name: the name opens a new clause ("bought a rival bank, Norrvik said"). */
const SPEAKS_AFTER_RE = /^\s+(?:said|says|told|reported|added|noted|confirmed|announced)\b/u;
/** ", a " between A and B in "A, a B majority-owned company". */
const A_B_OWNED_RE = /^\)?,\s+(?:a|an)\s+$/u;
/** " majority-owned mobile communications company", "-owned lender" right after B. */
const B_OWNED_NOUN_RE =
  /^(?:\s+(?:majority|wholly|fully)[- ]|-)owned\s+(?:[\p{Ll}-]+\s+){0,3}?(?:company|firm|group|operator|carrier|airline|bank|lender|insurer|brewer|miner|retailer|chain|publisher|unit|subsidiary|business|\p{Ll}*maker)\b/u;
/** "a 40% stake in ", "a minority holding in ", "its 25 per cent interest in the ": at most half of what follows. */
const MINORITY_STAKE_RE =
  /(?:\bminority|\bnon-controlling|(?<![\d.])(?:50(?:\.0+)?|[1-4]?\d(?:\.\d+)?)\s?(?:%|per\s?cent|percent))\s+(?:stake|holding|interest|shareholding)\s+in\b/u;
/** "owns a stake in both A and B", "holds stakes in": a stake not said to be a majority one is a holding, not a part. */
const UNSIZED_STAKE_RE =
  /\b(?:(?:a|an)\s+(?:small\s+|sizeable\s+|sizable\s+|significant\s+|large\s+|big\s+)?(?:stake|holding|interest|shareholding)|stakes|holdings|interests)\s+in\b/u;
/** "owns about 7% of ", "bought 30 per cent of " right before the name: a share of half or less makes no part. */
const MINORITY_SHARE_OF_RE =
  /(?<![\d.])(?:50(?:\.0+)?|[1-4]?\d(?:\.\d+)?)\s?(?:%|per\s?cent|percent)\s+of\s+(?:the\s+)?$/u;
/** "the Nigerian subsidiary of ", "the local unit of " right before the owner's name. */
const LOCAL_UNIT_OF_RE = /\bthe\s+(\p{L}+)\s+(?:subsidiary|unit|arm|affiliate)\s+of\s+$/u;
/** "… of IPC by the global media giant " right before the buyer's name. */
const BY_BUYER_RE = /\sby\s+(?:(?:the|a|an|its)\s+)?(?:[\p{Ll}-]+\s+){0,4}$/u;

/**
 * "… Freeport's stake in", "… Toshiba's sensor business", "which owns Kestrel's hotel in Colombo", "the acquisition of
 * Norrvik's German mobile network": the name before is the seller or owner of the thing, not what was bought or owned.
 * A capitalised word may stand between ("German", "Norrvik's Vella unit").
 */
const SOLD_PART_RE =
  /^['’]s?\s+(?:(?:[\p{Ll}-]+|\p{Lu}\p{Ll}+)\s+){0,3}?(?:stakes?|holdings?|interests?|shares?|business(?:es)?|units?|divisions?|assets?|operations?|plants?|factor(?:y|ies)|brands?|arms?|subsidiar(?:y|ies)|hotels?|stores?|mines?|mills?|sites?|propert(?:y|ies)|portfolio|networks?|refiner(?:y|ies)|stations?)\b/u;
/** "'s German mobile network " between a seller and the unit it names: the unit is the seller's. */
const SELLERS_UNIT_GAP_RE =
  /^['’]s?\s+(?:(?:[\p{Ll}-]+|\p{Lu}\p{Ll}+)\s+){0,3}?(?:business|unit|division|network|arm|subsidiary|brand|operations?)\s+$/u;
/** "… the power grids business of ": the name after it is the seller of the part, not what was bought. */
const PART_OF_SELLER_RE = /\b(?:business(?:es)?|units?|divisions?|assets?|operations|arms?)\s+of\s+(?:the\s+)?$/u;
/**
 * ", which it bought in 2019", ", the Odisha-based steelmaker it bought from the state", ", the coaching chain that
 * Vedantu agreed to acquire": group 1 the buyer ("it", "they" or a name).
 */
const WHICH_BOUGHT_RE =
  /^(?:,\s+(?:earlier|formerly|previously|once)\s+(?:known\s+as|called|named)\s+[^,.;]{1,60}(?=,))?,?\s+(?:(?:the|a|an)\s+(?:[\p{L}\p{N}'’-]+\s+){0,8}?)?(?:which|that)?\s*(it|they|the\s+(?:[\p{L}-]+\s+)?(?:group|company|firm|conglomerate|carrier|airline|bank|lender|insurer|\p{Ll}*maker|retailer|brewer|operator)|\p{Lu}[\p{L}.&-]*(?:\s\p{Lu}[\p{L}.&-]*)?)\s+(?:had\s+|has\s+|agreed\s+to\s+|completed\s+)?(?:bought|acquired|purchased|took over|(?<=to\s)(?:buy|acquire|purchase|take over))\b/du;

/**
 * PART_OF stated as ownership: "A, which is majority-owned by B", "A's majority owner, B", "its majority owner, B"
 * (the company in focus), and acquisitions ("Acme bought X, Y and Z": each belongs to the buyer, the last company
 * named before the verb in the sentence, else the company in focus). The text between must be one clause.
 */
export function findOwnership(ctx: DocContext, orgs: readonly ResolvedMention[]): OwnershipLink[] {
  const out: OwnershipLink[] = [];
  for (let i = 0; i < orgs.length; i++) {
    const b = orgs[i]!;
    const a = orgs[i - 1];
    if (a && a.id !== b.id && b.start - a.end <= 80) {
      const between = ctx.work.slice(a.end, b.start);
      // "Vodacom Group Ltd., a Vodafone majority-owned mobile company": A belongs to B.
      const ownedNoun = A_B_OWNED_RE.test(between) && B_OWNED_NOUN_RE.test(ctx.work.slice(b.end, b.end + 80));
      if (
        (OWNED_BY_RE.test(between) && !ALLIANCE_RE.test(between)) ||
        OWNED_BY_DESCRIBED_RE.test(between) ||
        OWNER_OF_RE.test(between) ||
        ownedNoun
      ) {
        out.push({ child: a.id, parent: b.id, at: a.start });
        continue;
      }
    }
    const s = sentenceOf(ctx, b.start);
    if (!s) continue;
    // "Hikari Panel, which it bought in 2019": bought by the company in focus (or the one named).
    const rel = WHICH_BOUGHT_RE.exec(ctx.work.slice(b.end, b.end + 120));
    if (rel) {
      const at = b.end + rel.indices![1]![0];
      // "Jaguar Land Rover, which the group bought in 2008", "which the Polish carrier bought": the noun is "it".
      const pronoun = /^(?:it|they|the\s)/.test(rel[1]!);
      const named = pronoun ? null : mentionsIn(ctx, at, at + 1).find(isOrg);
      // "Deeksha, the chain that Vedantu agreed to acquire": a name that is no organization buys nothing.
      // "it" is the company the article is about when named lately, not the last one named ("… sell its bank to
      // NatWest. Argos, the chain it bought in 2016, …").
      const focus = orgInFocus(ctx, b.start);
      const buyer = pronoun
        ? (sentenceSubject(ctx, s.start, b) ?? (focus !== b.id ? focus : null) ?? recentCompany(ctx, b.start, b.id))
        : named?.id;
      if (buyer && buyer !== b.id) {
        out.push({ child: b.id, parent: buyer, at: b.start });
        continue;
      }
    }
    // "NSG Group (NSG), Pilkington's parent company,": the possessor belongs to the name before.
    const ownerOf = OWNER_OF_AFTER_RE.exec(ctx.work.slice(b.end, b.end + 80));
    if (ownerOf) {
      const at = b.end + ownerOf[0].length - ownerOf[1]!.length;
      const child = mentionsIn(ctx, at, at + 1).find(isOrg);
      if (child && child.id !== b.id) {
        out.push({ child: child.id, parent: b.id, at: child.start });
        continue;
      }
    }
    // "Heineken Brouwerijen, the parent company, faced …": the company in focus belongs to the one named.
    if (THE_PARENT_AFTER_RE.test(ctx.work.slice(b.end, b.end + 40))) {
      const owned = orgInFocus(ctx, b.start);
      if (owned && owned !== b.id) {
        out.push({ child: owned, parent: b.id, at: b.start });
        continue;
      }
    }
    const before = ctx.work.slice(Math.max(s.start, b.start - 180), b.start);
    // "to reposition the Nigerian subsidiary of Heineken": a subsidiary named by its country is the company in focus.
    const local = LOCAL_UNIT_OF_RE.exec(before);
    if (local && (local[1] === 'local' || isPlaceWord(local[1]!))) {
      const named = mentionsIn(ctx, b.start - before.length, b.start - local[0].length)
        .filter(isOrg)
        .pop();
      const owned = named && named.end + 30 > b.start - local[0].length ? null : orgInFocus(ctx, b.start);
      if (owned && owned !== b.id) {
        out.push({ child: owned, parent: b.id, at: b.start });
        continue;
      }
    }
    // "… was incorporated in 1997. The parent company is Metorex (Pty) Limited": the owner of the company the sentence
    // before opens with, else of the company in focus; never a name written as a possessor ("is Orsk's supplier").
    if (
      b.start - s.start < 120 &&
      PARENT_IS_RE.test(ctx.work.slice(s.start, b.start)) &&
      !/^['’]/u.test(ctx.work.slice(b.end, b.end + 1))
    ) {
      const owned = previousSubject(ctx, s.start) ?? orgInFocus(ctx, b.start);
      if (owned && owned !== b.id) {
        out.push({ child: owned, parent: b.id, at: b.start });
        continue;
      }
    }
    if (ITS_OWNER_RE.test(before)) {
      const owned = recentCompany(ctx, b.start, b.id);
      if (owned) out.push({ child: owned, parent: b.id, at: b.start });
      continue;
    }
    const bought = lastHoldingVerb(before);
    // "owns a 40% stake in A", "bought a minority stake in A", "owns about 7% of A", "owns a stake in A": a holding
    // of half or less, or of no stated size, makes no part.
    if (
      bought &&
      (MINORITY_STAKE_RE.test(bought[0]) || MINORITY_SHARE_OF_RE.test(bought[0]) || UNSIZED_STAKE_RE.test(bought[0]))
    )
      continue;
    // "the purchase of Freeport's stake in Candelaria", "bought the grids business of Orsk": the one named sold a
    // part, it was not bought.
    if (!bought || SOLD_PART_RE.test(ctx.work.slice(b.end, b.end + 60)) || PART_OF_SELLER_RE.test(before)) continue;
    const verbAt = b.start - before.length + bought.index;
    // "the two companies it acquired over the last two years, MoneyControl reported": a clause after a comma is no
    // list of what was bought.
    const lastBefore = mentionsIn(ctx, verbAt, b.start)
      .filter((m) => m.end <= b.start)
      .pop();
    const gap = ctx.work.slice(lastBefore ? lastBefore.end : verbAt, b.start);
    // "bought Jaguar and Land Rover from Ford Motor Company in 2008": the name after "from" sold, it was not bought.
    if (FROM_SELLER_RE.test(gap)) continue;
    // "retain ownership of Norrvik Aerospace, a supplier to carmakers including Tarvo": names listed inside the
    // apposition describing what was bought are its customers or peers, not bought too.
    if (lastBefore && APPOSITION_LIST_RE.test(ctx.work.slice(verbAt, b.start))) continue;
    // "the acquisition of Norrvik's mobile network Hallberg": the unit is named as the seller's, not the buyer's.
    if (lastBefore && SELLERS_UNIT_GAP_RE.test(gap)) continue;
    // "Atlas Vale acquired pan-African banking group, Kestrel Holdings": a described purchase, then its name.
    const described =
      !lastBefore && BOUGHT_DESCRIBED_RE.test(gap) && !SPEAKS_AFTER_RE.test(ctx.work.slice(b.end, b.end + 12));
    if (/,\s+$/.test(gap) && !(lastBefore && /^,\s+$/.test(gap)) && !described) continue;
    // "the takeover of IPC by the media giant AOL": the name after "by" bought the one before it.
    if (BY_BUYER_RE.test(bought[0])) {
      const owned = mentionsIn(ctx, verbAt, b.start).find((m) => isOrg(m) && m.id !== b.id);
      if (owned && isOrg(b)) out.push({ child: owned.id, parent: b.id, at: owned.start });
      continue;
    }
    // "It bought the US software firm Vella" after sentences about what the group sold: "it" is the group, not the
    // last buyer named.
    const head = ctx.work.slice(s.start, verbAt);
    const pronoun = isPronounSubject(head) ? pronounReferent(ctx, s.start) : null;
    const stated = pronoun ? null : clauseOwner(ctx, s.start, verbAt);
    // "Vantor Bank, which owns Kestrel" with Vantor Bank recognised as nothing: the owner is named but unknown, and
    // no other company named before may stand in for it.
    if (stated === UNRECOGNISED_OWNER) continue;
    // "The bank … following the acquisition of rival X" after a sentence quoting its union: a union or other body
    // named lately buys nothing; the company in focus does.
    const recent = recentCompany(ctx, verbAt, b.id);
    const buyer =
      pronoun ??
      stated ??
      mentionsIn(ctx, s.start, verbAt)
        .filter((m) => m.type === 'Company' && !inComparisonAside(ctx.work, s.start, m.start))
        .pop()?.id ??
      (recent && createBodyTest(ctx)(recent) ? mainOrgBesides(ctx, recent) : recent);
    if (buyer && buyer !== b.id && isOrg(b)) out.push({ child: b.id, parent: buyer, at: b.start });
  }
  return out;
}

/** ", like key domestic rivals " opening the clause a name stands in: a comparison, not the sentence's subject. */
const COMPARISON_ASIDE_RE = /^,\s+(?:like|unlike|as\s+with|just\s+like)\s+[^,]*$/u;

/**
 * Whether the name at `at` stands in an aside comparing the subject with others: "Kestrel, like rivals Norrvik and
 * Hallberg, has suffered … the purchase of Vella" (Kestrel bought Vella, not Hallberg).
 */
function inComparisonAside(text: string, sentenceStart: number, at: number): boolean {
  const comma = text.lastIndexOf(',', at);
  return comma >= sentenceStart && COMPARISON_ASIDE_RE.test(text.slice(comma, at));
}

/** The article's company when it is not `body` (a union quoted last), else none. */
function mainOrgBesides(ctx: DocContext, body: string): string | null {
  const main = mainOrg(ctx);
  return main && main !== body ? main : null;
}

/**
 * The last buying or holding verb in `before` with what follows it: "A owns B, which in turn controls " is about
 * "controls" (B's), not "owns" (A's). At most a few re-runs on a 180-character window.
 */
function lastHoldingVerb(before: string): RegExpExecArray | null {
  let found = BOUGHT_RE.exec(before);
  for (let next = found; next;) {
    const from = found!.index + 1;
    next = BOUGHT_RE.exec(before.slice(from));
    if (next) {
      next.index += from;
      found = next;
    }
  }
  return found;
}

/**
 * "Hallberg Group owns Norrvik Foods and Kestrel Drinks, which it bought in 2019": "it" is the company opening the
 * sentence, when one does and it is not the owned one.
 */
function sentenceSubject(ctx: DocContext, sentenceStart: number, owned: ResolvedMention): string | null {
  const first = mentionsIn(ctx, sentenceStart, owned.start).find(isOrg);
  if (!first || first.id === owned.id || first.type !== 'Company') return null;
  return /^[\s"“'‘]*$/.test(ctx.work.slice(sentenceStart, first.start)) ? first.id : null;
}

/** The organization opening the sentence before the one at `sentenceStart`, or null. */
function previousSubject(ctx: DocContext, sentenceStart: number): string | null {
  const prev = ctx.sentences[findSentenceIndex(ctx.sentences, sentenceStart) - 1];
  if (!prev) return null;
  const first = mentionsIn(ctx, prev.start, prev.end).find(isOrg);
  return first && /^[\s"“'‘]*$/u.test(ctx.work.slice(prev.start, first.start)) ? first.id : null;
}

/** ", which owns", ", the division that owns", ", which in turn controls": the verb's subject is the organization right before the comma. */
const RELATIVE_HEAD_RE =
  /,\s+(?:(?:the|a|an|its)\s+(?:[\p{L}-]+\s+){0,4}?)?(?:which|that)\s+(?:also\s+|now\s+|still\s+|already\s+|in\s+turn\s+)?$/u;
/** ", also owns" after an aside ("A, itself part of B, also owns …"): the verb goes on the clause the aside interrupts. */
const AFTER_ASIDE_RE = /,\s+(?:also\s+|now\s+|still\s+|already\s+|itself\s+)?$/u;

/** A bracketed short form or ticker closing an owner's name: " (KAG)", " (TAMB3)", " (Kestrel)". */
const SHORT_FORM_BRACKET_RE = /\s*\(\p{Lu}[\p{L}\p{N}&.-]{0,11}\)$/u;

/**
 * Where the name before a bracketed short form ending at `end` ends: "the Kestrel Airlines Group (KAG), which owns
 * Norrvik Air", "Tamberg (TAMB3), the parent company of Lumen" (the name before the bracket is the owner). Null when
 * no such bracket ends there: a bracket of other words ("(in which Vessla holds a stake)") is no short form.
 */
export function endBeforeShortForm(text: string, end: number): number | null {
  const bracket = SHORT_FORM_BRACKET_RE.exec(text.slice(Math.max(0, end - 16), end));
  return bracket ? end - bracket[0].length : null;
}

/** `clauseOwner`'s answer when a relative clause names the owner right before its comma but no organization ends there. */
const UNRECOGNISED_OWNER = '';

/**
 * The organization that owns what follows the verb at `verbAt`, when the clause says who: "Rakel Media, the division
 * that owns TV Sydhavn" (the unit, not the company named before it), "Hallberg, itself part of Ostra Group, also
 * owns A" (the subject the aside interrupts, not the owner named inside it). Null when the clause does not say.
 */
function clauseOwner(ctx: DocContext, sentenceStart: number, verbAt: number): string | null {
  const head = ctx.work.slice(sentenceStart, verbAt);
  const orgEndingAt = (end: number) =>
    mentionsIn(ctx, Math.max(sentenceStart, end - 120), end)
      .filter(isOrg)
      .find((m) => m.end === end)?.id ?? null;
  const rel = RELATIVE_HEAD_RE.exec(head);
  if (rel) {
    const comma = sentenceStart + rel.index;
    const named = endBeforeShortForm(ctx.work, comma);
    return orgEndingAt(comma) ?? (named === null ? null : orgEndingAt(named)) ?? UNRECOGNISED_OWNER;
  }
  if (!AFTER_ASIDE_RE.test(head)) return null;
  const comma = head.indexOf(',');
  // The aside must close where the verb's clause goes on: one comma opens it, one closes it.
  if (comma < 0 || head.indexOf(',', comma + 1) !== head.lastIndexOf(',')) return null;
  return orgEndingAt(sentenceStart + comma);
}
