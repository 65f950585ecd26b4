import {
  type DocContext,
  type ResolvedMention,
  isOrg,
  orgInFocus,
  recentCompany,
  sentenceOf,
} from '../resolve/doc-context.js';
import { type OwnershipLink, endBeforeShortForm } from './ownership.js';
import { createBodyTest } from './commentators.js';
import { namesListedWith } from './name-lists.js';
import { UPPER_FIRST_RE, isSpaceAt } from '../text/char-class.js';

/**
 * "the owner of ", "parent company of the ", "the holding company for ", "the parent company to the " right before the
 * first owned name.
 */
const OWNER_OF_RE =
  /\b(?:(?:owner|owners|parent|parent\s+(?:company|group)|holding\s+company|operator)\s+(?:of|for)|(?:parent|parent\s+(?:company|group)|holding\s+company)\s+to)\s+(?:the\s+|its\s+)?$/u;
/** What may join two owned names: ", ", " and ", ", and the travel retail chain ". */
const LIST_GAP_RE = /^(?:,\s+|,?\s+and\s+)(?:(?:the|its)\s+(?:[\p{Ll}-]+\s+){0,3})?$/u;
/** The owner named right before "the owner of": "Lagardère, the owner of …", "Lagardère — the owner of …". */
const OWNER_BEFORE_RE = /(?:,|\s[—–])\s+(?:the|its|a)\s+(?:[\p{Ll}-]+\s+){0,2}$/u;
/**
 * "Zara owner Inditex", "the Instagram and WhatsApp owner", "British Airways parent company IAG": a name right before
 * "owner"/"parent (company|group)".
 */
const OWNER_AFTER_RE = /\s+(?:owner|parent(?:\s+(?:company|group))?)\b(?:\s+(?=\p{Lu}))?/uy;
/** "Arçelik, itself part of the Turkish conglomerate Koç Holding": A belongs to B. */
const PART_OF_RE =
  /^,?\s*(?:(?:which|that)\s+(?:is|was|are|were|has\s+been)\s+)?(?:itself\s+|now\s+|also\s+|still\s+)?(?:a\s+|an\s+)?part\s+of\s+(?:the\s+|its\s+)?(?:[\p{L}-]+\s+){0,3}$/u;
/**
 * "Kestrel Timber is part of Sweden's Vessla Resources", "Kestrel Daily is now part of the Vessla group": a sentence
 * saying outright that A belongs to B, a country's (or anyone's) possessive before B allowed. Only describing words
 * between "part of" and B — never "part of a deal with B", "part of a consortium led by B", nor a clause or a verb in
 * -ing that does something to B ("part of the group that sued B", "part of a panel reviewing B").
 */
const IS_PART_OF_RE =
  /^\s+(?:is|was|has\s+been|remains)\s+(?:now\s+|also\s+|still\s+)?part\s+of\s+(?:the\s+|its\s+)?(?:\p{Lu}[\p{L}-]*['’]s?\s+)?(?:(?!(?:with|by|and|or|of|in|for|to|at|from|led|including|that|which|who|whose)\s|[\p{Ll}-]+ing\s)[\p{Ll}-]+\s+){0,3}$/u;
/** "LinkedIn, the professional network Microsoft owns": A, a described thing B owns or bought. */
const DESCRIBED_OWNED_RE = /^,\s+(?:the|a|an)\s+(?:[\p{Ll}-]+\s+){0,4}$/u;
const OWNED_PREFIX_RE = /(?:^|\s)(\p{Lu}[\p{L}&.]*)-(?:owned|controlled|backed)\s+$/u;
const OWNS_AFTER_RE = /^\s+(?:owns|bought|acquired|purchased|controls|took\s+over)\b/u;

/** Whether `before` ends in "-owned", "-controlled" or "-backed" and blanks: OWNED_PREFIX_RE's end, tested first. */
function endsWithOwnedPrefix(before: string): boolean {
  let k = before.length;
  while (k > 0 && isSpaceAt(before, k - 1)) k--;
  if (k === before.length) return false;
  for (const w of ['owned', 'controlled', 'backed'])
    if (before.endsWith(w, k) && before.charCodeAt(k - w.length - 1) === 45) return true;
  return false;
}

/**
 * PART_OF stated with an owner noun or "part of": "the owner of A, B and C" (the owner named before it, else the
 * company in focus), "the A and B owner" / "A owner X", "A, itself part of B", "A is part of B", "A, the network B owns",
 * "Hallberg-owned A", "Hallberg's A". Only
 * organizations the text names on both sides; the statement must sit in one sentence.
 */
export function findOwnerPhrases(ctx: DocContext, orgs: readonly ResolvedMention[]): OwnershipLink[] {
  const out: OwnershipLink[] = [];
  const link = (child: ResolvedMention, parent: string | null) => {
    if (parent && parent !== child.id) out.push({ child: child.id, parent, at: child.start });
  };
  for (let i = 0; i < orgs.length; i++) {
    const b = orgs[i]!;
    const s = sentenceOf(ctx, b.start);
    if (!s) continue;
    const before = ctx.work.slice(Math.max(s.start, b.start - 60), b.start);
    const ownerOf = OWNER_OF_RE.exec(before);
    if (ownerOf) {
      const children = listFrom(ctx, orgs, i, s.end);
      const phraseAt = b.start - before.length + ownerOf.index;
      const lead = ctx.work.slice(Math.max(s.start, phraseAt - 40), phraseAt);
      const named = OWNER_BEFORE_RE.exec(lead);
      const ownerEnd = named ? phraseAt - lead.length + named.index : -1;
      const owner = named ? orgEndingAt(ctx, orgs, ownerEnd) : undefined;
      const parent = owner?.id ?? (named ? null : focusOutside(ctx, b.start, new Set(children.map((c) => c.id))));
      for (const c of children) link(c, parent);
      i += children.length - 1;
      continue;
    }
    OWNER_AFTER_RE.lastIndex = b.end;
    const after = OWNER_AFTER_RE.exec(ctx.work);
    if (after) {
      const children = listBefore(ctx, orgs, i, s.start);
      const next = orgs[i + 1];
      const named = next && next.start === b.end + after[0].length && after[0].endsWith(' ') ? next.id : null;
      const parent = named ?? focusOutside(ctx, b.start, new Set(children.map((c) => c.id)));
      for (const c of children) link(c, parent);
      continue;
    }
    // "Hallberg-owned Kestrel Foods": the company the prefix names (by its name or its first word).
    const owned = endsWithOwnedPrefix(before) ? OWNED_PREFIX_RE.exec(before) : null;
    if (owned) {
      const owner = orgs.find((m) => m.type === 'Company' && firstWordOf(ctx, m.id) === owned[1]);
      if (owner) link(b, owner.id);
    }
    const a = orgs[i - 1];
    if (!a || a.id === b.id || b.start - a.end > 80 || a.start < s.start) continue;
    const between = ctx.work.slice(a.end, b.start);
    // "Hallberg's Kestrel Foods": an organization a company has is its unit.
    if (a.type === 'Company' && /^['’]s $/.test(between)) link(b, a.id);
    else if (PART_OF_RE.test(between) || IS_PART_OF_RE.test(between)) link(a, b.id);
    else if (DESCRIBED_OWNED_RE.test(between) && OWNS_AFTER_RE.test(ctx.work.slice(b.end, b.end + 20))) link(a, b.id);
  }
  out.push(...mergedGroupParts(ctx, orgs));
  return out;
}

/**
 * "Air Norr" and "Air Norr-Vesta" both named: a group named by joining its founders' names with a hyphen holds
 * them ("Air France-KLM"). Only when the part is named on its own and the rest after the hyphen is capitalised.
 */
function mergedGroupParts(ctx: DocContext, orgs: readonly ResolvedMention[]): OwnershipLink[] {
  const byName = new Map<string, ResolvedMention>();
  for (const m of orgs) {
    const name = ctx.entities.get(m.id)?.name;
    if (name && !byName.has(name)) byName.set(name, m);
  }
  const out: OwnershipLink[] = [];
  for (const [name, group] of byName) {
    const dash = name.lastIndexOf('-');
    if (dash <= 0 || !UPPER_FIRST_RE.test(name.slice(dash + 1))) continue;
    const part = byName.get(name.slice(0, dash));
    if (part && part.id !== group.id && part.type !== 'Person')
      out.push({ child: part.id, parent: group.id, at: part.start });
  }
  return out;
}

/** The org at `i` and those joined to it as a list after it, within the sentence ending at `end`. */
function listFrom(ctx: DocContext, orgs: readonly ResolvedMention[], i: number, end: number): ResolvedMention[] {
  return namesListedWith(ctx, orgs, i, 1, (gap, next) => next.start < end && LIST_GAP_RE.test(gap));
}

/** The org at `i` and those joined to it as a list before it ("the Instagram and WhatsApp owner"). */
function listBefore(ctx: DocContext, orgs: readonly ResolvedMention[], i: number, start: number): ResolvedMention[] {
  return namesListedWith(ctx, orgs, i, -1, (gap, next) => next.start >= start && /^(?:,\s+|,?\s+and\s+)$/.test(gap));
}

/**
 * The company in focus at `pos`, unless it is one of `except` (then the last other company named). A union, an
 * association or a regulator the article quotes is nobody's guessed owner.
 */
function focusOutside(ctx: DocContext, pos: number, except: ReadonlySet<string>): string | null {
  const body = createBodyTest(ctx);
  const focus = orgInFocus(ctx, pos);
  if (focus && !except.has(focus)) return body(focus) ? null : focus;
  const recent = recentCompany(ctx, pos);
  return recent && !except.has(recent) && !body(recent) ? recent : null;
}

/** First word of an organization's canonical name. */
function firstWordOf(ctx: DocContext, id: string): string {
  const name = ctx.entities.get(id)?.name ?? '';
  const space = name.indexOf(' ');
  return space < 0 ? name : name.slice(0, space);
}

/** The organization whose name ends at `end`, or ends right before a bracketed short form there ("Tamberg (TAMB3)"). */
function orgEndingAt(ctx: DocContext, orgs: readonly ResolvedMention[], end: number): ResolvedMention | undefined {
  const before = endBeforeShortForm(ctx.work, end);
  return orgs.find((m) => (m.end === end || m.end === before) && isOrg(m));
}
