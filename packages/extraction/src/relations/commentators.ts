import { type DocContext, mentionsById, type ResolvedMention } from '../resolve/doc-context.js';
import { beforePlacePossessive } from './place-possessive.js';
import { NEWS_AGENCY_BEFORE_NAME, REPORTS_AFTER_RE, outletNounThenReport } from './outlet-lexicon.js';
import { reportsAsOutlet } from './outlet-evidence.js';
import { isSpaceAt } from '../text/char-class.js';

/**
 * Words that end (or make) the names of bodies whose words news reports as comment rather than as their own
 * business: unions and works councils, trade associations, chambers, ministries and regulators, funds, research
 * and advisory firms; a government department named by its remit ("Department of Labour", "Department for Mines")
 * and a state office named by its field ("Labour Office", "Federal Statistical Office", "Cartel Office"). A generic
 * language resource: no organization is named.
 */
export const COMMENTATOR_NAME_RE =
  /\p{L}(?:förbundet|forbundet|förbund|forbund|liitto|verband|vakbond|sindikat)\b|\b(?:Unions?|Councils?|Association|Associations|Federation|Confederation|Consortium|Alliance|Chamber|Institute|Institution|Ministry|Authority|Commission|Regulator|Agency|Syndicate|Sindicato|Sindicatos|Syndicat|Gewerkschaft|Metall|Verdi|Fund|Foundation|Forum|Society|Organi[sz]ation|Bureau|Observatory|Research|Advisors|Advisers|Analytics|Consulting|Consultancy|Consultants|Economics|Insights|Intelligence|Securities|Equities|Brokerage|Ratings|Workers|Employees|Teamsters|Watchdog|Tribunal|Court|Senate|Parliament|Government|Treasury)\b|\bDepartment\s+(?:of|for)\s+\p{Lu}|\b(?:Labou?r|Employment|Statistics|Statistical|Audit|Cartel|Competition|Patent|Tax)\s+Office\b/u;

/**
 * Descriptors before a name: "trade union Solidarity", "shareholder Vessla", "brokerage Norr Securities", "data and
 * research firm Kestry", "data provider Vesko", "labour group KORDA", also for the second of two names ("the
 * unions KWF and NKM").
 */
const DESCRIPTOR_BEFORE_RE =
  /\b(?:unions?|trade\s+unions?|labou?r\s+unions?|association|federation|lobby(?:\s+group)?|industry\s+(?:body|group)|think[- ]tank|consultancy|brokerage|broker|investment\s+bank|(?:research|consulting|consultancy|advisory|analytics|data)\s+(?:(?:and|&)\s+(?:research|consulting|consultancy|advisory|analytics|data)\s+)?(?:firm|house|company|group|provider)|labou?r\s+(?:group|body|federation)|rating\s+agency|ratings\s+agency|regulator|watchdog|shareholders?|investors?|(?:investment|pension|sovereign(?:\s+wealth)?|hedge|state)\s+fund|fund|analysts?\s+(?:at|from|with)|economists?\s+(?:at|from|with)|strategists?\s+(?:at|from|with)|(?:general\s+secretary|secretary[- ]general)\s+of|ministry|minister)\s+(?:the\s+)?(?:\p{Lu}[\p{L}\p{N}&.-]*,?\s+(?:and|&)\s+)?$/iu;
/** Appositions after a name: ", the union that …", ", TIM's largest shareholder", ", the state investment fund". */
const APPOSITION_AFTER_RE =
  /^,\s+(?:the|a|an|its|their|[\p{Lu}][\p{L}&.-]*['’]s)\s+(?:[\p{L}'’-]+\s+){0,4}?(?:unions?|works council|association|federation|lobby|body|think[- ]tank|consultancy|brokerage|regulator|watchdog|shareholder|investor|owner(?!\s+of\b)|fund|ministry)\b/iu;
/** "The National Union of Kora Metalworkers (NKM)": an acronym in brackets after a commenting body's full name. */
const ACRONYM_OF_RE = new RegExp(`${COMMENTATOR_NAME_RE.source}[^()]{0,80}\\(\\s*$`, 'u');
/** Whether `work[from, start)` ends in "(" and blanks: what ACRONYM_OF_RE needs last, tested by char code first. */
function bracketOpensBefore(work: string, start: number, from: number): boolean {
  let k = start;
  while (k > from && isSpaceAt(work, k - 1)) k--;
  return k > from && work.charCodeAt(k - 1) === 40;
}
/** "X Local 222", "X, which represents the plant's workers": a union, whatever its name. */
const UNION_AFTER_RE =
  /^(?:\s+Local)?(?:\s+\d+)?(?:\s+Local\s+\d+|\s+(?:trade\s+|labou?r\s+)?union(?![\p{L}-])|,?\s+(?:which|that|who)\s+represents?\s+(?:[\p{L}'’-]+\s+){0,6}?(?:workers|employees|staff|members|pilots|drivers|miners|nurses|teachers|crew|engineers|dockers|employees))\b/iu;
/** "Norr Securities analyst Jane Roe", "Kestrel and Norr Securities analysts said". */
export const ROLE_AFTER_RE =
  /^(?:(?:,|\s+and|\s+&)\s+\p{Lu}[\p{L}\p{N}&.-]*(?:\s+\p{Lu}[\p{L}\p{N}&.-]*){0,2})?\s+(?:analysts?|economists?|strategists?|researchers?)\b/u;
/** "analysts at X", "an economist from X", "the analysts of the bank X": a firm whose analysts speak. */
export const ANALYSTS_AT_RE =
  /\b(?:analysts?|economists?|strategists?)\s+(?:at|from|with|of)\s+(?:the\s+)?(?:(?:bank|brokerage|broker|investment\s+bank|research\s+(?:firm|house)|consultancy|advisory\s+firm)\s+)?$/iu;
/**
 * What an outlet does: "X had reported that", "X reported on Monday", "X reported the news on Tuesday, saying …",
 * "X, citing people …", "…, the company confirmed, X reports." (the present tense only where it closes the sentence
 * or cites in turn, "X reports citing Y": companies report results too, never "the news"); "…, X learned today" (not
 * "X learned lessons").
 */
const OUTLET_AFTER_RE =
  /^(?:\s+(?:(?:has|had|also|first|earlier|previously|later|separately|originally|initially|exclusively)\s+){0,2}(?:reported|wrote|(?:reports|writes)(?=\s+that\b|\.(?:\s|$)|,?\s+citing\b))(?=\s*[.,;]|\s+(?:that|on|earlier|last|this|in|citing|the\s+(?:news|story))\b)|\s+quoted\s+(?:[\p{L}\p{N}.'’-]+\s+){1,6}as\s+saying\b|,\s+citing\b|\s+(?:has|had)\s+learn(?:ed|t)\b|\s+learn(?:ed|t)(?=\s+(?:today|that)\b|\s*[.,]))/u;
/**
 * The part of OUTLET_AFTER_RE a company does as well: "Brenvik Motors reported on Monday that profit fell", "X had
 * reported that sales dropped" (not ", X reported on Tuesday.", an outlet's attribution after the news). Whether it
 * makes an outlet is `reportsAsOutlet`'s to say.
 */
const REPORTED_THAT_AFTER_RE =
  /^\s+(?:(?:has|had|also|earlier|previously|later|separately|initially)\s+){0,2}(?:reported|reports|wrote|writes)(?:\s+(?:on|in|earlier|last|this|late|early)(?:\s+[\p{L}\p{N}]+){0,2}?)?\s+that\b/u;
/** What is done to an outlet: "told X", "in an interview with X", "a memo seen by X", "quoted as saying by Norvian news agency X". */
const OUTLET_BEFORE_RE = new RegExp(
  String.raw`\b(?:told|interview\s+(?:with|on)|speaking\s+to|spoke\s+to|quoted\s+(?:as\s+saying\s+)?by|reported\s+(?:(?:earlier|first|initially|originally)\s+)?by|cited\s+by|(?:consulted|contacted)\s+by|declarations\s+to|said\s+to|seen\s+by|obtained\s+by|reviewed\s+by|writing\s+in|wrote\s+in)\s+(?:the\s+)?` +
    NEWS_AGENCY_BEFORE_NAME +
    '$',
  'iu',
);

/**
 * "Germany's Kora Blatt reported the plan", "reported earlier by Brazil's Kora Valor": a name after a place's
 * possessive that reports, or that reported or quoted something, is an outlet (a company of that country reports
 * results, which REPORTS_AFTER_RE leaves out).
 */
function placeOutletAt(before: string, after: string): boolean {
  const lead = beforePlacePossessive(before);
  return lead !== null && (REPORTS_AFTER_RE.test(after) || REPORTED_BY_BEFORE_RE.test(lead));
}
/** "reported earlier by", "quoted by": what only an outlet does (a company of that country may well be told things). */
const REPORTED_BY_BEFORE_RE =
  /\b(?:quoted|reported(?:\s+(?:earlier|first|initially|originally))?|cited|seen|obtained|reviewed)\s+by\s+(?:the\s+)?$/iu;

/**
 * How analysts, rating agencies and newspapers are quoted on a company they do not run: "X said in a note that",
 * "X data showed", "X reckoned", "X had
 * pencilled in", "X graded", "X flagged", "X weighed in", "X trimmed its price target", "X, which rates …", "X's
 * analysts", "X's aerospace team suggested".
 */
export const APPRAISAL_AFTER_RE =
  /^(?:['’]s(?=[\s,]))?(?:\s+(?:data|figures|statistics|estimates|calculations)\s+(?:showed|show|shows|suggest|suggests|suggested|indicate|indicates|indicated)\b|\s+(?:also\s+)?(?:said|wrote|warned)\s+in\s+an?\s+(?:research\s+|client\s+|separate\s+)?(?:note|report)\s+(?:to\s+(?:clients|investors)\s+)?(?:that|on)\b|(?:,\s+in\s+an?\s+(?:research\s+|client\s+|recent\s+)?(?:note|report)(?:\s+to\s+clients)?,)?\s+(?:(?:has|had|also|already|then|later)\s+){0,2}(?:took\s+(?:the|a)\s+(?:[\w-]+\s+){0,2}view|(?:left|kept|held)\s+its\s+(?:[\w-]+\s+)?rating|reckon(?:ed|s)|estimated|calculated|graded|pencill?ed\s+in|flagged|forecast|predicted|counted|weighed\s+in|pointed\s+out|cautioned|argued\s+(?:in\s+an?\s+[\w-]+\s+)?that|saw\s+(?:fair\s+value|(?:[\w-]+\s+){0,2}(?:upside|downside|risks?))|rated|downgraded|upgraded|affirmed|(?:trimmed|cut|raised|lifted|lowered)\s+its\s+(?:price\s+)?target|put\s+(?:the|its)\s+\w+\s+(?:at|down\s+to)|(?:put|placed|kept)\s+(?:[\w'’-]+\s+){1,3}(?:on|under)\s+(?:review|watch))\b|,\s+(?:which|that)\s+rates\b|['’]s?\s+(?:[\p{Ll}-]+\s+){0,2}?(?:analysts?|economists?|strategists?|team|research|data|figures|estimates|calculations|tally)\b|\s+(?:(?:has|had|also)\s+)?(?:warned|cautioned|noted)\b)/u;

/**
 * The part of APPRAISAL_AFTER_RE that only an outside firm does (a company never rates, grades or pencils in itself,
 * while it may well estimate or forecast): enough to take an organization for a commentator everywhere.
 */
const RATER_AFTER_RE =
  /^(?:['’]s(?=[\s,]))?(?:\s+said\s+(?:that\s+)?(?:the|its)\s+(?:[\w-]+\s+){0,2}(?:ratings?|outlook)\b|\s+(?:(?:has|had|also|already|then|later)\s+)?(?:reckon(?:ed|s)|graded|pencill?ed\s+in|weighed\s+in|downgraded|upgraded|affirmed|(?:trimmed|cut|raised|lifted|lowered)\s+its\s+(?:price\s+)?target|(?:put|placed|kept)\s+(?:[\w'’-]+\s+){1,3}(?:on|under)\s+(?:review|watch))\b|,\s+(?:which|that)\s+(?:rates|rated|has\s+rated)\b|\s+said\s+(?:that\s+)?it\s+(?:could|may|might|would|will)\s+(?:downgrade|upgrade)\b|['’]s?\s+(?:[\p{Ll}-]+\s+){0,2}?(?:analysts?|economists?|strategists?)\b)/u;

/**
 * A test of whether the organization `id` comments on what the article reports rather than being reported on:
 * its name says so (a union, council, association, fund, research firm …), it is a cited source already, or the
 * text describes it so at one of its mentions (a descriptor before, an apposition after, "X analyst" after), or it
 * acts as an outlet there ("X had reported that", "told X").
 * Mentions are indexed once per document and answers cached.
 */
export function createCommentatorTest(ctx: DocContext): (id: string) => boolean {
  const known = TESTS.get(ctx);
  if (known) return known;
  const test = commentatorTest(ctx);
  TESTS.set(ctx, test);
  return test;
}

/** One test per document context (its answers are cached). */
const TESTS = new WeakMap<DocContext, (id: string) => boolean>();

function commentatorTest(ctx: DocContext): (id: string) => boolean {
  const cache = new Map<string, boolean>();
  let byId: Map<string, ResolvedMention[]> | null = null;
  return (id) => {
    const known = cache.get(id);
    if (known !== undefined) return known;
    const e = ctx.entities.get(id);
    let yes = !!e && (e.type === 'Source' || COMMENTATOR_NAME_RE.test(e.name) || /\sLocal(?:\s+\d+)?$/.test(e.name));
    if (!yes) {
      byId ??= mentionsById(ctx.mentions);
      const mentions = byId.get(id) ?? [];
      for (const m of mentions) {
        const before = ctx.work.slice(Math.max(0, m.start - 48), m.start);
        const after = ctx.work.slice(m.end, m.end + 100);
        if (
          DESCRIPTOR_BEFORE_RE.test(before) ||
          APPOSITION_AFTER_RE.test(after) ||
          ROLE_AFTER_RE.test(after) ||
          UNION_AFTER_RE.test(after) ||
          (OUTLET_AFTER_RE.test(after) &&
            (!REPORTED_THAT_AFTER_RE.test(after) || reportsAsOutlet(e?.name ?? '', after, ctx.work, mentions))) ||
          RATER_AFTER_RE.test(after) ||
          OUTLET_BEFORE_RE.test(before) ||
          placeOutletAt(before, after) ||
          (bracketOpensBefore(ctx.work, m.start, Math.max(0, m.start - 120)) &&
            ACRONYM_OF_RE.test(ctx.work.slice(Math.max(0, m.start - 120), m.start)))
        ) {
          yes = true;
          break;
        }
      }
    }
    cache.set(id, yes);
    return yes;
  };
}

/** ", the services union that …", ", a trade association": an apposition that makes a body no company. */
const BODY_APPOSITION_RE =
  /^,\s+(?:the|a|an|its|their)\s+(?:[\p{L}'’-]+\s+){0,4}?(?:unions?|works council|association|federation|lobby(?:\s+group)?|regulator|watchdog|ministry)\b/iu;
/** "trade union X", "the regulator X" right before the name. */
const BODY_BEFORE_RE =
  /\b(?:unions?|trade\s+unions?|labou?r\s+unions?|association|federation|lobby(?:\s+group)?|regulator|watchdog|ministry|(?:general\s+secretary|secretary[- ]general)\s+of)\s+(?:the\s+)?$/iu;

/**
 * A narrower test than `createCommentatorTest`, for choosing what an article is about: a union, association,
 * regulator or other body by its name or by how the text introduces it — never a company because it holds shares,
 * rates or is rated. Cached per document.
 */
export function createBodyTest(ctx: DocContext): (id: string) => boolean {
  const known = BODY_TESTS.get(ctx);
  if (known) return known;
  const cache = new Map<string, boolean>();
  let byId: Map<string, ResolvedMention[]> | null = null;
  const test = (id: string): boolean => {
    const hit = cache.get(id);
    if (hit !== undefined) return hit;
    const e = ctx.entities.get(id);
    let yes = !!e && (e.type === 'Source' || COMMENTATOR_NAME_RE.test(e.name) || /\sLocal(?:\s+\d+)?$/.test(e.name));
    if (!yes && e && !byId) {
      byId = new Map();
      for (const m of ctx.mentions) {
        const list = byId.get(m.id);
        if (list) list.push(m);
        else byId.set(m.id, [m]);
      }
    }
    if (!yes && e) {
      const ms = byId!.get(id) ?? [];
      let cited = ms.length > 0;
      for (const m of ms) {
        const after = ctx.work.slice(m.end, m.end + 100);
        const before = ctx.work.slice(Math.max(0, m.start - 40), m.start);
        if (UNION_AFTER_RE.test(after) || BODY_APPOSITION_RE.test(after) || BODY_BEFORE_RE.test(before)) {
          yes = true;
          break;
        }
        if (cited && !citedAt(ctx, m)) cited = false;
      }
      // "…, according to Norrpress", "Norrpress says that", "told Norrpress": named only as whom a report comes from.
      yes ||= cited;
    }
    cache.set(id, yes);
    return yes;
  };
  BODY_TESTS.set(ctx, test);
  return test;
}
const BODY_TESTS = new WeakMap<DocContext, (id: string) => boolean>();

/** "according to X", ", says X", "told X", "X reported that", "X says that": the mention names a report's source. */
function citedAt(ctx: DocContext, m: ResolvedMention): boolean {
  const before = ctx.work.slice(Math.max(0, m.start - 48), m.start);
  const after = ctx.work.slice(m.end, m.end + 100);
  return (
    OUTLET_BEFORE_RE.test(before) ||
    OUTLET_AFTER_RE.test(after) ||
    CITED_BEFORE_RE.test(before) ||
    SAYS_THAT_AFTER_RE.test(after) ||
    outletNounThenReport(after) > 0 ||
    (HEADLINE_CREDIT_BEFORE_RE.test(before) && LINE_END_AFTER_RE.test(after)) ||
    (CLAUSE_BEFORE_RE.test(before) && SAID_AT_END_AFTER_RE.test(after))
  );
}
/** "Kora Post may cut 1,000 jobs - Nikkei", "… job cuts: APA": a headline closed by whom its news comes from. */
const HEADLINE_CREDIT_BEFORE_RE = /\S\s+[-–—]\s+(?:the\s+)?$|\S:\s+(?:the\s+)?$/u;
const LINE_END_AFTER_RE = /^[ \t]*(?:\n|$)/u;
/** "…, the Nikkei said." — the attribution closing a sentence, after its words. */
const CLAUSE_BEFORE_RE = /\p{L},\s+(?:the\s+)?$/u;
const SAID_AT_END_AFTER_RE = /^\s+(?:said|says|reported|reports|wrote|writes)\s*[.;]/u;
/** "according to X", "…, says X." (an attribution after the words). */
const CITED_BEFORE_RE =
  /(?:\baccording\s+to|,\s+(?:says|said|reports|reported|writes|wrote|adds|added))\s+(?:the\s+)?$/iu;
/** "X says that", "X said, citing": a report's verb with what it reports. */
const SAYS_THAT_AFTER_RE = /^\s+(?:says|said|reports|reported|writes|wrote)(?:\s+that\b|,?\s+citing\b)/u;
