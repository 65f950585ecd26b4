import { type DocContext, type ResolvedMention, isOrg, mentionsIn } from '../resolve/doc-context.js';

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
