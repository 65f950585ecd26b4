import type { ExtractedEvent, ExtractedRelation, SourceKind, Span } from '../types.js';
import { entityId } from '../resolve/entity-table.js';
import { addEvidence } from '../resolve/evidence.js';
import { createLeadScanner } from '../text/lead-scan.js';
import { allMatches } from '../text/all-matches.js';
import { findSentenceIndex } from '../text/sentences.js';
import { type DocContext, isOrg, mentionsIn, recentCompany, sentenceOf } from '../resolve/doc-context.js';
import { GENERIC, type GenericSource } from './generic-sources.js';
import { findSpeakers } from './speakers.js';
import { findUnnamedSources } from './outlet-names.js';
import { findSpeakingBodies } from './speaking-bodies.js';
import { findQuotedOutlets } from './quoted-outlets.js';
import { OUTLET_BY_ITS_ACTS_AFTER_RE, OUTLET_HEADS, outletNounThenReport } from './outlet-lexicon.js';
import { NATIONALITIES, isPlace } from '../gazetteer/lexicon/places.js';
import { findLowercaseOutlets } from './lowercase-outlets.js';
import { findWireCredits } from './wire-credits.js';
import { citeAcronymFullNames } from './acronym-full-names.js';
import { isThirdPartyStatement, statementGiver } from './third-party-statements.js';
import {
  ANALYSTS_AT_RE,
  APPRAISAL_AFTER_RE,
  COMMENTATOR_NAME_RE,
  ROLE_AFTER_RE as ANALYST_ROLE_AFTER_RE,
  createCommentatorTest,
} from './commentators.js';
import { COMMENTATOR_TITLE_RE, bodyNameAt, commentingVoice } from './voices.js';
import { focusCompany } from '../events/subject.js';
import { givesBrokerView } from './broker-views.js';
import { memoByString } from '../text/memo.js';
import { UPPER_FIRST_RE } from '../text/char-class.js';
import { isCommonWord } from '../gazetteer/lexicon/common-words.js';

export { GENERIC, type GenericSource } from './generic-sources.js';

const scanGeneric = createLeadScanner(GENERIC);

const SUFFIX: Record<string, string> = {
  'internal-memo': 'internal memo',
  'company-filing': 'filings',
  anonymous: 'anonymous sources',
  'company-statement': 'statement',
};

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
  const isPublisher = (id: string) =>
    publisher !== null &&
    ctx.entities
      .get(id)
      ?.name.toLowerCase()
      .replace(/^the\s+/, '') === publisher;
  const commentator = createCommentatorTest(ctx);
  const focal = focalOrgs(ctx, inputs, commentator);
  const focalNames = namesOf(ctx, focal);
  for (const m of ctx.mentions) {
    if (m.type !== 'Source' || isPublisher(m.id)) continue;
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
    if (publisher !== null && w.name.toLowerCase() === publisher) continue;
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
    if (publisher !== null && o.name.toLowerCase() === publisher) continue;
    cite(ctx.entities.addMention('Source', o.name, o.start, o.end, 'news-outlet'), o.start);
  }
  // "seen by the kpa news agency": an agency that writes its name in lower case.
  for (const o of findLowercaseOutlets(ctx)) {
    if (publisher !== null && o.name === publisher) continue;
    cite(ctx.entities.addMention('Source', o.name, o.start, o.end, 'news-outlet'), o.start);
  }
  for (const o of findUnnamedSources(ctx)) {
    if (publisher !== null && o.name.toLowerCase().replace(/^the\s+/, '') === publisher) continue;
    const id = ctx.entities.addMention('Source', o.name, o.start, o.end, o.kind);
    if (o.alias) ctx.entities.addAlias(id, o.alias);
    cite(id, o.start);
  }
  const acronyms = new Map<string, string>();
  citeGeneric(ctx, focal, commentator, cite, { sentences: citedSentences, speakerEnds, unions, voices }, acronyms);
  citeAcronymFullNames(ctx, evidence);
  foldUnnamedUnion(ctx, evidence, unions);
  foldUnionBranches(ctx, evidence, inputs);
  // "the Wall Street Journal said …, according to WSJ": initials of a cited name are that source.
  for (const id of evidence.keys()) {
    const e = ctx.entities.get(id);
    const initials = e ? initialsOf(e.name) : null;
    if (initials && !acronyms.has(initials)) acronyms.set(initials, id);
  }
  for (const [id, ev] of [...evidence]) {
    const e = ctx.entities.get(id);
    const union = e?.type === 'Source' ? acronyms.get(e.name) : undefined;
    if (!union || union === id) continue;
    const list = evidence.get(union)!;
    for (const span of ev) addEvidence(list, span);
    evidence.delete(id);
    ctx.entities.addAlias(union, e!.name);
  }
  dropPartsOfBodies(ctx, evidence, bodies);
  mergeSameNamed(ctx, evidence);
  mergeUnnamedUnions(ctx, evidence);
  return [...evidence].map(([to, ev]) => ({ type: 'CITES', from: ctx.sourceId, to, evidence: ev }));
}

/**
 * "Sindicato dos Metalúrgicos de Halden": a cited source whose name is only a part of a speaking body's full name,
 * cited in that body's sentence and nowhere else, was read from inside that name.
 */
function dropPartsOfBodies(
  ctx: DocContext,
  evidence: Map<string, Span[]>,
  bodies: ReadonlyArray<{ id: string; name: string; start: number; end: number }>,
): void {
  for (const b of bodies) {
    const sentence = sentenceOf(ctx, b.start);
    if (!sentence) continue;
    for (const [id, ev] of [...evidence]) {
      const name = ctx.entities.get(id)?.name;
      if (id === b.id || !name || name.length >= b.name.length || !b.name.includes(name)) continue;
      if (ev.every((span) => span.start === sentence.start)) evidence.delete(id);
    }
  }
}

/**
 * "The union IG Metall said …; a spokesperson of the union said": a source named after a body ("IG Metall") that is
 * also cited as the organization of that name is one source — its evidence joins the organization's. So is a
 * union's name cut before its place ("Metalworkers Union" beside the cited "Metalworkers Union of Halden").
 */
function mergeSameNamed(ctx: DocContext, evidence: Map<string, Span[]>): void {
  const byName = new Map<string, string>();
  const fullNames: Array<{ id: string; name: string }> = [];
  for (const id of evidence.keys()) {
    const e = ctx.entities.get(id);
    if (!e) continue;
    if (e.type === 'Source' || isOrgId(id)) fullNames.push({ id, name: e.name.toLowerCase() });
    if (!isOrgId(id)) continue;
    for (const n of [e.name, ...ctx.entities.aliasesOf(id)]) {
      const key = n.toLowerCase();
      if (key && !byName.has(key)) byName.set(key, id);
    }
  }
  for (const [id, ev] of [...evidence]) {
    const e = ctx.entities.get(id);
    if (e?.type !== 'Source') continue;
    const name = e.name.toLowerCase();
    const into =
      byName.get(name) ??
      // "The Kora Workers Union (Kowu) …. Kowu said": the initials bracketed after the phrase name the cited body.
      ctx.entities
        .aliasesOf(id)
        .filter((a) => UPPER_FIRST_RE.test(a))
        .map((a) => byName.get(a.toLowerCase()))
        .find((x) => x !== undefined) ??
      (COMMENTATOR_NAME_RE.test(e.name)
        ? fullNames.find(
            (f) =>
              f.id !== id &&
              evidence.has(f.id) &&
              (f.name.startsWith(name + ' of ') ||
                f.name.startsWith(name + ' in ') ||
                // "The National Union of Tanners (NUT) said" beside the body cited without its article: one body.
                (!THE_RE.test(f.name) && name === 'the ' + f.name)),
          )?.id
        : undefined);
    const list = into ? evidence.get(into) : undefined;
    if (!list) continue;
    for (const span of ev) addEvidence(list, span);
    evidence.delete(id);
    for (const alias of [e.name, ...ctx.entities.aliasesOf(id)])
      if (alias.toLowerCase().replace(THE_RE, '') !== ctx.entities.get(into!)?.name.toLowerCase())
        ctx.entities.addAlias(into!, alias);
  }
}
const THE_RE = /^the\s+/;

/**
 * "…, trade unions said. Unions said on Friday …": unions no name tells apart ("unions", "trade unions", "the local
 * union", "Unions" opening a sentence) are one cited source, the first one cited.
 */
function mergeUnnamedUnions(ctx: DocContext, evidence: Map<string, Span[]>): void {
  let into: string | undefined;
  for (const [id, ev] of [...evidence]) {
    const e = ctx.entities.get(id);
    if (e?.type !== 'Source' || e.kind !== 'other' || !UNNAMED_UNION_RE.test(e.name)) continue;
    if (!into) {
      into = id;
      continue;
    }
    const list = evidence.get(into)!;
    for (const span of ev) addEvidence(list, span);
    evidence.delete(id);
    for (const alias of [e.name, ...ctx.entities.aliasesOf(id)]) ctx.entities.addAlias(into, alias);
  }
}
/** A union named by common words only: lower-case words before "union(s)", or "Unions" alone. */
const UNNAMED_UNION_RE = /^(?:(?:\p{Ll}[\p{Ll}'’-]*\s+){0,3}unions?|Unions?)$/u;

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

/** "union SBPV", "SBPV, the bank workers' union": a mention the text calls a union where it stands. */
function calledUnionAt(ctx: DocContext, m: { start: number; end: number }): boolean {
  return (
    UNION_WORD_BEFORE_RE.test(ctx.work.slice(Math.max(0, m.start - 12), m.start)) ||
    UNION_APPOSITION_RE.test(ctx.work.slice(m.end, m.end + 60))
  );
}
const UNION_WORD_BEFORE_RE = /\bunion\s+$/iu;
const UNION_APPOSITION_RE = /^,\s+(?:the|a|an)\s+(?:[\p{L}'’-]+\s+){0,3}?union\b/iu;

/** Up to three words before a union noun that belong to its name ("the local metalworkers' "). */
const QUALIFIERS_RE =
  /(?<![\p{L}'’-])(?:(?!(?:the|a|an|and|or|but|so|yet|as|that|which|what|who|whom|whose|where|because|since|if|however|of|when|while|both|all|its|their|his|her|some|many|two|three|other|to|with|by|from|at|in|on|after|before|for|than|until|despite|over|against|amid|says|said)\s)\p{L}[\p{L}-]*['’]?s?[ \t]+){0,3}$/iu;
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

/** Where the first company disclosure (filing, exchange announcement, trading update) is kept among the kinds. */
const DISCLOSURE_KEY = 'disclosure';
/** "in the statement", "in the company's statement", "according to the same statement": one named before. */
const DEFINITE_BEFORE_RE =
  /\bthe\s+(?:(?:company|group|bank|firm|carmaker|airline)['’]s\s+)?(?:same\s+|written\s+|full\s+)?$/i;
/** A union phrase that names several speakers: "unions", "union representatives", "shop stewards". */
const PLURAL_SPEAKERS_RE = /s$/;
/**
 * Which speakers for the workforce one article's phrases name alike: works councils, the staff's own
 * representatives ("employee representatives", "staff delegates"), and unions with their officials — a story may
 * quote "employee representatives" and, apart, "union representatives".
 */
function unionFamily(match: string): 'council' | 'staff' | 'union' {
  if (/council/i.test(match)) return 'council';
  return STAFF_HEAD_RE.test(match) ? 'staff' : 'union';
}
const STAFF_HEAD_RE =
  /^(?:staff|employees?['’]?|workers?['’]?)\s+(?:representatives?|officials?|leaders?|delegates?)$/i;
/** ", who " between a cited speaker's name and what it asked of the reporter. */
const WHO_BETWEEN_RE = /^,\s+who\s+$/;
/** "federation of (trade) ", "confederation of ": a union phrase after it describes a body. */
const OF_BODY_BEFORE_RE =
  /\b(?:federation|confederation|association|council|congress|centre|center|umbrella\s+(?:body|group))\s+of\s+(?:(?:the|its|\p{Ll}+)\s+){0,2}$/iu;
/** A capitalised word right before: the plural ends a name ("Federation of Trade Unions"), it names no others. */
const NAME_WORD_BEFORE_RE = /\p{Lu}[\p{L}'’-]*\s+$/u;
const TOLD_RE = /^(?:told|informed|notified|wrote|addressed)\b/i;
const IN_A_RE = /\bin\s+an?\s+\S+(?:\s+(?:call|message|hall))?$/i;
/** The initials of a name of two to five capitalised words ("Wall Street Journal" → "WSJ"), else null. */
const initialsOf = memoByString((name: string): string | null => {
  const words = name.split(/\s+/).filter((w) => !/^(?:of|and|the|&|for|de|du|des|der|la|le)$/i.test(w));
  if (words.length < 2 || words.length > 5 || !words.every((w) => UPPER_FIRST_RE.test(w))) return null;
  return words.map((w) => w[0]).join('');
});
/**
 * "IG Kora labor ", "Vakta workers' ": capitalised words (group 1), then the noun that says whose union it is, before
 * "union". Not a nationality or a place ("the Swedish labor union"), nor one common word opening a sentence.
 */
const NAME_THEN_UNION_NOUN_RE = /^(\p{Lu}[\p{L}&-]*(?: \p{Lu}[\p{L}&-]*){0,1})\s+(?:trade|labou?r|workers['’]?)\s+$/u;
function nameBeforeUnionNoun(words: string, before: string): string | undefined {
  const name = NAME_THEN_UNION_NOUN_RE.exec(words)?.[1];
  if (!name || NATIONALITIES.has(name) || isPlace(name)) return undefined;
  // "the Accord labor union": after a lower-case "the" a capitalised common word is a name.
  return name.includes(' ') || !isCommonWord(name) || LOWER_THE_BEFORE_RE.test(before) ? name : undefined;
}
const LOWER_THE_BEFORE_RE = /(?:^|[^\p{L}])the\s+$/u;
/** An acronym alone before a union's word ("FNV trade " of "FNV trade union"). */
const ACRONYM_WORDS_RE = /^(\p{Lu}{2,8}(?:[ -]\p{Lu}{2,8})?)\s+(?:(?:trade|labou?r)\s+)?$/u;
const ACRONYM_AFTER_RE = /^\s+\((\p{Lu}[\p{Lu}\p{Ll}&-]{1,11})\)/u;
const isOrgId = (id: string) => id.startsWith('company:') || id.startsWith('division:');

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

/**
 * "…, according to a union that represents them. The Vakta union … said": an unnamed union cited before the one union
 * the article goes on to name is that union (cited once). Two named unions, or "unions" in the plural, stay apart.
 */
function foldUnnamedUnion(ctx: DocContext, evidence: Map<string, Span[]>, unions: ReadonlyArray<{ id: string }>): void {
  const unnamed = unnamedUnionCited(ctx, evidence);
  if (!unnamed) return;
  const named = new Set(unions.map((u) => u.id));
  // "Union vows to fight …" over a lede that names the union: any union cited under a name of its own counts.
  for (const id of evidence.keys()) if (id !== unnamed && hasUnionName(ctx, id)) named.add(id);
  if (named.size !== 1) return;
  const [id] = named;
  if (!evidence.has(id!) || id === unnamed) return;
  moveEvidence(evidence, unnamed, id!);
  ctx.entities.addAlias(id!, ctx.entities.get(unnamed)?.name ?? 'union');
}

/** "An Italian union says", "a labor union": a union only a nationality (group 1) or its kind describes. */
const UNNAMED_ONE_UNION_RE = /^(?:(\p{Lu}\p{Ll}+)|trade|labou?r)\s+union$/u;

/** The one union cited with no name ("a union", "An Italian union", "a labor union"), else null. */
function unnamedUnionCited(ctx: DocContext, evidence: Map<string, Span[]>): string | null {
  const bare = entityId('Source', 'union');
  if (evidence.has(bare)) return bare;
  const described = [...evidence.keys()].filter((id) => {
    const e = ctx.entities.get(id);
    const m = e?.type === 'Source' && e.kind === 'other' ? UNNAMED_ONE_UNION_RE.exec(e.name) : null;
    return !!m && (m[1] === undefined || NATIONALITIES.has(m[1]));
  });
  return described.length === 1 ? described[0]! : null;
}

/** "Kora Mineworkers Union", "National Union of Kora Miners": a union's own name, more than the word "Union". */
const UNION_OWN_NAME_RE = /\p{Lu}[\p{L}'’-]*\s(?:[\p{L}'’,&-]+\s){0,6}Union\b|\bUnion\s+of\s+\p{Lu}/u;
function hasUnionName(ctx: DocContext, id: string): boolean {
  const name = ctx.entities.get(id)?.name ?? '';
  return UNION_OWN_NAME_RE.test(name) && !BLOC_RE.test(name) && !/\bCredit\s+Union\b/u.test(name);
}

/** Cites `to` where `from` was cited, and `from` no more. */
function moveEvidence(evidence: Map<string, Span[]>, from: string, to: string): void {
  const list = evidence.get(to) ?? [];
  for (const span of evidence.get(from) ?? []) addEvidence(list, span);
  evidence.set(to, list);
  evidence.delete(from);
}

/**
 * "KUM Norrland regional secretary Jan Roe said": a union's regional branch speaks for the union, cited once under
 * the union's name. A company's unit stays its own source.
 */
function foldUnionBranches(ctx: DocContext, evidence: Map<string, Span[]>, inputs: CitationInputs): void {
  for (const r of inputs.relations ?? []) {
    if (r.type !== 'PART_OF' || !r.from.startsWith('division:')) continue;
    if (evidence.has(r.from) && WORKERS_UNION_RE.test(ctx.entities.get(r.to)?.name ?? ''))
      moveEvidence(evidence, r.from, r.to);
  }
}

/**
 * A body that speaks for workers: a workers' union by its name, or one whose "general secretary" the text names
 * ("Kora Labour Congress deputy general secretary Jan Roe said"; a company has no general secretary).
 */
function speaksForWorkers(ctx: DocContext, id: string): boolean {
  const e = ctx.entities.get(id);
  if (!e) return false;
  if (WORKERS_UNION_RE.test(e.name)) return true;
  const heads = secretaryHeads(ctx);
  return heads.size > 0 && [e.name, ...ctx.entities.aliasesOf(id)].some((n) => heads.has(n.toLowerCase()));
}

/**
 * The names that may stand before "(deputy) general secretary" in the text: the last one to six words before each,
 * lower-cased — one pass over the text, so a name is then looked up, never searched for.
 */
function secretaryHeads(ctx: DocContext): Set<string> {
  const known = SECRETARY_HEADS.get(ctx);
  if (known) return known;
  const heads = new Set<string>();
  // Most texts name no secretary: one native search gates the pattern.
  const gated = ctx.work.includes('ecretary') ? allMatches(GENERAL_SECRETARY_RE, ctx.work) : [];
  for (const m of gated) {
    const words = ctx.work
      .slice(Math.max(0, m.index - 80), m.index)
      .split(/\s+/)
      .filter(Boolean)
      .slice(-6);
    for (let k = 1; k <= words.length; k++) heads.add(words.slice(-k).join(' ').toLowerCase());
  }
  SECRETARY_HEADS.set(ctx, heads);
  return heads;
}
const SECRETARY_HEADS = new WeakMap<DocContext, Set<string>>();
const GENERAL_SECRETARY_RE = /(?<=\S)\s(?:(?:deputy|assistant)\s)?general\ssecretary\b/giu;

/**
 * A workers' union by its name: "Union of" with the workers it organizes, or their trade before "Union" ("National
 * Union of Mineworkers", "Kora Metalworkers' Union", "… Financial Institutions Employees"); never "Union Bank",
 * "Western Union" or a credit union.
 */
const WORKERS = String.raw`(?:\p{Lu}\p{Ll}*workers|Workers|Employees|Miners|Staff|Teachers|Pilots|Journalists|Nurses)`;
const WORKERS_UNION_RE = new RegExp(
  String.raw`\bUnion\s+of\s+(?:[\p{L}'’,-]+\s+){0,8}?${WORKERS}\b|\b${WORKERS}['’]?\s+Union\b|\bTrade\s+Union\b`,
  'u',
);

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

/**
 * The last union named before `pos` ("IG Kora", "the Kora Workers' Union"), or null: in this sentence or the one
 * before, or with `anywhere` in all the text before ("according to the union", paragraphs after the union spoke).
 */
function unionNamedBefore(ctx: DocContext, pos: number, anywhere = false): string | null {
  const si = findSentenceIndex(ctx.sentences, pos);
  const from = anywhere ? 0 : Math.max(ctx.sentences[Math.max(0, si - 1)]?.start ?? 0, pos - 400);
  let name: string | null = null;
  let at = -1;
  for (const m of allMatches(UNION_NAME_RE, ctx.work.slice(from, pos))) {
    const n = m[0].replace(LEADING_RE, '');
    if (BLOC_RE.test(n)) continue;
    name = n;
    at = from + m.index + m[0].length - n.length;
  }
  // "The Metalworkers Union of Halden said": the longer name a step read there is the union's.
  const longer = name ? mentionsIn(ctx, at, at + 1).find((x) => x.end > at + name.length) : undefined;
  if (longer) return ctx.entities.get(longer.id)?.name ?? name;
  return name ? unionWrittenOut(ctx, name, at) : null;
}

/** " of Metalworkers", " of the Kora Miners": the object that completes "National Union" into a union's name. */
const UNION_OF_RE = /^ of (?:the )?\p{Lu}[\p{L}'’-]*(?: (?:and )?\p{Lu}[\p{L}'’-]*){0,4}/u;

/**
 * "National Union" read at `at`: the whole name where "of …" completes it ("National Union of Metalworkers"), or
 * the initials after it when the text made them a name ("… (Numw) said", with "Numw" found), so the union is
 * cited once, under a name that is its own.
 */
function unionWrittenOut(ctx: DocContext, name: string, at: number): string {
  const end = at + name.length;
  const of = UNION_OF_RE.exec(ctx.work.slice(end, end + 80))?.[0] ?? '';
  const initials = ACRONYM_AFTER_RE.exec(ctx.work.slice(end + of.length, end + of.length + 16))?.[1];
  if (initials && KNOWN_KINDS.some((k) => ctx.entities.has(entityId(k, initials)))) return initials;
  return name + of;
}
const KNOWN_KINDS = ['Company', 'Source'] as const;
/**
 * A capitalised name ending in a union's word, in any language ("Kora Workers' Union", "IG Kora Metall", "Verdi"),
 * within one line and not across a sentence's full stop ("… Jan Kora.\n\nIG Metall" is "IG Metall").
 */
const UNION_NAME_RE =
  /(?<![\p{L}\p{N}'’-])(?:\p{Lu}[\p{L}'’&.-]*(?<!\.)[ \t]+){0,5}(?:Union|Unionen|Metall|Verdi|Unite|Unifor|Teamsters|Syndicat|Sindicato|Gewerkschaft|\p{Lu}\p{Ll}+(?:förbundet|forbundet|liitto|vakbond))(?![\p{L}\p{N}'’-])/gu;
/** Capitalised words before a name that are no part of it ("On Monday IG Kora …"). */
const LEADING_RE =
  /^(?:(?:The|A|An|On|In|At|But|And|Or|For|From|With|By|To|As|After|Before|While|When|Meanwhile|However|Yesterday|Today|Last|This|Next|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\s+)+/u;
/** Unions of states, not of workers. */
const BLOC_RE = /^(?:European|Soviet|African|Eurasian|Customs|Monetary|Postal|Banking|Capital Markets)\s+Union$/;

/** "'s general " between a company and "works council": the words that qualify the council. */
const POSSESSIVE_GAP_RE = /^['’]s\s+((?:(?:general|central|group|european|global|local|national)\s+)*)$/iu;

/**
 * "a trade union spokesperson", "the union's spokesman": the union's word right before a spokesperson, no name
 * before it ("Kora Metal union spokesperson" is Kora Metal's).
 */
const UNION_BEFORE_SPOKESPERSON_RE =
  /(?:^|[^\p{L}\s]\s*|\b(?:[Aa]n?|[Tt]he|[Oo]ne|[Ii]ts|[Tt]heir)\s+)(?:(?:[Tt]rade|[Ll]abou?r)\s+)?([Uu]nion)(?:['’]s)?\s+$/u;
/** A body's name that is only the word before "union" ("Trade" of "Trade union spokesperson Jan Roe"). */
const UNION_MODIFIER_RE = /^(?:Trade|Labou?r)$/u;
/** "unions at bankrupt carrier ", "pilots of the ": a company's staff or unions, before the company's name. */
const STAFF_AT_BEFORE_RE =
  /\b(?:unions?|workers|employees|staff|pilots|crews?)\s+(?:at|of|from)\s+(?:(?:the|its|[\p{Ll}-]+)\s+){0,3}$/u;

/** Where the word "union" stands in the few words before `pos` ("Trade union spokesperson "), or -1. */
function unionWordBefore(ctx: DocContext, pos: number): number {
  const from = Math.max(0, pos - 40);
  const k = ctx.work.slice(from, pos).search(/\bunion\b/i);
  return k < 0 ? -1 : from + k;
}

/** "for the council", "for the union", "for the carmaker's works council" right after a spokesperson. */
const FOR_BODY_RE =
  /^\s+(?:for|of|at)\s+the\s+(?:(?:company|group|carmaker|bank|airline|firm|lender|insurer|miner|steelmaker)['’]s\s+)?((?:works\s+)?council|union)\b/iu;

/** " for the labour ministry", " of the state regulator": a public body named in lower case after a spokesperson. */
const FOR_PUBLIC_BODY_RE =
  /^\s+(?:for|of|at)\s+the\s+(?:[\p{Ll}-]+\s+){0,2}(?:ministry|regulator|government|commission|authority|police|court|municipality)\b/u;

/** "(for the bank) declined to comment", "did not respond to a request for comment" right after a spokesperson. */
const DECLINED_AFTER_RE =
  /^(?:\s+(?:for|of|at)\s+(?:the\s+)?[\p{L}\p{N}&'’.-]+(?:\s+\p{Lu}[\p{L}\p{N}&'’.-]*){0,4})?\s+(?:(?:has|had|also)\s+)?(?:declined|refused|did\s+not\s+(?:respond|reply|return|immediately\s+respond)|could\s+not\s+be\s+reached|was\s+not\s+(?:immediately\s+)?available)\b/u;

/** "… for the Kora Pilots Association" after a spokesperson: a commenting body named there that no step took. */
function bodyAfter(ctx: DocContext, end: number): { name: string; start: number; end: number } | null {
  const lead = FOR_THE_RE.exec(ctx.work.slice(end, end + 12));
  if (!lead) return null;
  const start = end + lead[0].length;
  if (mentionsIn(ctx, start, start + 1).some(isOrg)) return null;
  const name = bodyNameAt(ctx.work.slice(start, start + 100));
  return name && COMMENTATOR_NAME_RE.test(name) ? { name, start, end: start + name.length } : null;
}
const FOR_THE_RE = /^\s+(?:for|of|at)\s+(?:the\s+)?(?=\p{Lu})/u;

/** "National Union of Kora Miners spokesperson Jane Roe": a commenting body named right before a spokesperson. */
function bodyBefore(ctx: DocContext, start: number): { name: string; start: number; end: number } | null {
  const from = Math.max(0, start - 100);
  const m = NAME_BEFORE_RE.exec(ctx.work.slice(from, start));
  if (!m) return null;
  const name = m[0].replace(LEADING_RE, '').trimEnd();
  if (!COMMENTATOR_NAME_RE.test(name) || BLOC_RE.test(name)) return null;
  const at = start - m[0].length + (m[0].length - m[0].replace(LEADING_RE, '').length);
  if (mentionsIn(ctx, at, at + 1).some(isOrg)) return null;
  return { name, start: at, end: at + name.length };
}
/** Capitalised words (with "of", "for", "and" inside) ending right before a spokesperson. */
const NAME_BEFORE_RE =
  /(?<![\p{L}\p{N}'’-])\p{Lu}[\p{L}'’&.-]*(?:\s+(?:(?:of|for|and|&)\s+(?:the\s+)?)?\p{Lu}[\p{L}'’&.-]*){0,7}\s+$/u;

/**
 * "Its spokesperson" opening a sentence right after one where a commenting body (a union, an association) spoke:
 * that body's id, or null (no organization the article reports on may be named between).
 */
function itsBodyBefore(
  ctx: DocContext,
  start: number,
  focal: ReadonlySet<string>,
  voices: ReadonlyArray<{ id: string; end: number }>,
): string | null {
  if (!ITS_OPENS_RE.test(ctx.work.slice(Math.max(0, start - 8), start))) return null;
  const voice = voices.filter((v) => v.end <= start && start - v.end < 300).pop();
  if (!voice || focal.has(voice.id)) return null;
  const between = mentionsIn(ctx, voice.end, start);
  return between.some((x) => x.id !== voice.id && isOrg(x)) ? null : voice.id;
}
/** "Its " opening a sentence. */
const ITS_OPENS_RE = /(?:^|[.!?]["”’]?\s+)Its\s+$/u;

/** Where an organization mention stands right before or after a generic phrase ("NUMSA spokesperson", "a spokesperson for NUMSA"). */
function adjacentOrg(ctx: DocContext, start: number, end: number): string | null {
  const before = mentionsIn(ctx, Math.max(0, start - 40), start)
    .filter(isOrg)
    .pop();
  // "NUMSA spokesperson", "a Kora union spokesperson": the union's word may stand between.
  if (
    before &&
    /^(?:['’]s)?\s*(?:(?:trade\s+|labou?r\s+)?union\s+|works\s+council\s+)?$/i.test(ctx.work.slice(before.end, start))
  )
    return before.id;
  const after = mentionsIn(ctx, end, end + 40).find(isOrg);
  if (after && /^\s+(?:for|of|at)\s+(?:the\s+)?$/.test(ctx.work.slice(end, after.start))) return after.id;
  return null;
}

/** The third parties cited as speakers before the generic phrases are read. */
interface CitedVoices {
  /** Starts of the sentences where one speaks. */
  sentences: ReadonlySet<number>;
  /** Where their names end (named unions read among the generic phrases are added as they are found). */
  speakerEnds: number[];
  /** Organizations cited as speakers that the text calls unions ("union SBPV said"), and where they are named. */
  unions: Array<{ id: string; end: number }>;
  /** Organizations and bodies cited as speakers in their own name, and where they are named. */
  voices: ReadonlyArray<{ id: string; end: number }>;
}

/** The generic names of briefings and meetings (see GENERIC). */
const BRIEFING_RE = /\b(?:conference|briefing|call|calls|day|presentation|meeting)$/;
/** "before the", "ahead of its", "prior to the start of Kestrel's": a time set by an event still to come. */
const TIMED_BY_EVENT_RE =
  /\b(?:before|ahead\s+of|prior\s+to|until)\s+(?:the\s+(?:start|opening)\s+of\s+)?(?:(?:a|an|the|its|this|next|last)\s+)?(?:(?:company|group|firm|bank|\p{Lu}[\p{L}.&-]*)['’]s?\s+)?(?:(?:annual|first|second|upcoming|planned)\s+)?$/u;

function citeGeneric(
  ctx: DocContext,
  focal: Set<string>,
  commentator: (id: string) => boolean,
  cite: (id: string, at: number) => void,
  cited: CitedVoices,
  acronyms: Map<string, string>,
): void {
  const firstOfKind = new Map<string, string>();
  const bodyStart = ctx.sentences[0]?.start ?? ctx.work.length;
  const found: Array<{ g: GenericSource; start: number; match: string }> = [];
  scanGeneric(ctx.work, bodyStart).forEach((matches, i) => {
    for (const r of matches) {
      // "told employees of the decision in an email": the source is the email, named from "in an email" on.
      const inner = GENERIC[i]!.kind === 'internal-memo' && TOLD_RE.test(r.text) ? r.text.search(IN_A_RE) : -1;
      if (inner > 0) found.push({ g: GENERIC[i]!, start: r.index + inner, match: r.text.slice(inner) });
      else found.push({ g: GENERIC[i]!, start: r.index, match: r.text });
    }
  });
  found.sort((a, b) => a.start - b.start);
  let last = -1;
  for (const { g, start, match } of found) {
    const end = start + match.length;
    if (start < last) continue;
    last = end;
    if (mentionsIn(ctx, start, end).some((x) => x.type === 'Source')) continue;
    // "An analyst at Kora Securities, who asked not to be named, said": the firm, cited already, is the source.
    if (g.kind === 'anonymous' && cited.speakerEnds.some((e) => WHO_BETWEEN_RE.test(ctx.work.slice(e, start))))
      continue;
    const generic = g.generic(match);
    // "said before the capital markets day", "prior to the start of Kestrel's investor day": the event dates what was
    // said elsewhere; it is no briefing the words were said at.
    if (BRIEFING_RE.test(generic) && TIMED_BY_EVENT_RE.test(ctx.work.slice(Math.max(0, start - 60), start))) continue;
    if (g.named) {
      // "IG Kora said …, and the union warned": the union already cited there. Plural speakers are others ("Nousu
      // called it shocking, while unions in Sweden said …").
      const several =
        PLURAL_SPEAKERS_RE.test(match) && !NAME_WORD_BEFORE_RE.test(ctx.work.slice(Math.max(0, start - 24), start));
      if (!several && cited.sentences.has(sentenceOf(ctx, start)?.start ?? -1)) continue;
      // "FNV, the largest federation of trade unions, said": words that describe a body, no speaker of their own.
      if (OF_BODY_BEFORE_RE.test(ctx.work.slice(Math.max(0, start - 60), start))) continue;
      const owner = mentionsIn(ctx, Math.max(0, start - 80), end)
        .filter(isOrg)
        .pop();
      // "Volkswagen's works council said": the council of a company the article reports on speaks for the staff.
      const ownCouncil =
        owner !== undefined && focal.has(owner.id) && POSSESSIVE_GAP_RE.exec(ctx.work.slice(owner.end, start));
      if (owner && !ownCouncil && (owner.end > start || /^(?:['’]s)?\s+$/.test(ctx.work.slice(owner.end, start)))) {
        if (!focal.has(owner.id)) cite(owner.id, start);
        // "The Vakta union … said": a named union the later "the union said" refers back to.
        if (!focal.has(owner.id) && match === 'union' && owner.end <= start) cited.unions.push({ id: owner.id, end });
        continue;
      }
      const words = ownCouncil
        ? ownCouncil[1]!
        : (QUALIFIERS_RE.exec(ctx.work.slice(Math.max(0, start - 60), start))?.[0] ?? '');
      // Regulators and ministries are each their own body ("the labour ministry …, the transport ministry …").
      const headKey =
        generic === 'regulator'
          ? `named|regulator|${g.named(words + match).toLowerCase()}`
          : `named|${generic}|${unionFamily(match)}`;
      // "IG Kora has opposed the plan, and the union has demanded …": the union named just before.
      const bare = match === 'union' && /^(?:the\s+)?$/i.test(words) && !firstOfKind.has(headKey);
      const named = bare ? unionNamedBefore(ctx, start, true) : null;
      // "The National Union of Metalworkers (Numw) said …. The union says": the union a step found under its name.
      const namedId = named ? KNOWN_KINDS.map((k) => entityId(k, named)).find((k) => ctx.entities.has(k)) : undefined;
      if (namedId && !focal.has(namedId)) {
        cite(namedId, start);
        cited.speakerEnds.push(end);
        continue;
      }
      // "Swiss bank workers' union SBPV said …. 'The number is high,' the union said": the union that spoke before.
      const spoke = bare && !named ? cited.unions.filter((u) => u.end <= start).pop() : undefined;
      if (spoke) {
        cite(spoke.id, start);
        continue;
      }
      // "the FNV trade union said": an acronym before the union's word is the union's name; so is a name before
      // "labor union" or "workers' union" ("the IG Kora labor union said").
      const acronym =
        ACRONYM_WORDS_RE.exec(words)?.[1] ??
        nameBeforeUnionNoun(words, ctx.work.slice(Math.max(0, start - words.length - 8), start - words.length));
      // "…, two trade unions said. … The FIOM trade union said": a union its acronym names is a union of its own, not
      // the unnamed unions cited before it.
      const name = acronym ?? firstOfKind.get(headKey) ?? named ?? g.named(words + match);
      if (!acronym || !firstOfKind.has(headKey)) firstOfKind.set(headKey, name);
      const knownId = acronym ? KNOWN_KINDS.map((k) => entityId(k, name)).find((k) => ctx.entities.has(k)) : undefined;
      if (knownId && focal.has(knownId)) continue;
      const id = knownId ?? ctx.entities.addMention('Source', name, start - words.length, end, g.kind);
      if (!knownId) ctx.entities.addAlias(id, generic);
      // "the Kora Workers Union (KWU) said": the initials are the same union where the text uses them.
      const initials = ACRONYM_AFTER_RE.exec(ctx.work.slice(end, end + 16))?.[1];
      if (initials) {
        ctx.entities.addAlias(id, initials);
        acronyms.set(initials, id);
      }
      // "The KOVA trade union says": a union its acronym names, which "a union said" before may have been.
      if (acronym && unionFamily(match) === 'union') cited.unions.push({ id, end });
      cite(id, start);
      cited.speakerEnds.push(end);
      continue;
    }
    // "A spokeswoman for the bank declined to comment": someone who said nothing is no source.
    if (generic === 'spokesperson' && DECLINED_AFTER_RE.test(ctx.work.slice(end, end + 80))) continue;
    // "a spokeswoman for the labour ministry said": a public body's spokesperson, cited as that body, not the company's.
    if (generic === 'spokesperson' && FOR_PUBLIC_BODY_RE.test(ctx.work.slice(end, end + 60))) continue;
    // "a statement was planned for Wednesday", "it would be issuing a statement shortly": nothing said yet.
    if (generic === 'company statement' && unsaidStatement(ctx.work, start, end)) continue;
    // "a spokesman for the council": the works council or union the article named before; "a trade union
    // spokesperson": the union, unnamed.
    const forBody =
      generic === 'spokesperson'
        ? (FOR_BODY_RE.exec(ctx.work.slice(end, end + 48)) ??
          UNION_BEFORE_SPOKESPERSON_RE.exec(ctx.work.slice(Math.max(0, start - 24), start)))
        : null;
    if (forBody) {
      const council = /council/i.test(forBody[1]!);
      const name =
        firstOfKind.get(`named|union|${council ? 'council' : 'union'}`) ??
        (council ? 'works council' : (unionNamedBefore(ctx, start) ?? 'union'));
      const id = ctx.entities.addMention('Source', name, start, end, 'other');
      ctx.entities.addAlias(id, 'union');
      cite(id, start);
      continue;
    }
    // "a spokesman for the Kora Pilots Association": the union, association or other body speaks, not a company.
    const body = generic === 'spokesperson' ? (bodyAfter(ctx, end) ?? bodyBefore(ctx, start)) : null;
    if (body) {
      cite(ctx.entities.addMention('Source', body.name, body.start, body.end, 'other'), start);
      continue;
    }
    // "The Kora Miners' Union said …. Its spokesperson, Jan Roe, said": the body that spoke just before.
    const its = generic === 'spokesperson' ? itsBodyBefore(ctx, start, focal, cited.voices) : null;
    if (its) {
      cite(its, start);
      continue;
    }
    const near = generic === 'spokesperson' ? adjacentOrg(ctx, start, end) : null;
    if (near && !focal.has(near) && commentator(near)) {
      cite(near, start);
      continue;
    }
    // "The Kora Engineers' Union said in a statement": the union, cited already, gave it — not the company.
    if (generic === 'company statement' && isThirdPartyStatement(ctx, cited.speakerEnds, start)) continue;
    // "Kora Energi, which runs the plant next door, said in a statement": a company the article does not report on
    // speaks for itself; its statement cites it.
    const giver = generic === 'company statement' ? statementGiver(ctx, start) : null;
    if (giver && !focal.has(giver.id)) {
      cite(giver.id, start);
      continue;
    }
    const statementKey =
      g.kind === 'company-statement' && (generic === 'spokesperson' || generic === 'company statement');
    const sentenceKey = statementKey ? `statement@${sentenceOf(ctx, start)?.start ?? -1}` : null;
    const suffix = g.suffix ? g.suffix(match) : SUFFIX[g.kind]!;
    // One briefing of each family per article: "earnings call" and "investor call" are the same call.
    const family = /\bcalls?\b/.test(suffix) ? 'call' : /conference|briefing/.test(suffix) ? 'conference' : suffix;
    const kindKey = `${g.kind}|${family}`;
    // "set out the cuts in a trading update to the exchange … East said in the statement": the definite statement is
    // the disclosure named before, not a second source.
    const disclosure =
      generic === 'company statement' &&
      !firstOfKind.has(kindKey) &&
      DEFINITE_BEFORE_RE.test(ctx.work.slice(Math.max(0, start - 32), start))
        ? firstOfKind.get(DISCLOSURE_KEY)
        : undefined;
    const known = disclosure ?? firstOfKind.get(kindKey) ?? (sentenceKey ? firstOfKind.get(sentenceKey) : undefined);
    // "Kestrel revealed in a federal filing that …": the filing is the company's that the sentence names before it.
    const filer = g.kind === 'company-filing' && !known ? statementGiver(ctx, start)?.id : undefined;
    const companyId = known ? null : (near ?? filer ?? focusCompany(ctx, start) ?? recentCompany(ctx, start));
    const company = companyId ? ctx.entities.get(companyId)?.name : undefined;
    const name = known ?? (company ? `${company} ${suffix}` : generic);
    firstOfKind.set(kindKey, name);
    if (sentenceKey) firstOfKind.set(sentenceKey, name);
    if (g.kind === 'company-filing' && !firstOfKind.has(DISCLOSURE_KEY)) firstOfKind.set(DISCLOSURE_KEY, name);
    const id = ctx.entities.addMention('Source', name, start, end, g.kind);
    ctx.entities.addAlias(id, generic);
    // "an email to staff", "a letter seen by X": the kind of message is what a reader calls the source too.
    const noun =
      g.kind === 'internal-memo' ? MESSAGE_NOUN_RE.exec(match)?.[1]?.toLowerCase().replace('-', '') : undefined;
    if (noun && noun !== 'memo') ctx.entities.addAlias(id, noun);
    // "people close to him": the phrase only says how the source stands; with who it is, it is a name for it too.
    if (g.kind === 'anonymous') ctx.entities.addAlias(id, anonymousWording(ctx, start, match));
    cite(id, start);
  }
}
/** After a statement's noun: it is only planned or awaited ("was planned for Wednesday", "is expected later"). */
const PLANNED_AFTER_RE = /^\s+(?:was|is|would\s+be|will\s+be)\s+(?:planned|expected|due|scheduled)\b/u;
/** Before it: it is yet to be given ("would be issuing a", "plans to release a", "will issue a"). */
const TO_ISSUE_BEFORE_RE =
  /\b(?:(?:would|will|to|plans\s+to|planned\s+to|expects\s+to|expected\s+to)\s+(?:be\s+)?(?:issu(?:e|ing)|releas(?:e|ing)|publish(?:ing)?|mak(?:e|ing))|(?:would|will)\s+follow\s+with)\s+(?:a|an)\s+(?:[\w-]+\s+)?$/iu;

/** True when the statement at `start`–`end` is one the text says is still to come, not one that said anything. */
function unsaidStatement(text: string, start: number, end: number): boolean {
  return (
    PLANNED_AFTER_RE.test(text.slice(end, end + 40)) ||
    TO_ISSUE_BEFORE_RE.test(text.slice(Math.max(0, start - 48), start))
  );
}

/** A generic phrase as a name: lower case, one space between words. */
const wording = (match: string) => match.toLowerCase().replace(/\s+/g, ' ');
/** An anonymous source as the text words it, with who it is when a phrase only describes them ("people close to"). */
function anonymousWording(ctx: DocContext, start: number, match: string): string {
  const who = ANONYMOUS_WHO_RE.exec(ctx.work.slice(Math.max(0, start - 24), start))?.[0] ?? '';
  return wording(who + match);
}
const ANONYMOUS_WHO_RE =
  /\b(?:sources?|people|persons?|insiders?|employees?|executives?|officials?|bankers?|lawyers|advisers|advisors)\s+$/i;
/** The noun of an internal message: "email", "letter", "note", "video". */
const MESSAGE_NOUN_RE = /\b(e-?mail|letter|note|message|video|document|presentation|circular|notice|post|memo)s?\b/i;

/** The id a generic source of `kind` about `company` gets (for tests and the graph layer). */
export function genericSourceId(company: string | null, kind: SourceKind): string {
  return entityId('Source', company ? `${company} ${SUFFIX[kind] ?? kind}` : kind);
}
