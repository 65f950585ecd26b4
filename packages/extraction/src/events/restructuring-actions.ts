import type { Token } from '../text/tokenize.js';

/**
 * Restructurings that news reports without a job figure: a split or break-up, a spin-off or demerger, the sale of a
 * unit, an exit from a business or market, the closure of a plant, studio, office or store, a new operating model
 * or fewer management layers. Each rule is tried (sticky, case-insensitive) only at the tokens of its `leads`.
 */
interface ActionRule {
  name: string;
  leads: string[];
  re: RegExp;
  /**
   * For a rule opening with a long lookbehind: what the sentence before the lead word must contain for it to hold
   * (same flags), tested first — irregexp matches such a lookbehind backwards, trying every split of its words.
   */
  before?: RegExp;
  /** What the sentence must not go on with right after the match (sticky, tested at its end). */
  notAfter?: RegExp;
  /** What the sentence must not end with right before the lead word ("<Parent> unit seeks court protection"). */
  notBefore?: RegExp;
}

/** What a company owns and can sell, close, spin off or merge. */
const UNIT =
  '(?:units?|divisions?|business(?:es)?|arms?|subsidiar(?:y|ies)|segments?|brands?|operations|activities|stakes?|(?:share)?holdings?|labels?|studios?|plants?|factor(?:y|ies)|assets|portfolio|chain|networks?)';
/** Places where work is done: what closes. */
export const SITE =
  '(?:plants?|factor(?:y|ies)|studios?|offices?|sites?|stores?|branch(?:es)?|mills?|works|facilit(?:y|ies)|cent(?:re|er)s?|hubs?|outlets?|refiner(?:y|ies)|warehouses?|locations?|depots?|mines?|shops?|restaurants?|hotels?|assembly lines?|production lines?|lines|smelters?|yards?|shipyards?|campus(?:es)?|labs?|laborator(?:y|ies)|bases?|stations?|breweries|brewery|distiller(?:y|ies)|kilns?|(?:blast\\s+)?furnaces?|crackers?|terminals?|dealerships?|showrooms?|newsrooms?|bureaus?|bureaux|titles|magazines|newspapers|channels|schools?|clinics?|pharmacies|supermarkets?|hypermarkets?|cinemas?|pits?|shafts?|collier(?:y|ies)|call\\s+cent(?:re|er)s?|data\\s+cent(?:re|er)s?)';
/** The parts of a company that are closed as a whole ("to close its Digital Media Services division"). */
const CLOSED_PART = '(?:divisions?|units?|arm|subsidiar(?:y|ies))';
/** What a company liquidates or winds up of its own: a unit or a company, never its stakes, assets or holdings. */
const LIQUIDATED =
  '(?:units?|divisions?|business(?:es)?|arms?|subsidiar(?:y|ies)|affiliates?|branch(?:es)?|operations|compan(?:y|ies)|firms?|entit(?:y|ies)|ventures?|studios?|plants?|factor(?:y|ies))';
/** Words without "of" or another preposition among them ("close the sale of its unit" closes no unit). */
const OWN_WORDS = (n: number) =>
  `(?:(?!(?:of|under|to|in|at|for|through|via|on|with|from|by|into|and)\\s)[\\p{L}\\p{N}&'’.%-]+\\s+){0,${n}}?`;

/**
 * "the affiliates that will be spun off in May 2021 include …": a time right after the verb, so the verb has no
 * object and the sentence tells when a move already reported completes.
 */
const TIME_NEXT =
  '\\s+(?:in|on|by|from)\\s+(?:(?:early|late|mid-?)\\s*)?(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?|Monday|Tuesday|Wednesday|Thursday|Friday|(?:19|20)\\d{2})\\b';

/** What a company exits. */
const MARKET =
  '(?:business(?:es)?|markets?|categor(?:y|ies)|segments?|operations|activities|industry|sector|banking|lending|insurance|brokerage)';
const DET =
  '(?:(?:its|the|their|a|an|some|all|several|two|three|four|five|six|seven|eight|nine|ten|\\d+|(?:at least|up to|as many as|about|around|some) \\w+(?:%|\\s+per\\s?cent)?(?: of (?:its|their|the))?|most of its|part of its|one of its|a majority stake in its|its stake in(?: the)?|its remaining|its entire)\\s+)?';
/** What a company goes into or files for when it cannot pay its debts. */
const INSOLVENCY =
  '(?:(?:voluntary|provisional|compulsory|formal)\\s+)?(?:administration|bankruptcy(?:\\s+protection)?|insolvency(?:\\s+(?:proceedings|resolution(?:\\s+(?:proceedings|process))?))?|liquidation|receivership|judicial\\s+(?:recovery|management|administration|reorgani[sz]ation)|court\\s+protection|creditor\\s+protection|business\\s+rescue|rehabilitation|examinership|voluntary\\s+administration|special\\s+administration|protection\\s+from\\s+creditors|remedial\\s+proceedings|restructuring\\s+proceedings|concordat(?:um)?|konkordato|safeguard\\s+proceedings|pre-?insolvency\\s+proceedings|(?:preventive\\s+)?composition\\s+with\\s+(?:its\\s+)?creditors)';
const WORDS = (n: number) => `(?:[\\p{L}\\p{N}&'’.%-]+\\s+){0,${n}}?`;
/** Words without a preposition among them ("sold phones under the X brand" sells no brand). */
const PLAIN_WORDS = (n: number) =>
  `(?:(?!(?:under|to|in|at|for|through|via|on|with|from|by|into)\\s)[\\p{L}\\p{N}&'’.%-]+\\s+){0,${n}}?`;
/** Words that may be a list ("consumer, small business and middle-market banking"). */
const LISTED_WORDS = (n: number) => `(?:[\\p{L}\\p{N}&'’.%-]+,?\\s+){0,${n}}?`;

/** The verbs of reorganising, in all their forms: where the operating-model and part-restructuring rules start. */
const REORGANISE_LEADS = [
  'reorganise',
  'reorganize',
  'reorganises',
  'reorganizes',
  'reorganised',
  'reorganized',
  'reorganising',
  'reorganizing',
  'restructure',
  'restructures',
  'restructured',
  'restructuring',
];

/** The verbs of closing: where the closure rule and the country-exit form of the exit rule start. */
const CLOSE_LEADS = ['close', 'closes', 'closed', 'closing', 'shut', 'shuts', 'shutting'];

/**
 * "will split its engineering business unit into two independent units", "will split its mobile and network divisions
 * into separate businesses": a unit the company owns, or two it names (its or the, no "of" before the unit word, so
 * "split the cost of the unit into two payments" splits no unit) split into parts.
 */
const SPLIT_A_PART = `split(?:s|ting)?\\s+(?:its|the)\\s+(?:[\\p{L}-]+\\s+and\\s+)?${OWN_WORDS(4)}${UNIT}\\s+into\\s+(?:two|three|four|five|\\d+|several|separate|independent|standalone)\\b`;

/**
 * "will merge its retail and wholesale units", "is combining its Nordic and business banking divisions": named
 * parts the company owns joined into one (not "combine its retail and wholesale units' sales", a possessive).
 */
/** A capitalised name of up to five words, its short name in brackets after it: "Kestrel Foods Holding (KFH)". */
const NAMED =
  "(?-i:\\p{Lu})[\\p{L}\\p{N}&'’.-]*(?:\\s+(?-i:\\p{Lu})[\\p{L}\\p{N}&'’.-]*){0,4}(?:\\s+\\([^()]{1,20}\\))?";
/**
 * Two named organizations joined into one: "the amalgamation of (the businesses of) Kestrel Foods (KF) and Orsk
 * Fish (OF)", "the merger of Vessla Bank with Kora Bank"; "to fuse Kestrel Bank with four other banks to form a
 * new bank" (a verb of joining, its first party — a capitalised name — and "with", then "to form/create" within the
 * clause; not "to form a joint venture", a deal between owners, nor "combine its data with B to create a service").
 */
const NAMED_PARTS_JOINED = `(?:amalgamation|merger|fusion|integration)\\s+of\\s+(?:the\\s+(?:operations|businesses|activities)\\s+of\\s+)?${NAMED}\\s+(?:and|with)\\s+(?-i:\\p{Lu})|(?:amalgamat|merg|fus|combin)(?:e|es|ed|ing)\\s+(?:the\\s+)?(?-i:\\p{Lu})[^\\s,.;]*\\s+(?:[^\\s,.;]+\\s+){0,3}?with\\s+[^.;]{1,120}?\\bto\\s+(?:form|create)\\s+(?:a|an|one)\\b(?!\\s+joint\\b)`;
const MERGE_NAMED_PARTS = `(?:merg(?:e|es|ed|ing)|combin(?:e|es|ed|ing)|amalgamat(?:e|es|ed|ing))\\s+its\\s+[\\p{L}-]+(?:,\\s+[\\p{L}-]+)?,?\\s+and\\s+[\\p{L}-]+(?:\\s+[\\p{L}-]+)?\\s+(?:units|divisions|businesses|arms|subsidiaries|segments)\\b(?!['’])`;

/**
 * "agreed to halt production for a total of 20 days at its main plant", "will suspend operations at the mill for two
 * weeks": a stoppage of some days or weeks is short-time work, no closure or wind-down (unlike "for six months" or a
 * halt told without a span).
 */
const FOR_DAYS_RE =
  /[^.;]{0,60}?\bfor\s+(?:(?:a\s+(?:total|period)\s+of|another|a\s+further|up\s+to|about|around)\s+)?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|a\s+few|several|a)\s+(?:more\s+|further\s+|additional\s+)?(?:days?|weeks?|shifts?)\b/iuy;

/**
 * "is breaking up the industrial giant into three public companies": the company, named by what it is, broken into
 * parts (not "breaking up the meeting into groups", no company noun, nor a break-up told without its parts).
 */
const BREAK_UP_DESCRIBED = `(?:break(?:s|ing)?|broke)\\s+up\\s+the\\s+(?:[\\p{L}-]+\\s+){1,2}?(?:giant|conglomerate|company|group)\\s+into\\s+(?:two|three|four|five|six|\\d+|several|separate|independent)\\b`;

const RULES: ActionRule[] = [
  {
    name: 'split',
    leads: [
      'demerge',
      'demerges',
      'demerged',
      'demerging',
      'split',
      'splits',
      'splitting',
      'break',
      'breaks',
      'breaking',
      'broke',
      'broken',
      'divide',
      'divides',
      'dividing',
      'divided',
      'carve',
      'carves',
      'carved',
      'carving',
      'separate',
      'separates',
      'separated',
      'separating',
      'dismantle',
      'dismantles',
      'dismantled',
      'dismantling',
      'unbundle',
      'unbundles',
      'unbundled',
      'unbundling',
    ],
    // "will unbundle the utility into four companies", "was unbundled into two firms": a state utility broken into
    // parts is told with "unbundle", and with "the organisation/utility/corporation" as the object of any such verb.
    re: new RegExp(
      `(?:split(?:s|ting)?|divid(?:e|es|ed|ing)|carv(?:e|es|ed|ing)|separat(?:e|es|ed|ing)|demerg(?:e|es|ed|ing)|unbundl(?:e|es|ed|ing))\\s+(?:itself\\s+|it\\s+|them\\s+|(?:the|its)\\s+(?:company|group|bank|conglomerate|business(?:es)?|operations|organi[sz]ation|utility|corporation)\\s+)?(?:up\\s+)?into\\s+(?:two|three|four|five|six|\\d+|several|separate|independent|standalone)\\b|split(?:s|ting)?\\s+(?:itself\\s+)?in\\s+(?:two|three|half)\\b|dismantl(?:e|es|ed|ing)\\s+itself\\b|(?:break(?:s|ing)?|broke)\\s+(?:itself\\s+up|up\\s+(?:the|its)\\s+(?:company|group|conglomerate|business(?:es)?))\\b|broken\\s+up\\b|${SPLIT_A_PART}|${BREAK_UP_DESCRIBED}`,
      'iuy',
    ),
    // "Vessla Advisory published a study on splitting the utility in four ways": a study of the move, not the move.
    notBefore: /\b(?:reports?|stud(?:y|ies))\s+(?:for|on)\s+$/iu,
  },
  {
    name: 'break-up noun',
    leads: ['break-up', 'breakup', 'split-up', 'demerger', 'spin-off', 'spinoff', 'carve-out', 'separation'],
    re: /(?:break-?up|split-up|demerger|spin-?off|carve-out|separation)\s+(?:of|plan)\b/iuy,
  },
  {
    name: 'spin off',
    leads: [
      'spin',
      'spins',
      'spinning',
      'spun',
      'carve',
      'carves',
      'carved',
      'carving',
      'demerge',
      'demerges',
      'demerged',
      'demerging',
      'hive',
      'hives',
      'hived',
      'list',
      'lists',
      'listed',
      'listing',
      'float',
      'floats',
      'floated',
      'floating',
      'separate',
      'separates',
      'separated',
      'separating',
    ],
    re: new RegExp(
      `(?:(?:spin(?:s|ning)?|spun|carv(?:e|es|ed|ing)|hiv(?:e|es|ed))\\s+(?:off|out)(?!\\s+from\\b|${TIME_NEXT})|demerg(?:e|es|ed|ing))\\s+${DET}${WORDS(5)}(?:${UNIT}|(?-i:\\p{Lu}))|(?:list(?:s|ed|ing)?|float(?:s|ed|ing)?)\\s+${DET}${WORDS(4)}${UNIT}\\s+(?:separately|on\\s+(?:the|a)\\s+(?:stock|exchange)|in\\s+(?-i:\\p{Lu}))|separat(?:e|es|ed|ing)\\s+(?:(?:its|the)\\s+${WORDS(4)}${UNIT}|(?-i:\\p{Lu})[\\p{L}\\p{N}&'’.-]*(?:\\s+(?-i:\\p{Lu})[\\p{L}\\p{N}&'’.-]*){0,3}(?:,[^,.;]{1,80},)?)\\s+(?:from|into)\\b|separat(?:e|es|ed|ing)\\s+(?:its|the)\\s+${WORDS(4)}${UNIT}(?=\\s*[.;,]|\\s+(?:by|in|next|this|later|within|as)\\b)`,
      'iuy',
    ),
  },
  {
    name: 'sale of a unit',
    leads: [
      'sell',
      'sells',
      'selling',
      'sold',
      'divest',
      'divests',
      'divested',
      'divesting',
      'offload',
      'offloads',
      'offloaded',
      'offloading',
      'dispose',
      'disposes',
      'disposed',
      'disposing',
      'sale',
      'divestment',
      'disposal',
      'divestiture',
      'hand',
      'hands',
      'handed',
      'handing',
      'transfer',
      'transfers',
      'transferred',
      'transferring',
    ],
    re: new RegExp(
      `(?:sell(?:s|ing)?|sold|divest(?:s|ed|ing)?|offload(?:s|ed|ing)?|dispos(?:e|es|ed|ing)\\s+of|(?:sale|divestment|disposal|divestiture)\\s+of|hand(?:s|ed|ing)?(?:\\s+over)?|transferr?(?:s|ed|ing)?)\\s+(?:(?:off|its|the|their|a|an|part of its|a majority stake in|a stake in|its stake in|its remaining|its entire|most of its|\\d+(?:\\.\\d+)?\\s?(?:%|per\\s?cent|percent)\\s+(?:stake\\s+in|of))\\s+)*(?:(?<=\\b(?:the|its|a)\\s+(?:planned\\s+|proposed\\s+|agreed\\s+)?(?:sale|divestment|disposal|divestiture)\\s+of\\s+(?:the\\s+)?)(?-i:\\p{Lu})|${PLAIN_WORDS(6)}(?:${UNIT}|${SITE})\\b|(?:(?-i:\\p{Lu})[\\p{L}\\p{N}&'’.-]*\\s+){1,4}(?:to|for)\\s|(?:(?-i:\\p{Lu})[\\p{L}\\p{N}&'’.-]*\\s+){0,3}(?-i:\\p{Lu})[\\p{L}\\p{N}&'’.-]*,\\s+(?:its|their|the|an?)\\s[^,.;]{1,80},\\s+(?:to|for)\\s)`,
      'iuy',
    ),
  },
  {
    name: 'sale of a unit',
    leads: ['put', 'puts', 'putting', 'seek', 'seeks', 'seeking', 'sought', 'looking'],
    re: new RegExp(
      `put(?:s|ting)?\\s+${DET}${WORDS(5)}${UNIT}\\s+up\\s+for\\s+sale\\b|(?:seek(?:s|ing)?|sought|looking\\s+for)\\s+(?:a\\s+|new\\s+)?(?:buyers?|purchasers?|new\\s+owners?)\\s+for\\s+${DET}${WORDS(5)}${UNIT}\\b`,
      'iuy',
    ),
  },
  {
    name: 'relocation',
    leads: [
      'relocate',
      'relocates',
      'relocated',
      'relocating',
      'move',
      'moves',
      'moved',
      'moving',
      'shift',
      'shifts',
      'shifted',
      'shifting',
      'transfer',
      'transfers',
      'transferred',
      'transferring',
      'relocation',
    ],
    re: /(?:relocat(?:e|es|ed|ing)|mov(?:e|es|ed|ing)|shift(?:s|ed|ing)?|transferr?(?:s|ed|ing)?)\s+(?:its|their|the\s+(?:group|company|bank)['’]s)\s+(?:(?:global|corporate|registered|group|main|european|regional)\s+)?(?:headquarters|head\s+offices?|HQ|registered\s+office|domicile)\b|relocation\s+of\s+(?:its|the)\s+(?:(?:global|corporate|registered|group|main)\s+)?(?:headquarters|head\s+office|HQ)\b/iuy,
  },
  {
    name: 'outsourcing',
    leads: ['outsource', 'outsources', 'outsourced', 'outsourcing'],
    re: new RegExp(
      `outsourc(?:e|es|ed|ing)\\s+(?:its|their|some\\s+of\\s+its|part\\s+of\\s+its|most\\s+of\\s+its)\\s+${WORDS(4)}(?:${UNIT}|functions?|services|operations|jobs|work|roles)\\b`,
      'iuy',
    ),
  },
  {
    name: 'exit',
    leads: [
      'exit',
      'exits',
      'exited',
      'exiting',
      'pull',
      'pulls',
      'pulled',
      'pulling',
      'withdraw',
      'withdraws',
      'withdrew',
      'withdrawing',
      'leave',
      'leaves',
      'leaving',
      'left',
      'discontinue',
      'discontinues',
      'discontinued',
      'discontinuing',
      'shed',
      'sheds',
      'shedding',
      ...CLOSE_LEADS,
    ],
    // "will close its business in Tunisia", "shut down its operations in Chile", "shut down its Brazilian operations",
    // "exit food delivery in seven countries": leaving a country is an exit too.
    re: new RegExp(
      `(?:exit(?:s|ed|ing)?|pull(?:s|ed|ing)?\\s+out\\s+of|withdr(?:aw|aws|ew|awing|awn)\\s+from)\\s+(?:the\\s+|its\\s+)?${LISTED_WORDS(7)}${MARKET}\\b|(?:leav(?:e|es|ing)|left)\\s+the\\s+${LISTED_WORDS(4)}markets?(?=\\s*[.,;]|\\s+(?:by|in|next|this|after|entirely|completely|altogether|and|as)\\b)|pull(?:s|ed|ing)?\\s+out\\s+of\\s+(?-i:\\p{Lu})[\\p{L}'’-]+(?:\\s+(?-i:\\p{Lu})[\\p{L}'’-]+)?(?=\\s*[.,;]|\\s+(?:by|in|next|this|after|from|entirely|completely|altogether)\\b)|(?:discontinu(?:e|es|ed|ing)|shed(?:s|ding)?)\\s+(?:its|their)\\s+${PLAIN_WORDS(4)}(?:business(?:es)?|units?|divisions?|arms?|subsidiar(?:y|ies)|operations|activities)\\b|(?:clos(?:e|es|ed|ing)|shut(?:s|ting)?)(?:\\s+down)?\\s+(?:its|their)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:business|operations)\\s+in\\s+(?-i:\\p{Lu})|(?:clos(?:e|es|ed|ing)|shut(?:s|ting)?)(?:\\s+down)?\\s+(?:its|their)\\s+(?-i:\\p{Lu})[\\p{L}-]+\\s+(?:business|operations)\\b(?!\\s+in\\b)|(?:exit(?:s|ed|ing)?|pull(?:s|ed|ing)?\\s+out\\s+of|withdr(?:aw|aws|ew|awing|awn)\\s+from)\\s+${PLAIN_WORDS(3)}[\\p{L}-]+\\s+in\\s+(?:(?:two|three|four|five|six|seven|eight|nine|ten|\\d+|several|all|most|some)\\s+)?(?:[\\p{L}-]+\\s+)?(?:countries|markets)\\b`,
      'iuy',
    ),
  },
  {
    name: 'closure',
    leads: [
      ...CLOSE_LEADS,
      'shutter',
      'shutters',
      'shuttered',
      'shuttering',
      'mothball',
      'mothballs',
      'mothballed',
      'mothballing',
      'idle',
      'idles',
      'idled',
      'idling',
      'end',
      'closure',
      'closures',
      'shutdown',
    ],
    re: new RegExp(
      `(?:clos(?:e|es|ed|ing)(?!\\s+to\\b)|shut(?:s|ting)?(?:\\s+down)?|shutter(?:s|ed|ing)?|mothball(?:s|ed|ing)?|idl(?:e|es|ed|ing)|(?:closures?|shutdown|closing)\\s+of)\\s+(?:down\\s+)?${DET}${WORDS(4)}${SITE}\\b|mothball(?:s|ed|ing)?\\s+${DET}${PLAIN_WORDS(4)}operations\\b|(?:clos(?:e|es|ed|ing)|shut(?:s|ting)?(?:\\s+down)?|shutter(?:s|ed|ing)?)\\s+(?:down\\s+)?(?:its|their)\\s+${OWN_WORDS(4)}${CLOSED_PART}\\b|(?:clos(?:e|es|ed|ing)|shut(?:s|ting)?(?:\\s+down)?|shutter(?:s|ed|ing)?)\\s+(?:down\\s+)?the\\s+${OWN_WORDS(3)}${CLOSED_PART}(?=\\s+(?:of|in)\\s)|end\\s+of\\s+(?:car\\s+|vehicle\\s+|local\\s+)?(?:production|assembly|manufacturing)\\s+(?:at|in)\\s+(?:its\\s+|the\\s+)?(?-i:\\p{Lu})`,
      'iuy',
    ),
  },
  {
    // "its Ghent plant will close at the end of February", "the group's two studios in Canada will be shut down":
    // a site the company owns closes (the site is the clause's subject; the company names it with "its").
    name: 'site closes',
    leads: ['close', 'closes', 'closed', 'closing', 'shut', 'shuts', 'shutting'],
    // The site the lookbehind names ("its Ghent plant will close"): ~60 µs a call without this test.
    before: new RegExp(SITE, 'iu'),
    re: new RegExp(
      `(?<=\\b(?:its|their|the\\s+(?:company|group|firm|bank|carmaker)['’]s)\\s+${WORDS(4)}${SITE}(?:\\s+(?:in|at|near)\\s+(?-i:\\p{Lu})[\\p{L}.'’-]*(?:\\s+(?-i:\\p{Lu})[\\p{L}.'’-]*){0,2})?\\s+(?:(?:will|would|is|are|was|were|to|be|set|due|also|eventually|soon|permanently|then|expected)\\s+){0,4})(?:clos(?:e|es|ed|ing)|shut(?:s|ting)?)(?:\\s+down)?\\b(?!\\s+at\\s+\\d)(?!\\s+(?:to|its|their|the|a|an|of|with|temporarily|briefly|early|earlier|at\\s+(?:noon|midnight)|on\\s+\\p{L}+days\\b|on\\s+weekends|for\\s+(?:\\S+\\s+)?(?:hours?|days?|weeks?|the\\s+(?:day|night|weekend|holidays?)))\\b)`,
      'iuy',
    ),
  },
  {
    name: 'site closures',
    leads: ['plant', 'factory', 'store', 'branch', 'office', 'studio', 'site', 'mine', 'shop', 'mill'],
    re: /(?:plant|factory|store|branch|office|studio|site|mine|shop|mill)\s+(?:closures|closings|shutdowns)\b/iuy,
  },
  {
    // "the cabinet voted to dissolve the Orsk Grain Agency", "will dissolve Kestrel Holdings", "the dissolution of
    // Norrvik Trading": the body or company named after the verb is dissolved, whoever dissolves it (a government,
    // a parent); not a board, parliament or council ("dissolved the Board of Kestrel", "dissolve Parliament"), nor a
    // name cut short before a possessive or another capitalised word. One the text calls the subject's own ("dissolve
    // Kestrel Appliances, its appliance arm") is left to the wind-down rule below: the owner closes its unit.
    name: 'dissolve a body',
    leads: ['dissolve', 'dissolves', 'dissolved', 'dissolving', 'dissolution'],
    re: new RegExp(
      `(?:dissolv(?:e|es|ed|ing)|dissolution\\s+of)\\s+(?<placed>(?:the\\s+)?(?:(?:country|state|nation|government|group|company)['’]s\\s+)?(?!(?:Boards?|Parliament|Assembly|Cabinet|Councils?|Committees?|Senate|Congress|Government|Legislature)\\b)(?-i:\\p{Lu})[\\p{L}\\p{N}&.-]*(?:\\s+(?:(?-i:\\p{Lu})[\\p{L}\\p{N}&.-]*|and|of|for|&)){0,6})(?![\\p{L}\\p{N}&.'’-]|\\s*['’]|\\s+(?-i:\\p{Lu})|\\s*,\\s+(?:its|their)\\s)`,
      'iuyd',
    ),
  },
  {
    name: 'wind down',
    notAfter: FOR_DAYS_RE,
    leads: [
      'wind',
      'winds',
      'winding',
      'wound',
      'cease',
      'ceases',
      'ceased',
      'ceasing',
      'suspend',
      'suspends',
      'suspended',
      'suspending',
      'halt',
      'halts',
      'halted',
      'halting',
      'stop',
      'stops',
      'stopped',
      'stopping',
      'dissolve',
      'dissolves',
      'dissolved',
      'dissolving',
      'place',
      'places',
      'placed',
      'placing',
      'put',
      'puts',
      'putting',
      'operations',
      'production',
      'manufacturing',
      'assembly',
    ],
    re: new RegExp(
      `(?:wind(?:s|ing)?|wound)\\s+down\\s+${DET}${WORDS(5)}(?:${UNIT}|${SITE})\\b|suspend(?:s|ed|ing)?\\s+all\\s+(?:of\\s+)?(?:its\\s+)?(?:operations|production|flights|flying|trading)\\b|(?:suspend(?:s|ed|ing)?|halt(?:s|ed|ing)?)\\s+(?:(?:its|the|their)\\s+)${PLAIN_WORDS(4)}(?:${UNIT}|${SITE})\\b|(?:suspend(?:s|ed|ing)?|halt(?:s|ed|ing)?)\\s+(?:operations|production|mining|output)\\s+at\\s+(?:its|the|their)\\s+${PLAIN_WORDS(4)}${SITE}\\b|(?:ceas(?:e|es|ed|ing)|halt(?:s|ed|ing)?)\\s+(?:all\\s+)?(?:its\\s+)?(?:car\\s+|vehicle\\s+|local\\s+)?(?:operations|production|manufacturing|assembly|flying|flights|trading)\\b|(?<=\\bend(?:s|ed|ing)?\\s+(?:all\\s+)?(?:its\\s+)?(?:car\\s+|vehicle\\s+|local\\s+)?)(?:operations|production|manufacturing|assembly)\\b|stop(?:s|ped|ping)?\\s+(?:building|making|producing|assembling|manufacturing)\\b|(?:stop(?:s|ped|ping)?|ceas(?:e|es|ed|ing))\\s+(?:mining|operations|production)\\s+at\\s+${DET}${PLAIN_WORDS(4)}${SITE}\\b|(?:plac(?:e|es|ed|ing)|put(?:s|ting)?)\\s+(?:${DET}${PLAIN_WORDS(4)}(?:${SITE}|${UNIT}|operation)\\s+)?(?:on|under|into)\\s+care\\s+and\\s+maintenance\\b|stop(?:s|ped|ping)?\\s+(?:all\\s+)?(?:its\\s+)?(?:car\\s+|vehicle\\s+|local\\s+)?(?:operations|production|manufacturing|assembly|flying|flights)\\b|dissolv(?:e|es|ed|ing)\\s+(?:its\\s+|the\\s+)?(?:(?-i:\\p{Lu})|${WORDS(4)}${UNIT}\\b)`,
      'iuy',
    ),
  },
  {
    // "will liquidate its Orsk subsidiary", "chose to liquidate the Orsk branch", "is winding up its leasing arm",
    // "the liquidation of its venture unit": the owner closes a unit or company of its own by liquidating it (not
    // "liquidate its stake/holdings/assets", a sale of investments, nor "went into liquidation", the insolvency rule).
    name: 'liquidate a unit',
    leads: [
      'liquidate',
      'liquidates',
      'liquidated',
      'liquidating',
      'liquidation',
      'wind',
      'winds',
      'winding',
      'wound',
      'winding-up',
    ],
    re: new RegExp(
      `(?:liquidat(?:e|es|ed|ing)|(?:wind(?:s|ing)?|wound)\\s+up|(?:liquidation|winding[-\\s]up)\\s+of)\\s+(?:its|their|the)\\s+${OWN_WORDS(4)}${LIQUIDATED}\\b`,
      'iuy',
    ),
  },
  {
    name: 'operating model',
    leads: [
      ...REORGANISE_LEADS,
      'regroup',
      'regroups',
      'regrouped',
      'simplify',
      'simplifies',
      'simplified',
      'simplifying',
      'model',
      'structure',
    ],
    re: /(?<=\bnew\s+(?:operating|organi[sz]ational|business|group|management|corporate|divisional)\s+)(?:model|structure)\b|(?<=\b(?:operating|organi[sz]ational|management)\s+)model,?\s+(?:that\s+|which\s+)?(?:(?-i:\p{Lu})[\p{L}'’.-]*\s+){1,3}(?:unveiled|introduced|announced|launched|rolled\s+out|adopted|set\s+out|presented)\b|(?<=\b(?:a|its|the)\s+new\s+)structure\s+(?:with|of|comprising|built\s+around|based\s+on)\b|(?:reorgani[sz](?:e|es|ed|ing)|restructur(?:e|es|ed|ing)|regroup(?:s|ed|ing)?|simplif(?:y|ies|ied|ying))\s+(?:itself\s+|(?:its|the)\s+(?:\p{L}+\s+){0,3}?)?into\s+(?:two|three|four|five|six|seven|\d+|several|new|separate|fewer)\b/iuy,
  },
  {
    // "has started a strategic review of its Maltese arm", "is exploring strategic options for its paints unit": the
    // owner weighs selling or keeping a unit it names (not "a strategic review of the sector", nothing it owns).
    name: 'strategic review',
    leads: ['strategic', 'portfolio'],
    re: new RegExp(
      `(?:strategic|portfolio)\\s+review\\s+of\\s+(?:its|their)\\s+${OWN_WORDS(4)}${UNIT}\\b|strategic\\s+(?:options|alternatives)\\s+for\\s+(?:its|their)\\s+${OWN_WORDS(4)}${UNIT}\\b`,
      'iuy',
    ),
  },
  {
    // "is restructuring its European operations", "will overhaul its retail network": a part of the company is
    // reorganised (part of its round of cuts when it has one, unlike a new operating model).
    name: 'restructure a part',
    leads: [...REORGANISE_LEADS, 'overhaul', 'overhauls', 'overhauled', 'overhauling'],
    re: /(?:reorgani[sz](?:e|es|ed|ing)|restructur(?:e|es|ed|ing)|overhaul(?:s|ed|ing)?)\s+(?:its|their)\s+(?:[\p{L}-]+\s+){0,3}?(?:operations|business(?:es)?|units?|divisions?|arms?|subsidiar(?:y|ies)|segments?|network|portfolio|organi[sz]ation|structure)\b/iuy,
  },
  {
    name: 'management layers',
    leads: [
      'remove',
      'removes',
      'removed',
      'removing',
      'eliminate',
      'eliminates',
      'eliminated',
      'eliminating',
      'cut',
      'cuts',
      'cutting',
      'strip',
      'strips',
      'stripped',
      'stripping',
      'scrap',
      'scraps',
      'scrapped',
      'scrapping',
      'reduce',
      'reduces',
      'reduced',
      'reducing',
      'flatten',
      'flattens',
      'flattened',
      'flattening',
      'shed',
      'sheds',
      'shedding',
      'delayer',
      'delayering',
      'fewer',
    ],
    re: /(?:remov|eliminat|cut|strip|scrap|reduc)\p{L}*\s+(?:the\s+number\s+of\s+)?(?:\p{L}+\s+){0,2}?(?:layers?|levels?|tiers?)\s+of\s+(?:middle\s+|senior\s+)?management\b|flatten(?:s|ed|ing)?\s+(?:its|the)\s+(?:management\s+)?(?:structure|hierarchy|organi[sz]ation)\b|delayer(?:s|ed|ing)?\b|fewer\s+(?:management\s+)?(?:layers|levels)\b|(?:remov|eliminat|cut|strip|scrap|reduc|shed)\p{L}*\s+(?:out\s+)?(?:(?:its|the|some|two|three|several|middle|senior)\s+){0,2}(?:management|managerial)\s+(?:layers|levels|tiers|hierarchies)\b/iuy,
  },
  {
    // "went into administration", "filed for Chapter 11 bankruptcy protection", "entered judicial recovery", "applied
    // to the commercial court for concordat", "has sought bankruptcy protection", "won court protection", "declared
    // bankruptcy" (a sentence rule, so the filing stays an event of its own beside a job figure of the same sentence;
    // the lede fallback of corporate-action-news.ts is read only when no event was found).
    name: 'insolvency',
    leads: [
      'went',
      'go',
      'goes',
      'going',
      'gone',
      'collapsed',
      'collapse',
      'collapses',
      'entered',
      'enter',
      'enters',
      'entering',
      'placed',
      'place',
      'places',
      'placing',
      'put',
      'puts',
      'putting',
      'fell',
      'filed',
      'file',
      'files',
      'filing',
      'sought',
      'seek',
      'seeks',
      'seeking',
      'applied',
      'apply',
      'declared',
      'declare',
      'declares',
      'declaring',
      'obtained',
      'won',
      'secured',
      'received',
      'granted',
    ],
    re: new RegExp(
      `(?:w(?:ent|ent\\s+back)|go(?:es|ing|ne)?|collaps(?:e|es|ed|ing)|fell)\\s+into\\s+(?:${INSOLVENCY})\\b|enter(?:s|ed|ing)?\\s+(?:into\\s+)?(?:${INSOLVENCY})\\b|(?:plac(?:e|es|ed|ing)|put(?:s|ting)?)\\s+(?<placed>${WORDS(9)})(?:in|into|under)\\s+(?:a\\s+)?(?:${INSOLVENCY}|moratorium)\\b|(?:fil(?:e|es|ed|ing)|sought|seek(?:s|ing)?|appl(?:y|ies|ied|ying))\\s+(?:(?:to|with|at)\\s+(?:the\\s+|a\\s+)?(?:[\\p{L}-]+\\s+){0,2}?court\\s+)?(?:(?:a|an)\\s+(?:petition|application|motion|request)\\s+)?for\\s+(?:(?:US\\s+)?Chapter\\s+(?:11|15|7)\\s+)?(?:${INSOLVENCY}|Chapter\\s+(?:11|15|7))\\b|declar(?:e|es|ed|ing)\\s+(?:itself\\s+)?(?:bankrupt|insolvent)\\b|(?:sought|seek(?:s|ing)?)\\s+(?:court\\s+)?protection\\s+from\\s+(?:its\\s+)?creditors\\b|(?:sought|seek(?:s|ing)?|obtained|won|secured|received|granted)\\s+(?:(?:US\\s+)?Chapter\\s+(?:11|15)\\s+(?:bankruptcy\\s+)?|(?:bankruptcy|court|creditor|judicial)\\s+)protection\\b|(?:sought|seek(?:s|ing)?)\\s+protection\\s+under\\s+(?:US\\s+)?Chapter\\s+(?:11|15)\\b|declar(?:e|es|ed|ing)\\s+(?:(?:US\\s+)?Chapter\\s+(?:11|7)\\s+)?(?:bankruptcy|insolvency)\\b`,
      'iuyd',
    ),
    // A headline's "<Parent> unit seeks court protection": the unit files, and the body names it.
    notBefore: /\b(?:units?|subsidiar(?:y|ies)|arms?|divisions?|affiliates?)\s+$/iu,
  },
  {
    name: 'delisting',
    leads: ['delist', 'delists', 'delisted', 'delisting'],
    re: /delist(?:s|ed|ing)?\b/iuy,
  },
  {
    name: 'merge units',
    leads: [
      'merge',
      'merges',
      'merged',
      'merging',
      'combine',
      'combines',
      'combined',
      'combining',
      'consolidate',
      'consolidates',
      'consolidated',
      'consolidating',
      'fold',
      'folds',
      'folded',
      'folding',
      'amalgamate',
      'amalgamates',
      'amalgamated',
      'amalgamating',
      'amalgamation',
      'merger',
      'consolidation',
      'integrate',
      'integrates',
      'integrated',
      'integrating',
      'integration',
      'combination',
      'fuse',
      'fuses',
      'fused',
      'fusing',
      'fusion',
    ],
    re: new RegExp(
      `(?:merg(?:e|es|ed|ing)|combin(?:e|es|ed|ing)|consolidat(?:e|es|ed|ing)|fold(?:s|ed|ing)?|(?:combination|merger|integration|amalgamation)\\s+of)\\s+(?:(?:two|three|four|five|\\d+)\\s+of\\s+)?(?:its\\s+|the\\s+)${WORDS(5)}(?:${UNIT}|${SITE})(?:,[^,.;]{1,80},)?\\s+(?:into|with)\\b|(?:fully\\s+)?(?:integrat(?:e|es|ed|ing)|integration\\s+of)\\s+(?:(?:its|the)\\s+${WORDS(4)}${UNIT}|(?-i:\\p{Lu})[\\p{L}\\p{N}&'’.-]*(?:\\s+\\(?(?-i:\\p{Lu})[\\p{L}\\p{N}&'’.-]*\\)?){0,4}(?:,[^,.;]{1,80},)?)\\s+into\\s+(?:its|the|(?-i:\\p{Lu}))|(?:merg(?:e|es|ed|ing)|combin(?:e|es|ed|ing)|consolidat(?:e|es|ed|ing))\\s+(?:its|the)\\s+(?:two|three|four|five|six|\\d+|several)\\s+${WORDS(3)}(?:${UNIT}|${SITE}|newsrooms|airlines|carriers|banks|brands)\\b|(?:merg(?:e|es|ed|ing)|fold(?:s|ed|ing)?)\\s+(?:(?-i:\\p{Lu})[\\p{L}\\p{N}&'’.-]*\\s+){1,4}into\\s+(?:its|the)\\b|(?:amalgamat(?:e|es|ed|ing)|merg(?:e|es|ed|ing)|combin(?:e|es|ed|ing)|consolidat(?:e|es|ed|ing))\\s+(?:its\\s+|the\\s+)?(?:(?:two|three|four|five|six|seven|eight|nine|ten|\\d+|several|separate)\\s+)?(?:group\\s+|listed\\s+|operating\\s+)?(?:companies|firms|subsidiaries|units|businesses|entities|divisions)\\s+(?:into|with)\\b|(?:amalgamation|merger|consolidation)\\s+of\\s+(?:its\\s+|the\\s+)?(?:(?:two|three|four|five|six|seven|eight|nine|ten|\\d+|several)\\s+)?(?:group\\s+|listed\\s+)?(?:companies|firms|subsidiaries|units|businesses|entities|divisions)\\b|${MERGE_NAMED_PARTS}|${NAMED_PARTS_JOINED}`,
      'iuy',
    ),
  },
];

const BY_LEAD = new Map<string, ActionRule[]>();
for (const r of RULES)
  for (const w of r.leads) {
    const list = BY_LEAD.get(w) ?? [];
    list.push(r);
    BY_LEAD.set(w, list);
  }

/** True when `word` (lower-cased) can start a restructuring action: the trigger-lexicon family of these rules. */
export const ACTION_LEADS: ReadonlySet<string> = new Set(BY_LEAD.keys());

/** One restructuring action: where it starts and ends in the document, and which rule read it. */
export interface RestructuringAction {
  start: number;
  end: number;
  rule: string;
  /**
   * "the board placed the airline in business rescue": the words between the verb and "in" (the object of "placed"
   * is the company that goes into insolvency, not the board or regulator that put it there).
   */
  object?: { start: number; end: number };
}

/**
 * Restructuring actions in tokens [from, to) of one sentence (`body` is the sentence text, starting at `offset`).
 * A hyphen before the lead ("cost-cutting") is no start; matches do not overlap.
 */
export function findRestructuringActions(
  body: string,
  offset: number,
  tokens: readonly Token[],
  from: number,
  to: number,
): RestructuringAction[] {
  const out: RestructuringAction[] = [];
  let after = 0;
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    const rules = BY_LEAD.get(t.text) ?? BY_LEAD.get(t.text.toLowerCase());
    if (!rules) continue;
    const at = t.start - offset;
    if (at < after || body[at - 1] === '-') continue;
    for (const r of rules) {
      if (r.before && !r.before.test(body.slice(0, at))) continue;
      if (r.notBefore?.test(body.slice(Math.max(0, at - 24), at))) continue;
      r.re.lastIndex = at;
      const m = r.re.exec(body);
      if (!m) continue;
      if (r.notAfter) {
        r.notAfter.lastIndex = at + m[0].length;
        if (r.notAfter.test(body)) continue;
      }
      const placed = m.indices?.groups?.placed;
      out.push({
        start: t.start,
        end: t.start + m[0].length,
        rule: r.name,
        ...(placed && placed[1] > placed[0] ? { object: { start: offset + placed[0], end: offset + placed[1] } } : {}),
      });
      after = at + m[0].length;
      break;
    }
  }
  return out;
}
