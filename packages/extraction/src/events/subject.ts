import type { Span } from '../types.js';
import { type DocContext, type ResolvedMention, isOrg, mentionsIn } from '../resolve/doc-context.js';
import { findSentenceIndex } from '../text/sentences.js';
import { createCommentatorTest } from '../relations/commentators.js';
import { COMPANY_NOUNS } from '../gazetteer/lexicon/org-nouns.js';
import { isPlace } from '../gazetteer/lexicon/places.js';
import { openingOrg, unitInFocus, unitStillInFocus } from './unit-in-focus.js';
import { leadUnitOfOwner, unitNamedAfterFigure, unitNamedInAside } from './aside-unit.js';
import { blankAsides, clauseStart } from './clause-bounds.js';
import { executiveCompany, itAntecedent, itsSpeaker, speakerCompany } from './speaker-company.js';
import { focusCompany } from './focus-company.js';
import { PRONOUN_RE, REPORTING_RE, isDisclosedUnit, reportedClauseStart } from './reported-clauses.js';
import {
  isUnknownActor,
  isUnknownAnnouncer,
  isUnknownName,
  isUnknownOwnersPlan,
  shortFormOwner,
} from './unknown-actors.js';
import { LIST_RE, chain } from './org-chains.js';
import { accordingToCompany } from './according-to-company.js';
import { renamedCompany } from './renamed-company.js';
import { foughtCutOwner, isForumOfMatter, vowsToFightCut } from './opposing-bodies.js';
import { planByOwner } from './plan-by-owner.js';
import { isReportingAgency } from './agency-reports.js';
import { nationalDescriptorCompany } from './national-descriptor.js';
import { isStaffPlace } from './staff-place.js';

// Module constants: esbuild (tsx, vitest) rewrites a \p{…} literal inside a function into `new RegExp` per call.
const ING_WORD_RE = /^\p{L}+ing\b/u;
const NO_LETTER_RE = /^\P{L}?$/u;
/** Who a clause is about: the organizations acting, whether they were named, and whether the subject is generic. */
export interface Subject {
  orgs: string[];
  /** Named in the clause, or referred to as "the company"/"it". */
  explicit: boolean;
  /** "The tech sector", "tech companies": no single organization. */
  generic: boolean;
  /**
   * The clause is hypothetical ("If even AWS is trimming staff") or negated ("has not announced"), or its actor is a
   * name no pass typed ("Ford said …" with Ford unknown): it reports no event of a known organization.
   */
  hypothetical: boolean;
  clauseStart: number;
}
const GENERIC_RE =
  /\b(?:sectors?|industry|industries|companies|firms|employers|startups|giants|tech workers|businesses|rivals|peers|big tech|silicon valley)\b/i;
/**
 * A clause whose subject is a trade in the plural ("To keep margins, financial institutions laid off nearly 2,000
 * workers", "Indian banks have cut", "Some of Europe's biggest banks plan to cut", "Twelve of Europe's largest lenders
 * shed 54,000 jobs"): many companies' sum. Only as the subject: "the lender, one of the country's largest banks," is one.
 */
const TRADE_SUBJECT_RE =
  /^\s*(?:[^,;]{1,60}(?:,|\s[-–—])\s*)?(?:the\s+)?(?:(?:some|many|most|several|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|(?:thir|four|fif|six|seven|eigh|nine)teen|twenty|\d{1,3})\s+of\s+)?(?:[\p{L}-]+(?:['’]s)?\s+){0,2}?(?:institutions|banks|lenders|insurers|carmakers|automakers|telcos|retailers|manufacturers|airlines|miners|steelmakers)\s+(?!of\b)/iu;
/**
 * "more than 10,000 layoffs across Indian edtech startups", "job cuts at European banks", "jobs lost in the
 * country's textile sector": a sector's sum. Not a company's own ("across its group companies").
 */
const GENERIC_AFTER_RE =
  /^[^.;:]{0,50}?\b(?:across|among|at|in)\s+(?!(?:its|their|our)\s)(?:the\s+)?(?:[\p{L}'’-]+\s+){0,3}?(?:sector|industry|companies|firms|startups|start-ups|employers|businesses|banks|lenders|carmakers|automakers|airlines|insurers|retailers|manufacturers)\b/iu;
/**
 * "some 6,000 posts will go in a wave of cuts spanning several industries", "redundancies over many employers": a
 * figure the clause spreads over many trades or employers is their sum, wherever in the clause that is said (not
 * when "it"/"the company" is the clause's subject: "it will shed 500 posts after losses in several industries").
 */
const MANY_TRADES_RE =
  /\b(?:across|over|in|among)\s+(?:(?:a\s+)?(?:range|number|host|variety)\s+of|various|several|many|multiple|numerous|different|diverse)\s+(?!(?:its|their|our)\s)(?:[\p{L}-]+\s+)?(?:sectors|industries|companies|firms|employers|trades)\b/iu;
/** A trade or an economy just before ", which": "the car industry", "the banking sector", "the economy". */
const GENERIC_ANTECEDENT_RE = /\b(?:sector|industry|industries|economy|workforce of the country)$/;
/** Nouns of third parties: "the buyer", "the rival" never mean the company in focus. */
const THIRD_PARTY = new Set(
  'rival rivals competitor competitors peer peers challenger partner partners investor investors shareholder shareholders owner owners acquirer acquirers buyer buyers bidder bidders suitor suitors fund funds activist activists auditor auditors adviser advisers advisor advisors consultant lessor lessors handler handlers trader traders importer exporter exporters'.split(
    ' ',
  ),
);
/**
 * "the Johannesburg-based energy and chemicals group", "the British luxury label", "the parent": a definite noun
 * phrase headed by a company noun refers to the company in focus.
 */
const DESCRIPTOR_RE = new RegExp(
  `\\bthe\\s+(?:[\\p{L}\\p{N}&'’-]+\\s+){0,5}?(?:${[...COMPANY_NOUNS, 'label', 'parent', 'insurer', 'miner']
    .filter((w) => !THIRD_PARTY.has(w))
    .join('|')})\\b`,
  'iu',
);
/** An opening condition with a clause of its own ("If Hallberg closes the mill,"; not "If approved,"). */
const CONDITION_RE = /^\s*(?:If|Unless|Should|Were)\s+\S+\s+\S+[^,]*,\s*$/;
const NEGATION_RE = /\b(?:not|no|never|denied|deny|denies|without|declined to)\b|n['’]t\b/i;
const AFTER_RE = /\b(?:at|across|by|from|within|inside|in|of)\s+(?:the\s+)?$/;
/**
 * "sold its arm to Norrvik and closed …", "sold its stake in Norrvik and handed …": a company after such a preposition
 * is a party, not the clause's actor; so is the body a notice is addressed to ("we regret to advise the Ministry of
 * Labour of the organisation's intention to declare 400 positions redundant"), an outlet a report is credited to
 * ("as reported by Kestrel Wire, Norrvik is expected to announce …"), and an agent a company takes on for its move
 * ("It has appointed Kestrel Realty for the sale of the site", "retained Orsk Partners to handle the sale").
 */
const OBJECT_BEFORE_RE =
  /\b(?:to|from|with|into|against|than|versus|via|towards?|(?:reported|quoted|cited)\s+by|citing|advis(?:e|es|ed|ing)|appoint(?:s|ed|ing)?|hir(?:e|es|ed|ing)|retain(?:s|ed|ing)?|engag(?:e|es|ed|ing)|mandat(?:e|es|ed|ing)|instruct(?:s|ed|ing)?|commission(?:s|ed|ing)?|notif(?:y|ies|ied|ying)|inform(?:s|ed|ing)?|(?:spin-?off|sale|separation|demerger|listing|acquisition|purchase|takeover|closure|break-?up)\s+of|(?:stakes?|holdings?|shares|interests?)\s+in)\s+(?:the\s+)?$/i;
/**
 * "It spun off its drugs business as Vessamed in 2014 and sold …", "listed its towers arm as Skyrise": the company an
 * action made is its product, never the actor of the clause.
 */
const PRODUCT_BEFORE_RE =
  /\b(?:spun|spin(?:s|ning)?|hived?|carved?|floated|listed|demerged|renamed|rebranded|separated)\b[^,;.]{0,80}\sas\s+(?:the\s+|a\s+)?$/i;
/**
 * "The reorganisation of all the airline's units, excluding low-cost carrier Vessla, Tarn Chefs and …, could result in
 * 944 … being fired": what is left out of a plan never carries it out (the first name listed, or one after "and").
 */
const EXCLUDED_BEFORE_RE =
  /\b(?:excluding|except(?:\s+for)?|other\s+than|apart\s+from|aside\s+from|not\s+including|save\s+for)\s+(?:(?:[\p{L}'’-]+\s+){0,3}?|[^;:.]{1,100}?\s+and\s+(?:the\s+)?(?:[\p{L}'’-]+\s+){0,2}?)$/iu;
/**
 * "Maker of beer brands Vessbrau and Kolbinger has sold a brewery": the brands a company makes, listed after "brands",
 * are what it sells, never the actor of the clause (the first one, or one after a comma or "and").
 */
const BRANDS_BEFORE_RE =
  /\b[a-z]+\s+brands\s+(?:such\s+as\s+|including\s+|like\s+)?(?:[^,;.()]{1,40}?(?:,\s*|\s+and\s+))?$/;
/**
 * "The group has sold Orsk Shop and Kestrel and decided to separate its Vessla arm": the businesses a sale or a
 * purchase verb takes as its object (the first name after the verb, or one more after a comma or "and", names only
 * between) are what changes hands, never the actor of a verb coordinated after them. Only when the name is not
 * followed by a verb of its own (SOLD_OBJECT_AFTER_RE): "Norrvik sold Orsk and Kestrel cut 300 jobs" keeps Kestrel.
 */
const SOLD_OBJECT_BEFORE_RE =
  /\b(?:sold|sells|bought|buys|acquired|acquires|divested|divests|offloaded|offloads|spun\s+off)\s+(?:off\s+)?(?:[Tt]he\s+)?(?:\p{Lu}[\p{L}\p{N}&.'’-]*(?:\s+\p{Lu}[\p{L}\p{N}&.'’-]*){0,3}(?:,\s*|\s+and\s+)(?:[Tt]he\s+)?){0,3}$/u;
/** What follows an object of a sale: a comma, "and" or a preposition, never the name's own verb. */
const SOLD_OBJECT_AFTER_RE = /^\s*(?:,|and\s|to\s|for\s|in\s|from\s)/;
const isSoldObject = (work: string, start: number, at: number, end: number) =>
  SOLD_OBJECT_BEFORE_RE.test(work.slice(Math.max(start, at - 120), at)) &&
  SOLD_OBJECT_AFTER_RE.test(work.slice(end, end + 6));
/**
 * Whether the words before an organization named at `at` (not before the clause's `start`) make it no actor of the
 * clause: a product an action made, a unit a plan leaves out, a brand listed, a party to talks.
 */
const namedAsNoActor = (work: string, start: number, at: number) =>
  PRODUCT_BEFORE_RE.test(work.slice(Math.max(start, at - 100), at)) ||
  EXCLUDED_BEFORE_RE.test(work.slice(Math.max(start, at - 120), at)) ||
  BRANDS_BEFORE_RE.test(work.slice(Math.max(start, at - 60), at)) ||
  isPartyToTalks(work.slice(Math.max(start, at - 100), at));
const ACTION_NOUN_RE =
  /^(?:spin-?offs?|sales?|separation|demerger|break-?up|split-up|carve-outs?|closures?|shutdown|disposals?|divest(?:ment|iture)s?|(?:de)?listing|merger)\b/i;
const IN_BEFORE_RE = /\bin\s+(?:the\s+)?$/;
const AND_PERSON_RE = /\s(?:and|but|while|whereas)\s+(?:(?:Sir|Dame|Mr|Mrs|Ms|Dr)\.?\s+)?$/;
const AT_BEFORE_RE = /\bat\s+(?:the\s+|its\s+)?$/;
/**
 * The subject of the clause holding `trigger` inside sentence `s`: the first organization of the clause
 * (appositives and parentheses skipped, "Microsoft's LinkedIn" → LinkedIn, "Google, Meta and Microsoft" → all
 * three), else "layoffs at Google" after the trigger, else "the company"/"it" → the company in focus.
 */
export function findSubject(ctx: DocContext, s: Span, trigger: number): Subject {
  const head = blankAsides(ctx.work.slice(s.start, trigger));
  let start = clauseStart(head, s.start);
  // "EasyJet has laid off its crew and Sir Richard Branson is considering a sale of …": a person after "and" opens a
  // clause of their own.
  for (const p of mentionsIn(ctx, start, trigger))
    if (p.type === 'Person' && AND_PERSON_RE.test(ctx.work.slice(Math.max(start, p.start - 16), p.start)))
      start = p.start;
  const region = head.slice(start - s.start);
  const hypothetical =
    /^\s*(?:If|if|Whether|Unless|Should)\b/.test(region) ||
    NEGATION_RE.test(region) ||
    // "If Hallberg closes the mill, 1,500 jobs would be lost": the consequence of a condition.
    (start > s.start &&
      CONDITION_RE.test(head.slice(0, start - s.start)) &&
      /\b(?:would|could|might)\b/.test(ctx.work.slice(start, Math.min(s.end, trigger + 80))));
  const orgs = speakersDropped(
    ctx,
    s,
    trigger,
    start,
    mentionsIn(ctx, start, trigger).filter(
      (m) =>
        isOrg(m) &&
        region[m.start - start] !== ' ' &&
        m.end <= trigger &&
        (!OBJECT_BEFORE_RE.test(ctx.work.slice(Math.max(start, m.start - 24), m.start)) ||
          withActing(ctx.work, m, trigger)) &&
        !namedAsNoActor(ctx.work, start, m.start) &&
        !isSoldObject(ctx.work, start, m.start, m.end) &&
        !isForumOfMatter(ctx, m) &&
        !isReportingAgency(ctx, m, trigger) &&
        !isStaffPlace(ctx.work, m.start, m.end),
    ),
  );
  // "The union turned down threats by Kestrel Mines to shed 3,100 jobs": the company whose plan it is cuts.
  const planner = planByOwner(ctx.work, orgs, trigger);
  if (planner) return { orgs: [planner.id], explicit: true, generic: false, hypothetical, clauseStart: start };
  // "Kestrel, Marlow and Vessa have disclosed cuts, with Kestrel eliminating 7,000 positions": the name right
  // before the participle acts, not the clause's list of subjects.
  const acting =
    orgs.length > 1
      ? (orgs.find((m) => withActing(ctx.work, m, trigger)) ?? secondClauseActor(ctx.work, orgs, trigger))
      : undefined;
  if (acting) orgs.splice(0, orgs.length, acting);
  // "Kora is clear that the closure of a third of the bank's branches …": a union or other commenting body that
  // takes a stance on a cut is no party to it; the cut is the company's in focus.
  if (orgs.length > 0 && STANCE_RE.test(ctx.work.slice(orgs[orgs.length - 1]!.end, trigger))) {
    const commentator = createCommentatorTest(ctx);
    // "The Vakta union and its works council at Norrvik have agreed to … the destruction of one in five jobs": the
    // bodies that agree drop out, the company they agree with stays.
    const parties = orgs.filter((m) => !commentator(m.id));
    orgs.length = 0;
    orgs.push(...parties);
  }
  // "Vaksatu has vowed to fight the retrenchment of 240 staff at Kestrel Platinum": no one vowing acts.
  if (orgs.length > 0 && vowsToFightCut(ctx.work, orgs[orgs.length - 1]!.end, trigger)) {
    const fought = foughtCutOwner(ctx, trigger, s.end);
    return { orgs: fought ? [fought] : [], explicit: true, generic: false, hypothetical: !fought, clauseStart: start };
  }
  // "543 Kora Press staff were laid off": the organization whose staff the figure counts, named between them.
  const employer = staffEmployer(ctx, s, trigger) ?? leftEmployer(ctx, s, trigger);
  if (employer) return { orgs: [employer], explicit: true, generic: false, hypothetical, clauseStart: start };
  const criticised = criticisedOwner(ctx, orgs, trigger);
  if (criticised) return { orgs: [criticised], explicit: true, generic: false, hypothetical, clauseStart: start };
  const asideUnit = orgs.length > 0 ? unitNamedInAside(ctx, orgs[0]!, trigger) : null;
  if (asideUnit) return { orgs: [asideUnit.id], explicit: true, generic: false, hypothetical, clauseStart: start };
  const ownersUnit =
    orgs.length === 1 ? (leadUnitOfOwner(ctx, orgs[0]!, start) ?? unitNamedAfterFigure(ctx, orgs[0]!, trigger)) : null;
  if (ownersUnit) return { orgs: [ownersUnit], explicit: true, generic: false, hypothetical, clauseStart: start };
  // "The Daily Vandmoor, a newspaper, said banks would sack 21,000 people": what a speaker reports of a trade is
  // that trade's sum, not the speaker's round.
  // "Rival banks including Marlow Bank are also cutting jobs": names given as examples of a trade do the trade's
  // cutting, no round of their own.
  if (orgs.length > 0 && TRADE_EXAMPLES_RE.test(ctx.work.slice(Math.max(start, orgs[0]!.start - 60), orgs[0]!.start)))
    return { orgs: [], explicit: false, generic: true, hypothetical, clauseStart: start };
  if (orgs.length > 0 && reportsOfTrade(ctx, s, trigger, start, orgs[orgs.length - 1]!.end))
    return { orgs: [], explicit: false, generic: true, hypothetical, clauseStart: start };
  const owner = shortFormOwner(ctx, start, region, orgs);
  if (owner) return { orgs: [owner], explicit: true, generic: false, hypothetical, clauseStart: start };
  const speakerOfIt = orgs.length > 1 ? itsSpeaker(ctx, orgs, start, trigger) : null;
  if (speakerOfIt) return { orgs: [speakerOfIt], explicit: true, generic: false, hypothetical, clauseStart: start };
  if (orgs.length > 0)
    return { orgs: chain(ctx, orgs, start), explicit: true, generic: false, hypothetical, clauseStart: start };
  // "According to Norrvik Heavy, about 1,300 workers from its Orm yard applied …": the company the figure is
  // credited to, whose "its" it is.
  const credited = accordingToCompany(ctx, s, start, region);
  if (credited) return { orgs: [credited], explicit: true, generic: false, hypothetical, clauseStart: start };
  // "Tarrow … announced the closure of a factory, and its dismissal of 2,000 employees": a possessive after ", and"
  // continues the clause before; its owner is that clause's subject.
  // "… told staff it would be wound down, and issued notices to its entire workforce": a verb after ", and" shares
  // the subject of the clause before.
  // "Norrvik has fired 385 more, bringing its total to 1,100": the running total's "its" is the main clause's subject.
  // "Kestrel will cut 500 jobs in Germany, while eliminating 300 positions in France": so does a participle with its
  // count after ", while".
  const coordinated = COORDINATED_ACTION_RE.test(ctx.work.slice(start, Math.min(s.end, start + 24)));
  if (
    /^(?:its|their)\s/.test(region) ||
    SUBJECTLESS_VERB_RE.test(region) ||
    coordinated ||
    PARTICIPLE_COUNT_RE.test(ctx.work.slice(start, Math.min(s.end, start + 60)))
  ) {
    const lead = ctx.work.slice(Math.max(s.start, start - 12), start);
    const and = /,\s+(?:and|while|whilst|bringing|taking|making|extending)\s+$/.exec(lead);
    if (and) {
      const comma = start - lead.length + and.index;
      // "it will close the Vandmoor Works, and shut down …": the works the first verb closes is its object; the
      // subject of that verb (read at the object) does both.
      const object = coordinated
        ? mentionsIn(ctx, s.start, comma).find(
            (m) => isOrg(m) && ACTION_OBJECT_BEFORE_RE.test(ctx.work.slice(Math.max(s.start, m.start - 24), m.start)),
          )
        : undefined;
      const main = findSubject(ctx, s, object ? object.start : comma);
      if (main.explicit && main.orgs.length > 0 && !main.hypothetical)
        return { orgs: main.orgs, explicit: true, generic: false, hypothetical, clauseStart: start };
    }
  }
  // "Its rival Norrvik, which said in 2021 that it would cut …": the antecedent of a relative clause that reports.
  // "rival Kestrel Air, which is shedding 2,000 jobs": any relative clause whose subject is "which".
  // "Norrvik and Tarvo, which together announced 3,000 job cuts": a combined figure is no one company's round.
  if (JOINT_RE.test(region) && /,\s+(?:which|who)\s$/.test(ctx.work.slice(Math.max(s.start, start - 9), start)))
    return { orgs: [], explicit: false, generic: false, hypothetical: true, clauseStart: start };
  const relative = REPORTS_RE.test(region) || RELATIVE_VERB_RE.test(region);
  const antecedent = relative ? relativeAntecedent(ctx, s, start, trigger) : null;
  if (antecedent) return { orgs: [antecedent], explicit: true, generic: false, hypothetical, clauseStart: start };
  // "Roe unveiled the Next Plan, which envisaged cutting 7,000 jobs": the plan's owner is the main clause's actor.
  const which = relative ? /,\s+which\s$/.exec(ctx.work.slice(Math.max(s.start, start - 9), start)) : null;
  if (which) {
    const comma = start - Math.min(9, start - s.start) + which.index;
    // "a wave of layoffs in the country's struggling car industry, which has shed nearly 10,000 jobs": a trade's sum.
    if (GENERIC_ANTECEDENT_RE.test(ctx.work.slice(Math.max(s.start, comma - 24), comma)))
      return { orgs: [], explicit: false, generic: true, hypothetical, clauseStart: start };
    const main = findSubject(ctx, s, comma);
    if (main.explicit && main.orgs.length > 0 && !main.hypothetical)
      return { orgs: main.orgs, explicit: true, generic: false, hypothetical, clauseStart: start };
    // "The deepest cuts came at the Marlow Star, which is cutting 62 jobs" with "Marlow Star" untyped: that name's
    // round, not the company in focus.
    if (isUnknownName(ctx, s.start, comma))
      return { orgs: [], explicit: false, generic: false, hypothetical: true, clauseStart: start };
  }
  // "Norrvik Telecom offered the same package, under which about 14,300 of its employees have applied": a clause
  // opened by a preposition and "which" has no actor of its own; the main clause's acts.
  const prepWhich = PREP_WHICH_RE.exec(ctx.work.slice(Math.max(s.start, trigger - 120), trigger));
  if (prepWhich) {
    const comma = Math.max(s.start, trigger - 120) + prepWhich.index;
    const main = findSubject(ctx, s, comma);
    if (main.explicit && main.orgs.length > 0 && !main.hypothetical)
      return { orgs: main.orgs, explicit: true, generic: false, hypothetical, clauseStart: start };
  }
  // "The company will shut its factory in Nagpur": a place after "in" is no actor when the clause has one.
  const named = PRONOUN_RE.test(region) || DESCRIPTOR_RE.test(region);
  // "the spin-off of Kyndra", "the sale of Vessa": what follows "of" is the thing sold, not who sells it.
  const objectOf = ACTION_NOUN_RE.test(ctx.work.slice(trigger, trigger + 14));
  const after = mentionsIn(ctx, trigger, Math.min(s.end, trigger + 60)).find(
    (m) =>
      isOrg(m) &&
      AFTER_RE.test(ctx.work.slice(trigger, m.start)) &&
      !(named && IN_BEFORE_RE.test(ctx.work.slice(trigger, m.start))) &&
      // "the company announced plans to lay off 300 workers at Marlow Works": a site named as a company is where.
      !(named && m.type === 'Company' && AT_BEFORE_RE.test(ctx.work.slice(trigger, m.start))) &&
      // "the sale of Norrvik's tea business": the possessor sells (it is no object).
      !(
        objectOf &&
        /\bof\s+(?:the\s+)?$/.test(ctx.work.slice(trigger, m.start)) &&
        !/^['’]s?\s/.test(ctx.work.slice(m.end, m.end + 3))
      ) &&
      // "1,800 jobs in Łódź", "750 at Hildesheim": a place named after the figure is where, not who.
      !isPlace(ctx.entities.get(m.id)?.name ?? '') &&
      // "Losing some 420 jobs in Velbrunn": a one-word name no pass knows for a town is where, too.
      !isStaffPlace(ctx.work, m.start, m.end),
  );
  if (after) return { orgs: [after.id], explicit: true, generic: false, hypothetical, clauseStart: start };
  // "In September 2023 Roe reorganised the bank into five businesses": an executive acting is their company acting.
  const executive = executiveCompany(ctx, start, trigger);
  if (executive) return { orgs: [executive], explicit: true, generic: false, hypothetical, clauseStart: start };
  // "Margherita Roe said the group would cut 11,000 jobs": the group is the speaker's own.
  const speaker = speakerCompany(ctx, s, trigger, region);
  if (speaker) return { orgs: [speaker], explicit: true, generic: false, hypothetical, clauseStart: start };
  // "Ford said in November it would eliminate 4,000 jobs" with "Ford" untyped: someone else's round, not the
  // company in focus; no event is better than one credited to the wrong company.
  if (
    isUnknownActor(ctx, start, ctx.work.slice(start, Math.min(s.end, trigger + 24))) ||
    isUnknownOwnersPlan(ctx, start, trigger) ||
    isUnknownAnnouncer(ctx, start, trigger)
  )
    return { orgs: [], explicit: false, generic: false, hypothetical: true, clauseStart: start };
  const following = ctx.work.slice(trigger, Math.min(s.end, trigger + 90));
  if (
    GENERIC_RE.test(region) ||
    TRADE_SUBJECT_RE.test(region) ||
    GENERIC_AFTER_RE.test(following) ||
    (!named && MANY_TRADES_RE.test(ctx.work.slice(start, Math.min(s.end, trigger + 160)))) ||
    isPeopleOfPlace(following)
  )
    return { orgs: [], explicit: false, generic: true, hypothetical, clauseStart: start };
  // "The division, which employs 27,000 people, plans to eliminate 5,000 positions": the unit just named acts.
  const unit = UNIT_REF_RE.test(region) ? recentDivision(ctx, trigger) : null;
  if (unit) return { orgs: [unit], explicit: true, generic: false, hypothetical, clauseStart: start };
  // "Kora Mall employs 26,000 people, and the company said it would …": a unit opening this very sentence is "the
  // company" when no company opens it.
  // "Britain's jobless total rose with a string of closures that will lead to 3,000 redundancies." opening an
  // article that has named no organization yet: a sum over the companies told below, none of them (not so a
  // headline, which may name its company in a form not typed: "LATAM grounds its airline, putting 1,715 jobs at risk").
  // Only a sentence that says it sums many ("companies", "a string of closures"): "Around 95 jobs are to be lost at
  // a printing plant." before the sentence naming its owner is that owner's round.
  if (trigger < firstOrgAt(ctx) && isAggregateLede(ctx.work.slice(s.start, s.end)))
    return { orgs: [], explicit: false, generic: true, hypothetical, clauseStart: start };
  // "Kestrel Gold also unveiled cuts at its Orm mine. It said about 300 jobs …": the company opening the
  // sentence before.
  const previousOpener = start === s.start ? itAntecedent(ctx, s) : null;
  if (previousOpener)
    return { orgs: [previousOpener], explicit: true, generic: false, hypothetical, clauseStart: start };
  // "Sharia-compliant lender Kora Bank laid off a third of its staff. The lender, which …, has issued …": the
  // company just introduced with the same noun.
  const described = named ? describedCompany(ctx, s, region, trigger) : null;
  if (described) return { orgs: [described], explicit: true, generic: false, hypothetical, clauseStart: start };
  // "Kestrel Bank's CEO said he will cut 15,000. The Asia-focused bank has already cut 4,000 jobs": the one company
  // of the sentence before.
  const renamed = named ? renamedCompany(ctx, s, start, region) : null;
  if (renamed) return { orgs: [renamed], explicit: true, generic: false, hypothetical, clauseStart: start };
  // "The Brazilian company had spent …" after a sentence opened by its foreign partner: the one company the text
  // introduced with that nationality.
  const national = named ? nationalDescriptorCompany(ctx, region, trigger) : null;
  if (national) return { orgs: [national], explicit: true, generic: false, hypothetical, clauseStart: start };
  const opening = named ? openingOrg(ctx, s, trigger) : undefined;
  const company = opening?.type === 'Division' ? opening.id : focusCompany(ctx, trigger, !named);
  const focus = company
    ? ((named ? unitStillInFocus(ctx, trigger, company) : unitInFocus(ctx, trigger, company)) ?? company)
    : company;
  return {
    orgs: focus ? [focus] : [],
    explicit: named,
    generic: false,
    hypothetical,
    clauseStart: start,
  };
}
/** A count right before an organization's name: "543 ", "about 1,200 more ". */
const COUNT_BEFORE_NAME_RE =
  /^(?:(?:about|around|some|nearly|almost|roughly|more than|over|at least|up to|another|a further)\s+)?\d[\d,.]*\s+(?:more\s+|other\s+)?$/;
/** Staff nouns after the name: what the count counts. */
const STAFF_AFTER_NAME_RE =
  /^\s+(?:staff(?:ers)?|workers|employees|personnel|jobs|positions|roles|miners|journalists|people)\b/;
/** "543 Kora Press staff", "about 1,200 Norrvik Cars workers": the organization between a count and its staff. */
function staffEmployer(ctx: DocContext, s: Span, trigger: number): string | null {
  const m = mentionsIn(ctx, trigger, Math.min(s.end, trigger + 60)).find(isOrg);
  if (!m || !COUNT_BEFORE_NAME_RE.test(ctx.work.slice(trigger, m.start))) return null;
  if (isPlace(ctx.entities.get(m.id)?.name ?? '')) return null;
  return STAFF_AFTER_NAME_RE.test(ctx.work.slice(m.end, m.end + 16)) ? m.id : null;
}
/** A count of staff, perhaps placed, and "left" just before the name: "About 2,000 workers at its yards left ". */
const COUNT_LEFT_BEFORE_NAME_RE =
  /^\d[\d,.]*\s+(?:[\p{L}-]+\s+){0,2}?(?:staff|workers|employees|people|personnel)\s+(?:(?:at|in|from)\s+[^\s,.;:()]+\s+(?:[^\s,.;:()]+\s+){0,2}?)?(?:(?:have|had|has)\s+)?left\s+$/u;
/**
 * "About 2,000 workers left Norrvik Marine in May through its voluntary retirement program": the organization the
 * staff left is their employer (see the rule scheme-left).
 */
function leftEmployer(ctx: DocContext, s: Span, trigger: number): string | null {
  const m = mentionsIn(ctx, trigger, Math.min(s.end, trigger + 80)).find(isOrg);
  if (!m || !COUNT_LEFT_BEFORE_NAME_RE.test(ctx.work.slice(trigger, m.start))) return null;
  return isPlace(ctx.entities.get(m.id)?.name ?? '') ? null : m.id;
}
/**
 * A stance taken on what follows, after the body's name and perhaps its speech: "is clear that", "fears that",
 * "believes the", "said it was concerned about"; or its consent: "have agreed to", "has accepted".
 */
const STANCE_RE =
  /^[^.;]{0,40}?\s(?:(?:is|are|was|were|has\s+been|remains?)\s+(?:\w+\s+)?(?:clear|concerned|worried|alarmed|disappointed|angry|opposed|confident|convinced|aware)|(?:fears?|feared|believes?|believed|argues?|argued|insists?|insisted|warns?|warned|maintains?|maintained|claims?|claimed))\s+(?:that|about|by|over|the)\b|^[^.;]{0,80}?\s(?:have|has|had)\s+(?:\w+\s+)?(?:agreed\s+to|accepted|approved|backed|endorsed|signed\s+off\s+on)\s/i;
/** A verb by which a union or a minister turns on a company: "has slammed", "criticised", "called on". */
const CRITICISE_RE =
  /\b(?:slam(?:s|med)?|criticis(?:e|es|ed)|criticiz(?:e|es|ed)|condemn(?:s|ed)?|blast(?:s|ed)?|attack(?:s|ed)?|accus(?:e|es|ed)|urg(?:e|es|ed)|call(?:s|ed)?\s+on|ask(?:s|ed)?|warn(?:s|ed)?|sue(?:s|d)?|challeng(?:e|es|ed)|petition(?:s|ed)?|(?:hit|hits|lashed|lashes)\s+out\s+at|rapped)\s+(?:the\s+)?$/i;
/** "… over its plan to", "over their decision to": the plan belongs to the company just named. */
const OVER_ITS_PLAN_RE =
  /^\s+(?:over|about|for|against|on)\s+(?:its|their)\s+(?:[\p{L}-]+\s+){0,2}?(?:plans?|decision|proposals?|move|intention|bid|scheme)\s+to\s+[^.;]{0,20}$/iu;
/**
 * "Trade union Solidar has slammed Kora Telecom over its plan to cut 3,000 jobs": the company a critic turns on owns
 * the plan; the critic (first in the clause) cuts nothing.
 */
function criticisedOwner(ctx: DocContext, orgs: ResolvedMention[], trigger: number): string | null {
  for (let i = 1; i < orgs.length; i++) {
    const m = orgs[i]!;
    if (
      OVER_ITS_PLAN_RE.test(ctx.work.slice(m.end, trigger)) &&
      CRITICISE_RE.test(ctx.work.slice(orgs[i - 1]!.end, m.start))
    )
      return m.id;
  }
  return null;
}
/** "15,000 people in Singapore may lose their jobs": the people of a country or city (group 1), not a payroll. */
const PEOPLE_IN_RE = /^[^.;:]{0,40}?\bpeople\s+(?:in|across)\s+(?:the\s+)?(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?)/u;
/** A figure of people in a place, told with no company in its clause: a nation's or a region's toll. */
function isPeopleOfPlace(after: string): boolean {
  const m = PEOPLE_IN_RE.exec(after);
  return m !== null && isPlace(m[1]!);
}
/**
 * A cutting participle and its count opening a clause: "eliminating 300 positions", "laying off about 120 workers"
 * (not "absorbing 80% of its staff", nor "falling demand").
 */
const PARTICIPLE_COUNT_RE =
  /^(?:cutting|eliminating|shedding|axing|slashing|dismissing|retrenching|firing|scrapping|laying\s+off|letting\s+go(?:\s+of)?)\s+(?:(?:about|around|some|nearly|roughly|up\s+to|another|a\s+further)\s+)?\d/;
/** A clause that opens with its verb (its subject left out): "issued …", "also plans …", "will close …". */
const SUBJECTLESS_VERB_RE = /^(?:also\s+|then\s+|later\s+)?(?:\p{Ll}+ed|will|would|has|had|plans|is|was)\s/u;
/**
 * A bare verb of a closure opening a clause after ", and", governed by the "will"/"to" of the clause before: "it will
 * close the Vandmoor Works, and shut down a rolling mill at Tarvo Works" (not "close to 500 workers"). Not "sell":
 * what a sale told so belongs to (the group or the unit that owns the assets) is left as it was.
 */
const COORDINATED_ACTION_RE = /^(?:shut|close|idle|halt|suspend|mothball)(?!\s+to\b)\s/;
/** The verb of a closure or sale right before its object: "close the ", "shut down its ", "sell ". */
const ACTION_OBJECT_BEFORE_RE =
  /\b(?:clos(?:e|es|ed|ing)|shut(?:s|ting)?(?:\s+down)?|idl(?:e|es|ed|ing)|halt(?:s|ed|ing)?|suspend(?:s|ed|ing)?|sell(?:s|ing)?|sold|mothball(?:s|ed|ing)?)\s+(?:the\s+|its\s+|their\s+)?$/;
/** "the division", "the steel unit", "this arm": a noun phrase that refers to a unit, not to its parent. */
const UNIT_REF_RE = /\b(?:[Tt]he|[Tt]his)\s+(?:[\p{Ll}-]+\s+){0,2}?(?:division|unit|arm|subsidiary|segment)\b/u;
/**
 * The last division named before `pos` in its sentence or the two before it, or null: what "the division" means.
 * A company named after that division wins back the reference (the text moved on to it).
 */
function recentDivision(ctx: DocContext, pos: number): string | null {
  const si = findSentenceIndex(ctx.sentences, pos);
  const from = ctx.sentences[Math.max(0, si - 2)]?.start ?? 0;
  const ms = mentionsIn(ctx, from, pos);
  let later: string | null = null;
  for (let i = ms.length - 1; i >= 0; i--) {
    const m = ms[i]!;
    if (m.type === 'Division') return later === null || later === ctx.parentOf?.get(m.id) ? m.id : null;
    if (m.type === 'Company') later ??= m.id;
  }
  return null;
}
/**
 * "Analysts at Carnegie said the 4,000 cuts …", "IG Kora said 700 workers would lose their jobs": a commenting
 * body (an analyst firm, union, outlet …) that reports a clause is not its actor, unless the clause says it acts
 * ("Norr Securities said it would cut 300 jobs").
 */
/**
 * Between a reporting verb and the company opening the reported clause: nothing, "the", or the owner's unit named
 * before its name ("Kora Group said on Tuesday its steel unit, Kora Steel Europe, would cut …").
 */
const REPORTED_OPENER_BEFORE_RE =
  /^\s*(?:(?:on|last)\s+\p{L}+\s+)?(?:that\s+)?(?:the\s+|(?:its|their)\s+(?:[\p{L}-]+\s+){0,3}?(?:unit|division|arm|subsidiary|business|affiliate|operation|segment|studio|brand|carrier|airline|bank|lender)\s*,?\s*)?$/iu;
function speakersDropped(
  ctx: DocContext,
  s: Span,
  trigger: number,
  clause: number,
  orgs: ResolvedMention[],
): ResolvedMention[] {
  if (orgs.length === 0) return orgs;
  const head = ctx.work.slice(clause, trigger);
  // "Kiru Capital has pushed the brewer to cut 500 jobs": the object of such a verb acts, not its subject.
  OBJECT_OF_CONTROL_RE.lastIndex = 0;
  let control: RegExpExecArray | null = null;
  for (let m = OBJECT_OF_CONTROL_RE.exec(head); m !== null; m = OBJECT_OF_CONTROL_RE.exec(head)) control = m;
  if (control) return orgs.filter((m) => m.start >= clause + control.index + control[0].length);
  // "The Daily Kora has learnt from sources that the layoffs hit 30% of …": whoever learnt of a cut reports it.
  const learnt = LEARNT_THAT_RE.exec(head);
  if (learnt) return orgs.filter((m) => m.start >= clause + learnt.index + learnt[0].length);
  // "Jan Berg, a union leader, told Norway's Radio Vessla that members would stop work over the loss of 60 posts": the
  // one told is no actor of what it is told.
  const addressee = toldAddressee(head);
  if (addressee) orgs = orgs.filter((m) => m.start < clause + addressee.start || m.start >= clause + addressee.end);
  if (orgs.length === 0) return orgs;
  const commentator = createCommentatorTest(ctx);
  const commenting = orgs.some((m) => commentator(m.id));
  if (!commenting && orgs.length < 2) return orgs;
  let at = -1;
  REPORTING_RE.lastIndex = 0;
  for (let m = REPORTING_RE.exec(head); m !== null; m = REPORTING_RE.exec(head)) at = clause + m.index + m[0].length;
  // "Analysts expect Marlowe to cut …", "Kiru Capital said Ndovu would shed …": a company opening the reported
  // clause is its subject, whoever reports it.
  OBJECT_CONTROL_RE.lastIndex = 0;
  for (let m = OBJECT_CONTROL_RE.exec(head); m !== null; m = OBJECT_CONTROL_RE.exec(head))
    at = Math.max(at, clause + m.index + m[0].length);
  if (at < 0) return orgs;
  const opener = orgs.find((m) => m.start >= at);
  if (
    opener &&
    REPORTED_OPENER_BEFORE_RE.test(ctx.work.slice(at, opener.start)) &&
    !isDisclosedUnit(ctx, clause, at, opener)
  )
    return orgs.filter((m) => m.start >= at);
  if (!commenting || /^\s*(?:it|they|we)\b/i.test(ctx.work.slice(at, trigger))) return orgs;
  return orgs.filter((m) => m.start >= at || !commentator(m.id));
}
/** "told Norway's Radio Vessla that", "told the Kestrel Times it": the one told, between "told" and what it was told. */
const TOLD_WHOM_RE =
  /\btold\s+((?:the\s+)?(?:\p{Lu}[\p{L}.-]*['’]s\s+)?\p{Lu}[\p{L}\p{N}&.'’-]*(?:\s+\p{Lu}[\p{L}\p{N}&.'’-]*){0,3})\s+(?:on\s+\p{Lu}\p{Ll}+\s+)?(?:that|it|they)\b/gu;
/** Where the last "told <name> that" of a clause head names the one told (offsets in `head`), else null. */
function toldAddressee(head: string): { start: number; end: number } | null {
  let found: { start: number; end: number } | null = null;
  TOLD_WHOM_RE.lastIndex = 0;
  for (let m = TOLD_WHOM_RE.exec(head); m !== null; m = TOLD_WHOM_RE.exec(head)) {
    const start = m.index + m[0].indexOf(m[1]!);
    found = { start, end: start + m[1]!.length };
  }
  return found;
}
/** "has learnt (from sources) that", "understands that": how a reporter tells what it found out. */
const LEARNT_THAT_RE =
  /\b(?:(?:has|have|had)\s+(?:learnt|learned)|understands|understood)\b(?:\s+(?:from|through)\s+[^.;,]{1,40}?)?\s+that\s/;
/** Verbs whose object is the subject of the infinitive after it ("expect Marlowe to cut", "forced Vessa to close"). */
/** The same verbs with "the brewer"/"it"/"the company" as object: the company in focus is told to act. */
const OBJECT_OF_CONTROL_RE =
  /\b(?:forc(?:e|es|ed|ing)|push(?:es|ed|ing)|press(?:es|ed|ing)|urg(?:e|es|ed|ing)|ask(?:s|ed|ing)|want(?:s|ed)?|expects?|expected|allow(?:s|ed)|lobb(?:y|ies|ied)|compel(?:s|led))\s+(?:the\s+(?:[\p{Ll}-]+\s+){0,3}?[\p{Ll}-]+|it|them)\s+to\s+(?:\S+\s+){0,2}$/gu;
const OBJECT_CONTROL_RE =
  /\b(?:expects?|expected|expecting|forecasts?|forecast|predicts?|predicted|wants?|wanted|urges?|urged|forc(?:e|es|ed)|push(?:es|ed)|press(?:es|ed)|ask(?:s|ed)|allow(?:s|ed)|see|sees|saw)\s+(?=(?:the\s+)?\p{Lu})/gu;
/**
 * "…, with Norrvik alone cutting 1,500": after "with", a company followed by its "-ing" verb acts (it is no party to
 * the clause's action).
 */
/** ", with Kestrel eliminating 7,000 positions and ": an absolute "with" phrase whose pair goes on after "and". */
const WITH_ACTING_RE = /,\s+with\s+(?:the\s+)?\p{Lu}[^,;.]*?\s\p{Ll}+ing\s[^;]*?\sand\s+$/u;
function withActing(work: string, m: { start: number; end: number }, trigger: number): boolean {
  const before = work.slice(Math.max(0, m.start - 10), m.start);
  return (
    (/\bwith\s+(?:the\s+)?$/i.test(before) ||
      // "…, with Kestrel eliminating 7,000 positions and Marlow axing 4,700 roles": the second of the pair.
      (/\band\s+$/.test(before) && WITH_ACTING_RE.test(work.slice(Math.max(0, m.start - 120), m.start)))) &&
    /^\s+(?:alone\s+|itself\s+|also\s+|now\s+)?$/.test(work.slice(m.end, trigger)) &&
    ING_WORD_RE.test(work.slice(trigger, trigger + 24))
  );
}
/** The verb group between the second clause's subject and its trigger ("is", "has also", "will"). */
const SECOND_CLAUSE_VERB_RE =
  /^\s+(?:(?:is|are|was|were|has|have|had|will|would|also|now|already|reportedly)\s+){1,3}$/;
/**
 * "Kestrel Bank has laid off some 60 employees in Halden and Vessla Bank is cutting about 150 jobs": two clauses
 * joined by a bare "and", each with its own subject and figure; the name right after "and" acts in the second. Not
 * a pair acting together ("Kestrel and Vessla are cutting 100 jobs"), where no figure stands between the names.
 */
function secondClauseActor(work: string, orgs: ResolvedMention[], trigger: number): ResolvedMention | undefined {
  const last = orgs[orgs.length - 1]!;
  const prev = orgs[orgs.length - 2]!;
  const between = work.slice(prev.end, last.start);
  if (!/\d/.test(between) || !/\s(?:and|while|whereas)\s+(?:the\s+)?$/.test(between)) return undefined;
  return SECOND_CLAUSE_VERB_RE.test(work.slice(last.end, trigger)) ? last : undefined;
}
/** "Talks between", "discussions with", "negotiations involving": what names the parties to talks. */
const TALKS_WITH_RE = /\b(?:talks|discussions|negotiations|consultations|meetings?)\s+(?:between|with|involving)\s+/gi;
/**
 * "Discussions between Korbo, Hallberg and employees are at an early stage, with 827 jobs at risk": the names listed
 * after "talks between" are parties to the talks, not the clause's actor (its subject is the talks); the round is
 * the company's in focus. `before` is the text before the name, from the clause's start.
 */
function isPartyToTalks(before: string): boolean {
  if (!/between|with|involving/i.test(before)) return false;
  let rest: string | null = null;
  for (const m of before.matchAll(TALKS_WITH_RE)) rest = before.slice(m.index + m[0].length);
  return (
    rest !== null && rest.split(/[\s,]+/).every((w) => w === '' || w === 'and' || w === 'the' || /^\p{Lu}/u.test(w))
  );
}
/** "together", "jointly", "between them": a figure shared by the companies just named. */
const JOINT_RE = /^\s*(?:have\s+|had\s+)?(?:together|jointly|between\s+them|combined)\b/i;
/** ", under which about 14,300 of its employees": a relative clause opened by a preposition, up to the trigger. */
const PREP_WHICH_RE = /,\s+(?:under|in|through|by|with|via)\s+which\s+[^,;]{0,80}$/;
const REPORTS_RE = /^\s*(?:has\s+|had\s+|also\s+)?(?:said|says|announced|confirmed|reported|warned|told)\b/;
/** ", the turbine maker in which Norrvik holds a stake" just before a relative clause's comma. */
const APPOSITIVE_END_RE = /,\s+(?:the|a|an)\s[^,;]*$/;
/** The organization named just before ", which"/", who" when the clause at `start` is that relative clause. */
function relativeAntecedent(ctx: DocContext, s: Span, start: number, trigger: number): string | null {
  const lead = ctx.work.slice(Math.max(s.start, start - 9), start);
  const m = /,\s+(?:which|who)\s$/.exec(lead);
  if (!m) return null;
  let comma = start - lead.length + m.index;
  // "Kestrel Wind, the turbine maker in which Norrvik holds a stake, which said …": the name before the appositive.
  const appositive = APPOSITIVE_END_RE.exec(ctx.work.slice(Math.max(s.start, comma - 120), comma));
  if (appositive && !mentionsIn(ctx, comma - appositive[0].length, comma).some((o) => isOrg(o) && o.end === comma))
    comma -= appositive[0].length;
  const before = mentionsIn(ctx, Math.max(s.start, comma - 80), comma);
  let i = before.length - 1;
  const last = before[i];
  if (!last || !isOrg(last) || last.end !== comma) return null;
  // "rivals Corvo and Brenner, which cut 300 and 200 jobs respectively": the first figure is the first name's.
  if (/\brespectively\b/.test(ctx.work.slice(trigger, s.end)))
    while (i > 0 && isOrg(before[i - 1]!) && LIST_RE.test(ctx.work.slice(before[i - 1]!.end, before[i]!.start))) i--;
  return before[i]!.id;
}
/** Between a relative "which" and its verb: auxiliaries and adverbs only (the relative pronoun is the subject). */
const RELATIVE_VERB_RE =
  /^\s*(?:(?:has|had|have|is|was|are|were|will|would|could|also|already|recently|reportedly|currently|now|still|itself|then|last\s+year|this\s+year|earlier\s+this\s+year|in\s+\d{4}|plans\s+to|is\s+to|expects\s+to|(?:hopes|aims|wants|intends|seeks)\s+to(?:\s+see)?)\s+)*$/i;
/** A trade in the plural, then its examples: "banks including", "lenders such as", "other carmakers like". */
const TRADE_EXAMPLES_RE =
  /\b(?:companies|firms|employers|businesses|institutions|banks|lenders|insurers|carmakers|automakers|telcos|retailers|manufacturers|airlines|miners|steelmakers|publishers|newspapers|broadcasters|startups|start-ups|rivals|peers|competitors)\s*,?\s+(?:including|such\s+as|like)\s+$/;
/** A reported clause whose subject is a trade in the plural ("banks would sack", "many companies will cut"). */
const REPORTED_TRADE_RE =
  /^\s*(?:(?:the|many|most|some|several|other|local|foreign|big|major|large|smaller|[\p{Lu}][\p{L}-]+)\s+){0,2}(?:companies|firms|employers|businesses|institutions|banks|lenders|insurers|carmakers|automakers|telcos|retailers|manufacturers|airlines|miners|steelmakers|publishers|newspapers|broadcasters|startups|start-ups)\s+(?!of\b)/u;
function reportsOfTrade(ctx: DocContext, s: Span, trigger: number, clause: number, lastOrgEnd: number): boolean {
  const at = reportedClauseStart(ctx, s, trigger, clause);
  return at !== null && at >= lastOrgEnd && REPORTED_TRADE_RE.test(ctx.work.slice(at, trigger));
}
/** A body sentence that sums many companies' cuts ("as employers grapple", "a string of closures"). */
const AGGREGATE_LEDE_RE =
  /\b(?:companies|firms|employers|businesses|sector|industry|jobless|unemployment|(?:string|wave|spate|series|raft) of)\b/i;
/** True for a sentence of the body (ending as one, not a headline) that sums many companies' cuts. */
const isAggregateLede = (sentence: string) =>
  /[.!?]["”’)]?$/.test(sentence.trimEnd().slice(-3)) && AGGREGATE_LEDE_RE.test(sentence);
const FIRST_ORG = new WeakMap<DocContext, number>();
/** Where the text first names an organization (its length when it names none), computed once per document. */
function firstOrgAt(ctx: DocContext): number {
  let at = FIRST_ORG.get(ctx);
  if (at === undefined) {
    at = ctx.mentions.find(isOrg)?.start ?? ctx.work.length;
    FIRST_ORG.set(ctx, at);
  }
  return at;
}
/**
 * The company "the lender" / "the miner" means when the previous sentence or this one introduced a company with
 * that very noun before its name ("lender Kora Bank", "Swedish miner Tarnby"): the last such company, else null.
 */
function describedCompany(ctx: DocContext, s: Span, region: string, trigger: number): string | null {
  const d = DESCRIPTOR_RE.exec(region);
  if (!d) return null;
  const noun = d[0].slice(d[0].search(/\S+$/)).toLowerCase();
  const si = findSentenceIndex(ctx.sentences, s.start);
  const from = ctx.sentences[Math.max(0, si - 1)]!.start;
  const ms = mentionsIn(ctx, from, Math.min(trigger, s.start + region.length));
  for (let i = ms.length - 1; i >= 0; i--) {
    const m = ms[i]!;
    if (m.type !== 'Company') continue;
    const before = ctx.work.slice(Math.max(from, m.start - noun.length - 2), m.start).toLowerCase();
    if (NO_LETTER_RE.test(before.slice(0, before.length - noun.length - 1)) && before.trimEnd().endsWith(noun))
      return m.id;
  }
  return null;
}
