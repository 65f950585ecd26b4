import type { Mention } from './mention.js';

const NOW_RE =
  /^(?:,\s*(?:S\.A\.(?:B\.)?(?:\s+de\s+C\.V\.)?|S\.p\.A\.|N\.V\.|Ltd\.?|Plc|PLC|AG|SE|Inc\.)(?=,))?\s*(?:\(\s*|,\s*|\s)(?:the\s+(?:[\p{L}-]+\s+){0,3}?(?:group|company|firm|conglomerate|\p{Ll}*maker|retailer|bank|lender|carrier|airline|insurer|brewer)\s+(?=(?:also\s+|better\s+)?known\s+as|formerly|previously|now\s+known))?(now|formerly|previously|earlier|since renamed|renamed|rebranded as|later renamed|known as|also known as|better known as|(?:commonly|popularly|widely|locally) (?:referred to as|known as|called)|trading as)\s+(?:known as\s+|called\s+)?[‘'"“]?([A-Z][\p{L}\p{N}.&]*(?: [A-Z][\p{L}\p{N}.&]*){0,2})/u;

/** "the power grids business of ", "a unit of the ": what follows is the owner of the part the sentence names. */
const PART_OF_BEFORE_RE =
  /\b(?:business(?:es)?|units?|divisions?|arms?|operations|subsidiar(?:y|ies))\s+of\s+(?:the\s+)?$/;

/** A name the text declares to be another name of an organization ("Twitter (now X)", "Meta (formerly Facebook)"). */
export interface RenameLink {
  /** Canonical name the alias joins. */
  canonical: string;
  /** The alias as written. */
  alias: string;
  start: number;
  end: number;
}

/**
 * Finds "ORG (now NAME)", "ORG, formerly NAME", "ORG, the Galician group better known as NAME" and the like after an
 * organization mention. The company keeps
 * its gazetteer name; when both sides are known organizations, the company (not the division) is canonical.
 */
export function findRenames(text: string, orgMentions: readonly Mention[]): RenameLink[] {
  const out: RenameLink[] = [];
  const byStart = new Map(orgMentions.map((m) => [m.start, m]));
  for (const m of orgMentions) {
    const r = NOW_RE.exec(text.slice(m.end, m.end + 60));
    // "the power grids business of Orsk, now Tamsin Grid": the part sold took the new name, not its seller.
    if (!r || PART_OF_BEFORE_RE.test(text.slice(Math.max(0, m.start - 40), m.start))) continue;
    const aliasStart = m.end + r.index + r[0].length - r[2]!.length;
    const alias = r[2]!.replace(/[.]$/, '');
    const other = byStart.get(aliasStart);
    const canonical = other && other.type === 'Company' && m.type !== 'Company' ? other.name : m.name;
    const aliasName = canonical === m.name ? alias : m.name;
    const aliasPos =
      canonical === m.name ? { start: aliasStart, end: aliasStart + alias.length } : { start: m.start, end: m.end };
    if (aliasName !== canonical) out.push({ canonical, alias: aliasName, ...aliasPos });
  }
  return out;
}
