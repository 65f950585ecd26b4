import {
  type DocContext,
  type ResolvedMention,
  isOrg,
  mainOrg,
  mentionsIn,
  orgInFocus,
  sentenceOf,
} from '../resolve/doc-context.js';
import type { OwnershipLink } from './ownership.js';
import { findSentenceIndex } from '../text/sentences.js';
import { BULLET_OPENING_RE } from '../text/bullets.js';
import { createBodyTest } from './commentators.js';
import { namesListedWith } from './name-lists.js';
import { openingOrg, pronounReferent } from './sentence-subject.js';
import { itemStart, listOpening } from './bullet-lines.js';
import { isReporterVerbAfter } from '../ner/reporter-after-comma.js';
import { isSpaceAt } from '../text/char-class.js';

// Module constants: esbuild (tsx, vitest) rewrites a \p{…} literal inside a function into `new RegExp` per call.
const THE_NAME_GROUP_RE = /^[Tt]he\s+(\p{Lu}[\p{L}-]*)\s+group/u;

/**
 * Nouns news uses for an organization one company holds: "its regional wing", "the group's point-to-point airline",
 * "its energy trading company", "its big European operations", "RBS's digital lender", "its pay-TV service". A bank or
 * lender only with a word before it ("its digital lender Bo"): "its lender Norrbank" is who lends to the company; a
 * service likewise ("its streaming service, A").
 */
const UNIT_NOUN =
  '(?:subsidiar(?:y|ies)|filial(?:e|es|en)?|sparten?|channels?|stations?|units?|arms?|divisions?|wings?|airlines?|carriers?|brands?|labels?|business(?:es)?|operations?|compan(?:y|ies)|firms?|operators?|chains?|networks?|studios?|(?<=\\p{L}\\s)services?|insurers?|\\p{Ll}*makers?|producers?|developers?|retailers?|apps?|(?<=\\p{Ll}\\s)(?:lenders?|banks?))';
/**
 * Words between the owner and the unit noun: lower-case modifiers, a place adjective ("its Belgian holding company",
 * "its Indian arm"), an abbreviation ("its own EV business", "its pay-TV arm"), never a rival, a partner, a parent ("Its
 * parent company, A" names the owner), a customer or a former one.
 */
const DESCRIPTOR =
  '(?:(?!(?:rival|partner|parent|competitor|customer|client|supplier|peer|former|joint|of|at|in|on|to|for|from|with|by|as|and|or|the|a|an|that|which|while)\\b)(?:[\\p{Ll}\\p{Lu}][\\p{Ll}-]*|\\p{Lu}{2,4}|\\p{Ll}+-\\p{Lu}{2,4})\\s+){0,3}?';
/** Two coordinated descriptions of one unit: "its towers and masts business", "its cable and broadband arm". */
const DESCRIPTION = `(?:${DESCRIPTOR}[\\p{Ll}-]+\\s+(?:and|&)\\s+)?${DESCRIPTOR}`;
/** Nouns that name only a part of a company, never a company ("Velmont, the French carmaker" is a company). */
const PART_NOUN = '(?:subsidiary|unit|arm|division|segment|wing|business|filiale?|sparte)';
/**
 * "the bank's", "the fund manager's", "the steelmaker's": the company in focus called by its trade (no rival or
 * partner: those are other companies); "the airline's parent company, A" names its owner, not its unit.
 */
const TRADE_OWNER =
  "[Tt]he\\s+(?:(?:fund|asset|investment|wealth)\\s+manager|(?:(?!rival|partner|former)[\\p{Ll}-]+\\s+)?(?:bank|lender|insurer|\\p{Ll}*maker|airline|carrier|brewer|miner|retailer|telco|manufacturer))['’]s(?!\\s+(?:parent|owner|controlling|majority)\\b)";
/** "its", "their", "the group's", "the company's", "the conglomerate's", "other group": the owner is in focus. */
const OWNER_WORD = `(?:[Ii]ts|[Tt]heir|(?:[Tt]he\\s+)?(?:group|company|conglomerate|parent|firm)['’]s|(?:[Tt]he|[Oo]ther)\\s+group|[Tt]he\\s+\\p{Lu}[\\p{L}-]*\\s+group['’]s|${TRADE_OWNER})`;

/** Where a unit works, between its noun and its name: "its business in Nigeria, A", "its unit in South Korea, B". */
const UNIT_PLACE = '(?:\\s+in\\s+(?:the\\s+)?\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\p{Ll}+)?(?=,))?';
/**
 * Before a name: "its regional wing ", "the group's carmaker, ", "its big European operations, including Germany's ",
 * "its business in Ghana, ", "its oil and gas business ", "its power division, known as ".
 */
const BEFORE_RE = new RegExp(
  `(?:(?<![\\p{L}'’])(${OWNER_WORD})|(?<=\\p{L})(['’]s?))\\s+${DESCRIPTION}${UNIT_NOUN}${UNIT_PLACE}\\s*(?:,\\s*(?:(?:called|named|dubbed|known\\s+as)\\s+)?|\\s+[—–]\\s+|:\\s*)?(?:(?:including|such\\s+as|like|among\\s+them)\\s+)?(?:the\\s+)?(?:\\p{Lu}\\p{L}+['’]s\\s+)?$`,
  'du',
);
/**
 * What BEFORE_RE cannot match without (same case): an apostrophe (a possessive, in every OWNER_WORD but these), "its",
 * "their" or "group". Tested first: the expression is searched at every position of the window before every name.
 */
const OWNER_HINT_RE = /['’]|[Ii]ts\s|[Tt]heir\s|group/;
/**
 * After a name: ", the group's point-to-point airline", ", its regional unit", ", the fibre business" (the name is
 * the unit; not ", the hospitality business Casa Norr", which describes the next name), also as what the name is:
 * "A, which employs 4,000 people, is the group's trucking arm".
 */
const AFTER_RE = new RegExp(
  `^(?:\\s*,\\s+(?:which|that)\\s(?:[^,.;]|[,.](?=\\d)){1,80},)?(?:\\s*,|\\s+(?:is|was|remains|became|has\\s+become))\\s+(?:(${OWNER_WORD})\\s+${DESCRIPTION}${UNIT_NOUN}\\b(?!\\s+(?:in|at|for)\\b)|[Tt]he\\s+${DESCRIPTION}${PART_NOUN}\\b(?!\\s+\\p{Lu})\\b(?!\\s+(?:of|in|at|for)\\b))`,
  'u',
);
/**
 * "… runs the satellite television service ", "keeps video game maker ", "owns the budget airline ": a verb of holding
 * and a described unit right before the name; the subject is the owner.
 */
const RUNS_RE = new RegExp(
  `(?<![\\p{L}])(?:owns|runs|operates|keeps|retains|controls)\\s+(?:(?:the|a|an|its)\\s+)?${DESCRIPTOR}(?:${UNIT_NOUN}|services?)\\s*,?\\s*$`,
  'du',
);
/** "at the catering business ", "the satellite division ": a part noun with no owner word right before the name. */
const THE_PART_BEFORE_RE = new RegExp(`(?<![\\p{L}])[Tt]he\\s+${DESCRIPTION}${PART_NOUN}\\s+$`, 'du');
/** PART_NOUN closing a text (its last word before the trailing blanks: THE_PART_BEFORE_RE's end). */
const PART_NOUN_END_RE = new RegExp(`${PART_NOUN}$`);
/** Words RUNS_RE cannot match without (same case): a cheap test before it, which runs at every position. */
const RUNS_VERB_RE = /owns|runs|operates|keeps|retains|controls/;

/** Whether `before` ends in blanks after a part noun: what THE_PART_BEFORE_RE needs last, tested first. */
function endsWithPartNoun(before: string): boolean {
  let j = before.length;
  while (j > 0 && isSpaceAt(before, j - 1)) j--;
  return j < before.length && PART_NOUN_END_RE.test(before.slice(Math.max(0, j - 10), j));
}

/** Whether NEW_UNIT_BEFORE_RE can match `before`: its words "new" and a naming verb (same case) are there. */
function mayNameNewUnit(before: string): boolean {
  return before.includes('new') && (before.includes('called') || before.includes('named') || before.includes('dubbed'));
}

/**
 * Whether AFTER_RE can match the text from `at` (it reads at most to `limit`): a comma after any blanks, or blanks and
 * one of its verbs ("is", "was", "remains", "became", "has").
 */
function mayDescribeAfter(work: string, at: number, limit: number): boolean {
  let k = at;
  while (k < limit && isSpaceAt(work, k)) k++;
  if (k >= limit) return false;
  if (work.charCodeAt(k) === 44) return true;
  return (
    k > at &&
    (work.startsWith('is', k) ||
      work.startsWith('was', k) ||
      work.startsWith('remains', k) ||
      work.startsWith('became', k) ||
      work.startsWith('has', k))
  );
}

/**
 * "a new standalone unit, to be called NetHold,", "into a new company called Crunchco": a part the sentence's company
 * creates and names.
 */
const NEW_UNIT_BEFORE_RE =
  /(?<![\p{L}])(?:a|the)\s+new\s+(?:[\p{Ll}-]+\s+){0,2}?(?:unit|subsidiary|division|arm|entity|business|company)\s*,?\s+(?:(?:to\s+be|that\s+will\s+be)\s+)?(?:called|named|dubbed)\s+$/u;

/** Whether the sentence starting at `start` is a bulleted list item (the bullet may be left out of the sentence). */
function isBulletItem(ctx: DocContext, start: number): boolean {
  const lineStart = ctx.work.lastIndexOf('\n', start - 1) + 1;
  return start - lineStart <= 4 && BULLET_OPENING_RE.test(ctx.work.slice(lineStart, start + 4));
}
/** A verb right after a sentence's first name: the name is the subject ("Halvard Land has", "A owns"). */
const SUBJECT_AFTER_RE =
  /^\s+(?:has|have|had|owns|owned|holds|held|runs|ran|controls|also|itself|is|was|will|would|said)\b/;
/** A clause of its own with "it" as subject right before "its": ", and in 2022 it sold ", " and it has since merged ". */
const IT_VERB_BEFORE_RE =
  /(?:^|[,;]\s+|\s(?:and|but|then|before|after|when|as)\s+)(?:[^,;]{0,25}\s)?it\s+(?:(?:has|had|also|then|later|since|already|will|would|agreed\s+to|plans\s+to)\s+)*\p{Ll}+\s+$/u;
/** What joins two units of one list: ", ", " and ", ", the hospitality business ", "and Sweden's ". */
const LIST_GAP_RE = /^(?:,\s+|,?\s+and\s+|\s+&\s+)(?:(?:the|its)\s+(?:[\p{Ll}-]+\s+){0,3})?(?:\p{Lu}\p{L}+['’]s\s+)?$/u;

/**
 * PART_OF stated by describing a unit as the owner's: "its regional wing A", "the group's carmaker, A", "Hallberg's
 * digital lender A", "its big European operations, including A and B", "A, the group's point-to-point airline".
 * "its" and "the group" point to the company the sentence names before them, else the company in focus; a possessive
 * to the company named right before it. The statement must sit in one sentence; a union, an association or a
 * regulator owns nothing here.
 */
export function findUnitDescriptors(ctx: DocContext, orgs: readonly ResolvedMention[]): OwnershipLink[] {
  const out: OwnershipLink[] = [];
  const body = createBodyTest(ctx);
  /** Offsets of the units linked so far (bounded look-ups for "runs A and keeps B"). */
  const linkedAt = new Set<number>();
  const push = (child: ResolvedMention, parent: string) => {
    out.push({ child: child.id, parent, at: child.start });
    linkedAt.add(child.start);
  };
  for (let i = 0; i < orgs.length; i++) {
    const b = orgs[i]!;
    const s = sentenceOf(ctx, b.start);
    if (!s) continue;
    const from = Math.max(s.start, b.start - 120);
    const before = ctx.work.slice(from, b.start);
    const m = OWNER_HINT_RE.test(before) ? BEFORE_RE.exec(before) : null;
    // "its ice cream unit, Kora Wire has reported": the name after the comma reports; it is no unit.
    if (m && /,\s*(?:the\s+)?$/i.test(m[0]) && isReporterVerbAfter(ctx.work, b.end)) continue;
    if (m) {
      const children = listFrom(ctx, orgs, i, s.end);
      // "sold its business in Ghana, A, … and its Indian businesses, B and C": A, placed in this sentence, owns no B.
      const placed = mentionsIn(ctx, s.start, b.start).filter((o) => linkedAt.has(o.start));
      const owner = m[2]
        ? possessor(orgs, from + m.indices![2]![0])
        : ownerOfWord(ctx, from + m.indices![1]![0], s.start, children, m[1]!, placed);
      if (owner && !body(owner)) for (const c of children) if (c.id !== owner) push(c, owner);
      i += children.length - 1;
      continue;
    }
    const runs = RUNS_VERB_RE.test(before) ? RUNS_RE.exec(before) : null;
    if (runs) {
      const children = listFrom(ctx, orgs, i, s.end);
      // "runs A and keeps B": A, owned in this sentence, owns nothing of B.
      const owned = mentionsIn(ctx, s.start, b.start).filter((o) => linkedAt.has(o.start));
      const owner = ownerOfWord(ctx, from + runs.index, s.start, children, 'its', owned);
      if (owner && !body(owner)) for (const c of children) if (c.id !== owner) push(c, owner);
      i += children.length - 1;
      continue;
    }
    // "At the catering business Skyfare Group": a part of the company the sentence names, else of the one in focus.
    const thePart = endsWithPartNoun(before) ? THE_PART_BEFORE_RE.exec(before) : null;
    if (thePart) {
      const at = from + thePart.index;
      const owner = ownerOfWord(ctx, at, s.start, [b], 'its', listedBefore(ctx, s.start, at));
      if (owner && owner !== b.id && !body(owner)) push(b, owner);
      continue;
    }
    const created = mayNameNewUnit(before) ? NEW_UNIT_BEFORE_RE.exec(before) : null;
    if (created) {
      // Under a heading that is the new unit's own name, the company in focus is the one creating it.
      const owner = ownerOfWord(ctx, from + created.index, s.start, [b], 'its') ?? orgInFocus(ctx, s.start);
      if (owner && owner !== b.id && !body(owner)) push(b, owner);
      continue;
    }
    const limit = Math.min(ctx.work.length, b.end + 220);
    const after = mayDescribeAfter(ctx.work, b.end, limit) ? AFTER_RE.exec(ctx.work.slice(b.end, limit)) : null;
    if (after) {
      const owner = ownerOfWord(ctx, b.start, s.start, [b], after[1] ?? 'its');
      if (owner && owner !== b.id && !body(owner)) push(b, owner);
    }
  }
  return out;
}

/** The company whose name ends right before the possessive at `at` ("RBS's digital lender"). */
function possessor(orgs: readonly ResolvedMention[], at: number): string | null {
  const m = orgs.find((o) => o.end === at && o.type === 'Company');
  return m ? m.id : null;
}

/**
 * The company "its" / "the company's" points to at `pos`: the last company named earlier in the sentence that is not
 * one of the units, else the company the previous sentence opens with, else the organization in focus. "The group" is
 * the article's main company when it is one.
 */
function ownerOfWord(
  ctx: DocContext,
  pos: number,
  sentenceStart: number,
  units: readonly ResolvedMention[],
  word: string,
  placed: readonly ResolvedMention[] = [],
): string | null {
  const ids = new Set(units.map((u) => u.id));
  const skip = new Set(placed.map((u) => u.id));
  // "Skyfar, the Marlo group's flagship airline": the company whose name opens with Marlo ("Marlo Sons").
  const named = THE_NAME_GROUP_RE.exec(word);
  if (named) return namedGroup(ctx, named[1]!, ids);
  // "the group's airline": the group the article is about, wherever it was last named.
  if (/group/.test(word)) {
    const main = mainOrg(ctx);
    if (main && !ids.has(main) && ctx.entities.get(main)?.type === 'Company') return main;
  }
  const earlier = mentionsIn(ctx, itemStart(ctx.work, sentenceStart, pos), pos).filter((m) => m.end <= pos);
  // "… to Huaxon Cement, and in 2022 it sold its Indian businesses, A and B": "its" is the clause's own "it", not the
  // buyer named in the clause before.
  const last = earlier[earlier.length - 1];
  if (last && IT_VERB_BEFORE_RE.test(ctx.work.slice(last.end, pos))) {
    const opener = openingOrg(ctx, sentenceStart, pos);
    const it = opener && ctx.entities.get(opener)?.type === 'Company' ? opener : pronounReferent(ctx, sentenceStart);
    if (it && !ids.has(it)) return it;
  }
  for (let k = earlier.length - 1; k >= 0; k--) {
    // "Kestrel Motor Corp. said it would close a plant of its subsidiary Kestrel Motor (Siam)": the same name again.
    if (ids.has(earlier[k]!.id)) return null;
    if (earlier[k]!.type === 'Company' && !skip.has(earlier[k]!.id)) return earlier[k]!.id;
  }
  // "Halvard Land holds two trusts through its fund subsidiary, A": a unit opening the sentence is what "its" means.
  const opener = earlier[0];
  if (opener && opener.type === 'Division' && !ids.has(opener.id) && !skip.has(opener.id))
    if (
      /^[\s"“'‘]*$/.test(ctx.work.slice(sentenceStart, opener.start)) &&
      SUBJECT_AFTER_RE.test(ctx.work.slice(opener.end, opener.end + 30))
    )
      return opener.id;
  // "Vingroup said it would stop making phones. Its electronics subsidiary, VinSmart, …": the company the previous
  // sentence (or its last paragraph, after a heading) opens with.
  const before = ctx.sentences[findSentenceIndex(ctx.sentences, sentenceStart) - 1];
  const subject = before && mentionsIn(ctx, before.start, before.end).find(isOrg);
  // A unit opening the previous sentence owns what a sentence opening with "Its" names: "Kestrel Data has struggled.
  // Its subsidiary Gyrel is for sale" (the nearest owner the text gives).
  const itsOpens = /^[\s"“'‘]*$/.test(ctx.work.slice(sentenceStart, pos)) && /^[Ii]ts$/.test(word);
  // "- Vella Foods, the snacks maker, … \n- Its refrigeration unit, A": bullets list the parts of the company the list
  // is about; one item's subject owns nothing of the next.
  const bullets = before !== undefined && isBulletItem(ctx, before.start) && isBulletItem(ctx, sentenceStart);
  // A quoted remark's subject is the speaker's, not the story's: '"Orvik was a bold bet," the chief said. The group
  // now wants to grow its own EV business, A' (the company in focus).
  if (subject && !bullets && (subject.type === 'Company' || itsOpens) && !ids.has(subject.id))
    if (/(?:^|\n)\s*$/.test(ctx.work.slice(before.start, subject.start))) return subject.id;
  // "On June 7, Acme Motor Corp. said it would close a plant of its subsidiary Acme Motor (Thailand)": "its" does not
  // reach past a mention of the unit itself.
  if (before && mentionsIn(ctx, before.start, before.end).some((m) => ids.has(m.id))) return null;
  const focus = orgInFocus(ctx, listOpening(ctx.work, pos));
  return focus && !ids.has(focus) ? focus : null;
}

/** The company the document names whose name is or opens with `head` ("Marlo" → "Marlo Sons"), not a unit itself. */
function namedGroup(ctx: DocContext, head: string, units: ReadonlySet<string>): string | null {
  for (const m of ctx.mentions) {
    if (m.type !== 'Company' || units.has(m.id)) continue;
    const name = ctx.entities.get(m.id)?.name ?? '';
    if (name === head || name.startsWith(head + ' ')) return m.id;
  }
  return null;
}

/** The names listed right before `at` ("the carrier Norrvik Regional, the hotel business …"): siblings, not owners. */
function listedBefore(ctx: DocContext, sentenceStart: number, at: number): ResolvedMention[] {
  const earlier = mentionsIn(ctx, sentenceStart, at);
  const out: ResolvedMention[] = [];
  for (let k = earlier.length - 1, end = at; k >= 0; k--) {
    if (!/^(?:,\s+|,?\s+and\s+)$/.test(ctx.work.slice(earlier[k]!.end, end))) break;
    out.push(earlier[k]!);
    end = earlier[k]!.start;
  }
  return out;
}

/** The org at `i` and those joined to it as a list after it, within the sentence ending at `end`. */
function listFrom(ctx: DocContext, orgs: readonly ResolvedMention[], i: number, end: number): ResolvedMention[] {
  return namesListedWith(ctx, orgs, i, 1, (gap, next) => next.start < end && isOrg(next) && LIST_GAP_RE.test(gap));
}
