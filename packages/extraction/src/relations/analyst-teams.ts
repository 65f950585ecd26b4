import { type DocContext, type ResolvedMention, isOrg, mentionsIn } from '../resolve/doc-context.js';
import type { PhraseRole } from './role-phrases.js';

/** "Kestrel's analysts, led by ", "Kestrel analysts including ": the firm's possessive or name, then the team. */
const FIRM_TEAM_RE =
  /^(?:['’]s?)?\s+(analyst|economist|strategist)s?\s*,?\s+(?:led\s+by|including|such\s+as|headed\s+by)\s+$/iu;
/** "analysts at ": the team written before the firm ("Analysts at Kestrel, including Jane Roe"). */
const TEAM_AT_RE = /\b(analyst|economist|strategist)s?\s+(?:at|from|with)\s+(?:the\s+)?$/iu;
/** ", including ", " led by ": between the firm and the name. */
const MEMBER_RE = /^\s*,?\s+(?:led\s+by|including|such\s+as|headed\s+by)\s+$/iu;

/**
 * "Kestrel Securities analysts led by Jane Roe wrote", "Analysts at Kestrel, including Jane Roe, said": a member of
 * a firm's research team named after the team, so an analyst at that firm (not at the company the article covers).
 */
export function analystTeam(ctx: DocContext, p: ResolvedMention): PhraseRole | null {
  const firm = mentionsIn(ctx, Math.max(0, p.start - 60), p.start)
    .filter((m) => isOrg(m) || m.type === 'Source')
    .pop();
  if (!firm) return null;
  const between = ctx.work.slice(firm.end, p.start);
  const team =
    FIRM_TEAM_RE.exec(between) ??
    (MEMBER_RE.test(between) ? TEAM_AT_RE.exec(ctx.work.slice(Math.max(0, firm.start - 30), firm.start)) : null);
  if (!team) return null;
  // "analysts led by Jane Roe": she heads the team, a post the text does not name; "including Jane Roe": an analyst.
  const title = /\b(?:led|headed)\s+by\s+$/i.test(between) ? '' : team[1]!.toLowerCase();
  return { title, org: firm.id, start: firm.start, end: p.start };
}
