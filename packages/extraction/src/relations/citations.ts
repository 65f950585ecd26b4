import type { ExtractedRelation, SourceKind, Span } from '../types.js';
import { entityId } from '../resolve/entity-table.js';
import { addEvidence } from '../resolve/evidence.js';
import { createLeadScanner } from '../text/lead-scan.js';
import { type DocContext, mentionsIn, recentCompany, sentenceOf } from '../resolve/doc-context.js';

export interface GenericSource {
  re: RegExp;
  /** Every word a match can start with (see text/lead-scan.ts); keep in step with `re`. */
  leads: string[];
  kind: SourceKind;
  /** Generic name; the entity is named "<Company> <generic>" so memos of different companies stay apart. */
  generic: (m: string) => string;
}

/** Generic citation phrases, each with the words its matches start with (exported for the lead-scan test). */
export const GENERIC: GenericSource[] = [
  {
    // "an internal memo", "an email to staff", "a post to employees", "a note to his team", "an internal message".
    re: /\b(?:internal\s+)?(?:memos?|memorandums?|(?:e-?mails?|notes?|letters?|messages?|(?:blog\s+)?posts?)\s+(?:sent\s+)?to\s+(?:all\s+)?(?:(?:the\s+)?company['’]s\s+|its\s+|his\s+|her\s+|their\s+)?(?:staff|employees|workers|staffers|team|teams))\b|\binternal\s+(?:e-?mails?|notes?|messages?|posts?|letters?)\b/gi,
    leads: [
      'internal',
      'memo',
      'memos',
      'memorandum',
      'memorandums',
      'email',
      'emails',
      'e-mail',
      'e-mails',
      'note',
      'notes',
      'letter',
      'letters',
      'message',
      'messages',
      'post',
      'posts',
      'blog',
    ],
    kind: 'internal-memo',
    generic: () => 'internal memo',
  },
  {
    re: /\bWARN (?:Act )?notices?\b|\bWorker Adjustment and Retraining Notification\b|\b(?:(?:regulatory|securities|SEC|company|annual|quarterly|stock[- ]exchange)\s+)?filings?\b(?!\s+for\b)|\b(?:8-K|10-K|10-Q)\b|\bannual report\b|\bproxy statement\b/g,
    leads: [
      'WARN',
      'Worker',
      'regulatory',
      'securities',
      'SEC',
      'company',
      'annual',
      'quarterly',
      'stock',
      'filing',
      'filings',
      '8-K',
      '10-K',
      '10-Q',
      'proxy',
    ],
    kind: 'company-filing',
    generic: (m) => (/warn|worker/i.test(m) ? 'WARN notice' : 'company filings'),
  },
  {
    re: /\b(?:(?:sources?|people|persons?|a person|an? (?:employee|executive|insider|official)|insiders?|employees|officials)\s+(?:familiar with|briefed on|with (?:direct )?knowledge of|close to|knowledgeable about)(?:\s+(?:the|its|their)\s+(?:matter|plans?|situation|decision|discussions|cuts|layoffs|company['’]s plans))?|anonymous(?:ly)?\s+sources?|sources\s+(?:say|said|says|indicate|indicated|told|tell|suggest)|according to (?:two |three |several |multiple )?sources|(?:who|which) (?:asked|declined) not to be (?:named|identified)|on (?:the )?condition of anonymity)\b/gi,
    leads: [
      'source',
      'sources',
      'people',
      'person',
      'persons',
      'a',
      'an',
      'insider',
      'insiders',
      'employees',
      'officials',
      'anonymous',
      'anonymously',
      'according',
      'who',
      'which',
      'on',
    ],
    kind: 'anonymous',
    generic: () => 'sources familiar with the matter',
  },
  {
    // A post counts unless it is addressed to staff (then it is the internal memo above).
    re: /\b(?:said|says|wrote|announced|confirmed)\s+(?:in|on)\s+(?:a|an|its|the)\s+(?:\w+\s+)?(?:statement|blog post|press release|post)\b(?!\s+to\s+(?:all\s+)?(?:staff|employees|workers|staffers))|\b(?:press|earnings|news) release\b|\bblog post\b(?!\s+to\s+(?:all\s+)?(?:staff|employees|workers|staffers))/gi,
    leads: ['said', 'says', 'wrote', 'announced', 'confirmed', 'press', 'earnings', 'news', 'blog'],
    kind: 'company-statement',
    generic: () => 'company statement',
  },
];

const scanGeneric = createLeadScanner(GENERIC);

const SUFFIX: Record<string, string> = {
  'internal-memo': 'internal memo',
  'company-filing': 'filings',
  anonymous: 'anonymous sources',
  'company-statement': 'statement',
};

/**
 * `CITES` relations from the article: every named outlet, tracker or analyst firm (except a dateline
 * "(Reuters) -" and the article's own publisher), plus generic sources — internal memos, filings and WARN
 * notices, anonymous "people familiar with the matter", company statements — each a Source entity named after
 * the company it concerns ("Amazon internal memo", alias "internal memo").
 */
export function findCitations(ctx: DocContext): ExtractedRelation[] {
  const evidence = new Map<string, Span[]>();
  const cite = (id: string, at: number) => {
    const s = sentenceOf(ctx, at);
    if (!s) return;
    const list = evidence.get(id) ?? [];
    addEvidence(list, s);
    evidence.set(id, list);
  };
  const publisher = ctx.publisher?.toLowerCase().replace(/^the\s+/, '') ?? null;
  for (const m of ctx.mentions) {
    if (m.type !== 'Source') continue;
    const name = ctx.entities
      .get(m.id)
      ?.name.toLowerCase()
      .replace(/^the\s+/, '');
    if (publisher && name === publisher) continue;
    if (ctx.work[m.start - 1] === '(' && /^\)\s*[-–—]/.test(ctx.work.slice(m.end, m.end + 4))) continue;
    cite(m.id, m.start);
  }
  const firstOfKind = new Map<string, string>();
  const bodyStart = ctx.sentences[0]?.start ?? ctx.work.length;
  const found: Array<{ g: GenericSource; start: number; match: string }> = [];
  scanGeneric(ctx.work, bodyStart).forEach((matches, i) => {
    for (const r of matches) found.push({ g: GENERIC[i]!, start: r.index, match: r.text });
  });
  found.sort((a, b) => a.start - b.start);
  for (const { g, start, match } of found) {
    const end = start + match.length;
    if (mentionsIn(ctx, start, end).some((x) => x.type === 'Source')) continue;
    const generic = g.generic(match);
    const known = firstOfKind.get(generic);
    const companyId = known ? null : recentCompany(ctx, start);
    const company = companyId ? ctx.entities.get(companyId)?.name : undefined;
    const name =
      known ?? (company ? `${company} ${generic === 'WARN notice' ? 'WARN notice' : SUFFIX[g.kind]}` : generic);
    firstOfKind.set(generic, name);
    const id = ctx.entities.addMention('Source', name, start, end, g.kind);
    ctx.entities.addAlias(id, generic);
    cite(id, start);
  }
  return [...evidence].map(([to, ev]) => ({ type: 'CITES', from: ctx.sourceId, to, evidence: ev }));
}

/** The id a generic source of `kind` about `company` gets (for tests and the graph layer). */
export function genericSourceId(company: string | null, kind: SourceKind): string {
  return entityId('Source', company ? `${company} ${SUFFIX[kind] ?? kind}` : kind);
}
