import { type DocContext, type ResolvedMention, isOrg, mentionsIn, orgInFocus } from '../resolve/doc-context.js';
import { type PhraseRole, unionInTitle } from './role-phrases.js';

/**
 * "Jane Roe, who chairs the division's board", "Jane Roe, who runs its Trucks unit", "Jane Roe, who has led the
 * company since 2019", "Jane Roe, who has run the unit since its launch", "Jane Roe heads the lender's retail business": a post told by its verb. The title is the
 * verb's noun where one exists (chairs → "chair", heads → "head", leads → "lead", founded or set up → "founder");
 * "runs", "ran", "led" or "oversees"
 * name no post, so the person holds a role at the organization with no title (a reader writes none either).
 */
const ROLE_VERB_RE =
  /(?:,\s*\d{2})?(?:,\s+who|\s+who|,)?\s+(?:(?:has|had|also|now|currently|previously|still|jointly|once)\s+){0,2}(co-chairs|co-chaired|chairs|chaired|heads|headed|runs|ran|(?<=(?:has|had)\s+)run|leads|led|oversees|oversaw|manages|managed|co-founded|founded|set\s+up)\s+(?=(?:the|its|their|both|a|an)\b|\p{Lu})/uy;

/** The object of the verb: up to the clause's end. */
const OBJECT_RE = /[^,.;:()\n—–]{1,80}/y;

/** "the company's", "its", "the group": the organization in focus. */
const COMPANY_REF_RE =
  /^(?:(?:the\s+)?(?:company|firm|group|business|bank|lender|carrier|airline|insurer|retailer|carmaker|automaker|conglomerate|operator|brewer|miner|maker|manufacturer)\b|its\b|their\b)/i;
/** "the division's board", "the unit": the unit named last. */
const UNIT_REF_RE = /^(?:the\s+)?(?:division|unit|business|arm|segment|subsidiary)\b/i;

const NOUN_TITLES: Record<string, string> = {
  'co-chairs': 'co-chair',
  'co-chaired': 'co-chair',
  chairs: 'chair',
  chaired: 'chair',
  heads: 'head',
  headed: 'head',
  leads: 'lead',
  founded: 'founder',
  'co-founded': 'co-founder',
  'set up': 'founder',
};

/** The post a verb after the person tells, with the organization its object names (null: the caller decides). */
export function roleByVerb(ctx: DocContext, p: ResolvedMention): PhraseRole | null {
  ROLE_VERB_RE.lastIndex = p.end;
  const m = ROLE_VERB_RE.exec(ctx.work);
  if (!m) return null;
  const verb = m[1]!.replace(/\s+/g, ' ');
  const at = p.end + m[0].length;
  OBJECT_RE.lastIndex = at;
  const object = OBJECT_RE.exec(ctx.work)?.[0] ?? '';
  const named = mentionsIn(ctx, at, at + object.length).find(isOrg);
  let org: string | null = named?.id ?? null;
  if (!org && UNIT_REF_RE.test(object)) {
    const unit = mentionsIn(ctx, Math.max(0, p.start - 800), p.start)
      .filter((x) => x.type === 'Division')
      .pop();
    org = unit?.id ?? null;
  }
  if (!org && COMPANY_REF_RE.test(object)) org = orgInFocus(ctx, p.start);
  // "who leads the Kora Metalworkers Union": a workers' body written out.
  org ??= unionInTitle(ctx, at, at + object.length);
  // "who ran the marathon": a post needs an organization the object names or points to.
  if (!org) return null;
  const verbStart = p.end + m[0].lastIndexOf(m[1]!);
  return { title: NOUN_TITLES[verb] ?? '', org, start: verbStart, end: verbStart + m[1]!.length };
}
