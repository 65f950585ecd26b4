import { type DocContext, isOrg, mentionsIn } from '../resolve/doc-context.js';

/**
 * The employer named where a figure's people work: "640 staff working at its shipping arm Kestrel Shipping will be
 * let go", "all 1,250 staff employed by Vessla Glass will be dismissed". The organization right
 * after "working at/in/for" or "employed at/in/by" (a few lower-case words or "its"/"the" between) inside the
 * figure's own phrase is whose round it is — the unit, not the parent or the speaker that tells it ("Staff at Orsk
 * Media said …"). Not a workplace after "working on" (a project) nor a place ("1,800 people working in Vandmoor"
 * gives no company, as no company is named there).
 */
const WORKPLACE_BEFORE_RE =
  /\b(?:working|employed|based)\s+(?:at|in|for|by)\s+(?:(?:the|its|their|a|an)\s+)?(?:[\p{Ll}-]+\s+){0,3}$/u;

/** The organization (id) named as where the figure's people work in [start, end), or null. */
export function workplaceEmployer(ctx: DocContext, start: number, end: number): string | null {
  for (const m of mentionsIn(ctx, start, end)) {
    if (!isOrg(m) || m.end > end) continue;
    if (WORKPLACE_BEFORE_RE.test(ctx.work.slice(Math.max(start, m.start - 60), m.start))) return m.id;
  }
  return null;
}
