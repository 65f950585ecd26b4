import { entityId } from '../resolve/entity-table.js';
import { createLeadScanner } from '../text/lead-scan.js';
import { type DocContext, isOrg, mentionsIn, recentCompany, sentenceOf } from '../resolve/doc-context.js';
import { focusCompany } from '../events/focus-company.js';
import { GENERIC, type GenericSource } from './generic-sources.js';
import { COMPANY_OFFICIALS } from './unnamed-officials.js';
import { DEFINITE_LETTER_BEFORE_RE, SPEAKING_LETTERS } from './speaking-letters.js';
import { isThirdPartyStatement, isUnnamedThirdPartyStatement, statementGiver } from './third-party-statements.js';
import { isNamedSpokesperson } from './named-spokespeople.js';
import {
  ACRONYM_AFTER_RE,
  ACRONYM_WORDS_RE,
  KNOWN_KINDS,
  UNION_BEFORE_SPOKESPERSON_RE,
  nameBeforeUnionNoun,
  unionFamily,
  unionNamedBefore,
} from './union-names.js';
import {
  DECLINED_AFTER_RE,
  FOR_BODY_RE,
  FOR_PUBLIC_BODY_RE,
  adjacentOrg,
  bodyAfter,
  bodyBefore,
  itsBodyBefore,
} from './spokesperson-bodies.js';

/*
 * Generic sources (see GENERIC): memos, filings, anonymous sources, statements, spokespeople, briefings, unions and
 * councils named by common words — each cited under the company or body it belongs to.
 */

const scanGeneric = createLeadScanner(GENERIC);
const SUFFIX: Record<string, string> = {
  'internal-memo': 'internal memo',
  'company-filing': 'filings',
  anonymous: 'anonymous sources',
  'company-statement': 'statement',
};
/** Up to three words before a union noun that belong to its name ("the local metalworkers' "). */
const QUALIFIERS_RE =
  /(?<![\p{L}'’-])(?:(?!(?:the|a|an|and|or|but|so|yet|as|that|which|what|who|whom|whose|where|because|since|if|however|of|when|while|both|all|its|their|his|her|some|many|two|three|other|to|with|by|from|at|in|on|after|before|for|than|until|despite|over|against|amid|says|said)\s)\p{L}[\p{L}-]*['’]?s?[ \t]+){0,3}$/iu;
/** Where the first company disclosure (filing, exchange announcement, trading update) is kept among the kinds. */
const DISCLOSURE_KEY = 'disclosure';
/** "in the statement", "in the company's statement", "according to the same statement": one named before. */
const DEFINITE_BEFORE_RE =
  /\bthe\s+(?:(?:company|group|bank|firm|carmaker|airline)['’]s\s+)?(?:same\s+|written\s+|full\s+)?$/i;
/** A union phrase that names several speakers: "unions", "union representatives", "shop stewards". */
const PLURAL_SPEAKERS_RE = /s$/;
/** ", who " between a cited speaker's name and what it asked of the reporter. */
const WHO_BETWEEN_RE = /^,\s+who\s+$/;
/** "federation of (trade) ", "confederation of ": a union phrase after it describes a body. */
const OF_BODY_BEFORE_RE =
  /\b(?:federation|confederation|association|council|congress|centre|center|umbrella\s+(?:body|group))\s+of\s+(?:(?:the|its|\p{Ll}+)\s+){0,2}$/iu;
/** A capitalised word right before: the plural ends a name ("Federation of Trade Unions"), it names no others. */
const NAME_WORD_BEFORE_RE = /\p{Lu}[\p{L}'’-]*\s+$/u;
const TOLD_RE = /^(?:told|informed|notified|wrote|addressed)\b/i;
const IN_A_RE = /\bin\s+an?\s+\S+(?:\s+(?:call|message|hall))?$/i;
/** "'s general " between a company and "works council": the words that qualify the council. */
const POSSESSIVE_GAP_RE = /^['’]s\s+((?:(?:general|central|group|european|global|local|national)\s+)*)$/iu;
/** The third parties cited as speakers before the generic phrases are read. */
export interface CitedVoices {
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
export function citeGeneric(
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
  /** The unnamed official cited last ("a Kestrel official said"), whose anonymity a clause after may ask for. */
  let official: { id: string; end: number } | null = null;
  // A statement a third party gave under no organization name ("they stated in a written statement"): see below.
  let thirdPartyStatement = false;
  /** The last memo, letter, notice or filing cited, by its noun: what a later "the letter said" refers back to. */
  const lastDocument = new Map<string, string>();
  for (const { g, start, match } of found) {
    const end = start + match.length;
    if (start < last) continue;
    last = end;
    if (mentionsIn(ctx, start, end).some((x) => x.type === 'Source')) continue;
    // "An analyst at Kora Securities, who asked not to be named, said": the firm, cited already, is the source.
    if (g.kind === 'anonymous' && cited.speakerEnds.some((e) => WHO_BETWEEN_RE.test(ctx.work.slice(e, start))))
      continue;
    // An unnamed official's plea to stay unnamed later in the sentence is the official's anonymity, no other source.
    if (g.kind === 'anonymous' && official && ANONYMITY_RE.test(match) && officialBefore(ctx, official.end, start)) {
      ctx.entities.addAlias(official.id, wording(match));
      cite(official.id, start);
      continue;
    }
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
    // "the press service of Kestrel Rail said", "the press office of the Orsk Council said": a press service is read
    // as a spokesperson is — the body or company named at it speaks, not the company in focus.
    const spokesperson = generic === 'spokesperson' || generic === 'press service';
    // "A spokeswoman for the bank declined to comment": someone who said nothing is no source.
    if (spokesperson && DECLINED_AFTER_RE.test(ctx.work.slice(end, end + 80))) continue;
    // "a spokeswoman for the labour ministry said": a public body's spokesperson, cited as that body, not the company's.
    if (spokesperson && FOR_PUBLIC_BODY_RE.test(ctx.work.slice(end, end + 60))) continue;
    // "a statement was planned for Wednesday", "it would be issuing a statement shortly": nothing said yet.
    if (generic === 'company statement' && unsaidStatement(ctx.work, start, end)) continue;
    // "a spokesman for the council": the works council or union the article named before; "a trade union
    // spokesperson": the union, unnamed.
    const forBody = spokesperson
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
    const body = spokesperson ? (bodyAfter(ctx, end) ?? bodyBefore(ctx, start)) : null;
    if (body) {
      cite(ctx.entities.addMention('Source', body.name, body.start, body.end, 'other'), start);
      continue;
    }
    // "The Kora Miners' Union said …. Its spokesperson, Jan Roe, said": the body that spoke just before.
    const its = spokesperson ? itsBodyBefore(ctx, start, focal, cited.voices) : null;
    if (its) {
      cite(its, start);
      continue;
    }
    const near = spokesperson ? adjacentOrg(ctx, start, end) : null;
    if (near && !focal.has(near) && commentator(near)) {
      cite(near, start);
      continue;
    }
    // "Kestrel spokesperson Jane Roe said", "Jane Roe, a spokeswoman for Kestrel, said": a named person speaks.
    if (generic === 'spokesperson' && isNamedSpokesperson(ctx, start, end)) continue;
    // "The Kora Engineers' Union said in a statement": the union, cited already, gave it — not the company.
    if (generic === 'company statement' && isThirdPartyStatement(ctx, cited.speakerEnds, start)) continue;
    // '"…," they stated in a written statement' after the unions spoke, "the latter issued a statement", "site
    // administrators stated in a statement": a third party the text names no organization for gave it; "the
    // statement" after it is that one too.
    if (generic === 'company statement') {
      if (isUnnamedThirdPartyStatement(ctx, cited.speakerEnds, start)) {
        thirdPartyStatement = true;
        continue;
      }
      if (
        thirdPartyStatement &&
        !firstOfKind.has(`${g.kind}|statement`) &&
        DEFINITE_BEFORE_RE.test(ctx.work.slice(Math.max(0, start - 32), start))
      )
        continue;
    }
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
    // "said in a notice to the exchange …. The notice said": the letter or notice named before, of whatever kind.
    const noun = documentNoun(match);
    const earlierDocument =
      g === SPEAKING_LETTERS && noun && DEFINITE_LETTER_BEFORE_RE.test(ctx.work.slice(Math.max(0, start - 32), start))
        ? lastDocument.get(noun)
        : undefined;
    const known =
      earlierDocument ??
      disclosure ??
      firstOfKind.get(kindKey) ??
      (sentenceKey ? firstOfKind.get(sentenceKey) : undefined);
    // "Kestrel revealed in a federal filing that …": the filing is the company's that the sentence names before it.
    const filer = g.kind === 'company-filing' && !known ? statementGiver(ctx, start)?.id : undefined;
    const companyId = known ? null : (near ?? filer ?? focusCompany(ctx, start) ?? recentCompany(ctx, start));
    const company = companyId ? ctx.entities.get(companyId)?.name : undefined;
    const name = known ?? (company ? `${company} ${suffix}` : generic);
    firstOfKind.set(kindKey, name);
    if (sentenceKey) firstOfKind.set(sentenceKey, name);
    if (g.kind === 'company-filing' && !firstOfKind.has(DISCLOSURE_KEY)) firstOfKind.set(DISCLOSURE_KEY, name);
    if (noun && (g.kind === 'internal-memo' || g.kind === 'company-filing' || /letter/i.test(generic)))
      lastDocument.set(noun, name);
    const id = ctx.entities.addMention('Source', name, start, end, g.kind);
    if (g === COMPANY_OFFICIALS) official = { id, end };
    // The letter named before keeps its own generic name ("company filings" for a notice to the exchange).
    if (!earlierDocument) ctx.entities.addAlias(id, generic);
    // "an email to staff", "a letter seen by X": the kind of message is what a reader calls the source too.
    if (g.kind === 'internal-memo' && noun && noun !== 'memo') ctx.entities.addAlias(id, noun);
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
/** An anonymous phrase that only asks to stay unnamed or for anonymity, naming no source of its own. */
const ANONYMITY_RE = /\b(?:named|identified|anonymity)$/i;
/** True when an official's mention ending at `end` stands in the sentence of `start`, at most 120 characters before. */
function officialBefore(ctx: DocContext, end: number, start: number): boolean {
  return start - end <= 120 && sentenceOf(ctx, end)?.start === sentenceOf(ctx, start)?.start;
}
/** A generic phrase as a name: lower case, one space between words. */
const wording = (match: string) => match.toLowerCase().replace(/\s+/g, ' ');
/** An anonymous source as the text words it, with who it is when a phrase only describes them ("people close to"). */
function anonymousWording(ctx: DocContext, start: number, match: string): string {
  const who = ANONYMOUS_WHO_RE.exec(ctx.work.slice(Math.max(0, start - 24), start))?.[0] ?? '';
  if (who) return wording(who + match);
  // "said one dismissed engineer who did not wish to be named": the person the clause is about names the source.
  const speaker = UNNAMED_SPEAKER_RE.exec(ctx.work.slice(Math.max(0, start - 64), start))?.[1];
  return wording(speaker ?? match);
}
const ANONYMOUS_WHO_RE =
  /\b(?:sources?|people|persons?|insiders?|employees?|executives?|officials?|bankers?|lawyers|advisers|advisors)\s+$/i;
/**
 * An unnamed person before the clause that keeps them unnamed ("one dismissed engineer who did not wish to be
 * named", "a senior manager, who pleaded anonymity"): the noun and up to two lower-case words before it, without the
 * article. Only a person's noun (not "the plan, which …").
 */
const UNNAMED_SPEAKER_RE =
  /\b(?:[Aa]n?|[Aa]nother|[Oo]ne|[Tt]wo|[Tt]hree|[Ss]everal)\s+((?:\p{Ll}[\p{Ll}-]*\s+){0,2}(?:employees?|workers?|officials?|executives?|managers?|bankers?|staffers?|staff\s+members?|insiders?|engineers?|pilots?|directors?))\s*,?\s+(?:who|and)\s+(?:also\s+)?$/u;
/** The noun of a message or document as one word ("email" for "e-mails"), or undefined. */
function documentNoun(match: string): string | undefined {
  return MESSAGE_NOUN_RE.exec(match)?.[1]?.toLowerCase().replace('-', '');
}
/** The noun of an internal message: "email", "mail", "letter", "note", "video". */
const MESSAGE_NOUN_RE =
  /\b((?:e-?)?mail|letter|note|message|video|document|presentation|circular|notice|post|memo)s?\b/i;
