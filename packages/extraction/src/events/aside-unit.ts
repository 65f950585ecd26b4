import { type DocContext, type ResolvedMention, isOrg, mentionsIn } from '../resolve/doc-context.js';
import { descendsFrom, leadUnit } from './unit-in-focus.js';

/** "Kora Group's steel unit, " / "Kora Group's wind turbine arm, ": an owner's unit, its name in the aside to come. */
const UNIT_OF_OWNER_RE =
  /^['’]s?\s+(?:[\p{L}-]+\s+){0,3}?(?:unit|division|arm|subsidiary|business|affiliate|operation|branch|segment|studio|brand|carrier|airline|bank|lender|plant)\s*,\s*/u;

/**
 * "Kora Group's steel unit, Kora Steel Europe, will cut 2,000 jobs": the subject is the unit the aside names, not its
 * owner (asides are otherwise skipped when the subject is read). Returns the unit's mention, or null.
 */
export function unitNamedInAside(ctx: DocContext, owner: ResolvedMention, trigger: number): ResolvedMention | null {
  const tail = ctx.work.slice(owner.end, Math.min(trigger, owner.end + 60));
  const lead = UNIT_OF_OWNER_RE.exec(tail);
  if (!lead) return null;
  const at = owner.end + lead[0].length;
  const unit = mentionsIn(ctx, at, at + 1)[0];
  if (!unit || !isOrg(unit) || unit.end >= trigger || unit.id === owner.id) return null;
  return /^\s*[,(]/.test(ctx.work.slice(unit.end, unit.end + 3)) ? unit : null;
}

/**
 * "The troubled wind arm of Kora Group will cut 900 jobs", "the German Sparte of Kora Group": a unit named only by
 * what it is, then its owner. (Non-native English keeps the source language's word for a division.)
 */
const UNIT_BEFORE_OWNER_RE =
  /\b(?:the|its)\s+(?:[\p{L}-]+\s+){0,4}?(?:unit|division|arm|subsidiary|business|branch|segment|Sparte|filiale|división|divisione)\s+of\s+(?:the\s+)?$/iu;

/**
 * The unit the article leads with, when the clause's subject is an unnamed unit of that unit's owner ("Kora Wind, a
 * subsidiary of Kora Group, …" opening the story, then "The wind arm of Kora Group will cut 900 jobs"): the
 * unit cuts, not the owner. Returns the unit's id, or null.
 */
export function leadUnitOfOwner(ctx: DocContext, owner: ResolvedMention, clauseStart: number): string | null {
  if (!ctx.parentOf || ctx.parentOf.size === 0) return null;
  if (!UNIT_BEFORE_OWNER_RE.test(ctx.work.slice(Math.max(clauseStart, owner.start - 80), owner.start))) return null;
  const unit = leadUnit(ctx);
  return unit && descendsFrom(ctx.parentOf, unit, owner.id) ? unit : null;
}

/** "… 400 jobs at its soft-drinks unit ": the words between the figure and the unit's name. */
const AT_ITS_UNIT_RE =
  /^[^.;:]{0,60}?\sat\s+its\s+(?:[\p{L}'’-]+\s+){0,5}?(?:unit|division|arm|subsidiary|affiliate)\s+$/u;

/**
 * "Norrvik expects to cut about 400 jobs at its soft-drinks unit Tarvo Beverages": the round is the unit's, named
 * after the figure, when it is a unit of the clause's subject. Not "at its soft-drinks unit" with no name, nor a
 * unit named after "and" ("cut 400 jobs and sell its unit Tarvo"). Returns the unit's id, or null.
 */
export function unitNamedAfterFigure(ctx: DocContext, owner: ResolvedMention, trigger: number): string | null {
  if (!ctx.parentOf || ctx.parentOf.size === 0) return null;
  const unit = mentionsIn(ctx, trigger, trigger + 120).find(isOrg);
  if (!unit || unit.id === owner.id || !AT_ITS_UNIT_RE.test(ctx.work.slice(trigger, unit.start))) return null;
  return descendsFrom(ctx.parentOf, unit.id, owner.id) ? unit.id : null;
}
