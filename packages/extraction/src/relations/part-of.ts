import type { ExtractedRelation } from '../types.js';
import { findOwnership } from './ownership.js';
import { findOwnerPhrases } from './owner-phrases.js';
import { findUnitDescriptors } from './unit-descriptors.js';
import { findGroupingVerbs } from './grouping-verbs.js';
import { findHeldThrough } from './held-through.js';
import { findMajorityStakes } from './majority-stakes.js';
import { findRelativeParts } from './relative-parts.js';
import { findRevenueShareUnits } from './revenue-share-units.js';
import { shareListParents } from './list-siblings.js';
import { findPendingSales } from './pending-sales.js';
import { findMemberAppositions } from './member-appositions.js';
import { asideOwner } from './aside-owner.js';
import { possessedCompanies } from './possessed-companies.js';
import { findListOwnedBy, findWithinGroupLists } from './group-lists.js';
import { findParentNamedAfter } from './parent-named-after.js';
import { findPresenceThrough } from './present-through.js';
import { findTradeNounOwners } from './company-owned-by.js';
import { itemStart, listOpening } from './bullet-lines.js';
import { createBodyTest } from './commentators.js';
import { entityId } from '../resolve/entity-table.js';
import { isCountryOrRegion } from '../gazetteer/lexicon/places.js';
import {
  type DocContext,
  type ResolvedMention,
  isOrg,
  mentionsIn,
  orgInFocus,
  recentCompany,
  sentenceOf,
} from '../resolve/doc-context.js';

type UnitLinkInfo = NonNullable<DocContext['unitLinks']>[number];

const CHILD_OF_RE =
  /^(?:\s*\([^()]{1,30}\))?\)?\s*(?:,\s*(?:which\s+is\s+|now\s+)?|\s+(?:is|was|has\s+been|became|remains)\s+)(?:(?:the|a|an|its)\s+[^,.;]{0,60}?\b(?:division|unit|arm|subsidiary|business|segment|group)|(?!(?:former|onetime|erstwhile|ex)\b)[\w-]+\s+(?:division|unit|arm|subsidiary))\s+(?:of|at|within|owned by)\s+(?:[\w'’-]+\s+){0,3}?$/;
const POSSESSIVE_UNIT_RE =
  /^['’]s?\s+(?:[\w-]+\s+){0,3}?(?:division|unit|arm|subsidiary|business|segment|group)\s*(?:,|--|[—–:])?\s*$/;
/**
 * "its Jaguar Land Rover (JLR) unit", "their Kestrel brand", "its Vessla van factory in Luton": a unit (or a brand
 * whose plant it is) of the owner "its" points to.
 */
const ITS_BEFORE_RE = /\b(?:its|their)\s+(?:[\p{Ll}-]+\s+){0,2}$/u;
const UNIT_AFTER_RE =
  /^(?:\s*\([^()]{1,12}\))?\s+(?:[\p{Ll}-]+\s+){0,2}?(?:unit|division|subsidiary|arm|business|brand|segment)\b/u;
/** A site's noun after the name: the company is the owner's brand only when named in full (a town may share a word). */
const PLANT_AFTER_RE = /^\s+(?:[\p{Ll}-]+\s+){0,2}?(?:plant|factory|assembly\s+line)\b/u;
const UNIT_WORD_RE = /division|unit|arm\b|subsidiary|business|segment|group|-owned/;
/** What joins two items of one list: ", ", " and ", a bracketed acronym, a "the" opening an item. */
const SIBLING_GAP_RE = /^(?:\s*\([^()]{1,12}\))?(?:,\s+|,?\s+and\s+|\s+&\s+)(?:[Tt]he\s+)?$|^\s*\($|^\)$/;
/** "Kora-owned Brisa", "the Orsk unit Vellmark", "Orsk's majority-owned Vellmark": the owner stands first. */
const UNIT_RE = /^(?:-owned\s+|\s+(?:subsidiary|unit|division)\s+|['’]s?\s+(?:majority|wholly|fully)[- ]owned\s+)$/u;

/**
 * `PART_OF` from a division to its parent: the gazetteer's parent chain, climbing to the nearest ancestor the
 * document names (YouTube → Google, or → Alphabet when only Alphabet is named), plus what the text states
 * between two adjacent names ("AWS, the cloud division of Amazon", "Amazon's cloud unit AWS",
 * "Kora-owned Brisa"). Evidence is the sentence naming both, else the division's first sentence.
 */
export function findPartOf(ctx: DocContext): ExtractedRelation[] {
  const parentOf = new Map<string, { to: string; at: number }>();
  const orgs = ctx.mentions.filter(isOrg);
  const listed = new Set((ctx.unitLinks ?? []).filter((l) => l.parentIsRecent).map((l) => l.at));
  const listedIds = new Set(orgs.filter((m) => listed.has(m.start)).map((m) => m.id));
  // What the text states outright (an owner named with the unit, "the owner of A and B", "A, part of B") comes
  // before what is guessed ("its brands": the company named earlier; else the article's company).
  const guessed: { unit: ResolvedMention; link: UnitLinkInfo }[] = [];
  // Owners read only from a name ("Norvald Windkraft" → Norvald): "A, a subsidiary of B" in the text overrides them.
  const readFromName = new Set<string>();
  for (const link of ctx.unitLinks ?? []) {
    const unit = orgs.find((m) => m.start === link.at);
    if (!unit || parentOf.has(unit.id)) continue;
    const owner =
      link.parentAt === null ? undefined : orgs.find((m) => m.start <= link.parentAt! && link.parentAt! < m.end);
    const byName =
      !(owner && owner.id !== unit.id) && link.parentName
        ? (nearestNamedOwner(ctx, orgs, unit.id, link.parentName) ?? namedAncestor(orgs, link.parentName))
        : null;
    const to = owner && owner.id !== unit.id ? owner.id : byName;
    if (to && to !== unit.id) {
      parentOf.set(unit.id, { to, at: unit.start });
      if (byName) readFromName.add(unit.id);
    } else guessed.push({ unit, link });
  }
  const stated = [
    ...findHeldThrough(ctx, orgs),
    ...findOwnerPhrases(ctx, orgs),
    ...findOwnership(ctx, orgs),
    ...findMajorityStakes(ctx, orgs),
    ...findUnitDescriptors(ctx, orgs),
    ...findGroupingVerbs(ctx, orgs),
    ...findRelativeParts(ctx, orgs),
    ...findRevenueShareUnits(ctx, orgs),
    ...findPendingSales(ctx, orgs),
    ...findMemberAppositions(ctx, orgs),
    ...findListOwnedBy(ctx, orgs),
    ...findWithinGroupLists(ctx, orgs),
    ...findParentNamedAfter(ctx, orgs),
    ...findPresenceThrough(ctx, orgs),
    ...findTradeNounOwners(ctx, orgs),
  ];
  for (const l of stated)
    if (!parentOf.has(l.child) || nearerInFamily(ctx, l.child, l.parent, readFromName))
      parentOf.set(l.child, { to: l.parent, at: l.at });
  // Stated between two adjacent names, wherever in the article ("Rakel Media is a unit of Hallberg Telecom"): this
  // beats the guess made where the unit was first named.
  for (let i = 0; i + 1 < orgs.length; i++) {
    const a = orgs[i]!;
    const b = orgs[i + 1]!;
    if (a.id === b.id || b.start - a.end > 90) continue;
    const between = ctx.work.slice(a.end, b.start);
    if (!UNIT_WORD_RE.test(between)) continue;
    if (CHILD_OF_RE.test(between) && (!parentOf.has(a.id) || readFromName.delete(a.id))) {
      parentOf.set(a.id, { to: b.id, at: a.start });
      // "African Oxygen (Afrox), a subsidiary of Linde": the name before the bracket is the same unit.
      const named = orgs[i - 1];
      if (between.startsWith(')') && named && named.id !== b.id && !parentOf.has(named.id))
        if (/^\s*\($/.test(ctx.work.slice(named.end, a.start))) parentOf.set(named.id, { to: b.id, at: named.start });
    } else if ((POSSESSIVE_UNIT_RE.test(between) || UNIT_RE.test(between)) && !parentOf.has(b.id))
      parentOf.set(b.id, { to: a.id, at: b.start });
  }
  // "Tamberg's Kora Studios will cut 200 jobs": a company's possessive right before another company's name.
  for (const [unit, owner] of possessedCompanies(ctx, orgs))
    if (!parentOf.has(unit.id) && parentOf.get(owner.id)?.to !== unit.id)
      parentOf.set(unit.id, { to: owner.id, at: unit.start });
  // "BancABC Zimbabwe" where "BancABC" is named apart: the owner's name and a country name its unit there.
  for (const [unit, owner] of countryUnits(ctx, orgs))
    if (!parentOf.has(unit) && parentOf.get(owner)?.to !== unit)
      parentOf.set(unit, { to: owner, at: firstAt(orgs, unit) });
  // A union, association or regulator the article quotes owns no guessed unit ("the Volkswagen brand" in a story
  // where only IG Metall is named a company).
  const body = createBodyTest(ctx);
  // "Tata Motors expects savings at its Jaguar Land Rover (JLR) unit": the company "its" points to owns the unit.
  for (const m of orgs) {
    if (parentOf.has(m.id) || listedIds.has(m.id)) continue;
    const after = ctx.work.slice(m.end, m.end + 60);
    if (
      !UNIT_AFTER_RE.test(after) &&
      !(PLANT_AFTER_RE.test(after) && ctx.entities.get(m.id)?.name === ctx.work.slice(m.start, m.end))
    )
      continue;
    if (!ITS_BEFORE_RE.test(ctx.work.slice(Math.max(0, m.start - 40), m.start))) continue;
    const owner = orgEarlierInSentence(ctx, m.start, m.id, listed, listedIds);
    if (owner && !body(owner)) parentOf.set(m.id, { to: owner, at: m.start });
  }
  for (const { unit, link } of guessed) {
    if (parentOf.has(unit.id)) continue;
    const to =
      (link.parentIsRecent
        ? (orgEarlierInSentence(ctx, unit.start, unit.id, listed, listedIds) ??
          focusFor(ctx, unit.start, unit.id, listedIds, body))
        : null) || ctx.primaryCompany;
    if (to && to !== unit.id && !body(to)) parentOf.set(unit.id, { to, at: unit.start });
  }
  shareListParents(ctx, orgs, parentOf, body);
  const out: ExtractedRelation[] = [];
  for (const [from, { to, at }] of parentOf) {
    const s = sentenceOf(ctx, at);
    // Two organizations never own each other: the link read first stands.
    if (parentOf.get(to)?.to === from && [...parentOf.keys()].indexOf(to) < [...parentOf.keys()].indexOf(from))
      continue;
    if (s && from !== to) out.push({ type: 'PART_OF', from, to, evidence: [s] });
  }
  return out;
}

/**
 * The owner a unit's name points to when the document names one nearer than `ownerName`: the longest other
 * organization whose name opens the unit's and is itself named after the owner ("Tervane Marine Servicos"
 * → Tervane Marine, not Tervane), the nearest link of an ownership chain.
 */
function nearestNamedOwner(
  ctx: DocContext,
  orgs: readonly ResolvedMention[],
  unitId: string,
  ownerName: string,
): string | null {
  const unitName = ctx.entities.get(unitId)?.name;
  if (!unitName) return null;
  let best: { id: string; length: number } | null = null;
  for (const id of new Set(orgs.map((m) => m.id))) {
    const name = ctx.entities.get(id)?.name;
    if (!name || id === unitId || !unitName.startsWith(name + ' ') || !name.startsWith(ownerName + ' ')) continue;
    if (!best || name.length > best.length) best = { id, length: name.length };
  }
  return best?.id ?? null;
}

/**
 * Whether the text gives `child` a nearer owner of its own family than the one its name was read as: "Tervane Land
 * holds trusts through its fund subsidiary, Tervane Capital" (Tervane Land, not Tervane). Only a unit of the same first
 * word, itself not the child's own name.
 */
function nearerInFamily(ctx: DocContext, child: string, parent: string, readFromName: Set<string>): boolean {
  if (!readFromName.has(child)) return false;
  const c = ctx.entities.get(child)?.name;
  const p = ctx.entities.get(parent);
  if (!c || !p || p.type !== 'Division' || !p.name.includes(' ')) return false;
  const head = c.slice(0, c.indexOf(' ') + 1);
  return head.length > 1 && p.name.startsWith(head) && !c.startsWith(p.name + ' ') && readFromName.delete(child);
}

/** Region names that also end names of companies of their own ("Virgin Atlantic", "Cathay Pacific"): no country. */
const NOT_A_COUNTRY_TAIL = new Set([
  'Pacific',
  'Atlantic',
  'Arctic',
  'Mediterranean',
  'Gulf',
  'Wall Street',
  'Silicon Valley',
  'Bay Area',
  'Midwest',
]);

/**
 * Pairs [unit, owner] of organizations named "<owner's name> <country or region>" ("Vella Zambia", "Vella South
 * Africa") when the document names the owner as an organization of its own; a name no other organization of the
 * document opens stays alone.
 */
function countryUnits(ctx: DocContext, orgs: readonly ResolvedMention[]): [string, string][] {
  // Names and short forms ("LATAM Airlines" for LATAM Airlines Group) of each organization the document names.
  const ids = new Set(orgs.map((m) => m.id));
  const byName = new Map<string, string>();
  for (const id of ids) {
    const name = ctx.entities.get(id)?.name;
    if (!name) continue;
    for (const n of [name, ...ctx.entities.aliasesOf(id)]) if (!byName.has(n)) byName.set(n, id);
  }
  const out: [string, string][] = [];
  for (const id of ids) {
    const name = ctx.entities.get(id)?.name ?? '';
    for (let sp = name.indexOf(' '); sp > 0; sp = name.indexOf(' ', sp + 1)) {
      const tail = name.slice(sp + 1);
      if (!isCountryOrRegion(tail) || NOT_A_COUNTRY_TAIL.has(tail)) continue;
      const owner = byName.get(name.slice(0, sp));
      if (owner && owner !== id) out.push([id, owner]);
      break;
    }
  }
  return out;
}

/** Offset of the first mention of `id`. */
function firstAt(orgs: readonly ResolvedMention[], id: string): number {
  return orgs.find((m) => m.id === id)!.start;
}

/** The organization named `name` (a company, else a division) when the document names it, else null. */
function namedAncestor(orgs: readonly { id: string }[], name: string): string | null {
  return [entityId('Company', name), entityId('Division', name)].find((x) => orgs.some((m) => m.id === x)) ?? null;
}

/**
 * The owner "its" points to: the last company named earlier in the sentence at `pos`, else the last division there
 * that is not itself a listed unit ("Acme Ghana will keep its brands, including A and B").
 */
function orgEarlierInSentence(
  ctx: DocContext,
  pos: number,
  except: string,
  listed: ReadonlySet<number>,
  listedIds: ReadonlySet<string>,
): string | null {
  const s = sentenceOf(ctx, pos);
  if (!s) return null;
  const ms = mentionsIn(ctx, itemStart(ctx.work, s.start, pos), pos);
  const aside = asideOwner(ctx.work, ms, pos, except);
  if (aside) return aside;
  // Siblings in the same list ("group companies: A Ltd (AL), B Ltd and C Ltd") own nothing of each other.
  let k = ms.length - 1;
  for (let at = pos; k >= 0 && SIBLING_GAP_RE.test(ctx.work.slice(ms[k]!.end, at)); k--) at = ms[k]!.start;
  // "four businesses: the Private Bank, which includes Vellabank; a smaller Investment Bank": a name inside the
  // list (an item's aside) owns no later item; the owner stands before the list's first item.
  const firstListed = ms.findIndex((m) => listed.has(m.start));
  if (firstListed >= 0 && listed.has(pos)) k = Math.min(k, firstListed - 1);
  for (let i = k; i >= 0; i--)
    if (ms[i]!.type === 'Company' && ms[i]!.id !== except && !listedIds.has(ms[i]!.id)) return ms[i]!.id;
  // A unit owns others only as the sentence's subject ("Acme Ghana will keep its brands"), not as a sibling.
  const subject = ms[0];
  if (subject && subject.type === 'Division' && subject.id !== except && !listed.has(subject.start)) {
    if (/^\W*$/.test(ctx.work.slice(s.start, subject.start))) return subject.id;
  }
  return null;
}

/**
 * "its brands" with no company in the sentence: the article's company when named lately, else the last one. A
 * union, outlet or analysts' firm quoted just before ("… told the Gulf Aviation Review. The group's other businesses
 * include …") owns none of them: the article's company does.
 */
function focusFor(
  ctx: DocContext,
  pos: number,
  except: string,
  siblings: ReadonlySet<string>,
  commentator: (id: string) => boolean,
): string | null {
  const opening = listOpening(ctx.work, pos);
  const focus = orgInFocus(ctx, opening);
  if (focus && focus !== except && !siblings.has(focus) && !commentator(focus)) return focus;
  const recent = recentCompany(ctx, opening, except);
  if (recent && !siblings.has(recent) && !commentator(recent)) return recent;
  // A list of a company's parts is no owner of itself: the company named last before it that is not listed.
  // Bounded look-back (linear time on long texts).
  const ms = mentionsIn(ctx, Math.max(0, pos - 3000), pos);
  for (let i = ms.length - 1; i >= 0; i--)
    if (ms[i]!.type === 'Company' && ms[i]!.id !== except && !siblings.has(ms[i]!.id) && !commentator(ms[i]!.id))
      return ms[i]!.id;
  return null;
}
