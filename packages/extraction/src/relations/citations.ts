import { publisherCitedAt } from './publisher-cited.js';
import type { ExtractedEvent, ExtractedRelation, Span } from '../types.js';
import { entityId } from '../resolve/entity-table.js';
import { addEvidence } from '../resolve/evidence.js';
import { type DocContext, isOrg, sentenceOf } from '../resolve/doc-context.js';
import { findSpeakers } from './speakers.js';
import { findUnnamedSources } from './outlet-names.js';
import { findSpeakingBodies } from './speaking-bodies.js';
import { findQuotedOutlets } from './quoted-outlets.js';
import { OUTLET_BY_ITS_ACTS_AFTER_RE, OUTLET_HEADS, outletNounThenReport } from './outlet-lexicon.js';
import { isPlace } from '../gazetteer/lexicon/places.js';
import { findLowercaseOutlets } from './lowercase-outlets.js';
import { findWireCredits } from './wire-credits.js';
import { findOutletsCitedInTurn } from './outlets-cited-in-turn.js';
import { findMediaReports } from './media-reports.js';
import { findPapersByOneWord } from './according-to-the-paper.js';
import { citeAcronymFullNames, initialsOf } from './acronym-full-names.js';
import { dropVoicesOfOutletPieces } from './voices-in-outlet-pieces.js';
import {
  ANALYSTS_AT_RE,
  APPRAISAL_AFTER_RE,
  ROLE_AFTER_RE as ANALYST_ROLE_AFTER_RE,
  createCommentatorTest,
} from './commentators.js';
import { COMMENTATOR_TITLE_RE, commentingVoice } from './voices.js';
import { givesBrokerView } from './broker-views.js';
import { citeGeneric } from './generic-citations.js';
import { calledUnionAt, speaksForWorkers, UNION_MODIFIER_RE, unionWordBefore } from './union-names.js';
import {
  dropPartsOfBodies,
  foldUnionBranches,
  foldUnnamedUnion,
  isOrgId,
  mergeInitials,
  mergeSameNamed,
  mergeShortForms,
  mergeUnnamedUnions,
} from './citation-merges.js';

export { GENERIC, type GenericSource } from './generic-sources.js';

/** Whether `name` is a focal organization's name, initials or first words ("Kestrel" of "Kestrel Motors"). */
function namesFocal(name: string, focalNames: ReadonlySet<string>, focalInitials: ReadonlySet<string>): boolean {
  const lower = name.toLowerCase();
  if (focalNames.has(lower) || focalInitials.has(name)) return true;
  for (const n of focalNames) if (n.startsWith(lower + ' ')) return true;
  return false;
}

/** What the citing code knows besides the text: relations found so far and the events. */
export interface CitationInputs {
  relations?: readonly ExtractedRelation[];
  events?: readonly ExtractedEvent[];
}
/**
 * `CITES` relations from the article: every named outlet, tracker or analyst firm (except the article's own
 * publisher), the wire a dateline "(AFP) -" or a closing credit line names; every third party that speaks — a union, an association, a
 * shareholder, an analyst's firm, an outlet ("IG Metall said", "according to X", "told the Kora Daily", "X analyst
 * Jane Roe said") — but not the companies the article reports on; outlets named only by how they are cited; plus
 * generic sources — internal memos, filings and exchange announcements, anonymous sources, statements,
 * spokespeople, briefings, public letters and posts, unions — each a Source entity named after the company it
 * concerns ("Amazon internal memo", alias "internal memo").
 */
export function findCitations(ctx: DocContext, inputs: CitationInputs = {}): ExtractedRelation[] {
  const evidence = new Map<string, Span[]>();
  const cite = (id: string, at: number) => {
    const s = sentenceOf(ctx, at);
    if (!s) return;
    const list = evidence.get(id) ?? [];
    addEvidence(list, s);
    evidence.set(id, list);
  };
  const publisher = ctx.publisher?.toLowerCase().replace(/^the\s+/, '') ?? null;
  /** Whether `name` is the article's own publisher ("The Norrvik Post" and "Norrvik Post" alike): never cited. */
  const isPublisherName = (name: string | undefined) =>
    publisher !== null && name !== undefined && name.toLowerCase().replace(/^the\s+/, '') === publisher;
  const isPublisher = (id: string) => isPublisherName(ctx.entities.get(id)?.name);
  const commentator = createCommentatorTest(ctx);
  const focal = focalOrgs(ctx, inputs, commentator);
  const focalNames = namesOf(ctx, focal);
  const focalInitials = new Set([...focalNames].map((n) => initialsOf(n).toUpperCase()));
  for (const m of ctx.mentions) {
    if (m.type !== 'Source') continue;
    // The publisher is cited only where the body cites it as an outlet ("Kora Daily has learnt that").
    if (isPublisher(m.id) && !publisherCitedAt(ctx.work, m.end)) continue;
    const kind = ctx.entities.get(m.id)?.kind;
    // A bank or research house the list knows is a source only where it is read as one ("X analysts said").
    if (kind === 'analyst-firm' && !ANALYST_CONTEXT_RE.test(around(ctx, m.start, m.end))) continue;
    // "Citi said" in an article about Citigroup: the company the article reports on, not its research house.
    if (kind === 'analyst-firm' && isFocalName(focalNames, ctx.entities.get(m.id)?.name ?? '')) continue;
    const longer = longerName(ctx, m.end);
    if (longer > m.end) {
      const name = ctx.work.slice(m.start, longer).replace(/\s+/g, ' ');
      cite(ctx.entities.addMention('Source', name, m.start, longer, kind), m.start);
      continue;
    }
    cite(m.id, m.start);
  }
  // "MILAN, Feb 13 (AFP) -", a last line "Reuters": the wire the article credits for its copy.
  for (const w of findWireCredits(ctx.work, ctx.sentences[0]?.start ?? 0)) {
    if (isPublisherName(w.name)) continue;
    // "(KES) - Kestrel Energy Systems said": the initials of the company in focus name no outlet.
    if (w.byOpeningCredit && (focalInitials.has(w.name) || focalNames.has(w.name.toLowerCase()))) continue;
    // "Source: Kestrel" under a story about Kestrel Motors: the company in focus (or the first words of its name).
    if (w.bySourceLine && namesFocal(w.name, focalNames, focalInitials)) continue;
    const known = [entityId('Company', w.name), entityId('Source', w.name)].find((k) => ctx.entities.has(k));
    const id = known ?? ctx.entities.addMention('Source', w.name, w.start, w.end, 'news-outlet');
    if (focal.has(id)) continue;
    if (w.alias) ctx.entities.addAlias(id, w.alias);
    cite(id, w.start);
  }
  const roleOf = new Map<string, { org: string; title: string }>();
  for (const r of inputs.relations ?? [])
    if (r.type === 'HOLDS_ROLE' && !roleOf.has(r.from)) roleOf.set(r.from, { org: r.to, title: r.title ?? '' });
  const citedSentences = new Set<number>();
  // Where the names of cited third parties that speak end: their "said in a statement" is no company statement.
  const speakerEnds: number[] = [];
  const unions: Array<{ id: string; end: number }> = [];
  const voices: Array<{ id: string; end: number }> = [];
  for (const sp of findSpeakers(ctx)) {
    const m = sp.mention;
    const voice = commentingVoice(ctx, m, commentator);
    if (voice?.name) {
      // "Per Lind, general secretary of Kora Metall, said": a commenting body no step named.
      cite(ctx.entities.addMention('Source', voice.name, voice.start, voice.end, 'other'), sp.at);
      citedSentences.add(sentenceOf(ctx, sp.at)?.start ?? -1);
      speakerEnds.push(m.end);
      continue;
    }
    const role = m.type === 'Person' ? roleOf.get(m.id) : undefined;
    const id = voice?.id ?? (m.type === 'Person' ? role?.org : m.id);
    // "Jane Roe, general secretary of the Kora Federation of Trade Unions, warned": a body only the role named.
    const roleBody = !!role && id === role.org && ctx.entities.get(id)?.type === 'Source';
    if (!id || focal.has(id) || isPublisher(id) || m.type === 'Source' || (!isOrgId(id) && !roleBody)) continue;
    // "unions at bankrupt carrier Kora Air warned": the staff of a company speak, not the company.
    if (m.type !== 'Person' && STAFF_AT_BEFORE_RE.test(ctx.work.slice(Math.max(0, m.start - 60), m.start))) continue;
    // "according to X", "data compiled by X": whoever the figures come from is cited.
    const according = sp.how === 'according' && m.type !== 'Person';
    if (!voice && !according && !roleBody && !commentator(id) && !(role && COMMENTATOR_TITLE_RE.test(role.title)))
      continue;
    // "Trade union spokesperson Jan Roe said": the word before "union" names no union; an unnamed union speaks (and
    // speaks again where Roe does later).
    if (role && UNION_MODIFIER_RE.test(ctx.entities.get(id)?.name ?? '')) {
      const at = unionWordBefore(ctx, m.start);
      const generic =
        at >= 0 ? ctx.entities.addMention('Source', 'union', at, at + 5, 'other') : entityId('Source', 'union');
      if (ctx.entities.has(generic)) cite(generic, sp.at);
      citedSentences.add(sentenceOf(ctx, sp.at)?.start ?? -1);
      speakerEnds.push(m.end);
      continue;
    }
    cite(id, sp.at);
    citedSentences.add(sentenceOf(ctx, sp.at)?.start ?? -1);
    speakerEnds.push(m.end);
    if (m.id === id && calledUnionAt(ctx, m)) unions.push({ id, end: m.end });
    if (m.id === id) voices.push({ id, end: m.end });
  }
  // "the Kora Engineers' Association said", "KWF, which represents cabin crew, put the number at …": bodies no step named.
  const bodies: Array<{ id: string; name: string; start: number; end: number }> = [];
  for (const b of findSpeakingBodies(ctx, (id) => focal.has(id), commentator)) {
    const known = b.id ?? [entityId('Company', b.name), entityId('Source', b.name)].find((k) => ctx.entities.has(k));
    if (known && focal.has(known)) continue;
    const id = known ?? ctx.entities.addMention('Source', b.name, b.start, b.end, 'other');
    if (isPublisher(id)) continue;
    if (b.id && b.id !== ctx.entities.get(b.id)?.name && ctx.entities.get(b.id)?.name !== b.name)
      ctx.entities.addAlias(b.id, b.name);
    if (b.alias) ctx.entities.addAlias(id, b.alias);
    cite(id, b.start);
    bodies.push({ id, name: b.name, start: b.start, end: b.end });
    voices.push({ id, end: b.end });
    speakerEnds.push(b.end);
  }
  // "Kestrel and Norr Securities analysts have pointed out", "analysts at X", "X reckoned", "X, which rates …": a
  // firm cited through its analysts or its appraisal; "Japan's Kora Keizai business daily reported": an outlet
  // another step took for a company; "X, a newspaper, said": an outlet by what it is and does, even where a figure it
  // reports was read as its own.
  for (const m of ctx.mentions) {
    if (!isOrg(m) || isPublisher(m.id)) continue;
    const after = ctx.work.slice(m.end, m.end + 80);
    if (OUTLET_BY_ITS_ACTS_AFTER_RE.test(after)) {
      cite(m.id, m.start);
      continue;
    }
    if (focal.has(m.id) || STAFF_AT_BEFORE_RE.test(ctx.work.slice(Math.max(0, m.start - 60), m.start))) continue;
    if (
      ANALYST_ROLE_AFTER_RE.test(after) ||
      outletNounThenReport(after) > 0 ||
      (toldInPlacePossessive(ctx.work.slice(Math.max(0, m.start - 48), m.start)) && hasOutletHead(ctx, m)) ||
      APPRAISAL_AFTER_RE.test(after) ||
      ANALYSTS_AT_RE.test(ctx.work.slice(Math.max(0, m.start - 60), m.start)) ||
      givesBrokerView(ctx.work, m.start, m.end)
    )
      cite(m.id, m.start);
  }
  // told “Kora Posten”, the “Kora Posten” had reported: an outlet named in quotation marks.
  for (const o of findQuotedOutlets(ctx)) {
    if (isPublisherName(o.name)) continue;
    cite(ctx.entities.addMention('Source', o.name, o.start, o.end, 'news-outlet'), o.start);
  }
  // "seen by the kpa news agency": an agency that writes its name in lower case.
  for (const o of findLowercaseOutlets(ctx)) {
    if (isPublisherName(o.name)) continue;
    cite(ctx.entities.addMention('Source', o.name, o.start, o.end, 'news-outlet'), o.start);
  }
  // "Tarvo reported, citing Reuters": the outlet a report cites in turn.
  for (const o of findOutletsCitedInTurn(ctx)) {
    if (isPublisherName(o.name)) continue;
    const known = [entityId('Company', o.name), entityId('Source', o.name)].find((k) => ctx.entities.has(k));
    cite(known ?? ctx.entities.addMention('Source', o.name, o.start, o.end, 'news-outlet'), o.start);
  }
  for (const o of findUnnamedSources(ctx)) {
    if (isPublisherName(o.name)) continue;
    const id = ctx.entities.addMention('Source', o.name, o.start, o.end, o.kind);
    if (o.alias) ctx.entities.addAlias(id, o.alias);
    cite(id, o.start);
  }
  // "according to media reports", "a news report said": one source for the reports the text does not name.
  for (const r of findMediaReports(ctx)) {
    const id = ctx.entities.addMention('Source', 'media reports', r.start, r.end, 'article');
    ctx.entities.addAlias(id, r.wording);
    cite(id, r.start);
  }
  // "according to the Independent,": a paper its one-word name cites.
  for (const p of findPapersByOneWord(ctx)) {
    if (isPublisherName(p.name)) continue;
    cite(ctx.entities.addMention('Source', p.name, p.start, p.end, 'news-outlet'), p.start);
  }
  const acronyms = new Map<string, string>();
  citeGeneric(ctx, focal, commentator, cite, { sentences: citedSentences, speakerEnds, unions, voices }, acronyms);
  citeAcronymFullNames(ctx, evidence);
  // Branches first: "OEPU Vesta state secretary … said" makes the union itself cited, which an unnamed "Union" is.
  foldUnionBranches(ctx, evidence, inputs);
  foldUnnamedUnion(ctx, evidence, unions);
  mergeInitials(ctx, evidence, acronyms);
  dropPartsOfBodies(ctx, evidence, bodies);
  mergeSameNamed(ctx, evidence);
  mergeShortForms(ctx, evidence);
  mergeUnnamedUnions(ctx, evidence);
  dropVoicesOfOutletPieces(ctx, evidence);
  return [...evidence].map(([to, ev]) => ({ type: 'CITES', from: ctx.sourceId, to, evidence: ev }));
}
/**
 * The organizations the article reports on, whose own words are statements rather than citations: the main
 * company, every organization with an event of its own, and the units of those (by PART_OF).
 */
function focalOrgs(ctx: DocContext, inputs: CitationInputs, commentator: (id: string) => boolean): Set<string> {
  const focal = new Set<string>();
  if (ctx.primaryCompany && !commentator(ctx.primaryCompany) && !speaksForWorkers(ctx, ctx.primaryCompany))
    focal.add(ctx.primaryCompany);
  // "The Kora Union of Mineworkers said it was unhappy with the decision to retrench 900": a workers' union (or a
  // body whose general secretary speaks) handed an event by another step still speaks for its members, never for
  // the company it answers.
  for (const e of inputs.events ?? [])
    if (e.organization && !speaksForWorkers(ctx, e.organization)) focal.add(e.organization);
  const parents = new Map<string, string>();
  for (const r of inputs.relations ?? []) if (r.type === 'PART_OF') parents.set(r.from, r.to);
  for (const [child] of parents) {
    let p = parents.get(child);
    for (let k = 0; p && k < 6; k++, p = parents.get(p)) if (focal.has(p)) focal.add(child);
  }
  return focal;
}
/** A name that is, or begins, the name of an organization the article reports on ("Citi" beside "Citigroup"). */
function isFocalName(names: ReadonlySet<string>, name: string): boolean {
  const n = name.toLowerCase();
  if (n.length < 3) return names.has(n);
  for (const f of names) if (f.startsWith(n)) return true;
  return false;
}
/** The lower-cased names and aliases of organizations `ids`. */
function namesOf(ctx: DocContext, ids: ReadonlySet<string>): Set<string> {
  const out = new Set<string>();
  for (const id of ids) {
    const e = ctx.entities.get(id);
    if (!e) continue;
    out.add(e.name.toLowerCase());
    for (const a of ctx.entities.aliasesOf(id)) out.add(a.toLowerCase());
  }
  return out;
}
/** Words that make a listed bank or research house a cited source in the text around its name. */
const ANALYST_CONTEXT_RE =
  /\b(?:analysts?|economists?|strategists?|research|note|estimates?|estimated|forecasts?|rated|rating|downgrade[ds]?|upgrade[ds]?|price target|according to|said|says|wrote|expects?|predicted|survey|report|data)\b/i;
const around = (ctx: DocContext, start: number, end: number) =>
  ctx.work.slice(Math.max(0, start - 40), start) + ' ' + ctx.work.slice(end, end + 40);
/** Where a listed outlet's name goes on in capitalised words ("Bloomberg Línea"): the end of the longer name. */
function longerName(ctx: DocContext, end: number): number {
  const m = LONGER_RE.exec(ctx.work.slice(end, end + 40));
  return m ? end + m[0].length : end;
}
const LONGER_RE = /^(?:\s\p{Lu}[\p{L}\p{N}&.-]*)+(?=\s+(?:earlier|reported|said|says|wrote|on|in|that|,|\.)|[,.;])/u;
/** "told Germany's ", "according to Japan's ": a citing phrase and a place in the possessive, before an outlet. */
const TOLD_PLACE_POSSESSIVE_RE =
  /\b(?:told|tells|interview\s+with|speaking\s+to|spoke\s+to|according\s+to)\s+(\p{Lu}[\p{L}.-]*(?:\s\p{Lu}[\p{L}.-]*)?)['’]s\s+$/u;
/** "Kora Zeitung", "Tovik Keizai": a name that ends in a newspaper's noun, so what it is told it reports. */
const hasOutletHead = (ctx: DocContext, m: { start: number; end: number }) =>
  OUTLET_HEADS.has(ctx.work.slice(m.start, m.end).split(/\s+/).pop() ?? '');
function toldInPlacePossessive(before: string): boolean {
  const m = TOLD_PLACE_POSSESSIVE_RE.exec(before);
  return !!m && isPlace(m[1]!);
}
/** "unions at bankrupt carrier ", "pilots of the ": a company's staff or unions, before the company's name. */
const STAFF_AT_BEFORE_RE =
  /\b(?:unions?|workers|employees|staff|pilots|crews?)\s+(?:at|of|from)\s+(?:(?:the|its|[\p{Ll}-]+)\s+){0,3}$/u;
