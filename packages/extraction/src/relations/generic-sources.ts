import type { SourceKind } from '../types.js';
import { UNNAMED_INFORMANTS } from './unnamed-informants.js';
import { ONE_UNNAMED_ANALYST, UNNAMED_ANALYSTS } from './unnamed-analysts.js';
import { COMPANY_OFFICIALS, UNNAMED_OFFICIALS } from './unnamed-officials.js';
import { SPEAKING_LETTERS } from './speaking-letters.js';

// Module constants: esbuild (tsx, vitest) rewrites a \p{…} literal inside a function into `new RegExp` per call.
const POSSESSIVE_NAME_LEAD_RE = /^\p{Lu}[\p{L}.-]*['’]s\s+/u;

/** A generic citation phrase: memos, filings, statements, spokespeople, briefings, anonymous sources, unions. */
export interface GenericSource {
  re: RegExp;
  /** Every word (case-insensitive) a match can start with (see text/lead-scan.ts); keep in step with `re`. */
  leads: string[];
  kind: SourceKind;
  /** Generic name, used as an alias: "internal memo", "company statement", "spokesperson". */
  generic: (match: string) => string;
  /** What follows the company in the entity's name ("Amazon internal memo"); defaults to the kind's. */
  suffix?: (match: string) => string;
  /**
   * The phrase names its own source ("the local metalworkers' union"): the entity is named by up to three words
   * before the match and the match, no company.
   */
  named?: (match: string) => string;
}

/** A press service or press office that speaks (vs. a spokesperson): the generic name and the name's suffix. */
const PRESS_SERVICE_RE = /^press\s+(?:service|office)/i;
const spokespersonName = (m: string) => (PRESS_SERVICE_RE.test(m) ? 'press service' : 'spokesperson');

/** What a union does when news quotes it: "said", "warns", "alleges", "reckons", "is insisting". */
const UNION_VERBS =
  '(?:said|says|warn(?:ed|s)|argu(?:ed|es)|call(?:ed|s)|criticis(?:ed|es)|criticiz(?:ed|es)|condemn(?:ed|s)|reject(?:ed|s)|told|tells|estimat(?:ed|es)|claim(?:ed|s)|describ(?:ed|es)|vow(?:ed|s)|threaten(?:ed|s)|insist(?:ed|s)|add(?:ed|s)|not(?:ed|es)|urg(?:ed|es)|welcom(?:ed|es)|caution(?:ed|s)|alleg(?:ed|es)|reckon(?:ed|s)|stat(?:ed|es)|accus(?:ed|es)|maintain(?:ed|s)|demand(?:ed|s)|complain(?:ed|s)|refus(?:ed|es)|oppos(?:ed|es)|protest(?:ed|s)|(?:is|are|was|were)\\s+(?:insisting|warning|arguing|demanding|calling|claiming|saying|threatening))';
/**
 * Who speaks for the workforce: a union or works council, or the people who represent the staff in talks ("union
 * representatives", "union officials", "staff representatives", "employee representatives", "shop stewards",
 * "works council members").
 */
const UNION_HEAD =
  "unions?|works\\s+councils?|(?:(?:trade\\s+)?union|staff|employee|employees['’]|workers?['’]?|works\\s+council)\\s+(?:representatives?|officials?|leaders?|delegates?|sources)|(?:(?:trade\\s+)?union|works\\s+council)\\s+members|shop\\s+stewards?";
/**
 * Not an inverted attribution whose speaker follows the verb: "… the Kora Metall trade union, impacting 220 staff,
 * said the company." (the company speaks; the union is only named). Not "the union said the company would …" (the
 * company is what the union speaks of).
 */
const NOT_INVERTED =
  '(?!\\s+(?:the|a|an|its)\\s+(?:company|group|firm|bank|carmaker|manufacturer|airline|spokes(?:man|woman|person))\\s*[.,;])';
/** Who leads a union or council, between its word and the leader's name: "works council chief Jan Roe said". */
const LEADER = '(?:chief|head|chair(?:man|woman|person)?|leader|boss|president|secretary)';
/**
 * Where the speakers are, between them and the verb: "unions in Sweden and Denmark said", "… at the sites said",
 * up to three places in a row ("the union at the plant in Halden in northern Vestia said").
 */
const WHERE = "(?:\\s+(?:in|at|across|from)\\s+(?:the\\s+)?[\\p{L}'’-]+(?:\\s+(?:and\\s+)?[\\p{L}'’-]+){0,3}?){0,3}";
/** A union's branch that speaks for it: "the union's Lindholm branch said", "the union's national executive said". */
const BRANCH =
  "(?:['’]s\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:branch|chapter|section|local|leadership|executive|committee|office))?";
/** A union officer's title: "general secretary", "head", "deputy leader", "representative", "negotiator". */
const UNION_OFFICER = `(?:(?:general|deputy|assistant|national|regional|vice|local|branch|chief)\\s+){0,2}(?:${LEADER}|representative|official|negotiator|spokes(?:man|woman|person))`;
/** Where the officer serves, after the title: " at the bank", " in the northern region" (one short phrase). */
const OFFICER_PLACE = '(?:\\s+(?:at|in|of|for)\\s+[^,.;]{1,60})?';
/** The officer's name after a preposed title: one to three capitalised words. */
const OFFICER_NAME = "(?:\\s+(?-i:\\p{Lu})[\\p{L}'’-]+){1,3}";
/** One auxiliary or adverb between the officer and the verb: "has said", "also warned". */
const OFFICER_AUX = '(?:has\\s+|had\\s+|also\\s+)?';
const TO_STAFF = '(?:staff|employees|workers|staffers|team|teams|the workforce|colleagues)';
/** Title words between "a letter from" and its author ("The letter from executive vice president Jane Roe"). */
const FROM_TITLE =
  '(?:chief|executive|vice|senior|group|president|chairman|chairwoman|chair|head|founder|ceo|cfo|coo|managing|director|officer)';
const EXCHANGE = '(?:(?:the\\s+)?(?:[\\p{Lu}][\\p{L}&.-]*\\s+){0,4}(?:stock\\s+)?(?:exchange|bourse|Exchange|Bourse))';

/**
 * A circular as the noun of a company's message (as Indian, African and Asian business news write it): "In a
 * circular, the chief executive said", "the circular stated", "sent out a revised circular on its buyout plan", "An
 * earlier circular, dated 2 October". Only after an article or "its" (two of a few qualifiers between) and before
 * punctuation or a word that tells of the message; never the adjective ("a circular economy", "circular supply
 * chains") nor a circular to shareholders (a filing, below).
 */
const CIRCULAR =
  '(?<=\\b(?:a|an|the|its|this|that)\\s+(?:(?:revised|first|second|third|new|latest|fresh|internal|official|separate|recent|earlier|same|company|management|staff)\\s+){0,2})circular\\b(?!\\s+(?:(?:sent|posted|issued|mailed|distributed)\\s+)?(?:to|for)\\s+(?:its\\s+|the\\s+|all\\s+)?shareholders)(?=\\s*[,.;:]|\\s+(?:said|says|stated|states|read|reads|added|adds|noted|notes|issued|sent|dated|signed|seen|released|circulated|from|by|on|for|which|that)\\b)';
/**
 * Who keeps the records a clause cites ("public records", "company data", "court documents"). Not a department or
 * ministry: "department data showed" cites the department the text names.
 */
const RECORD_KINDS = [
  'public',
  'official',
  'company',
  'corporate',
  'government',
  'state',
  'court',
  'regulatory',
  'registry',
  'land',
  'customs',
  'census',
  'tax',
  'payroll',
];
const RECORD_KIND = `(?:${RECORD_KINDS.join('|')})`;
/** The records themselves (filings are the company's, above). */
const RECORD_NOUN = '(?:records|data|figures|accounts|documents|statistics|papers)';
/** Generic citation phrases, each with the words its matches start with (exported for the lead-scan test). */
export const GENERIC: GenericSource[] = [
  {
    // "an internal memo", "an email to staff", "a post to employees", "a note to his team", "an internal message",
    // "an internal mail" (as Indian business news calls an email),
    // "told employees of the decision in an email" / "in a video message to staff", "a letter to BA staff",
    // "the letter from executive vice president Jane Roe", a circular (above). Not a memorandum that protesters hand to a
    // minister, nor a memorandum of understanding (an agreement between parties, no message).
    re: new RegExp(
      `(?<!\\b(?:hand|hands|handed|handing|submit|submits|submitted|submitting|deliver|delivers|delivered|delivering|present|presents|presented|presenting)\\s+(?:a|the|their|its|his|her)\\s+)\\b(?:internal\\s+)?(?:memos?|memorandums?(?!\\s+of\\s+(?:understanding|agreement|association|cooperation|co-operation|intent)\\b)|(?:e-?mails?|notes?|notices?|circulars?|letters?|messages?|documents?|(?:blog\\s+)?posts?|video(?:\\s+message)?s?)\\s+(?:(?:sent|posted|circulated|distributed)\\s+)?to\\s+(?:all\\s+)?(?:(?:the\\s+)?company['’]s\\s+|its\\s+|his\\s+|her\\s+|their\\s+|[\\p{Lu}][\\p{L}&.-]*\\s+)?${TO_STAFF})\\b|\\b(?:memo|letter|e-?mail|note|message)\\s+(?:sent\\s+)?from\\s+(?:its\\s+|the\\s+company['’]s\\s+)?(?:${FROM_TITLE}\\s+)*${FROM_TITLE}(?=\\s+\\p{Lu})|(?<=\\b(?:an|the|its|his|her|their|this|that)\\s+)internal\\s+mails?\\b|\\binternal\\s+(?:e-?mails?|notes?|notices?|circulars?|messages?|posts?|letters?|documents?|estimates?|presentations?|reports?)\\b|\\b(?:told|informed|notified|wrote to|addressed)\\s+(?:all\\s+)?(?:its\\s+|his\\s+|her\\s+)?${TO_STAFF}\\b[^.;]{0,50}?\\bin\\s+an?\\s+(?:(?:internal\\s+)?(?:e-?)?mail|memo|note|letter|message|video(?:\\s+(?:call|message))?|town\\s+hall)\\b|\\b(?:staff|employees|workers|staffers)\\s+(?:were|was|have\\s+been|had\\s+been)\\s+(?:told|informed|notified)\\b[^.;]{0,50}?\\bin\\s+an?\\s+(?:e-?mail|memo|note|letter|message|video(?:\\s+message)?)\\b|\\b(?:internal\\s+)?(?:e-?mails?|memos?|letters?|documents?|notes?|presentations?|messages?)\\s+(?:seen|obtained|reviewed)\\s+by\\b|\\b(?:videos?|messages?|posts?|notes?|letters?|memos?)\\s+(?:posted|published|shared)\\s+(?:on|to)\\s+(?:the\\s+|its\\s+)?(?:(?:company|group|bank|firm)['’]?s?\\s+)?intranet\\b|${CIRCULAR}`,
      'giu',
    ),
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
      'notice',
      'notices',
      'circular',
      'circulars',
      'letter',
      'letters',
      'message',
      'messages',
      'post',
      'posts',
      'blog',
      'video',
      'videos',
      'told',
      'informed',
      'notified',
      'wrote',
      'addressed',
      'staff',
      'employees',
      'workers',
      'staffers',
      'document',
      'documents',
      'presentation',
      'presentations',
    ],
    kind: 'internal-memo',
    generic: () => 'internal memo',
  },
  {
    re: new RegExp(
      `\\bWARN (?:Act )?notices?\\b|\\bWorker Adjustment and Retraining Notification\\b|(?<=\\b(?:[Ii]n|[Aa]ccording to|[Pp]er|[Cc]iting|from|by|said|says|showed|shows)\\s+(?:[\\w-]+\\s+){0,2})\\b(?:(?:regulatory|securities|SEC|company|annual|quarterly|stock[- ]exchange|exchange|bourse)\\s+)?filings?\\b(?!\\s+(?:for|of)\\b)|\\b(?:(?:regulatory|securities|SEC|company|annual|quarterly|stock[- ]exchange|exchange|bourse)\\s+)?filings?\\b(?=\\s+(?:with|to)\\s+(?:the\\s+)?\\p{Lu}|(?:,[^,.;]{1,60}(?:,[^,.;]{1,20})?,)?\\s+(?:showed|shows|said|says|stated|states|revealed|reveals|indicated|indicates|disclosed|listed|lists|detailed|details|named|names|(?:did|does)\\s+not\\s+(?:say|specify|disclose|give|name|state))\\b)|\\b(?:current|periodic|regulatory|ad[- ]hoc|stock[- ]exchange)\\s+(?:reports?|announcements?|disclosures?|notices?|statements?|releases?)\\b|\\bannouncements?\\s+(?:published\\s+)?(?:on|via|through)\\s+(?:the\\s+)?(?:[\\p{Lu}][\\p{L}&.-]*(?:['’]s)?\\s+){0,4}news\\s+service\\b|\\b(?:disclosure|notification|communication)s?\\s+(?:to|with)\\s+(?:the\\s+)?(?:\\p{Lu}[\\p{L}&.'’-]*\\s+){0,5}\\p{Lu}[\\p{L}&.-]*|\\b(?:8-K|10-K|10-Q)\\b|\\b(?:annual|quarterly|interim|half-year(?:ly)?|(?:first|second|third|fourth)-quarter(?:\\s+interim)?)\\s+reports?\\b|\\bproxy statement\\b|\\bprospectus\\b|\\b(?:shareholders?['’]?\\s+)?circular\\s+(?:(?:sent|posted|issued)\\s+)?to\\s+shareholders\\b|\\bshareholder\\s+circular\\b|\\btold\\s+(?:the\\s+)?(?:\\p{Lu}[\\p{L}&.-]*\\s+){0,2}(?:stock\\s+market|securities|market|capital\\s+markets?)\\s+regulator\\b|\\btrading (?:statement|update)\\b|(?<=\\b(?:in|via|through|published|released|filed|issued|disclosed|[Aa]ccording\\s+to)\\s+(?:a|an|its|the)\\s+(?:new\\s+|separate\\s+)?)(?:material|relevant) facts?\\b|\\bnotices?\\s+to\\s+(?:the\\s+)?(?:market|shareholders|investors)\\b|\\b(?:statement|announcement|notice|disclosure|notification|note|letter|communication|submission|release|intimation)s?\\s+(?:to|at|on|with)\\s+${EXCHANGE}|\\b(?:Exchange|Bourse|Bolsa|Borsa|Bursa|Beurs)\\s+(?:filing|announcement|disclosure|notice|notification)s?\\b|\\b(?:communicated|notified|informed)\\s+(?:to\\s+)?(?:the\\s+)?(?:\\p{Lu}[\\p{L}&.'’-]*\\s+){0,5}(?:Commission|Exchange|Regulator|Authority|Bourse)\\b|\\b(?:corporate\\s+|stock[- ]exchange\\s+|exchange\\s+|regulatory\\s+|SENS\\s+)(?:notice|announcement|disclosure)s?\\b|\\bSENS\\b|\\btold\\s+(?:the\\s+)?(?:\\p{Lu}[\\p{L}&.-]*\\s+){0,3}(?:[Ss]tock\\s+)?(?:[Ee]xchange|[Bb]ourse)\\b`,
      'gu',
    ),
    leads: [
      'WARN',
      'Worker',
      'regulatory',
      'current',
      'periodic',
      'ad-hoc',
      'ad',
      'securities',
      'SEC',
      'company',
      'annual',
      'quarterly',
      'stock',
      'exchange',
      'bourse',
      'filing',
      'filings',
      '8-K',
      '10-K',
      '10-Q',
      'proxy',
      'interim',
      'half-year',
      'half-yearly',
      'first-quarter',
      'second-quarter',
      'third-quarter',
      'fourth-quarter',
      'prospectus',
      'circular',
      'shareholder',
      'shareholders',
      'trading',
      'material',
      'relevant',
      'statement',
      'statements',
      'announcement',
      'announcements',
      'notice',
      'notices',
      'disclosure',
      'disclosures',
      'notification',
      'notifications',
      'note',
      'notes',
      'letter',
      'letters',
      'communication',
      'communications',
      'submission',
      'submissions',
      'corporate',
      'SENS',
      'told',
      'release',
      'releases',
      'intimation',
      'intimations',
      'Exchange',
      'Bourse',
      'Bolsa',
      'Borsa',
      'Bursa',
      'Beurs',
      'communicated',
      'notified',
      'informed',
    ],
    kind: 'company-filing',
    generic: (m) => (/warn|worker/i.test(m) ? 'WARN notice' : 'company filings'),
    suffix: (m) =>
      /warn|worker/i.test(m)
        ? 'WARN notice'
        : /(?:current|periodic|regulatory|ad[- ]hoc|exchange)\s+report/i.test(m)
          ? 'filings'
          : /report/i.test(m)
            ? 'report'
            : /prospectus/i.test(m)
              ? 'prospectus'
              : /fact/i.test(m)
                ? 'material fact'
                : /announcement|SENS/i.test(m)
                  ? 'exchange announcement'
                  : /release/i.test(m)
                    ? 'stock exchange release'
                    : /trading/i.test(m)
                      ? 'trading statement'
                      : 'filings',
  },
  {
    // Each alternative starts at its telling word; who is speaking stands in a lookbehind.
    // "…, who pleaded anonymity, said", "who also pleaded not to be named": the wording of West African and South Asian
    // papers for a source that asked not to be named.
    // Insiders with no article who tell ("Insiders revealed to Orsk Daily", "industry insiders said"), not "insiders
    // said to own a fifth" nor "its insiders".
    re: /(?<=\b(?:sources?|people|persons?|a person|an? (?:employee|executive|insider|official|source|banker)|insiders?|employees|officials|executives|bankers|lawyers|advisers|advisors)\s+)(?:familiar with|briefed on|with (?:direct )?knowledge of|close to|knowledgeable about|aware of|involved in|privy to)(?:\s+(?:the|its|their)\s+(?:matter|plans?|situation|decision|discussions|talks|development|developments|negotiations|process|deal|cuts|layoffs|company['’]s plans))?|\banonymous(?:ly)?\s+sources?|(?<=\b(?:an?|one|two|three|several)\s+)insiders?(?=,?\s+(?:said|says|told)\b)|\b(?:(?:industry|market|banking|financial|trade|company|government|official|diplomatic|political|informed|reliable|unnamed)\s+)?sources\s+(?:say|said|says|indicate|indicated|told|tell|suggest)|(?<!\b(?:the|these|those|its|their|his|her|our|company['’]s)\s+)\binsiders\s+(?:say|said|says|told|tell|revealed|indicated|confirmed)\b(?!\s+to\s+(?:be|have|own|hold)\b)|\bsources\s+(?:of|at|in|within|inside|from)\s+the\s+(?:entity|bank|company|group|firm|lender|carmaker|airline|insurer|operator|ministry|government)\b(?=\s+(?:consulted|contacted|quoted|cited|said|say|told|tell|affirm|affirmed|indicate|indicated|explain|explained|confirm|confirmed|added|add)\b)|\baccording to (?:two |three |several |multiple |many )?(?:(?:industry|market|banking|union|company|government|local|informed|unnamed|anonymous) )?(?:sources|people|insiders)|\baccording to (?:a|one|another) (?:source|person|insider)\b(?!\s+(?:code|of)\b)|(?<=\b(?:who|which)\s+)(?:(?:asked|declined) not|(?:did|does) not (?:wish|want) to) be (?:named|identified)|(?<=\b(?:who|which|and)\s+)(?:asked|declined|requested|refused)\s+(?:not\s+)?to\s+be\s+(?:named|identified)\b|(?<=\b(?:who|and)\s+(?:also\s+)?)(?:pleaded|begged)\s+not\s+to\s+be\s+(?:named|identified)\b|(?<=\b(?:who|and)\s+(?:also\s+)?)(?:pleaded|begged|craved|sought|requested|asked\s+for)\s+anonymity\b|(?<=\b(?:an?|one|another|the)\s+(?:company|government|union|industry|bank|banking|ministry|management|internal|party|trade|senior)\s+)sources?\b(?=,?\s+(?:said|says|told|tells|added|confirmed|explained|revealed|indicated)\b)|\basking not to be (?:named|identified)\b|(?<=\bon\s+(?:the\s+)?)condition of anonymity\b/gi,
    leads: [
      'insider',
      'insiders',
      'familiar',
      'briefed',
      'with',
      'close',
      'knowledgeable',
      'aware',
      'involved',
      'privy',
      'industry',
      'market',
      'banking',
      'financial',
      'trade',
      'company',
      'government',
      'official',
      'diplomatic',
      'political',
      'informed',
      'reliable',
      'unnamed',
      'anonymous',
      'anonymously',
      'sources',
      'according',
      'asked',
      'asking',
      'did',
      'does',
      'declined',
      'requested',
      'refused',
      'pleaded',
      'begged',
      'craved',
      'sought',
      'source',
      'condition',
    ],
    kind: 'anonymous',
    generic: () => 'sources familiar with the matter',
  },
  {
    // A post counts unless it is addressed to staff (then it is the internal memo above). "In a note, the company
    // said" is a statement as news translated from Portuguese or Spanish writes it. A statement named by its
    // company is one where it tells: "Kestrel's statement said", "A Kestrel Rail statement added".
    re: /(?<=\b(?:said|says|wrote|announced|confirmed|added|stated|informed|explained|indicated|detailed|communicated)\s+(?:in|on)\s+(?:a|an|its|the)\s+(?:[\w'’-]+\s+)?)(?:statement|blog post|press release|release|post(?!\s+on\s+(?:(?:its|the|their|his|her)\s+)?(?:(?:official|personal|verified|own|public)\s+)?(?:WeChat|Weibo|LinkedIn|Facebook|Instagram|X|Twitter|Threads))|announcement)\b(?!\s+to\s+(?:all\s+)?(?:staff|employees|workers|staffers))(?!\s+to\s+(?:the\s+)?(?:\p{Lu}\S*\s+)*(?:[Ss]tock\s+)?(?:[Ee]xchange|[Bb]ourse))|\b(?:press|earnings|news) release\b|\b(?:press|official|informative)\s+note\b|(?<=\b[Ii]n\s+a\s+)note(?=,\s+(?:the\s+)?(?:company|group|firm|bank|carmaker|airline|manufacturer|operator|lender|insurer|retailer|miner|steelmaker)\s+(?:said|says|stated|explained|argued|added))|\bblog post\b(?!\s+to\s+(?:all\s+)?(?:staff|employees|workers|staffers))|(?<=\b(?:[Aa]|[Aa]n|[Tt]he|[Ii]ts|[Ii]n a|[Ii]n an|[Ii]n its)\s+(?:(?:joint|separate|written|official|brief|short|prepared|emailed|e-mailed|company['’]s|group['’]s)\s+)?)statement\b|(?<=\b(?:[Aa]ccording\s+to|[Ii]n)\s+(?:the\s+)?\p{Lu}[\p{L}&.-]*(?:\s+\p{Lu}[\p{L}&.-]*){0,3}['’]s?\s+(?:(?:own|latest|written|official|full)\s+)?)statement\b(?!\s+to\s+(?:the\s+)?(?:\p{Lu}\S*\s+)*(?:stock\s+)?(?:exchange|bourse))|(?<=\b(?-i:\p{Lu})[\p{L}&.-]*(?:\s+(?-i:\p{Lu})[\p{L}&.-]*){0,3}(?<!\b(?:union|council|federation|confederation|association|congress|syndicate|workers|employees|staff|ministry|government|regulator|authority|commission|court)s?)(?:['’]s?)?\s+(?:(?:own|latest|written|official|full|brief|short|emailed|e-mailed|joint)\s+)?)statement\b(?=,?\s+(?:(?:also|further|then)\s+)?(?:said|says|stated|states|read|reads|added|adds|noted|notes|showed|shows|explained|explains|continued|continues)\b)/giu,
    leads: [
      'statement',
      'blog',
      'press',
      'post',
      'announcement',
      'earnings',
      'news',
      'release',
      'official',
      'informative',
      'note',
    ],
    kind: 'company-statement',
    generic: () => 'company statement',
    suffix: () => 'statement',
  },
  {
    // "a company spokesperson said", "a spokeswoman for the group", "spokesman Jan Berg". A press service or press
    // office that speaks is the company's own voice too: "the press service of Kestrel Rail reported", "the bank's
    // press office said" (not "a press office in Halden opened", no verb of telling after it).
    re: /\b(?:spokes(?:person|man|woman|people)|(?:press|company)\s+representative)\b|\bpress\s+(?:service|office)\b(?=(?:\s+of\s+(?:the\s+)?\p{Lu}[\p{L}&.-]*(?:\s+\p{Lu}[\p{L}&.-]*){0,3}?)?(?:\s+(?:(?:has|had|also)\s+)?(?:said|says|reported|reports|stated|told|announced|confirmed|informed|quotes|quoted|explained)\b))/giu,
    leads: ['spokesperson', 'spokesman', 'spokeswoman', 'spokespeople', 'press', 'company'],
    kind: 'company-statement',
    generic: spokespersonName,
    suffix: spokespersonName,
  },
  {
    // Briefings where executives speak: "at a news conference", "on an earnings call", "on a call with analysts",
    // "at a results presentation", "told staff at a town hall meeting", "in a briefing" (a meeting only where
    // something is said at one, not "outside the town hall").
    re: /\b(?:press|news|earnings)\s+(?:conference|briefing)s?\b|\b(?:earnings|conference|investor|analyst|analysts['’]|results|quarterly|media)\s+calls?\b|\bcalls?\s+with\s+(?:analysts|investors)\b|\bcapital markets day\b|\binvestor (?:day|presentation)\b|\bpresentation to (?:investors|analysts)\b|\b(?:results|analyst|media)\s+(?:presentation|briefing)s?\b|(?<=\b(?:at|in|during|to)\s+(?:a|an|the|its|(?:the\s+)?(?:company|group|bank)['’]s)\s+(?:(?:internal|virtual|recent|separate|private|closed-door|company-wide)\s+)?)(?:(?:town[- ]hall|all-hands)(?:\s+meeting)?|staff\s+meeting|briefing|(?:investor|industry|investment|banking)\s+conference)\b/gi,
    leads: [
      'results',
      'media',
      'town',
      'town-hall',
      'all-hands',
      'staff',
      'briefing',
      'industry',
      'investment',
      'banking',
      'press',
      'news',
      'earnings',
      'conference',
      'investor',
      'analyst',
      "analysts'",
      'analysts’',
      'quarterly',
      'capital',
      'presentation',
      'call',
      'calls',
    ],
    kind: 'company-statement',
    generic: (m) => m.toLowerCase().replace(/\s+/g, ' '),
    suffix: (m) => m.toLowerCase().replace(/\s+/g, ' '),
  },
  {
    // Public letters and posts: "an open letter", "a letter to shareholders" (or to the unions), "a WeChat post", "a post
    // on LinkedIn".
    re: /\bopen\s+letter\b|\bletter\s+to\s+(?:shareholders|investors|customers|(?:the\s+|trade\s+)?unions|union\s+leaders|(?:the\s+)?works\s+councils?)\b|\b(?:WeChat|Weibo|LinkedIn|Facebook|Instagram|X|Twitter|Threads)\s+(?:post|message|statement|video)s?\b|\bposts?\s+on\s+(?:(?:its|the|their|his|her|[\p{Lu}][\p{L}&.-]*['’]s)\s+)?(?:(?:official|personal|verified|own|public)\s+)?(?:WeChat|Weibo|LinkedIn|Facebook|Instagram|X|Twitter|Threads)\b|\bvideo\s+message\b(?!\s+to\s+(?:all\s+)?(?:staff|employees|workers|staffers|team))|(?<=\b(?:said|wrote|announced|posted|confirmed|added|stated)\s+on\s+(?:his\s+|her\s+|its\s+|their\s+)?)(?:WeChat|Weibo|LinkedIn|Facebook|Instagram|X|Twitter|Threads)\b/gu,
    leads: [
      'open',
      'letter',
      'WeChat',
      'Weibo',
      'LinkedIn',
      'Facebook',
      'Instagram',
      'X',
      'Twitter',
      'Threads',
      'post',
      'posts',
      'video',
    ],
    kind: 'company-statement',
    generic: (m) => publicSourceName(m),
    suffix: (m) => publicSourceName(m),
  },
  {
    // Unions and works councils that speak: "the union said", "according to the local metalworkers' union",
    // "the union representing supervisors … said" (named by the phrase, no company).
    // "the Kora Workers Union (KWU) says", "the union alleges", "…, the General Workers' Union is insisting".
    // '"…," said union general secretary Jan Roe': the union's leader named after the verb speaks for it.
    re: new RegExp(
      `\\b(?:${UNION_HEAD})\\b(?=(?:\\s+\\((?-i:\\p{Lu})[\\p{L}&-]{1,11}\\))?${BRANCH}(?:,\\s+(?:has\\s+)?said\\b|(?:\\s*,[^,.;]{1,120},)?${WHERE}\\s+(?:representing\\s+[^.;]{1,80}?\\s+)?(?:(?:has|have|had|also|earlier|previously|already|repeatedly)\\s+){0,2}${UNION_VERBS}\\b${NOT_INVERTED}))|\\b(?:unions?|works\\s+councils?)\\b(?=\\s+${LEADER}(?:\\s+(?-i:\\p{Lu})[\\p{L}'’-]+){1,3}\\s+(?:has\\s+|also\\s+)?${UNION_VERBS}\\b)|(?<=\\baccording to\\s+(?:the\\s+|a\\s+|its\\s+)?(?:[\\p{L}-]+['’]?s?\\s+){0,3})(?:unions?|works\\s+councils?)\\b|(?<=\\b(?:said|says|added)\\s+)union(?=\\s+(?:(?:general|deputy|national|regional|vice)\\s+){0,2}${LEADER}(?:\\s+(?-i:\\p{Lu})[\\p{L}'’-]+){1,3})`,
      'giu',
    ),
    leads: ['union', 'unions', 'works', 'staff', 'employee', 'employees', 'worker', 'workers', 'shop'],
    kind: 'other',
    generic: () => 'union',
    named: (m) =>
      m
        .replace(/^(?:(?:the|a|its|local|national|main|largest|biggest|powerful)\s+)+/i, '')
        .replace(/^(?:company|group|firm|bank|carmaker|airline)['’]s\s+/i, '')
        .replace(/\s+/g, ' '),
  },
  {
    // A union's officer who speaks, by a title that names the union and no more: "the union's general secretary Jane
    // Roe said", "Jane Roe, the union head at the bank, said", "Jane Roe, the head of the union at the plant, said" —
    // the union speaks. Not "talks with the union head" or "Jane Roe, the union head, was dismissed" (no speaker).
    re: new RegExp(
      `(?<=\\bthe\\s+)union(?=['’]s\\s+${UNION_OFFICER}${OFFICER_NAME}\\s+${OFFICER_AUX}${UNION_VERBS}\\b)|(?<=(?-i:\\p{Lu})[\\p{L}'’-]+,\\s+(?:the|a|an)\\s+)union(?=\\s+${UNION_OFFICER}${OFFICER_PLACE},\\s+${OFFICER_AUX}${UNION_VERBS}\\b)|(?<=(?-i:\\p{Lu})[\\p{L}'’-]+,\\s+(?:the|a|an)\\s+${UNION_OFFICER}\\s+(?:of|at|for)\\s+the\\s+)union(?=${OFFICER_PLACE},\\s+${OFFICER_AUX}${UNION_VERBS}\\b)`,
      'giu',
    ),
    leads: ['union'],
    kind: 'other',
    generic: () => 'union',
    named: (m) => m.toLowerCase(),
  },
  {
    // Regulators, ministries and government departments that speak, named in lower case: "the energy regulator
    // said", "Norland's competition watchdog warned", "the labour ministry said", "the department of trade, industry
    // and competition said in a media statement" (named by the phrase).
    re: new RegExp(
      `\\b(?:regulator|watchdog|ministry|department\\s+of\\s+\\p{Ll}+(?:(?:,\\s+|\\s+and\\s+|\\s+)\\p{Ll}+){0,5}?)\\b(?=(?:\\s*,[^,.;]{1,120},)?\\s+(?:has\\s+|had\\s+|also\\s+)?${UNION_VERBS}\\b)`,
      'gu',
    ),
    leads: ['regulator', 'watchdog', 'ministry', 'department'],
    kind: 'other',
    generic: () => 'regulator',
    // "Norland's labour ministry" is the labour ministry: the country in the possessive only says whose.
    named: (m) =>
      m
        .replace(/^(?:(?:the|a|its)\s+)+/i, '')
        .replace(POSSESSIVE_NAME_LEAD_RE, '')
        .replace(/\s+/g, ' '),
  },
  {
    // Records and figures a clause cites as showing something, by a word that says whose or what kind: "public
    // records show", "company data showed", "state statistics indicated", "court documents revealed",
    // "accounts filed with the Kora Companies Registry" (named by the phrase). Not "sales figures showed a rise",
    // nor a bare "the data show", nor filings (the company's filings above).
    re: new RegExp(
      `\\b${RECORD_KIND}\\s+(?:${RECORD_KIND}\\s+)?${RECORD_NOUN}\\b(?=\\s+(?:(?:also|again|clearly)\\s+)?(?:show|shows|showed|reveal|reveals|revealed|indicate|indicates|indicated|suggest|suggests|suggested)\\b)|\\baccounts\\b(?=\\s+(?:(?:have|has|had|were|was)\\s+(?:been\\s+)?)?(?:filed|lodged|submitted)\\s+(?:at|with|to)\\s+(?:the\\s+)?(?-i:\\p{Lu}))`,
      'giu',
    ),
    leads: [...RECORD_KINDS, 'accounts'],
    kind: 'other',
    generic: () => 'records',
    // "the newest published public records" are the public records.
    named: (m) =>
      m
        .replace(/^(?:(?:the|its|latest|available|recent|most|last|newest|published)\s+)+/i, '')
        .replace(/\s+/g, ' ')
        .toLowerCase(),
  },
  UNNAMED_INFORMANTS,
  UNNAMED_ANALYSTS,
  ONE_UNNAMED_ANALYST,
  UNNAMED_OFFICIALS,
  COMPANY_OFFICIALS,
  // Last: where another phrase starts at the same noun ("a letter to staff", "a notice to the exchange"), it names it.
  SPEAKING_LETTERS,
];

/** "a post on HNA's official WeChat account" → "WeChat post"; "an open letter" → "open letter". */
function publicSourceName(m: string): string {
  const platform = /WeChat|Weibo|LinkedIn|Facebook|Instagram|Twitter|Threads|\bX\b/.exec(m);
  if (platform) return `${platform[0]} ${/video/i.test(m) ? 'video' : 'post'}`;
  if (/letter/i.test(m)) {
    if (/open/i.test(m)) return 'open letter';
    if (/union|council/i.test(m)) return /council/i.test(m) ? 'letter to the works council' : 'letter to unions';
    return 'letter to shareholders';
  }
  return 'video message';
}
