import type { ExtractedRelation } from '../types.js';
import {
  type DocContext,
  type ResolvedMention,
  isOrg,
  mentionsIn,
  mainOrg,
  orgInFocus,
  sentenceOf,
} from '../resolve/doc-context.js';
import { hasRomanceTitle, matchTitleAt, matchTitleBefore, type TitleMatch } from '../ner/titles.js';
import { titleEndBeforeApposedOrg } from '../ner/people.js';
import { findSentenceIndex } from '../text/sentences.js';
import { collapseSpaces } from '../text/char-class.js';
import { isPlaceWord } from '../ner/org-names.js';
import { isCommonWord } from '../gazetteer/lexicon/common-words.js';
import { createCommentatorTest } from './commentators.js';
import {
  bodyBeforeTitleAt,
  bodyEndingAt,
  isPublicOffice,
  recentUnion,
  roleAs,
  roleIsNamed,
  roleWhose,
  unionInTitle,
  unionOfAcronym,
} from './role-phrases.js';
import { roleByVerb } from './role-verbs.js';
import { firmNamedInTitle } from './title-firms.js';
import { roleLedBy } from './led-by.js';
import { successionOf } from './succession.js';
import { twoPostsIn } from './two-posts.js';
import { asideTakesPost, currentPost } from './current-post.js';
import { affiliationOf, orgRightAfter } from './affiliation.js';
import {
  acronymBodyInTitle,
  bodyOpening,
  namedUnionTitleAt,
  unionNamedBeforeOffice,
  unionTitleAt,
} from './union-bodies.js';
import { titleInNextSentence } from './next-sentence-title.js';
import { isRegionalPostOf, regionalPostStart } from './regional-posts.js';
import { groupPostHolder } from './group-posts.js';
import { postInNextSentence } from './next-sentence-post.js';
import { analystTeam } from './analyst-teams.js';
import { anaphorCompany } from './anaphor-company.js';
import { orgAfterTitle, unitAfterOwner, UNIT_WORD_END_RE } from './title-orgs.js';
import { bodyAfterFrom, postWithoutSender } from './title-from-body.js';
import { UPPER_FIRST_RE } from '../text/char-class.js';

// Module constants: esbuild (tsx, vitest) rewrites a \p{…} literal inside a function into `new RegExp` per call.
const ACRONYM_WORD_RE = /^\p{Lu}{2,6}$/u;
const ACRONYM_BEFORE_RE = /(?:^|[\s"“‘(])(\p{Lu}{2,8})\s*$/u;

const AFTER_LEAD_RE =
  /(?:,\s*\d{2})?(?:\s*\((?:pictured(?:\s+(?:left|right|centre|center|above|below|inset|top|bottom))?|left|right|centre|center|above|below|inset|top|bottom)\))?\s*(?:,|\(|[—–])\s*(?:who\s+(?:also\s+)?(?:was\s+appointed|was\s+named|is\s+due\s+to\s+become|will\s+become|has\s+been|had\s+been|serves\s+as|served\s+as|became|(?:has\s+)?combined\s+the\s+(?:roles|posts|jobs)\s+of|is|was)\s+(?:also\s+)?)?(?:(?:currently|now|then)\s+)?(?:the\s+|a\s+|an\s+)?(?:current\s+)?(?:newly\s+(?:appointed|named|installed)\s+)?|\s+(?:continues\s+as|remains|(?:has|have|had)\s+been\s+(?:named|appointed|promoted\s+to|made)(?:\s+as)?|(?:was|were|is)\s+(?:named|appointed|promoted\s+to|made)(?:\s+as)?|is|was|will\s+be|becomes|became|as)\s+(?:the\s+|a\s+|an\s+|its\s+(?:new\s+)?)?/y;
const COMPANY_REF_RE =
  /^(?:(?:the\s+)?(?:company|firm|group|business|bank|lender|carrier|airline|insurer|retailer|carmaker|automaker|conglomerate|operator|brewer|miner)['’]s|its|their)\s+/i;
const UNION_REF_RE = /^(?:the\s+)?union['’]s\s+/i;
/** "the unit's", "the division's": a title of the division the text named last. */
const UNIT_REF_RE = /^(?:the\s+)?(?:unit|division|subsidiary|arm|segment|studio)['’]s\s+/i;
const UNIT_POSSESSIVE_RE = /\bthe\s+(?:unit|division|subsidiary|arm|segment|studio)['’]s\s*$/i;
const TITLE_HINT_RE =
  /\b(?:chief|ceos|ceo|cfo|coo|cto|cio|cmo|cpo|chro|cro|ciso|president|chair\w*|founders?|co-?founders?|director|head|co-heads|manager|leader|executive|boss|spokes\w+|representative|analyst|economist|partner|engineer|researcher|professor|principal|owner|evp|svp|vp|officer|secretary|member|negotiator|organi[sz]er|co-?ordinator|delegate|steward|convenor|convener|official|md|minister|chancellor|governor|mayor|regent|senator|premier|commissioner|treasurer|controller|mps?|lawmakers?|legislator|congress(?:wo)?man|lead)\b/i;
const NAME_BEFORE_TITLE_RE = /(?:^|[\p{L}.,;:"”’]\s+)(\p{Lu}[\p{L}&.'’-]*(?:\s+\p{Lu}[\p{L}&.'’-]*)*(?:['’]s)?)\s*$/u;
/**
 * "in May CEO Jane Roe told unions", "On Monday chief executive Jane Roe said": a month or weekday ending the words
 * before a title is when, never the name of the title's organization.
 */
const DATE_WORD_BEFORE_TITLE_RE =
  /^(?:(?:In|On|Since|Until|By|Last|Early|Late)\s+)?(January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;
/** Gate for `bodyEndingAt`: a workers' or employers' body word, or "… of <Place>", in the words before a title. */
const BODY_WORD_RE = /\b(?:Unions?|Association|Federation|Confederation|Council|Congress|Commerce)\b|\bof\s+\p{Lu}/u;
/** How far before a title a workers' body's written-out name may open. */
const BODY_NAME_SPAN = 100;
/** A bracketed acronym ending the words before a title: " (KMU) ". */
// "(Amcu)"-style: some papers write an acronym spoken as a word with one capital.
const ACRONYM_END_RE = /\s*\(\p{Lu}(?:[\p{Lu}\p{N}&]{1,7}|\p{Ll}{2,7})\)\s*$/u;
/**
 * Honorifics between a title and the name, up to three stacked: "Mrs Ada Obi", "Minister Datuk Seri Dr Ali Roe",
 * "Chief Executive Air Marshal Tariq Lund", "Dato' Sri Lim".
 */
const HONORIFIC_BEFORE_RE =
  /\b(?:(?:Mr|Mrs|Ms|Miss|Dr|Prof|Sir|Dame|Sheikh|Alhaji|Alhaja|Engr|Atty|Hon|Tan Sri|Puan Sri|Dat(?:uk|o)['’]?(?: S(?:er|r)i)?|Datin|Tengku|Tun|Encik|Pak|Bapak|Bu|Ibu|Air (?:Chief |Vice )?Marshal)(?:\.\s*|['’]?\s+)){1,3}$/;
/** Public offices: their holders belong to no company ("Economy Minister Jane Roe", "the Chancellor, Jane Roe"). */
const PUBLIC_OFFICE_RE =
  /\b(?:minister|chancellor|governor|mayor|regent|senator|premier|commissioner|mps?|member of parliament|lawmakers?|legislator|congress(?:wo)?man|cabinet secretary|secretary of (?:state|economy|the economy|finance|labou?r|trade|industry|energy|health|education|transport|commerce|agriculture|defen[cs]e|the interior|the treasury))\b/i;
/** A public body named in lower case in a title ("at the labour ministry", "of the state regulator"). */
const PUBLIC_BODY_IN_TITLE_RE =
  /\b(?:at|of|in|for|with)\s+(?:the\s+)?(?:[\p{Ll}-]+\s+){0,3}(?:ministry|government|regulator|commission|authority|police|court|parliament|senate|municipality)\b/u;
/** A legislature or a ministry named with capitals in a title ("of the House of Commons … Committee", "at the Ministry"). */
const LEGISLATURE_IN_TITLE_RE =
  /\b(?:of|at|in|on|for)\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’-]*\s+){0,3}(?:House\s+of\s+(?:Commons|Lords|Representatives)|Parliament|Senate|Congress|National\s+Assembly|Ministry|Treasury)\b/u;
/** A university, college or school named in a title. */
const ACADEMIC_IN_TITLE_RE = /\b(?:University|College|Institute|School|Academy)\b/;
/** A title naming a post held before: "former head of Vantor", "ex-chief executive". */
const PAST_POST_RE = /^(?:former|ex-|onetime|one-time|previous)\b/i;
/**
 * " (SMK), ": a body's acronym in brackets, then a comma, right before a name — also one written with one capital,
 * " (Smk), ", as South African and Brazilian papers write them; or an Indonesian office's short form
 * in brackets with no comma ("The Minister of Trade (Mendag) Sari Lund", "… (Kemdag) Ayu Roe").
 */
const ACRONYM_BEFORE_NAME_RE = /\s*\((?:\p{Lu}[\p{Lu}\p{N}&.-]{1,9}\)\s*,|\p{Lu}[\p{L}\p{N}&.-]{1,11}\)(?:\s*,)?)\s*$/u;
/** A family tie, then "and", before a post: "the founder's eldest son and", "the chairman's cousin and". */
const KIN_AND_RE =
  /^(?:[\p{L}-]+['’]s\s+)?(?:(?:younger|elder|older|eldest|youngest|only)\s+)?(?:brother|sister|son|daughter|cousin|nephew|niece|wife|husband|father|mother|uncle|aunt|grandson|granddaughter|(?:son|daughter|brother|sister)-in-law)\s+and\s+(?:the\s+)?/iu;
/** "one of the " before a plural post in apposition ("one of the leaders of …"). */
const ONE_OF_RE = /^one\s+of\s+(?:the|its|their)\s+(?=\p{Ll})/u;
/** ", the ", ", ", " as its " right before a title. */
const APPOSED_LEAD_RE = /(?:,|\sas)\s+(?:(?:the|a|an|its|their)\s+)?$/;
const CLAUSE_BREAK_RE = /[;:(—–\n]|,\s+(?:and|but|while)\s/g;

interface RoleCandidate {
  title: string;
  org: string | null;
  explicitOrg: boolean;
  at: number;
  /** Read from the verb after a past post ("Roe, a former head of X, became chief executive"): a later account. */
  afterPastPost?: boolean;
}

/**
 * `HOLDS_ROLE` from each person to an organization with the title as written: "CEO Andy Jassy", "Meta CEO
 * Mark Zuckerberg", "Andy Jassy, Amazon's chief executive", "Matt Garman, Senior Vice President of AWS" (the
 * organization named in the title wins), "the company's lead executive for ..., Beth Galetti". Without a named
 * organization the role goes to the organization named in the sentence, else the company the text is about.
 * One role per person: the first one with an explicit organization, else the first found — two when its title names
 * two organizations ("president of A and of B"; the first one's first). A title with no
 * organization (a public office: "Economy Minister Jane Roe") goes into `titlesWithoutOrg` (person id → title).
 */
export function findRoles(ctx: DocContext, titlesWithoutOrg?: Map<string, string>): ExtractedRelation[] {
  const best = new Map<string, RoleCandidate & { evidence: number[] }>();
  const byVerb = new Map<string, RoleCandidate>();
  const byAffiliation = new Map<string, RoleCandidate>();
  for (const p of ctx.mentions) {
    if (p.type !== 'Person') continue;
    // "Union leader Jane Roe, head of Acme": the title that names its organization wins.
    const before = roleBefore(ctx, p);
    const after = before?.explicitOrg ? null : roleAfter(ctx, p);
    // "Chief executive Jane Roe, a former head of Vantor,": a past post after the name never displaces the current one.
    const afterWins = after?.explicitOrg && after.org && !(before && PAST_POST_RE.test(after.title));
    let cand = afterWins ? after : (before ?? after ?? sharedTitle(ctx, p, best) ?? pairedTitle(ctx, p));
    // "Kora Air is headed by President Jane Roe", "the Retail division, run by its president, Jane Roe": the
    // organization before the passive verb holds the post, unless the title after the name names its own.
    const led = after?.explicitOrg && after.org ? null : roleLedBy(ctx, p);
    if (led) cand = { title: led.title || (cand?.title ?? ''), org: led.org, explicitOrg: true, at: p.start };
    // "Jane Roe, the former chief executive of X, chairs its supervisory board": the post she holds now.
    const now = cand && !led ? currentPost(ctx, p, cand.title) : null;
    if (now) cand = { title: now.title, org: now.org, explicitOrg: true, at: p.start, afterPastPost: true };
    // "Analyst Jane Roe of Mizuho": an organization right after the name.
    if (cand && !cand.explicitOrg) {
      const of = orgRightAfter(ctx, p);
      // "the pilots' association KAPA, whose secretary general, Jane Roe, …": the body named before "whose".
      const whose = of ? null : roleWhose(ctx, p);
      if (of) cand = { ...cand, org: of, explicitOrg: true };
      else if (whose?.org) cand = { title: whose.title, org: whose.org, explicitOrg: true, at: p.start };
    }
    if (!cand) {
      // "Acme, whose managing director is Jane Roe", "Jane Roe stepped down as chief executive".
      // "Jane Roe did not call it a victory. The national president of the Kora Union, who …": the post next.
      // "Kestrel analysts led by Jane Roe": a member of a firm's research team.
      const phrase =
        analystTeam(ctx, p) ??
        roleWhose(ctx, p) ??
        roleIsNamed(ctx, p) ??
        roleAs(ctx, p) ??
        titleInNextSentence(ctx, p, (t) => bodyInTitle(ctx, t)) ??
        postInNextSentence(ctx, p);
      if (phrase)
        cand = phrase.org
          ? { title: phrase.title, org: phrase.org, explicitOrg: true, at: p.start }
          : { title: phrase.title, ...fallbackOrg(ctx, p, phrase), at: p.start };
    }
    // "Jane Roe, who led Saltvik, has been named managing director of Kestrel": the post the clause gives her.
    if (!cand) {
      const takes = asideTakesPost(ctx, p);
      if (takes) cand = { title: takes.title, org: takes.org, explicitOrg: true, at: p.start, afterPastPost: true };
    }
    if (!cand) {
      // "Jane Roe, who chairs the division's board": weaker than any title, kept for people with none.
      const verb = byVerb.has(p.id) ? null : roleByVerb(ctx, p);
      if (verb?.org) byVerb.set(p.id, { title: verb.title, org: verb.org, explicitOrg: true, at: p.start });
      // "Norbert Lind of Kestrel Securities said": weaker still — the organization, with no title.
      const of = verb || byAffiliation.has(p.id) ? null : affiliationOf(ctx, p);
      if (of) byAffiliation.set(p.id, { title: '', org: of, explicitOrg: true, at: p.start });
      continue;
    }
    const prev = best.get(p.id);
    if (!prev) best.set(p.id, { ...cand, evidence: [cand.at] });
    // "the new chief executive, Jane Roe … Roe, a former chief executive of Vantor," : a past post named with its
    // organization never displaces the current post written without one.
    else if (
      !prev.explicitOrg &&
      cand.explicitOrg &&
      !((PAST_POST_RE.test(cand.title) || cand.afterPastPost) && !PAST_POST_RE.test(prev.title))
    )
      best.set(p.id, { ...cand, evidence: [cand.at] });
    // "Jane Roe, the former head of Saltvik, … Roe, Kestrel's chief executive since 2023,", "… Roe was named chief
    // executive": the post held now, even with no organization named beside it.
    else if (PAST_POST_RE.test(prev.title) && cand.title && !PAST_POST_RE.test(cand.title) && cand.org)
      best.set(p.id, { ...cand, evidence: [cand.at] });
  }
  for (const [person, c] of byVerb) if (!best.has(person)) best.set(person, { ...c, evidence: [c.at] });
  for (const [person, c] of byAffiliation) if (!best.has(person)) best.set(person, { ...c, evidence: [c.at] });
  // "Ana Roe, who took over from Jane Doe as chief executive": Jane Doe held the post of the person she handed it to.
  for (const p of ctx.mentions) {
    if (p.type !== 'Person' || best.has(p.id)) continue;
    const succ = successionOf(ctx, p);
    const post = succ ? best.get(succ.other) : undefined;
    // The post's name only when the change names it ("as chief executive"): a predecessor may have held it otherwise.
    if (succ && post?.org) best.set(p.id, { ...post, title: succ.title ?? '', at: p.start, evidence: [p.start] });
  }
  const out: ExtractedRelation[] = [];
  for (const [person, c] of best) {
    // "Kora Resources Minister Jane Roe": a minister holds no post at a company, though the portfolio reads like one.
    if (c.org && PUBLIC_OFFICE_RE.test(c.title) && ctx.entities.get(c.org)?.type === 'Company') c.org = null;
    // "new Group CEO Jane Roe" in a story about a unit: the unit's parent, when no organization was named (group-posts.ts).
    if (c.org && !c.explicitOrg) c.org = groupPostHolder(ctx, c.title, c.org);
    if (!c.org) {
      titlesWithoutOrg?.set(person, c.title);
      continue;
    }
    const evidence = c.evidence.map((at) => sentenceOf(ctx, at)).filter((s) => s !== undefined);
    // "Jane Roe, president of the Hallberg group and of Kestrel Bank": two posts, the first organization's first.
    const two = c.title ? twoPostsIn(ctx, c.title, sentenceOf(ctx, c.at)?.start ?? c.at) : null;
    if (two)
      for (const post of two) out.push({ type: 'HOLDS_ROLE', from: person, to: post.org, title: post.title, evidence });
    // "The Labour Ministry, led by Jane Roe": a post with no title word keeps none.
    else if (c.title) out.push({ type: 'HOLDS_ROLE', from: person, to: c.org, title: c.title, evidence });
    else out.push({ type: 'HOLDS_ROLE', from: person, to: c.org, evidence });
  }
  return out;
}

/** "Co-CEOs Ana Roe and Marco Bell": the second of two people joined by "and" shares the first one's title. */
function sharedTitle(
  ctx: DocContext,
  p: ResolvedMention,
  best: ReadonlyMap<string, RoleCandidate>,
): RoleCandidate | null {
  const prev = mentionsIn(ctx, p.start - 80, p.start)
    .filter((m) => m.type === 'Person' && m.id !== p.id)
    .pop();
  if (!prev || !/^,? and $/.test(ctx.work.slice(prev.end, p.start))) return null;
  const c = best.get(prev.id);
  return c ? { ...c, at: p.start } : null;
}

/** A plural title, before any "of …" tail: "co-chief executives", "joint CEOs of Kestrel", "co-founders". */
const PLURAL_TITLE_RE = /^(?:(?!\s(?:of|at|for|in)\s).)*[a-z]s(?:\s+(?:of|at|for|in)\s.*)?$/i;

/**
 * "Ana Roe and Marco Bell, the co-chief executives, …": the first of two people joined by "and" takes the plural title
 * written after the second.
 */
function pairedTitle(ctx: DocContext, p: ResolvedMention): RoleCandidate | null {
  const next = mentionsIn(ctx, p.end, p.end + 8).find((m) => m.type === 'Person' && m.id !== p.id);
  if (!next || !/^ and $/.test(ctx.work.slice(p.end, next.start))) return null;
  const after = roleAfter(ctx, next);
  return after && PLURAL_TITLE_RE.test(after.title) ? { ...after, at: p.start } : null;
}

function roleBefore(ctx: DocContext, p: ResolvedMention): RoleCandidate | null {
  const s = sentenceOf(ctx, p.start);
  if (!s) return null;
  // "its Company Secretary, Mrs Ada Obi": the honorific stands between the title and the name.
  const hon = HONORIFIC_BEFORE_RE.exec(ctx.work.slice(Math.max(s.start, p.start - 40), p.start));
  let nameStart = hon ? p.start - hon[0].length : p.start;
  // "the president of the Kora Metalworkers Union (SMK), Jane Roe": the body's acronym stands before the name.
  const acronym = ACRONYM_BEFORE_NAME_RE.exec(ctx.work.slice(Math.max(s.start, nameStart - 18), nameStart));
  if (acronym) nameStart -= acronym[0].length;
  // "The chairwoman of the holding company, Norrvik Holdings, Jane Roe": the organization in apposition holds the post.
  const apposedEnd = Math.max(s.start, titleEndBeforeApposedOrg(ctx.work, nameStart));
  const apposedOrg = apposedEnd < nameStart ? mentionsIn(ctx, apposedEnd, nameStart).find((m) => isOrg(m)) : undefined;
  if (apposedOrg) nameStart = apposedEnd;
  const windowStart = clauseStart(ctx.work, Math.max(s.start, nameStart - 140), nameStart);
  const hinted = ctx.work.slice(windowStart, nameStart);
  if (!TITLE_HINT_RE.test(hinted) && !hasRomanceTitle(hinted)) return null;
  const t = matchTitleBefore(ctx.work, windowStart, nameStart);
  if (!t) return null;
  const between = ctx.work.slice(t.end, nameStart);
  if (!/^\s*,?\s*$/.test(between)) return null;
  // "Jane Roe, the editorial director, John Doe, the managing director", "Jane Roe, chief executive, John Doe, …",
  // "named Jane Roe as chair, John Doe as …": the title after the comma is Jane Roe's.
  if (/,\s*$/.test(between) && apposedToPerson(ctx, t.start)) return null;
  if (apposedOrg) return { title: t.title, org: apposedOrg.id, explicitOrg: true, at: p.start };
  return (
    orgOpeningTitle(ctx, t, p) ?? withOrg(ctx, t, p, ctx.work.slice(Math.max(s.start, t.start - 40), t.start), s.start)
  );
}

/** True when the title at `start` follows ", (the)" or " as (the)" after a person's name: it is that person's. */
function apposedToPerson(ctx: DocContext, start: number): boolean {
  const lead = APPOSED_LEAD_RE.exec(ctx.work.slice(Math.max(0, start - 12), start));
  if (!lead) return false;
  const comma = start - lead[0].length;
  return mentionsIn(ctx, comma - 80, comma).some((m) => m.type === 'Person' && m.end === comma);
}

/**
 * "Unite General Secretary Len McCluskey": a capitalised office read with the name of an organization the text
 * names elsewhere in front of it — the organization owns the office that follows, whatever covered the name here.
 */
function orgOpeningTitle(ctx: DocContext, t: TitleMatch, p: ResolvedMention): RoleCandidate | null {
  if (!UPPER_FIRST_RE.test(t.title)) return null;
  const inside = mentionsIn(ctx, t.start, t.end).find((m) => isOrg(m) || m.type === 'Source');
  if (inside && fieldWordEnd(ctx, t) > 0) return null;
  if (inside) {
    // "Fellesverk General Secretary Ola Brekke": the organization's own mention opens the office read over it.
    const from = inside.end + (/^\s+/.exec(ctx.work.slice(inside.end, t.end))?.[0].length ?? 0);
    const rest = inside.start === t.start && from > inside.end ? matchTitleBefore(ctx.work, from, t.end) : null;
    return rest && rest.start === from ? { title: rest.title, org: inside.id, explicitOrg: true, at: p.start } : null;
  }
  const names = orgNamesOf(ctx);
  const word = /\s+/g;
  for (let m = word.exec(t.title), n = 0; m && n < 4; m = word.exec(t.title), n++) {
    const id = names.get(t.title.slice(0, m.index));
    if (!id) continue;
    const from = t.start + m.index + m[0].length;
    const rest = matchTitleBefore(ctx.work, from, t.end);
    if (rest && rest.start === from) return { title: rest.title, org: id, explicitOrg: true, at: p.start };
  }
  return null;
}

/** A commentator's title opened by one capitalised word of their field: "Steel analyst", "Aviation economists". */
const FIELD_COMMENTATOR_RE = /^(\p{Lu}\p{Ll}+)\s+(?:analyst|economist|strategist)s?\b/u;

/**
 * Where the field word ends when the title opens with a common word a company's mention covers and then a
 * commentator's noun ("Steel analyst" after "U.S. Steel"): the field, not the company; else 0.
 */
function fieldWordEnd(ctx: DocContext, t: TitleMatch): number {
  const m = FIELD_COMMENTATOR_RE.exec(t.title);
  if (!m || !isCommonWord(m[1]!)) return 0;
  const end = t.start + m[1]!.length;
  return mentionsIn(ctx, t.start, end).some((x) => x.start === t.start && x.end === end) ? end : 0;
}

/**
 * "Kestrel chief executive, Jane Roe" after "Kestrel-Vaal Platinum": one word that opens the name of exactly one
 * organization of the document is that organization's short form.
 */
/** A month or weekday before a title ("in May CEO Jane Roe"), unless it opens the name of an organization the text knows. */
function isDateBeforeTitle(ctx: DocContext, words: string): boolean {
  const m = DATE_WORD_BEFORE_TITLE_RE.exec(words);
  return m !== null && orgOpenedBy(ctx, m[1]!) === null;
}

function orgOpenedBy(ctx: DocContext, word: string): string | null {
  if (/\s/.test(word) || word.length < 3) return null;
  let found: string | null = null;
  for (const [name, id] of orgNamesOf(ctx)) {
    if (name.length <= word.length || !name.startsWith(word) || !/[\s-]/.test(name[word.length]!)) continue;
    if (found !== null && found !== id) return null;
    found = id;
  }
  return found;
}

/**
 * "Kestrel World News" before a post, after "Kestrel Broadcasting": the first words name an organization of the
 * document (or open the name of exactly one) and the rest (up to three words) a unit of it. The organization and the rest, else null.
 */
function orgOpeningName(ctx: DocContext, name: string): { id: string; rest: string } | null {
  const words = name.split(/\s+/);
  if (words.length < 2 || words.length > 5 || /['’]s$/.test(name)) return null;
  const names = orgNamesOf(ctx);
  for (let k = words.length - 1; k >= 1 && words.length - k <= 3; k--) {
    const prefix = words.slice(0, k).join(' ');
    const id = names.get(prefix) ?? orgOpenedBy(ctx, prefix);
    if (id) return { id, rest: words.slice(k).join(' ') };
  }
  return null;
}

/** Every organization's written forms (names, aliases, mentions as written) → its id; built once per document. */
function orgNamesOf(ctx: DocContext): ReadonlyMap<string, string> {
  const known = ORG_NAMES.get(ctx);
  if (known) return known;
  const names = new Map<string, string>();
  for (const m of ctx.mentions) {
    if (!isOrg(m)) continue;
    const written = ctx.work.slice(m.start, m.end).replace(/\s+/g, ' ');
    if (!names.has(written)) names.set(written, m.id);
    const name = ctx.entities.get(m.id)?.name;
    if (name && !names.has(name)) names.set(name, m.id);
  }
  ORG_NAMES.set(ctx, names);
  return names;
}
const ORG_NAMES = new WeakMap<DocContext, ReadonlyMap<string, string>>();

function roleAfter(ctx: DocContext, p: ResolvedMention): RoleCandidate | null {
  AFTER_LEAD_RE.lastIndex = p.end;
  const lead = AFTER_LEAD_RE.exec(ctx.work);
  if (!lead) return null;
  let pos = p.end + lead[0].length;
  // "Jane Roe, the chairman's younger sister and chief executive of Kestrel": the post after the family tie.
  const kin = KIN_AND_RE.exec(ctx.work.slice(pos, pos + 60));
  if (kin) pos += kin[0].length;
  // "Jane Roe, one of the leaders of the Kora Workers union,": one holder of a post several hold.
  else if (lead[0].endsWith(', ') || lead[0].endsWith(',')) {
    const oneOf = ONE_OF_RE.exec(ctx.work.slice(pos, pos + 20));
    if (oneOf) pos += oneOf[0].length;
  }
  let org: string | null = null;
  let named = false;
  let body: { org: string; titleAt: number } | null;
  const next = mentionsIn(ctx, pos, pos + 1)[0];
  if (next && (isOrg(next) || next.type === 'Source')) {
    org = next.id;
    named = true;
    pos = next.end;
    // "Kestrel's chief executive", "Kestrel Holdings' chief executive".
    const poss = /^(?:['’]s?)?\s+/.exec(ctx.work.slice(pos, pos + 4));
    if (!poss) return null;
    pos += poss[0].length;
    // "Jane Roe, Kestrel's Norrvik regional secretary": the region's name is the post's scope (regional-posts.ts).
    const region = regionalPostStart(ctx, next.end);
    if (region > 0) pos = region;
  } else if (next && next.type === 'Person' && /^['’]s\s+/.test(ctx.work.slice(next.end, next.end + 4))) {
    org = orgInFocus(ctx, p.start);
    pos = next.end + /^['’]s\s+/.exec(ctx.work.slice(next.end, next.end + 4))![0].length;
  } else if ((body = next ? null : bodyBeforeTitleAt(ctx, pos))) {
    // "Jane Roe, Kora Mining Council chief economist, said": a body no other step named, then its officer's title.
    org = body.org;
    named = true;
    pos = body.titleAt;
  } else {
    const unitRef = UNIT_REF_RE.exec(ctx.work.slice(pos, pos + 20));
    const unit = unitRef ? recentDivision(ctx, p.start) : null;
    const ref = unit ? null : COMPANY_REF_RE.exec(ctx.work.slice(pos, pos + 20));
    const union = ref || unit ? null : UNION_REF_RE.exec(ctx.work.slice(pos, pos + 12));
    if (unit) {
      // "Jane Roe, the unit's chief executive": the division named last.
      org = unit;
      pos += unitRef![0].length;
    } else if (ref) {
      org = orgInFocus(ctx, p.start);
      pos += ref[0].length;
    } else if (union) {
      // "Jane Roe, the union's national secretary": the workers' body named last.
      org = recentUnion(ctx, p.start);
      if (!org) return null;
      pos += union[0].length;
    }
  }
  // "Jane Roe, a Kestrel union official": the union named before its title.
  const t = matchTitleAt(ctx.work, pos) ?? (named ? unionTitleAt(ctx.work, pos) : null);
  if (!t) {
    const union = org ? null : namedUnionTitleAt(ctx, pos);
    return union ? { title: union.title.title, org: union.org, explicitOrg: true, at: p.start } : null;
  }
  // "Jane Roe, the KMU mining co-ordinator at Vessla Gold,": a union named before its official's post owns it; the
  // company after "at" is where the official works.
  if (named && org && /\s(?:at|in)\s/.test(t.title) && createCommentatorTest(ctx)(org))
    return { title: t.title, org, explicitOrg: true, at: p.start };
  const inTitle = bodyInTitle(ctx, t);
  // "Jane Roe, chief executive at Kestrel's Indian arm, Kestrel India, said": the unit named after its description.
  if (inTitle && UNIT_WORD_END_RE.test(t.title)) {
    const unit = orgAfterTitle(ctx, t);
    if (unit) return { title: t.title, org: unit, explicitOrg: true, at: p.start };
  }
  // "a senior official from the Transport Ministry, Jane Roe,": the body after "from" is the organization, not the post.
  if (inTitle) return { title: postWithoutSender(t.title), org: inTitle, explicitOrg: true, at: p.start };
  if (org) return { title: t.title, org, explicitOrg: true, at: p.start };
  // "Jane Roe, a representative from the KWF union": the body the post is from (title-from-body.ts).
  const sentBy = bodyAfterFrom(ctx, t);
  if (sentBy) return { title: t.title, org: sentBy, explicitOrg: true, at: p.start };
  // "Jane Roe, Chief Executive Officer, Kestrel Capital, said": the organization after the title, as trade and Indian
  // business press write it.
  const after = orgAfterTitle(ctx, t);
  if (after) return { title: t.title, org: after, explicitOrg: true, at: p.start };
  return { title: t.title, ...fallbackOrg(ctx, p, t), at: p.start };
}

/** The organization a title names: a known one, a union written out, or the acronym of a union-style office. */
function bodyInTitle(ctx: DocContext, t: TitleMatch): string | null {
  return (
    unitAfterOwner(ctx, t) ??
    firstOrgIn(ctx, t.start, t.end) ??
    unionInTitle(ctx, t.start, t.end) ??
    acronymBodyInTitle(ctx, t.start, t.end)
  );
}

/** From an organization's "'s" to a title: no clause break and no word opening a subordinate clause. */
const POSSESSIVE_TO_TITLE_RE =
  /^['’]s?\s(?:(?!\b(?:when|while|after|before|since|until|as|because|that|who|which|where|if)\b)[^,;:.—–])*$/i;

/** `before`: up to 40 characters before the title, in its sentence (which opens at `sentenceStart`). */
function withOrg(
  ctx: DocContext,
  t: TitleMatch,
  p: ResolvedMention,
  before: string,
  sentenceStart: number,
): RoleCandidate {
  // "Steel analyst Jane Roe" after "U.S. Steel": the commentator's field, no short form of a company.
  const field = fieldWordEnd(ctx, t);
  const inTitle = bodyInTitle(ctx, field > 0 ? { ...t, start: field } : t);
  // "a senior official from the Transport Ministry, Jane Roe,": the body after "from" is the organization, not the post.
  if (inTitle) return { title: postWithoutSender(t.title), org: inTitle, explicitOrg: true, at: p.start };
  const prev = mentionsIn(ctx, t.start - 60, t.start)
    .filter((m) => isOrg(m) || m.type === 'Source')
    .pop();
  // "Kestrel's chief executive", "Kestrel Motors' chief executive": a possessive of a name ending in "s" drops the "s".
  // "Kestrel's Eastern Cape provincial secretary Jane Roe": a region's name may stand between (regional-posts.ts).
  if (
    prev &&
    (/^(?:['’]s?)?\s*$/.test(ctx.work.slice(prev.end, t.start)) || isRegionalPostOf(ctx, prev.end, t.title, t.start))
  ) {
    // "MPSU deputy national president": an acronym stands for the union the text wrote out, if it did.
    const written = ctx.work.slice(prev.start, prev.end);
    const union = ACRONYM_WORD_RE.test(written) ? unionOfAcronym(ctx, written, prev.start) : null;
    // "Ombara Steel President Jane Roe": the name's last word ("Steel") is no part of the title read over it.
    const title = prev.end > t.start ? collapseSpaces(ctx.work.slice(prev.end, t.end).trim()) || t.title : t.title;
    return { title, org: union ?? prev.id, explicitOrg: true, at: p.start };
  }
  // "HNA's Communist Party secretary": the possessive organization owns the title.
  const poss = mentionsIn(ctx, t.start - 60, t.start)
    // Not across a clause: "In a letter to Acme's board, Unite General Secretary Jane Roe" is no post at Acme.
    // Nor across a subordinate clause: "YPF's chairman when President Jane Roe took office" is no post at YPF.
    .filter((m) => isOrg(m) && POSSESSIVE_TO_TITLE_RE.test(ctx.work.slice(m.end, t.start)))
    .pop();
  if (poss) return { title: t.title, org: poss.id, explicitOrg: true, at: p.start };
  // "CWU secretary general Jane Roe": the acronym of a union the text wrote out.
  const acronym = ACRONYM_BEFORE_RE.exec(before);
  const union = acronym ? unionOfAcronym(ctx, acronym[1]!, t.start) : null;
  if (union) return { title: t.title, org: union, explicitOrg: true, at: p.start };
  // "Harvard University economist Jane Roe": a name right before the title that is no company here: no guess.
  // "A senior vice-president, Jane Roe, …": an article opening the sentence is no name.
  // "Mineworkers Union of Kora (MUK) president Jane Roe": a body written out right before the title, whose name
  // ends in a place the name test below would refuse.
  if (BODY_WORD_RE.test(before)) {
    // "Federation of Kora Miners and Allied Workers Union (Fomawu) president": a body's name may be long.
    const body = bodyEndingAt(ctx, Math.max(sentenceStart, t.start - BODY_NAME_SPAN), t.start);
    if (body) return { title: t.title, org: body, explicitOrg: true, at: p.start };
  }
  // "Kora Mineworkers Union (KMU) president Jane Roe": the name stands before its acronym.
  const acronymAfter = ACRONYM_END_RE.exec(before);
  // "Vessla Platinum (Vesplats) CEO, Jane Roe": an organization the text names, then its short form in brackets.
  if (acronymAfter) {
    const nameEnd = t.start - before.length + acronymAfter.index;
    const org = mentionsIn(ctx, nameEnd - 80, nameEnd)
      .filter((m) => isOrg(m) && m.end === nameEnd)
      .pop();
    if (org) return { title: t.title, org: org.id, explicitOrg: true, at: p.start };
  }
  const nameBefore = acronymAfter ? before.slice(0, acronymAfter.index) + ' ' : before;
  const named = /^(?:A|An)\s+$/.test(before) ? null : NAME_BEFORE_TITLE_RE.exec(nameBefore);
  // At the sentence's start a common word ("The", "Its", "Vice") is no name ("ICIG managing director" is one).
  const opening = named !== null && named.index === 0 && UPPER_FIRST_RE.test(before);
  if (
    named &&
    !isPlaceWord(named[1]!.replace(/['’]s$/, '')) &&
    !isDateBeforeTitle(ctx, named[1]!) &&
    !(opening && !/\s/.test(named[1]!) && isCommonWord(named[1]!.replace(/['’]s$/, '')))
  ) {
    // "Kora Council of Trade Unions president Jane Roe": a body's written name is that body.
    const from = t.start - before.length + named.index + named[0].indexOf(named[1]!);
    const body =
      bodyEndingAt(ctx, t.start - before.length, t.start) ??
      unionNamedBeforeOffice(ctx, named[1]!, from, t.title) ??
      orgOpenedBy(ctx, named[1]!.replace(/['’]s$/, ''));
    // "Kestrel World News director Jane Roe": a company the text knows, then the name of its unit, then the post —
    // the post at the company, the unit's name its scope.
    const opener = body ? null : orgOpeningName(ctx, named[1]!);
    if (opener) return { title: `${opener.rest} ${t.title}`, org: opener.id, explicitOrg: true, at: p.start };
    return { title: t.title, org: body, explicitOrg: true, at: p.start };
  }
  // "the unit's Chief Executive Jane Roe": the division named last, not the group.
  if (UNIT_POSSESSIVE_RE.test(before)) {
    const unit = recentDivision(ctx, t.start);
    if (unit) return { title: t.title, org: unit, explicitOrg: true, at: p.start };
  }
  // "the union president, Jane Roe": the workers' body named last, never the company.
  if (/\bunion(?:['’]s)?\s*$/i.test(before) || UNION_TITLE_RE.test(t.title)) {
    const union = recentUnion(ctx, t.start);
    return { title: t.title, org: union, explicitOrg: union !== null, at: p.start };
  }
  // "UniCredit has made no offer. Its chief executive, Jane Roe, …": the organization the sentence before opened
  // with; "Sampo … is represented on the board by its own chairman, Jane Roe": the one this sentence opened with.
  const its = /(?:^|\s)(Its|its)\s+(?:own\s+)?$/.exec(before);
  if (its) {
    const opensSentence = its[1] === 'Its' && its.index === 0;
    const subject =
      openingOrg(ctx, t.start, opensSentence ? -1 : 0) ?? (opensSentence ? companyWordOpening(ctx, t.start) : null);
    if (subject) return { title: t.title, org: subject, explicitOrg: true, at: p.start };
  }
  if (
    /(?:\b(?:company|firm|group|business|bank|lender|carrier|airline|insurer|retailer|carmaker|automaker|conglomerate|operator|brewer|miner)['’]s|\bits|\btheir)\s*$/i.test(
      before,
    )
  )
    return { title: t.title, org: orgInFocus(ctx, p.start), explicitOrg: true, at: p.start };
  return { title: t.title, ...fallbackOrg(ctx, p, t), at: p.start };
}

/** An outside commentator's post, as its last word: "analyst", "telecom analyst", "economist", "media lecturer". */
const COMMENTATOR_TITLE_RE = /\b(?:analysts?|economists?|strategists?|lecturer|consultant|commentator|expert)$/i;

/** "union president", "trade union representative": a union's post, whatever company the article is about. */
const UNION_TITLE_RE = /^(?:trade\s+)?union\s/u;
/** "head of the bankers' union in Sao Paulo", "president of the pilots' association": a post in a workers' body. */
const POST_IN_UNION_RE =
  /\b(?:of|at)\s+(?:the|a|an)\s+(?:[\p{L}'’-]+\s+){0,4}?(?:union|unions|association|federation|confederation|syndicate|guild)\b/iu;

function fallbackOrg(ctx: DocContext, p: ResolvedMention, t: TitleMatch): { org: string | null; explicitOrg: boolean } {
  // "Jane Roe, the union president,", "head of the bankers' union in Sao Paulo": the workers' body named last, never
  // the company.
  if (UNION_TITLE_RE.test(t.title) || POST_IN_UNION_RE.test(t.title)) {
    const union = recentUnion(ctx, t.start);
    return { org: union, explicitOrg: union !== null };
  }
  if (PUBLIC_OFFICE_RE.test(t.title) || (isPublicOffice(t.title) && !speaksForTheCompany(ctx, p)))
    return { org: null, explicitOrg: false };
  // "professor of management at Kora University": a post at a place of learning is no company's.
  if (ACADEMIC_IN_TITLE_RE.test(t.title)) return { org: null, explicitOrg: false };
  // "a research analyst for Orsk Capital Markets": a firm no step found, not the company the article is about.
  const firm = firmNamedInTitle(ctx, t);
  if (firm) return { org: firm, explicitOrg: true };
  // "Tom Lund, an analyst in Oslo", "a telecoms analyst in Lagos": an outside commentator no firm is named for
  // works for none of the companies the sentence is about.
  if (COMMENTATOR_TITLE_RE.test(t.title)) return { org: null, explicitOrg: false };
  // "a director at the labour ministry": a post in a public body the text names in lower case is no company's.
  if (PUBLIC_BODY_IN_TITLE_RE.test(t.title)) return { org: null, explicitOrg: false };
  // "chair of the House of Commons Foreign Affairs Committee": a post in a legislature or ministry no step named.
  if (LEGISLATURE_IN_TITLE_RE.test(t.title)) return { org: null, explicitOrg: false };
  const s = sentenceOf(ctx, p.start);
  const after = s ? mentionsIn(ctx, Math.max(p.end, t.end), s.end).find(isOrg) : undefined;
  // The company or unit the sentence is about ("Kestrel, advised by Saltvik, said chief executive Jane Roe …";
  // "Nordcast will not cut jobs, according to chief executive Jane Roe": the unit's, not its group's), else the one
  // the article is about — never merely the last one named ("Demand from Saltvik has fallen, CFO Jane Roe said").
  // "Reuters quoted CFO Jane Roe as saying …": who quotes an executive is not whom the executive works for.
  const quoted = QUOTED_BEFORE_RE.test(ctx.work.slice(Math.max(0, Math.min(p.start, t.start) - 16), t.start));
  const subject = quoted ? null : openingOrg(ctx, Math.min(p.start, t.start), 0);
  const subjectType = subject ? ctx.entities.get(subject)?.type : undefined;
  const company = subjectType === 'Company' || subjectType === 'Division' ? subject : null;
  // "… Norrvik Mobile said it would cut 1,100 jobs. The company also unveiled a plan under new CEO Jane Roe.": the
  // company the sentence's "The company" or "It" stands for (see anaphor-company.ts).
  const anaphor = company ? null : anaphorCompany(ctx, p.start);
  return { org: company ?? anaphor ?? companyInParagraph(ctx, p.start) ?? after?.id ?? null, explicitOrg: false };
}

/** "The company", "The group" opening a sentence: the article's company, named by what it is. */
const COMPANY_WORD_OPENING_RE =
  /^[\s"“]*The\s+(?:company|group|firm|retailer|bank|carrier|airline|insurer|conglomerate)\b/;

/**
 * "… the group owns A, B and C. The company did not say. Its founder, Jane Roe, …": when the sentence before opens
 * with "The company", "Its" is the article's company, not the last unit listed.
 */
function companyWordOpening(ctx: DocContext, pos: number): string | null {
  const prev = ctx.sentences[findSentenceIndex(ctx.sentences, pos) - 1];
  if (!prev || !COMPANY_WORD_OPENING_RE.test(ctx.work.slice(prev.start, prev.start + 40))) return null;
  const main = mainOrg(ctx);
  return main && ctx.entities.get(main)?.type === 'Company' ? main : null;
}

/** "… said at a briefing that the group would": reported words about "the group" or "the company" as its subject. */
const COMPANY_REPORTED_RE =
  /^\s+said\b[^.;"“”]{0,60}?\bthat\s+the\s+(?:group|company|firm|conglomerate|carmaker|automaker|bank)\s+(?:would|will|had|has|is|was|could|must|should|needed|needs|plans?)\b/;

/**
 * "President Jane Roe said at a briefing that the group would keep only …": the president speaking for the company
 * the story is about (as in Japanese and Korean firms), not a head of state.
 */
function speaksForTheCompany(ctx: DocContext, p: ResolvedMention): boolean {
  if (COMPANY_REPORTED_RE.test(ctx.work.slice(p.end, p.end + 120))) return true;
  // "At a press conference in Tokyo, President Jane Roe explained …", "President Jane Roe told investors …": a
  // company's own forum, in a sentence that says nothing of a government or a country.
  const s = sentenceOf(ctx, p.start);
  if (!s || s.end - s.start > 400) return false;
  const sentence = ctx.work.slice(s.start, s.end);
  return COMPANY_FORUM_RE.test(sentence) && !GOVERNMENT_WORD_RE.test(sentence);
}

/** Where a company's head speaks: its press conference or briefing, its investors, shareholders or staff. */
const COMPANY_FORUM_RE =
  /\b(?:(?:press|news|earnings|results)\s+(?:conference|briefing)|briefing|earnings call|shareholders['’]? meeting|general meeting|told\s+(?:investors|analysts|shareholders|employees|staff|workers))\b/i;
/** Words of a state's business: a head of state's sentence. */
const GOVERNMENT_WORD_RE =
  /\b(?:government|administration|country|nation(?:al)?|state|parliament|congress|senate|election|campaign|ministers?|ministry|cabinet|republic|decree|tariffs?|summit|visit(?:ed|ing)?|took office|sworn|palace|white house|kremlin)\b/i;

/** A verb of quoting right before a title: "X quoted CFO Jane Roe", "X interviewed chief executive Jane Roe". */
const QUOTED_BEFORE_RE = /\b(?:quoted|cited|interviewed)\s+(?:the\s+)?$/;

/**
 * The company an untitled executive most likely works for: the article's main organization, unless the paragraph
 * (a blank line ends one) names other companies and not it — then the last of those ("In India, Sharma Industries
 * … Managing director Rajiv Sharma said").
 */
function companyInParagraph(ctx: DocContext, pos: number): string | null {
  const main = mainOrg(ctx);
  // Bounded look-back: a whole-text lastIndexOf per person would be quadratic on one long line.
  const back = Math.max(0, pos - 1500);
  const from = back + ctx.work.slice(back, pos).lastIndexOf('\n\n') + 1;
  const ms = mentionsIn(ctx, from, pos);
  if (main && ms.some((m) => m.id === main)) return main;
  // "Chief executive Jane Roe said Kestrel had no choice": the person's own sentence names the main company.
  const s = sentenceOf(ctx, pos);
  if (main && s && mentionsIn(ctx, pos, Math.min(s.end, pos + 400)).some((m) => m.id === main)) return main;
  // "Chief executive Jane Roe has argued that Saltvik cannot wait": with no company named before in the paragraph,
  // the company the executive's reported words are about is the executive's own, not the article's main one.
  const spoken = ms.length === 0 && s ? reportedSubject(ctx, pos, Math.min(s.end, pos + 400)) : null;
  if (spoken) return spoken;
  // A union, an outlet or an analysts' firm the paragraph quotes employs no untitled executive of the story; nor
  // does a company named only after a preposition ("The cuts mirror those at Saltvik").
  const commentator = createCommentatorTest(ctx);
  for (let i = ms.length - 1; i >= 0; i--) {
    const m = ms[i]!;
    if (m.type !== 'Company' || commentator(m.id) || namedAsPastPost(ctx, m)) continue;
    if (!PREPOSITION_BEFORE_RE.test(ctx.work.slice(Math.max(0, m.start - 12), m.start))) return m.id;
  }
  return main;
}

/** "… said that ", "… has argued ": a verb of saying, then the reported clause (the name that follows is its subject). */
const SAYING_BEFORE_RE =
  /\b(?:said|says|argued|argues|warned|warns|insisted|insists|stressed|added|believes|told\s+\p{Ll}+)\s+(?:that\s+)?$/u;
/** A verb right after a reported clause's subject: "Saltvik cannot wait", "Saltvik had no choice". */
const CLAUSE_VERB_AFTER_RE =
  /^\s+(?:cannot|can|could|would|will|must|should|has|had|have|is|was|needs?|needed|may|might|did|does|plans?|planned)\b/;

/** The company that is the subject of the reported clause right after a verb of saying in [pos, end), else null. */
function reportedSubject(ctx: DocContext, pos: number, end: number): string | null {
  const m = mentionsIn(ctx, pos, end).find((o) => isOrg(o));
  if (!m || m.type !== 'Company') return null;
  if (!SAYING_BEFORE_RE.test(ctx.work.slice(Math.max(pos, m.start - 40), m.start))) return null;
  return CLAUSE_VERB_AFTER_RE.test(ctx.work.slice(m.end, m.end + 20)) ? m.id : null;
}

/**
 * A preposition of comparison, source or destination right before a name: another party ("those at Saltvik", "demand
 * from Saltvik", "the company, which supplies screens to Saltvik, announced …").
 */
const PREPOSITION_BEFORE_RE = /\b(?:at|from|than|like|unlike|against|to)\s+(?:the\s+)?$/i;

/** "…, a former head of the energy group Vantor,": a company named only as someone's earlier employer. */
const PAST_POST_BEFORE_RE = /\b(?:(?:former|onetime|one-time|previously)\s|ex-)[^,;:.()—–\n]{0,60}$/i;

function namedAsPastPost(ctx: DocContext, m: ResolvedMention): boolean {
  return PAST_POST_BEFORE_RE.test(ctx.work.slice(Math.max(0, m.start - 70), m.start));
}

/**
 * Before a sentence's subject: nothing, or up to three words with no punctuation and no preposition ("Rival", "The
 * Swedish carmaker"; not "Demand from").
 */
const OPENING_WORDS_RE =
  /^\s*(?:(?!(?:from|of|at|with|for|to|by|in|on|after|before|unlike|like|than|about|over|under|against|between|among)\s)[\p{L}-]+\s+){0,3}$/iu;

/** "At ", "In ", "Within the ": a phrase setting the scene in an organization ("At Kestrel, …"). */
const SCENE_OPENING_RE = /^\s*(?:At|In|Within|Inside)\s+(?:the\s+)?$/;

/**
 * The organization that opens the sentence of `pos` (`offset` 0) or the one before it (-1): its first mention, or a
 * body written out ("The Manufacturers Association of Kora (MAK) has warned …"); else null.
 */
function openingOrg(ctx: DocContext, pos: number, offset: 0 | -1): string | null {
  const s = ctx.sentences[findSentenceIndex(ctx.sentences, pos) + offset];
  if (!s) return null;
  // Bounded: the opening is all that is read, however long the sentence (a text without full stops).
  const first = mentionsIn(ctx, s.start, Math.min(s.end, s.start + 200))[0];
  // "Rival Saltvik Foods cut …", "Swedish peer Kestrel said …": up to three words of description before the name.
  if (first && isOrg(first) && OPENING_WORDS_RE.test(ctx.work.slice(s.start, first.start))) return first.id;
  // "At Saltvik Foods, chief executive Jane Roe said …": the organization the opening phrase sets the scene in.
  if (first && isOrg(first) && SCENE_OPENING_RE.test(ctx.work.slice(s.start, first.start)))
    if (/^\s*,/.test(ctx.work.slice(first.end, first.end + 3))) return first.id;
  return bodyOpening(ctx, s.start, Math.min(s.end, pos));
}

function firstOrgIn(ctx: DocContext, start: number, end: number): string | null {
  return mentionsIn(ctx, start, end).find((m) => isOrg(m) || m.type === 'Source')?.id ?? null;
}

function clauseStart(text: string, from: number, pos: number): number {
  const slice = text.slice(from, pos);
  let start = from;
  CLAUSE_BREAK_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CLAUSE_BREAK_RE.exec(slice)) !== null) start = from + m.index + m[0].length;
  return start;
}

/** The division named last in this or the two sentences before `pos` (bounded look-back), else null. */
function recentDivision(ctx: DocContext, pos: number): string | null {
  const si = findSentenceIndex(ctx.sentences, pos);
  const from = Math.max(ctx.sentences[Math.max(0, si - 2)]?.start ?? 0, pos - 1500);
  const ms = mentionsIn(ctx, from, pos);
  for (let i = ms.length - 1; i >= 0; i--) if (ms[i]!.type === 'Division') return ms[i]!.id;
  // "The unit's managing director" a few paragraphs after the unit: the only unit named before, if one.
  const earlier = new Set(
    mentionsIn(ctx, Math.max(0, pos - 3000), from)
      .filter((m) => m.type === 'Division')
      .map((m) => m.id),
  );
  return earlier.size === 1 ? [...earlier][0]! : null;
}
