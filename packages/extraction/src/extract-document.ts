import type { DocumentExtraction, DocumentInput, ExtractedRelation } from './types.js';
import { dropOverlaps, type Mention } from './ner/mention.js';
import { findPeople } from './ner/people.js';
import { markBylines } from './ner/bylines.js';
import { findRenames } from './ner/renames.js';
import { findUnits } from './ner/units.js';
import { ContextOrgFinder } from './ner/context-orgs.js';
import { findCitations } from './relations/citations.js';
import { peopleAtCitedFirms } from './relations/cited-firm-people.js';
import { createBodyTest } from './relations/commentators.js';
import { findOutletMentions } from './relations/outlet-mentions.js';
import { outletsAsCompanies } from './resolve/outlets-as-companies.js';
import { markCitedOutlets } from './resolve/cited-outlet-kind.js';
import { findRoles } from './relations/holds-role.js';
import { findPartOf } from './relations/part-of.js';
import { findEvents } from './events/extract-events.js';
import { findDatelineDate } from './events/dates.js';
import { attributeDocument } from './attribute-document.js';
import { type DocContext, type ResolvedMention, isOrg } from './resolve/doc-context.js';
import { EntityTable } from './resolve/entity-table.js';
import { foldFundShortNames } from './resolve/fund-short-names.js';
import { adoptBracketedAliases } from './resolve/bracketed-aliases.js';
import { oneTypePerName } from './resolve/one-type-per-name.js';
import { outletShortForms } from './resolve/outlet-short-forms.js';
import { addNationalityFreeAliases } from './resolve/nationality-aliases.js';
import { addEvidence } from './resolve/evidence.js';
import { buildSourceMeta } from './source-meta.js';
import { parseFrontMatter } from './text/front-matter.js';
import { isHtml, maskHtml } from './text/html.js';
import { splitSentences } from './text/sentences.js';
import { tokenize, type Token } from './text/tokenize.js';
import { LETTER_OR_DIGIT_RE } from './text/char-class.js';
import { LEGAL_SUFFIX } from './gazetteer/lexicon/legal-forms.js';

/**
 * Extracts entities, relations and events from one document. Pure and deterministic: the same input always
 * gives the same output, nothing is read or fetched. Front matter is parsed and skipped; an HTML page is read
 * through a same-length mask of its markup. Every span indexes the full original text.
 */
export function extractDocument(input: DocumentInput): DocumentExtraction {
  const text = typeof input.text === 'string' ? input.text : '';
  const fm = parseFrontMatter(text);
  const body = text.slice(fm.bodyStart);
  const html = isHtml(body);
  const work = html ? text.slice(0, fm.bodyStart) + maskHtml(body) : text;
  const sentences = splitSentences(work, fm.bodyStart).map((s) =>
    html ? { ...s, text: text.slice(s.start, s.end) } : s,
  );
  const htmlTitle = html ? (/<title[^>]*>([^<]*)<\/title>/i.exec(body)?.[1]?.trim() ?? null) : null;
  const source = buildSourceMeta({ ...input, text }, fm, sentences[0], htmlTitle);

  const tokens = tokenize(work, fm.bodyStart);
  const covered = new Uint8Array(tokens.length);
  markBylines(work, tokens, covered);
  const outlets = findOutletMentions(work, tokens, covered, fm.bodyStart);
  const units = findUnits(work, tokens, covered);
  const contextOrgs = new ContextOrgFinder(work, tokens, covered, sentences);
  contextOrgs.strongPass();
  const people = findPeople(work, tokens, covered, contextOrgs.orgHeads());
  contextOrgs.weakPass(people);
  const orgs = contextOrgs.result();
  // "the Acme subsidiary" read as a unit named Acme, while Acme is a company found by context: it is the company.
  const companyNames = new Set(orgs.mentions.filter((m) => m.type === 'Company').map((m) => m.name));
  for (const m of units.mentions) if (m.type === 'Division' && companyNames.has(m.name)) m.type = 'Company';
  oneTypePerName(work, companyNames, orgs.mentions);
  outletShortForms(people, outlets);
  const mentions = adoptBracketedAliases(
    work,
    dropOverlaps(applyRenames(work, tokens, [...outlets, ...units.mentions, ...orgs.mentions, ...people])),
  );
  foldFundShortNames(mentions);
  // The first mention of each name (one pass; a search per unit would grow with units × mentions).
  const firstByName = new Map<string, Mention>();
  for (const m of orgs.mentions) if (!firstByName.has(m.name)) firstByName.set(m.name, m);
  const unitLinks = [
    // "the StudioCanal production arm" with no owner named: the organization the sentence names before it.
    ...units.links.map((l) => (l.parentAt === null && !l.parentName ? { ...l, parentIsRecent: true } : l)),
    ...orgs.units.flatMap((u) => {
      const first = firstByName.get(u.name);
      if (!first) return [];
      return [
        {
          at: first.start,
          parentAt: u.ownerAt !== null && u.ownerAt >= 0 ? u.ownerAt : null,
          ...(u.ownerName ? { parentName: u.ownerName } : {}),
          ...(u.ownerAt === -1 ? { parentIsRecent: true } : {}),
        },
      ];
    }),
  ];

  const entities = new EntityTable(text);
  const resolved: ResolvedMention[] = mentions.map((m) => ({
    start: m.start,
    end: m.end,
    type: m.type,
    id: entities.addMention(m.type, m.name, m.start, m.end, m.kind),
  }));
  const ctx: DocContext = {
    text,
    work,
    sentences,
    tokens,
    mentions: resolved,
    entities,
    // A dateline's date ("LONDON, 14 May 2025 –") is the day an undated article speaks from.
    publishedAt: source.publishedAt ?? findDatelineDate(work, fm.bodyStart),
    primaryCompany: primaryCompany(resolved),
    sourceId: source.id,
    publisher: source.publisher,
    unitLinks,
  };
  // A union or an outlet the article quotes is not what it is about ("… agreed a wage deal with Verdi, the union …").
  ctx.primaryCompany = primaryCompany(resolved, createBodyTest(ctx));
  const titles = new Map<string, string>();
  const partOf = findPartOf(ctx);
  ctx.parentOf = new Map(partOf.map((r) => [r.from, r.to]));
  const roles = findRoles(ctx, titles);
  // A person with two posts keeps the first one here (the one the title names first).
  ctx.roleOf = new Map(
    roles
      .filter((r) => r.type === 'HOLDS_ROLE')
      .reverse()
      .map((r) => [r.from, r.to]),
  );
  const structure = [...partOf, ...roles];
  const events = findEvents(ctx);
  const cites = findCitations(ctx, { relations: structure, events });
  // "Morris & Hayes analyst Jane Roe": a firm only the citation step recognised employs the person named after it.
  const firmRoles = peopleAtCitedFirms(ctx, [...structure, ...cites], titles);
  const relations = dedupeRelations([...structure, ...cites, ...firmRoles]);
  const list = entities.list();
  addNationalityFreeAliases(list);
  if (titles.size > 0) for (const e of list) if (titles.has(e.id)) e.title = titles.get(e.id)!;
  const bounds = sentences.map((s): [number, number] => [s.start, s.end]);
  const attributed = attributeDocument(ctx, { source, entities: list, relations, events, sentences: bounds });
  return markCitedOutlets(outletsAsCompanies(attributed), ctx.work);
}

/** "Twitter (now X)": the alias and every later bare occurrence of it become mentions of the canonical organization. */
function applyRenames(work: string, tokens: readonly Token[], mentions: Mention[]): Mention[] {
  const seen = new Set<string>();
  const links = findRenames(work, mentions.filter(isOrg)).filter(
    (l) => !seen.has(l.canonical + '|' + l.alias) && seen.add(l.canonical + '|' + l.alias),
  );
  if (links.length === 0) return mentions;
  const out = [...mentions];
  for (const link of links) {
    const canonical = mentions.find((m) => m.name === link.canonical);
    if (!canonical) continue;
    const as = (start: number, end: number): Mention => ({ start, end, type: canonical.type, name: link.canonical });
    for (const alias of aliasForms(link.alias)) {
      for (let i = 0; i < out.length; i++)
        if (work.slice(out[i]!.start, out[i]!.end) === alias || out[i]!.name === alias)
          out[i] = as(out[i]!.start, out[i]!.end);
      for (const t of tokens) {
        if (
          t.text === alias.split(' ')[0] &&
          work.startsWith(alias, t.start) &&
          !LETTER_OR_DIGIT_RE.test(work[t.start + alias.length] ?? '')
        )
          out.push(as(t.start, t.start + alias.length));
      }
    }
  }
  return out;
}

/**
 * The alias as written and, when a legal form ends it, without it: "formerly known as ‘Norrvik Nigeria Plc’" makes a
 * later "Norrvik Nigeria’s management" the same company.
 */
function aliasForms(alias: string): string[] {
  const space = alias.lastIndexOf(' ');
  return space > 0 && LEGAL_SUFFIX.has(alias.slice(space + 1)) ? [alias, alias.slice(0, space)] : [alias];
}

/**
 * The company the article is about: the one named most, commenting bodies (unions, outlets, analysts' firms) only
 * when no other company is named; the first company named wins a tie.
 */
function primaryCompany(mentions: readonly ResolvedMention[], commentator?: (id: string) => boolean): string | null {
  const counts = new Map<string, number>();
  for (const m of mentions) if (m.type === 'Company') counts.set(m.id, (counts.get(m.id) ?? 0) + 1);
  let best: string | null = null;
  let n = 0;
  for (const [id, c] of counts) if (c > n && !commentator?.(id)) [best, n] = [id, c];
  return best ?? (commentator ? primaryCompany(mentions) : null);
}

function dedupeRelations(relations: ExtractedRelation[]): ExtractedRelation[] {
  const byKey = new Map<string, ExtractedRelation>();
  for (const r of relations) {
    const key = `${r.type}|${r.from}|${r.to}`;
    const prev = byKey.get(key);
    if (!prev) byKey.set(key, r);
    else for (const e of r.evidence) addEvidence(prev.evidence, e);
  }
  return [...byKey.values()];
}
