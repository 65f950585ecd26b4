import { isJointVentureOfTwo } from './joint-ventures.js';
import {
  COMPANY_NOUNS,
  ORG_HEAD_WORDS,
  ORG_POSSESSIONS,
  ORG_PREFIX_WORDS,
  PERSON_OR_FIRM_NOUNS,
  SUBJECT_VERBS,
  UNIT_NOUNS,
} from '../gazetteer/lexicon/org-nouns.js';
import type { Token } from '../text/tokenize.js';
import { LEGAL_SUFFIX } from '../gazetteer/lexicon/legal-forms.js';
import { NATIONALITIES, isCountryOrRegion, isPlace } from '../gazetteer/lexicon/places.js';
import { isReporterVerbAfter } from './reporter-after-comma.js';
import type { NameRun } from './name-runs.js';
import { dealCueBefore } from './deal-cues.js';
import { actsAsCompany } from './company-acts.js';
import { isPostField, matchTitleBefore } from './titles.js';
import { bracketedAcronymAt } from './bracketed-acronym.js';
import { OWNER_SUFFIX_RE } from './owner-prefixes.js';
import { BULLET_OPENING_RE } from '../text/bullets.js';
import { RATING_BRACKET_RE } from '../gazetteer/lexicon/broker-ratings.js';
import { isCommonWord } from '../gazetteer/lexicon/common-words.js';
import { UPPER_FIRST_RE, endsWithPossessiveS, isSpaceCode } from '../text/char-class.js';
import { isPersonLikeName } from '../gazetteer/first-names.js';
import { inKnowledgeBase } from './org-names.js';
import { isPluralPlaceCarrier } from './plural-place-carriers.js';
import { isAdverbThenTelling } from './adverb-before-verb.js';
import { includedListSubject } from './included-companies.js';
import { isInitialledBody } from './initialled-bodies.js';
import { isFullBodyAt } from './full-body-names.js';

// Module constants: esbuild (tsx, vitest) rewrites a \p{…} literal inside a function into `new RegExp` per call.
const THREE_CAPITALS_RE = /\p{Lu}{3}/u;
const ACQUIRED_AFTER_RE =
  /^\s+(?:that\s+|which\s+)?(?:it|\p{Lu}[\p{L}.&-]*)\s+(?:had\s+|has\s+)?(?:acquired|bought|purchased|owns)\b/u;
const OF_OWNER_AFTER_RE = /^\s+of\s+(?:\p{Lu}[\p{L}.-]*['’]s\s+)?(?=\p{Lu})/u;
const OWNER_POSSESSIVE_BEFORE_RE = /(?:\b[Ii]ts|\b[Tt]heir|(\p{Lu}[\p{L}.&-]*)['’]s)\s+(?:[\p{Ll}-]+\s+){0,2}$/u;
const CAPITALISED_WORDS_BEFORE_RE = /(?:\p{Lu}[\p{L}.&-]*\s+){0,2}$/u;

/** What the words around one occurrence of a name say about it. */
export interface OrgCue {
  /** 'strong' alone makes an organization; 'weak' (a subject verb) needs the name to pass other checks. */
  strength: 'strong' | 'weak';
  /** 'unit' when the context calls it a division, brand, subsidiary …; else a company. */
  kind: 'company' | 'unit';
  /** Offset of the owner's name when the context gives one ("the unit of Hallberg"), -1 for "its", else null. */
  ownerAt?: number | null;
  why: string;
}

const alt = (set: ReadonlySet<string>) => [...set].sort((a, b) => b.length - a.length).join('|');
/** Unions and associations, described like companies ("Unite, the country's largest union, said"). */
const BODY_NOUN_WORDS = ['union', 'unions', 'association', 'federation', 'confederation'];
/** Heads that describe a firm only in an apposition: ", the German market leader,", ", the family's investment holding,". */
const APPOSITION_ONLY_HEADS = ['market\\s+leader', 'holding'];
const NOUN_ALT = [alt(new Set([...COMPANY_NOUNS, ...UNIT_NOUNS, ...BODY_NOUN_WORDS])), ...APPOSITION_ONLY_HEADS].join(
  '|',
);
/** Words that may follow the head noun of an apposition ("the … group that", "the … carrier it bought"). */
const HEAD_FOLLOW =
  'that|which|whose|with|behind|based|in|of|for|from|known|founded|owned|controlled|it|since|at|on|by|to|headquartered|listed|where|led|run|part|and|best|now|until|backed|whose|he|she|they|\\p{Ll}{3,}ing';

/**
 * ", the Copenhagen-based shipping group", ", one of the country's oldest … manufacturers", ", now the world's largest
 * carrier", ", another prominent parts maker" (a firm set beside the ones just named).
 */
const APPOSITION_RE = new RegExp(
  `(?:,|\\s+[—–]|\\s+-(?=\\s))\\s+(?:(?:now|also|formerly|previously|once|then|still)\\s+)?(?:the|a|an|another|its|their|one\\s+of\\s+(?:the|its|their)|(?:[\\p{Lu}][\\p{L}.&-]*\\s+){0,2}[\\p{Lu}][\\p{L}.&-]*(?:['’]s|(?<=s)['’]))\\s+` +
    `(?:(?:[\\p{L}\\d&.'’-]+|\\([\\p{L}\\d&.-]+\\))\\s+){0,8}?(${NOUN_ALT})(?=\\s*(?:[,.;:)—–]|-\\s|$)|\\s+(?:${HEAD_FOLLOW})\\b)([^,.;:]{0,50})`,
  'uy',
);
/** A preposition of place right before a name ("in ", "in the state of "). */
const PLACE_PREPOSITION_BEFORE_RE = /\b(?:in|at|of|near|outside|across|throughout)\s+(?:the\s+)?$/;
/** A relative "who" or a person's post inside an apposition: it describes a person. */
const PERSON_APPOSITION_RE =
  /\bwho\b|\b(?:member|executive|officer|director|chairman|chairwoman|manager|founder|spokes(?:man|woman|person))\b(?![-\s](?:firm|group|company))/i;
/**
 * ", which is majority-owned by", ", which is listed in Oslo", ", which employs 4,000 people", ", which has 2,300 shops
 * and 12,500 employees": said only of a company (a count of its shops or staff, not of a town's residents); so is
 * ", which acquired Vessla Bank" (a buyer of a named business; not ", which acquired cult status").
 */
const RELATIVE_OWNED_RE =
  /,\s+(?:which|that)\s+(?:(?:has|had)\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|more\s+than\s+)?\d[\d,.]*\s+(?:shops|stores|branches|outlets|restaurants|employees|staff|workers)\b|(?:is|was|has\s+been|had\s+been)\s+(?:(?:\w+-|wholly\s+|partly\s+|majority\s+|jointly\s+|also\s+|now\s+)?(?:owned|controlled|backed|listed|headquartered|based|operated)\b)|(?:belongs|belonged)\s+to\s|(?:employs|employed|operates|operated|makes|made|manufactures|produces|owns|runs|ran|sells|builds|develops|designs|supplies|provides|repairs|rates|rated)\s|(?:it|\p{Lu}[\p{L}.&-]*(?:\s+\p{Lu}[\p{L}.&-]*){0,2})\s+(?:had\s+|has\s+)?(?:bought|acquired|purchased)\b|(?:had\s+|has\s+)?(?:recently\s+|previously\s+|earlier\s+|also\s+)?(?:acquired|bought|purchased|took\s+over|absorbed)\s+(?:the\s+)?\p{Lu})/uy;
/** How news tells where a firm came from: "backed by", "founded in", "set up in" (events/subject.ts reads them too). */
export const ORIGIN_PARTICIPLES = 'backed|bankrolled|founded|co-founded|formed|set\\s+up|established|incorporated';
/**
 * ", backed by Hallberg Ventures,", ", formed in 2001 when …", ", founded by two engineers", ", set up in 1998", ", listed
 * in Oslo": how news introduces a firm in an aside after its name (said of people too rarely to matter; a name read as a
 * person's is left alone).
 */
const FIRM_ASIDE_AFTER_RE = new RegExp(
  `,\\s+(?:which\\s+was\\s+)?(?:${ORIGIN_PARTICIPLES}|listed|headquartered)\\s+(?:in|by|on|as)\\s`,
  'y',
);
/** ", itself part of the Turkish conglomerate Ilgaz Holding": said only of an organization. */
const PART_OF_AFTER_RE =
  /,\s+(?:itself\s+|now\s+|also\s+)?(?:a\s+)?part\s+of\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,4}?(?:\p{Lu}[\p{L}.&-]*\s+(?:Group|Holding|Holdings)|group|conglomerate|empire)\b/uy;
/**
 * The owner named right after a unit: "A and B, both subsidiaries of C", "A (a unit of C)", "A, owned by C",
 * "A (a C company)".
 * The match ends where the owner's name starts.
 */
const OWNED_BY_AFTER_RE =
  /(?:,\s+(?:both|all|each)\s+(?:[\p{Ll}-]+\s+){0,2}?(?:subsidiaries|units|divisions|arms|brands|businesses)\s+of|\s\((?:a|an|the)\s+(?:[\p{Ll}-]+\s+){0,3}?(?:subsidiary|unit|division|arm|brand|business)\s+of|,\s+(?:(?:wholly|majority|partly|fully|jointly)[- ])?owned\s+by|\s\((?:a|an)(?=\s+(?:\p{Lu}[\p{L}&.-]*\s+){1,3}(?:company|subsidiary|unit|business)\)))\s+(?:the\s+)?(?=\p{Lu})/uy;
/** "A is C's largest unit": the owner's name starts where the match ends, before its possessive. */
const IS_OWNERS_UNIT_RE =
  /\s+(?:is|was|remains|became)\s+(?=(?:\p{Lu}[\p{L}&.-]*\s+){0,3}\p{Lu}[\p{L}&.-]*['’]s\s+(?:[\p{Ll}-]+\s+){0,2}(?:unit|division|subsidiary|arm|segment|brand)\b)/uy;
/** "A (formerly B)", "A, previously called B", "A, formerly known as B": a renamed organization. */
const RENAMED_AFTER_RE =
  /(?:\s\(|,\s+)(?:formerly|previously)\s+(?:(?:known\s+as|called|named)\s+)?\p{Lu}[\p{L}\p{N}.&-]*(?:\s+\p{Lu}[\p{L}\p{N}.&-]*){0,3}\s*[),]/uy;
/** "bought the grids business of Orsk Electric, now ": the name after it is that business under its new name. */
const RENAMED_PART_BEFORE_RE =
  /\b(?:business(?:es)?|units?|divisions?|arms?|operations)\s+of\s+(?:the\s+)?(?:\p{Lu}[\p{L}\p{N}.&-]*\s+){0,3}\p{Lu}[\p{L}\p{N}.&-]*,\s+now\s+$/u;
/** After a factbox item's capitalised name: an optional bracketed ticker, then the colon ("KORA ( KRA ):"). */
const FACTBOX_HEAD_AFTER_RE = /^(?:\s*\(\s*[A-Z][A-Z0-9.]{0,9}\s*\))?\s*:\s/;

/**
 * "* KORA: The Swedish carmaker will cut 1,000 jobs": a wire factbox opens each bulleted item with the company's
 * name in capitals and a colon. The name is written all in capitals, opens a bulleted line and ends in the colon.
 */
function isFactboxHead(text: string, run: NameRun): boolean {
  const after = text.charCodeAt(run.end);
  if (after !== 58 && after !== 32) return false;
  const name = text.slice(run.start, run.end);
  if (name.length < 3 || name !== name.toUpperCase() || !THREE_CAPITALS_RE.test(name)) return false;
  // "* NOTE:", "* UPDATE:", "* WHAT HAPPENS NEXT:": a heading of common words names nothing.
  if (name.split(/\s+/).every((w) => isCommonWord(w))) return false;
  if (!FACTBOX_HEAD_AFTER_RE.test(text.slice(run.end, run.end + 20))) return false;
  const lineStart = text.lastIndexOf('\n', run.start - 1) + 1;
  const opening = text.slice(lineStart, run.start);
  return opening.length > 0 && BULLET_OPENING_RE.test(opening) && BULLET_OPENING_RE.exec(opening)![0] === opening;
}

/** Head words that name a business held by the possessor ("Tamberg's Kora Studios"), not a fund or a trust. */
const HELD_HEAD_WORDS = [...ORG_HEAD_WORDS].filter(
  (w) => !/^(?:Foundation|Stiftung|Trust|Consortium|Investors|Partners|Equity|Global|Worldwide|International)$/.test(w),
);
/** After a possessor's "'s": a capitalised name ending in a business head word, then no deal noun. */
const POSSESSED_COMPANY_RE = new RegExp(
  `['’]s\\s+(?:\\p{Lu}[\\p{L}\\d&.-]*\\s+){1,3}?(?:${HELD_HEAD_WORDS.join('|')})\\b(?!['’-])(?!\\s+(?:deal|bid|takeover|acquisition|purchase|merger|stake|offer|shares|sale)\\b)`,
  'uy',
);

/**
 * "Tamberg's Kora Studios is expected to lay off 20%": a name that possesses another company's name (one ending in
 * a business head word) is the group that owns it. A deal noun after the name ("Tamberg's Kora Bank bid") names a
 * target instead.
 */
function ownsNamedCompany(text: string, end: number): boolean {
  POSSESSED_COMPANY_RE.lastIndex = end;
  return POSSESSED_COMPANY_RE.test(text);
}

const PLAIN_NAME_WORD_RE = /^\p{Lu}\p{Ll}+$/u;
/**
 * "Ingo Hallberg's Kestrel Steel": a possessor of two plain name words (no organization word, no place, not a
 * known company) reads as the tycoon who owns the company, not as a company; "Tamberg's Kora Studios" (one word) and
 * "Norrvik Group's Kora Studios" still name the owning group.
 */
function isPersonShapedOwner(name: string): boolean {
  const words = name.split(' ');
  if (words.length !== 2 || inKnowledgeBase(name)) return false;
  return words.every(
    (w) =>
      PLAIN_NAME_WORD_RE.test(w) &&
      !ORG_HEAD_WORDS.has(w) &&
      !ORG_PREFIX_WORDS.has(w) &&
      !NATIONALITIES.has(w) &&
      !isCommonWord(w) &&
      !isPlace(w),
  );
}

/**
 * Words a firm's name carries that no person's name does, beyond the organization words proper ("Dana Development",
 * "Ivo Team", "Lena Invest"): project and holding companies are often named after a given name.
 */
const FIRM_NAME_WORDS = new Set([
  'Development',
  'Developments',
  'Team',
  'Invest',
  'Projects',
  'Services',
  'Trading',
  'Associates',
  'Power',
  'Estates',
  'Works',
  'Farms',
  'Renewables',
  'Operations',
]);

/**
 * "Jane Roe", "Jane Roe Hallberg": two to four words opened by a given name, with no organization word or legal form,
 * read as a person's name. One word ("Jordan", "Mercedes") is too often a company's whole name to say so.
 */
function isGivenNamedPerson(name: string): boolean {
  return name.includes(' ') && isPersonLikeName(name) && !name.split(' ').some((w) => FIRM_NAME_WORDS.has(w));
}

/** Descriptor nouns that themselves say company: the name after their comma is a company's ("two firms, Dana Roe,"). */
const SAYS_COMPANY_NOUNS = new Set(['company', 'companies', 'firm', 'firms', 'subsidiary', 'subsidiaries']);

/** Unit words written between an owner's name and its unit's name ("Vessla subsidiary Kora Media"). */
const UNIT_AHEAD_WORDS = new Set(['subsidiary', 'unit', 'division', 'affiliate']);
/** After the unit word: the unit's capitalised name, not a lower-case noun ("Vessla unit heads"). */
const OWNER_OF_NAMED_UNIT_RE = /\s\p{Lu}\p{L}/uy;
/** First words of EMPLOYER_ACTION_RE (a cheap gate before it). */
/** Nouns of intent that take "to" and a verb ("Plans to cut …", "Efforts to reduce …"): no name before "to cut". */
const INTENT_NOUNS = new Set(
  'Plans Plan Proposals Proposal Efforts Effort Moves Move Attempts Attempt Bids Bid Decisions Decision Steps Measures Talks Calls Pressure Pressures'.split(
    ' ',
  ),
);
/** Nouns that make a compound with "cuts" ("Job cuts", "Pay cuts", "Budget cuts"): the cuts' object, not an actor. */
const CUT_COMPOUND_NOUNS = new Set(
  'job jobs staff pay wage salary cost costs budget spending service services rate tax price production output workforce headcount'.split(
    ' ',
  ),
);
const CUT_LEADS = new Set(
  'will would is was to plans planned has had already cut cuts cutting shed sheds eliminated eliminates laid lays slashed slashes axed axes reduced reduces trimmed trims halved halves let lets'.split(
    ' ',
  ),
);
/**
 * A name as the employer cutting or shedding staff: "will cut 900 jobs", "to shed 10% of its workforce", "had already
 * reduced its headcount", "has confirmed plans to axe 650 jobs"; or closing what it owns: "is to close five of its language services", "will shut its plant".
 */
const EMPLOYER_ACTION_RE =
  /\s+(?:(?:will|would|is|was|to|plans\s+to|planned\s+to|has|had|already)\s+(?:also\s+|already\s+)?(?:be\s+)?(?:(?:confirmed|announced|unveiled)\s+(?:its\s+)?plans\s+to\s+|(?:considering|weighing|planning|preparing|looking|seeking|aiming|bidding|expected|likely|poised|set|about)(?:\s+to)?\s+)?)?(?:cut|cuts|cutting|shed|sheds|shedding|eliminate|eliminated|eliminates|eliminating|lay\s+off|laid\s+off|lays\s+off|laying\s+off|let\s+go\s+of|lets\s+go\s+of|letting\s+go\s+of|slash|slashed|slashes|slashing|axe|axed|axes|axing|(?:reduc|trimm?|halv)(?:e|ed|es|ing))\s+(?:[\w,.%$-]+\s+){0,5}?(?:jobs|roles|positions|posts|staff|employees|workers|workforce|headcount|people)\b|\s+(?:will|would|is\s+to|was\s+to|is|was|to|plans\s+to|has|had)\s+(?:also\s+)?(?:be\s+)?(?:close|closes|closing|closed|shut|shuts|shutting)\s+(?:down\s+)?(?:[\w,-]+\s+){0,3}?(?:its|their)\s+(?:[\w-]+\s+){0,3}?(?:plants?|factory|factories|stores?|shops?|branch|branches|offices?|services|mines?|sites?|outlets|restaurants|mills?|stations)\b/uy;
/** A sentence opening on "At (the)" or "Meanwhile at (the)", right before a name. */
const AT_OPENING_BEFORE_RE = /(?:^|[.!?]["”’]?\s+|\n)(?:(?:Meanwhile|Elsewhere|Separately),?\s+at|At)\s+(?:the\s+)?$/;
/** ", 415 jobs are to be axed", ", some 200 staff will lose their jobs": a count of jobs and its cut, after the comma. */
const JOBS_AXED_AFTER_RE =
  /,\s+(?:(?:about|around|some|nearly|up\s+to|more\s+than|over)\s+)?\d[\d,.]*\s+(?:jobs|roles|posts|positions|staff|employees|workers)\s+(?:are|were|will|would|could|have|had|is)\s+(?:(?:to|set\s+to|due\s+to)\s+)?(?:be\s+|been\s+)?(?:axed|cut|lost|shed|scrapped|eliminated|made\s+redundant|go|lose\s+their\s+jobs)\b/y;
/** ", which counts Tessel among its backers, ", ", whose engine many studios use, ": a relative clause set off by commas. */
const RELATIVE_CLAUSE_RE = /,\s+(?:which|whose)\s+[^,.;:()]{3,80},(?=\s)/y;

/**
 * "Vellora, whose engine many studios use, let go of about 600 employees": after a relative clause, the name goes on
 * to cut staff, which only an employer does.
 */
function cutsAfterRelative(text: string, end: number): boolean {
  RELATIVE_CLAUSE_RE.lastIndex = end;
  const m = RELATIVE_CLAUSE_RE.exec(text);
  if (!m) return false;
  const after = end + m[0].length;
  EMPLOYER_ACTION_RE.lastIndex = after;
  if (EMPLOYER_ACTION_RE.test(text)) return true;
  // "Vessla Orvo, which applied for a listing in May, has retrenched 200 workers": after "which" (never a
  // person's "who"), any act only a business does (`company-acts.ts`), as right after the name.
  if (!WHICH_OPEN_RE.test(m[0])) return false;
  NEXT_WORD_RE.lastIndex = after;
  const next = NEXT_WORD_RE.exec(text);
  return next !== null && actsAsCompany(text, after, next[1]!);
}
/** A relative clause opened by "which", not "whose" (which may be a person's). */
const WHICH_OPEN_RE = /^,\s+which\s/;
/** The word after the spaces at a position (a gate for `actsAsCompany`). */
const NEXT_WORD_RE = /\s+(\p{L}+)/uy;

/**
 * A senior post written with capitals or as an acronym, then a comma or a name, after a possessive: "Norrvik Kenya's
 * CEO, Jane Roe", "Norrvik's Managing Director Jane Roe", "Norrvik Africa's Regional Director, Jane Roe".
 */
const POST_AFTER_POSSESSIVE_RE =
  /['’]s\s+(?:(?:Group|Regional|Country|Deputy|Acting|Interim|Executive)\s+)?(?:CEO|CFO|COO|MD|Chief Executive(?: Officer)?|Managing Director|Chairman|Chairwoman|President|General Manager|Country Manager|Director),?\s+\p{Lu}/uy;
/** "the Finance Group's Chairman": a name of common words after "the" is a description, not a company's name. */
function isDescriptionAfterThe(text: string, run: NameRun): boolean {
  return (
    /\b[Tt]he\s+$/.test(text.slice(Math.max(0, run.start - 5), run.start)) && run.name.split(' ').every(isCommonWord)
  );
}
/**
 * "'s [up to two lower-case words] shares/workforce/chief …", "'s MG brand", and the bare apostrophe after a name
 * ending in "s" ("Kestrel Telecoms' shares", "Norrfields' workforce"; the caller checks the "s").
 */
const POSSESSIVE_RE = new RegExp(
  `['’]s?\\s+(?:(?:[\\p{Ll}-]+\\s+){0,2}?(${alt(ORG_POSSESSIONS)})|(?:\\p{Lu}[\\p{L}\\d&-]*\\s+){1,3}(?:brand|brands|unit|division|subsidiary|arm|business|studio|label))\\b`,
  'uy',
);
/** "Norrfields' decision to retrench": what only an employer decides, after a bare apostrophe (the caller checks it). */
const EMPLOYER_DECISION_RE =
  /['’]\s+(?:decision|plans?|move|intention|proposal|bid)\s+to\s+(?:cut|retrench|lay\s+off|shed|close|shut|axe|eliminate|slash|dismiss|sack|restructure)\b/uy;
/**
 * "Norrvik CEO Jane", "Hallberg chief executive Jane", and the posts of analysts' firms, unions and associations
 * ("Pelham analyst Jane", "Unite national officer Jane", "KAPA vice president Jane"): a title between the name and a
 * capitalised word.
 */
const TITLE_AFTER_RE =
  /\s+(?:(?:[Gg]roup|[Gg]lobal|[Ii]nterim|[Aa]cting|[Dd]eputy|[Ff]ormer|[Cc]o-?)\s+)?(?:CEO|CFO|COO|CTO|[Cc]hief [Ee]xecutive|[Cc]hief [Ff]inancial [Oo]fficer|[Cc]hairman|[Cc]hairwoman|[Cc]hair|[Pp]resident|[Bb]oss|[Ff]ounder|[Cc]o-founder|[Ss]pokes(?:person|man|woman)|[Hh]ead|[Aa]nalyst|[Ee]conomist|[Ss]trategist|(?:[Nn]ational|[Rr]egional|[Aa]ssistant)\s+(?:[Gg]eneral\s+)?(?:[Ss]ecretary|[Oo]fficer|[Pp]resident)|[Gg]eneral\s+[Ss]ecretary|[Ss]ecretary[- ][Gg]eneral|[Vv]ice[- ][Pp]resident|[Dd]irector[- ][Gg]eneral|[Mm]anaging [Dd]irector|[Gg]eneral [Mm]anager)\s+\p{Lu}/uy;
/** " (KWUK)": a name's initials in brackets right after it. */
const INITIALS_AFTER_RE = /^ \(\p{Lu}[\p{Lu}\d&-]{1,9}\)/u;
/** Universities, colleges and schools: their economists and analysts are no company's. */
const ACADEMIC_RE = /\b(?:University|College|School|Institute|Academy|Universit\p{L}+)$/u;
/**
 * "chief executive of ", "shares in ", "a subsidiary of ", "rival to ", "which belongs to " right before the name;
 * where money came from: "an investment from ", "debt financing from ", "raised a further $300 million from ".
 */
const BEFORE_RE =
  /(?:(?:owned|managed|controlled|backed|acquired|bought|purchased|taken\s+over|run|operated|advised|coordinated|arranged|underwritten|audited)\s+by|(?:belongs|belonged|belonging)\s+to|(?:investment|funding|financing|backing)\s+from|raised\s+(?:[\p{Ll}-]+\s+){0,2}?(?:[$€£\d][\d.,]*\s+)?(?:[$€£\d][\d.,]*|million|billion|bn|m|crore)\s+(?:[\p{Ll}-]+\s+){0,3}?from|(?:analysts?|economists?|strategists?|bankers)\s+at|(?:chief executive|chief financial officer|ceo|cfo|coo|chairman|chairwoman|president|founder|head|boss|director|spokesperson|spokesman|spokeswoman)\s+(?:of|at)|shares\s+(?:of|in)|(?:owner|parent|parent\s+company)\s+of|(?:joint\s+)?venture\s+(?:between|with)|(?:confirmed|announced|disclosed)\s+by|stakes?\s+in|takeover\s+of|acquisition\s+of|merger\s+with|bid\s+for|investment\s+in|shareholders?\s+(?:of|in)|employees\s+(?:of|at)|staff\s+at|workers\s+at|supplier\s+to|rival\s+(?:to|of)|,\s+(?:now\s+|itself\s+|also\s+)?part\s+of)\s+$/iu;
/**
 * The same posts in Portuguese and Spanish news: "o presidente da Federação dos Trabalhadores …", "la presidenta de la
 * Asociación …". Only before a name of two words or more (not "o presidente do Senado", "de la Comunidad").
 */
const ROMANCE_TITLE_OF_RE =
  /\b(?:presidente|presidenta|diretora?|directora?|secretári[oa]|secretari[oa])(?:[- ](?:geral|general|executiv[oa]|ejecutiv[oa]))?\s+(?:do|da|de|del)\s+(?:la\s+)?$/iu;
/**
 * A merger's or takeover's other party in Spanish and Portuguese news: "la absorción de X", "tras la fusión con X",
 * "a aquisição da X", "a incorporação do X" (not "compra de", said of shares and goods as well).
 */
const ROMANCE_DEAL_BEFORE_RE =
  /\b(?:absorción|adquisición|fusión|aquisição|fusão|incorporação)\s+(?:de|del|con|da|do|com)\s+(?:la\s+|el\s+|a\s+|o\s+)?$/iu;
/** "investment in " right before a name: said of towns and countries as well as of firms. */
const INVESTMENT_IN_BEFORE_RE = /\binvestment\s+in\s+$/i;
/** "general secretary of ", "chief executive at ", "a board member of ": a title names its organization after it. */
const TITLE_OF_RE =
  /\b(?:chief\s+\w+\s+officer|chief executive|ceo|cfo|coo|cto|chairman|chairwoman|chairperson|chair|president|vice[- ]president|founder|co-founder|head|boss|director|managing director|general manager|secretary|general secretary|secretary[- ]general|director[- ]general|treasurer|spokesperson|spokesman|spokeswoman|board member|member of the board|partner|analyst|economist|strategist)\s+(?:of|at)\s+(?:the\s+)?$/iu;
/**
 * "Secretary of Coordination and Governance of State Enterprises", "Director General of Industrial Relations and
 * Labour of the Ministry": common words after a post's "of", going on to the body the post is in, name a department
 * of that body, no company.
 */
function isDepartmentInPost(text: string, run: NameRun): boolean {
  const words = run.name.split(' ');
  if (!words.every((w) => isCommonWord(w) && !isPlace(w))) return false;
  return matchesAt(DEPARTMENT_GOES_ON_RE, text, run.end);
}
/** After a department's first name: another joined by "and", then "of" and the body's capitalised name. */
const DEPARTMENT_GOES_ON_RE = /(?:\s+and(?:\s+\p{Lu}\p{Ll}+){1,4})?\s+of\s+(?:the\s+)?\p{Lu}/uy;

/** "'s largest bank", "'s second-biggest lender": a possessive before a ranked description of someone else. */
const POSSESSIVE_DESCRIPTION_AFTER_RE =
  /['’]s\s+(?:\p{Ll}+-)?(?:largest|biggest|oldest|leading|top|main|dominant|second|third|fourth|fifth)\b/uy;
const UNIT_BEFORE_RE = /(?:subsidiary|unit|division|arm|brand|segment|affiliate|business)\s+of\s+$/iu;
/** A name's last word that makes it a law, a code or a programme ("Labour Standards Act", "Labour Code"). */
const LAW_OR_PLAN_LAST_WORD_RE =
  /\s(?:Act|Acts|Law|Laws|Code|Bill|Decree|Ordinance|Regulation|Regulations|Constitution|Plan|Programme|Program|Scheme|Strategy|Policy|Initiative)$/u;
/** "Ireland's Kestrel Air", "Spain's Vessla": a place's possessive introduces a company. */
const PLACE_POSSESSIVE_RE = /(\p{Lu}[\p{L}.-]*(?:\s\p{Lu}[\p{L}.-]*)?)['’]s\s+$/u;
/** A site named after its town: "Italy's Terni plant", "Chile's Huasco mill". */
const SITE_AFTER_RE = /^\s+(?:plant|mill|factory|site|steelworks|works|refinery|smelter|mine|shipyard|yard)\b/u;
/**
 * After a name: "'s" and a verb of its own, or a relative clause ("Moody's warned", "Moody's, which rates …"); an
 * auxiliary and a cut ("Cash-strapped Tejal's is laying off 500 employees": no possessive takes "is").
 */
const NAME_IN_S_RE =
  /['’]s(?:\s+(?:has\s+|had\s+|also\s+|already\s+)?(?:said|says|warned|cautioned|downgraded|upgraded|affirmed|rated|rates|put|placed|cut|lowered|raised|kept|left|expects|estimated|estimates|noted|added|announced|confirmed|plans|planned|will|would|is|was|has|had)\b|,\s+which\s+(?:rates|said|has|had|is|was)\b)/uy;
/** "Nissan shares fell", "Norrvik employees"; not "the Lisbon stock exchange", a market named after its city. */
const AFTER_NOUN_RE =
  /\s+(?:shares|stock(?!\s+(?:exchange|market|index))|shareholders|employees|staff|workers|executives|owner|parent|spokesperson|spokesman|spokeswoman|spokespeople|union)\b/uy;
/** People who work somewhere: "Łódź workers" are the town's as readily as "Kestrel workers" are the company's. */
const WORKFORCE_NOUNS: ReadonlySet<string> = new Set(['employees', 'staff', 'workers']);

/**
 * After "the <name>": a company's noun, with up to two words before it, that the sentence goes on from ("media
 * group will", "conglomerate said", "state-owned oil company,"); a chain of shops or hotels named by its trade ("the
 * Norrvik store chain that", "the Tarvo supermarket chain,"), not a "supply chain" or a "value chain", which no one
 * names after a company. A relative clause may follow ("the Norrvik store chain that hired …"). "the Hallberg family
 * holding company that" names a family, not a company.
 */
const THE_NAME_NOUN_RE =
  /\s+(?:(?!(?:that|the|a|an|which|who|whose|its|their|and|or|of|to|in|for|with|as|is|was|said|says|supply|value|family)\b)[a-z][a-z-]*\s+){0,2}?(?:group|conglomerate|company|corporation|firm|carmaker|automaker|bank|lender|insurer|airline|carrier|publisher|broadcaster|retailer|brewer|miner|steelmaker|drugmaker|chipmaker|manufacturer|giant|operator|chain)(?=\s+(?:is|was|has|had|will|would|said|says|announced|plans|intends|cut|cuts|reported|expects|employs|also|on|in|that|which)\b|[,.;])/uy;

/** Which cue a noun after a name gives: a union's, a workforce's (a town has one too) or a company's own. */
function nounAfterWhy(noun: string): string {
  if (noun === 'union') return 'union';
  return WORKFORCE_NOUNS.has(noun) ? 'workforce-after' : 'noun-after';
}

/** Company nouns that name a relation, not a part: "its rival X" is no unit of it. */
const RELATION_NOUNS = new Set(
  'rival rivals competitor competitors peer peers challenger partner partners investor investors shareholder shareholders owner owners parent acquirer acquirers buyer buyers bidder bidders suitor suitors auditor auditors adviser advisers advisor advisors consultant lender lenders supplier suppliers vendor vendors customer customers fund funds'.split(
    ' ',
  ),
);
/** Speech verbs after which a company refers to itself as "it". */
const SELF_SPEECH_VERBS = new Set([
  'said',
  'says',
  'announced',
  'confirmed',
  'added',
  'warned',
  'stated',
  'disclosed',
  'revealed',
  'reveals',
]);
/**
 * "said (on Monday) (that) it will cut …", "… it would buy the plant", "revealed in a federal filing that it will
 * cut …" / "said its workforce …": the speaker is an employer.
 */
const SELF_REFERENCE_RE =
  /\s+(?:said|says|announced|confirmed|added|warned|stated|disclosed|revealed|reveals)(?:\s+(?:on|in|last|this)\s+(?:[\p{Ll}-]+\s+){0,2}?\w+)?,?(?:\s+that)?\s+(?:it\s+(?:(?:would|will|was|is|had|has|could|may|might|plans?|planned|intends?|expects?|aims?)\s+)?(?:to\s+)?(?:be\s+|also\s+|now\s+)?(?:cut|cutting|cuts|eliminat\w+|shed\w*|lay(?:ing|s)?\s+off|laid\s+off|clos(?:e|es|ed|ing)|reduc\w+|slash\w*|ax(?:e|es|ed|ing)|sell|selling|sold|spin\w*|merg\w+|restructur\w+|hir(?:e|es|ed|ing)|shut\w*|exit\w*|withdraw\w*|buy|buying|bought|acquir\w+|invest\w*|relocat\w+|list(?:ed|ing)?|delist\w*|divest\w*)\b|its\s+(?:[\p{Ll}-]+\s+)?(?:workforce|staff|employees|headcount|plants?|factories|factory|stores|branches|profits?|revenues?|sales|shares|subsidiar(?:y|ies)|units?|divisions?|operations|board)\b)/uy;
/**
 * A stock ticker in brackets: an exchange and symbol ("NYSE: GM"), a symbol with a share-class digit ("GUAR3",
 * "PETR4") or a market suffix ("0293.HK", "VOD.L", a wire's code "KORAn.DE"). A bracketed acronym alone ("(AMSA)") is
 * no ticker.
 */
const TICKER_RE =
  /\s?\((?:(?:NYSE|Nasdaq|NASDAQ|LSE|LON|TSE|TYO|JSE|BSE|NSE|SGX|ASX|HKEX|SIX|TSX|B3|BVMF|Bovespa|Euronext|EPA|ETR|XETRA|FRA|KRX|KOSDAQ|TWSE|SZSE|SSE|BMV|IDX|KLSE|Bursa|OTC|NZX|OSE|STO|CPH|HEL|BIT|BME|WSE|TASE|EGX|NGX)\s*:\s*[A-Z0-9][A-Z0-9.]{0,9}|[A-Z]{3,5}\d{1,2}|\d{3,6}\.[A-Z]{1,2}|[A-Z]{1,5}\.[A-Z]{1,2}|[A-Z]{2,6}[a-z](?:_[a-z])?\.[A-Z]{1,2})\)/y;
/** "AstraZeneca (132 jobs), Vessla (100 jobs)": a round-up gives each employer its count in brackets. */
const JOBS_BRACKET_RE =
  /\s?\((?:about |around |some |up to |nearly |over |more than )?\d[\d,.]*\s+(?:jobs|positions|roles|posts|employees|workers|staff|layoffs|job cuts|redundancies)\)/y;
/** Nouns for unions and associations before their name. */
const BODY_NOUNS = new Set([
  'union',
  'unions',
  'association',
  'associations',
  'federation',
  'federations',
  'confederation',
  'syndicate',
]);
const PREPOSITIONS = new Set(['for', 'to', 'with', 'among', 'from', 'of', 'by', 'at', 'in', 'on', 'unlike', 'like']);
/** "Lagos-based", "Tokyo-listed", "state-owned", "state-run", "family-controlled": said of an organization only. */
const BASED_RE = /-(?:based|listed|headquartered|registered|owned|run|controlled|held)$/;
/** Connectors between a descriptor and a list of names: "groups such as", "investors including". */
const LIST_LEAD_RE =
  /(?:\s+such\s+as|,?\s+including|\s+like|\s+led\s+by|\s+namely|,\s+(?:known\s+as|called|dubbed)|,)?\s+/uy;

/**
 * An em or en dash at `at`, or a hyphen standing alone between spaces as many outlets type the dash ("Kora Mobile -
 * the telecom arm of Vessla - said").
 */
function isDashAt(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  return c === 0x2014 || c === 0x2013 || (c === 45 && text.charCodeAt(at + 1) === 32);
}

/** True when a company apposition (", the country's largest … firm") opens at `at`, not a person's post. */
function isNameInSApposition(text: string, at: number): boolean {
  APPOSITION_RE.lastIndex = at;
  const ap = APPOSITION_RE.exec(text);
  return ap !== null && !PERSON_APPOSITION_RE.test(ap[0]);
}

/** "the maker of Kestol and Vurex", "producer of Brisa, Lumo": what a company makes is a product, not a company. */
const MADE_PRODUCT_RE =
  /\b(?:maker|makers|producer|producers|manufacturer|manufacturers)\s+of\s+(?:\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?(?:,\s+|\s+(?:and|&)\s+))*$/u;

/** True when `start` names one of the products in "the maker of …" (a bounded look-back, gated on " of "). */
export function isMadeProduct(text: string, start: number): boolean {
  const pre = text.slice(Math.max(0, start - 70), start);
  return pre.includes(' of ') && pre.includes('er') && MADE_PRODUCT_RE.test(pre);
}

/** "Kellwick & Whitney", "Brantor & Sons": two capitalised names joined by "&". */
const PARTNERSHIP_RE = /^(\p{Lu}[\p{L}'’.-]+) & (\p{Lu}[\p{L}'’.-]+)$/u;

/**
 * "Kellwick & Whitney": two names joined by "&" are a firm named after its founders, wherever it stands — unless
 * either is a common word ("Health & Safety", "Oil & Gas" name fields or teams) or a place ("Trinidad & Tobago").
 */
function isPartnershipName(name: string): boolean {
  const m = name.includes(' & ') ? PARTNERSHIP_RE.exec(name) : null;
  if (!m) return false;
  const [a, b] = [m[1]!, m[2]!];
  return !isCommonWord(a) && !isCommonWord(b) && !isPlace(a) && !isPlace(b) && !isCountryOrRegion(a);
}

/**
 * Reads the context of one occurrence of a name for organization evidence: a descriptor noun before it
 * ("supplier Schaeffler", "rivals such as …"), an apposition after it (", the German engineering group"),
 * a possessive of company things ("'s workforce"), a title with a person ("Norrvik CEO Jane Roe"), a market
 * or ownership phrase ("shares of", "a subsidiary of"), or a subject verb ("said", "will cut"; weak).
 */
/** Where a bracketed acronym right after a name ends (" (KCM)"), else `end` itself. */
function afterBracketedAcronym(text: string, end: number): number {
  if (text.charCodeAt(end + 1) !== 40 || !bracketedAcronymAt(text, end)) return end;
  return text.indexOf(')', end) + 1;
}

/** " in Virginia", " in North Carolina" right after a name (group 1 the place's words). */
const IN_PLACE_AFTER_RE = /^ in (\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,2})(?=[ ,])/u;

/**
 * Where " in <place>" right after a name ends, else `end` itself: "The Kestrel Gazette in Virginia laid off 33
 * employees" — the verb after the place is the name's.
 */
function afterInPlace(text: string, end: number): number {
  if (text.charCodeAt(end + 1) !== 105 || !text.startsWith(' in ', end)) return end;
  const m = IN_PLACE_AFTER_RE.exec(text.slice(end, end + 48));
  return m && isPlace(m[1]!) ? end + m[0].length : end;
}

/** "Tessel's agreement will reduce its workforce by …": a thing of the name's that cuts its staff. */
const POSSESSION_CUTS_RE =
  /['’]s?\s+(?:[\p{Ll}-]+\s+){1,2}(?:will|would|is\s+to|is\s+set\s+to|is\s+expected\s+to|aims\s+to)\s+(?:cut|reduce|eliminate|shed|axe|slash|lay\s+off|close|shrink|trim)\s+(?:its|their|about|around|up\s+to|some|nearly|\d)/uy;

/** Prepositions that tie a name to the noun before them ("the shift to", "the sale of", "talks with"). */
const NOUN_PREPOSITIONS = new Set(['to', 'of', 'for', 'from', 'with', 'into', 'towards', 'toward', 'about']);
const LOWER_NOUN_RE = /^\p{Ll}{3,}$/u;

/**
 * "the move to Orskflow will change", "the switch towards Kestrel would …": a lower-case word and a preposition right
 * before the name make it the object inside the subject, so a verb after the name says nothing of it.
 */
function objectOfNounBefore(text: string, tokens: readonly Token[], run: NameRun): boolean {
  const prep = tokens[run.first - 1];
  const noun = tokens[run.first - 2];
  if (!prep || !noun || !NOUN_PREPOSITIONS.has(prep.text) || prep.end + 1 !== run.start) return false;
  return noun.end + 1 === prep.start && LOWER_NOUN_RE.test(noun.text) && !SUBJECT_VERBS.has(noun.text);
}

/** Whether the sticky expression `re` matches `text` at `at`. */
function matchesAt(re: RegExp, text: string, at: number): boolean {
  re.lastIndex = at;
  return re.test(text);
}

/** "Ingo Hallberg's …": the name is followed by "'s". */
function endsWithApostropheS(text: string, end: number): boolean {
  const c = text.charCodeAt(end);
  return (c === 39 || c === 0x2019) && text.charCodeAt(end + 1) === 115;
}

/**
 * "Kestrel chief Pavlos Orsk and KWU union representatives": a run of two to four plain name words (no organization
 * word) that a given name opens or a person's post stands right before is a person, whatever it is listed with.
 */
export function isPersonNamedRun(text: string, run: NameRun): boolean {
  if (isGivenNamedPerson(run.name)) return true;
  const words = run.name.split(' ');
  if (words.length < 2 || words.length > 4) return false;
  if (!words.every((w) => PLAIN_NAME_WORD_RE.test(w) && !ORG_HEAD_WORDS.has(w) && !ORG_PREFIX_WORDS.has(w)))
    return false;
  return holderOfPostBefore(text, run.start);
}

/** A person's post written right before `start` ("Vandor CEO |Jane Roe", "chief executive |Jane Roe"). */
function holderOfPostBefore(text: string, start: number): boolean {
  const title = matchTitleBefore(text, Math.max(0, start - 60), start);
  return title !== null && start - title.end <= 2;
}

export function readOrgCues(text: string, tokens: readonly Token[], run: NameRun, verbOnly = false): OrgCue[] {
  if (isMadeProduct(text, run.start)) return [];
  const cues: OrgCue[] = [];
  // "Kestrel Copper Mines (KCM) has retrenched 88 workers": the verb after a bracketed acronym is the name's; so is
  // the verb after the place it is in ("The Kestrel Gazette in Virginia laid off 33 employees").
  const end = afterInPlace(text, afterBracketedAcronym(text, run.end));
  let k = run.last + 1;
  while (end !== run.end && k < tokens.length && tokens[k]!.start < end) k++;
  const next = tokens[k];
  const gapIsSpace = next !== undefined && next.start === end + 1 && text.charCodeAt(end) === 32;
  // "Norrvik Ghana also announced a similar action": one adverb between the name and its verb.
  // "the move to Orskflow will change …": after a noun and its preposition the verb is the noun's, not the name's.
  if (
    gapIsSpace &&
    (SUBJECT_VERBS.has(next.text) || isAdverbThenTelling(text, tokens, k)) &&
    !objectOfNounBefore(text, tokens, run)
  )
    cues.push({ strength: 'weak', kind: 'company', why: 'verb' });
  // ", which …" right after the name: a relative clause that tells what the organization did or said.
  const whichClause = next?.text === 'which' && text.slice(end, next.start) === ', ';
  // "Virgin Tessel followed with 3,000 job cuts", "Kestrel Bros. Media has itself shed thousands of jobs", and in a
  // relative clause, "… of Kelmo Varra, which recently announced a plan to fire 500 employees".
  if ((gapIsSpace || whichClause) && verbOnly && actsAsCompany(text, end, next.text))
    cues.push({ strength: 'weak', kind: 'company', why: 'acts' });
  // "Norrvik Social will cut 10% of its workforce", "Kestrel Video to cut 1,300 jobs": what only an employer does.
  // "Plans to cut 850 jobs were revealed …": a noun that takes an infinitive, opening a sentence, is no employer.
  // "Publisher to axe seven jobs", "Carmaker to cut 300 jobs": a headline's opening trade noun describes the
  // company it does not name.
  const intentNoun =
    run.initial &&
    run.first === run.last &&
    next?.text === 'to' &&
    (INTENT_NOUNS.has(run.name) || COMPANY_NOUNS.has(run.name.toLowerCase()));
  // "Job cuts at Kestrel will affect 415 staff", "Pay cuts at …": a noun compounded with "cuts" is no employer.
  const cutCompound = run.first === run.last && next?.text === 'cuts' && CUT_COMPOUND_NOUNS.has(run.name.toLowerCase());
  if (gapIsSpace && CUT_LEADS.has(next.text) && !intentNoun && !cutCompound) {
    EMPLOYER_ACTION_RE.lastIndex = end;
    if (EMPLOYER_ACTION_RE.test(text)) cues.push({ strength: 'strong', kind: 'company', why: 'employer' });
  }
  // "Kora Denki said it will cut 4,000 jobs", "… said its workforce would shrink": a name that speaks of itself as
  // "it" doing what employers do is an organization (a person would be "he" or "she").
  // "Vandor CEO Jane Roe said it would close titles": after a post, "it" is the post's company, not the name.
  if (gapIsSpace && SELF_SPEECH_VERBS.has(next.text) && !holderOfPostBefore(text, run.start)) {
    SELF_REFERENCE_RE.lastIndex = end;
    if (SELF_REFERENCE_RE.test(text)) cues.push({ strength: 'strong', kind: 'company', why: 'self-reference' });
  }
  // "cuts at Morvane, which announced that it would eliminate 2,500 jobs": the same in a relative clause.
  if (whichClause && next && SELF_SPEECH_VERBS.has(tokens[k + 1]?.text ?? '')) {
    SELF_REFERENCE_RE.lastIndex = next.end;
    if (SELF_REFERENCE_RE.test(text)) cues.push({ strength: 'strong', kind: 'company', why: 'self-reference' });
  }
  if (verbOnly) return cues;
  // "Meanwhile at the Kora Post, 415 jobs are to be axed": a round-up's sentence opening on where the cut falls.
  // A place there is where the cut falls ("Meanwhile at Leeds, 300 jobs …"), not who makes it.
  if (
    text.charCodeAt(run.end) === 44 &&
    AT_OPENING_BEFORE_RE.test(text.slice(Math.max(0, run.start - 24), run.start)) &&
    !isPlace(run.name)
  ) {
    JOBS_AXED_AFTER_RE.lastIndex = run.end;
    if (JOBS_AXED_AFTER_RE.test(text)) cues.push({ strength: 'strong', kind: 'company', why: 'employer' });
  }
  // "the Kora Air Workers Union (KAWU)": a body's full name with its own initials in brackets.
  if (isInitialledBody(text, run.name, run.end)) cues.push({ strength: 'strong', kind: 'company', why: 'initialled' });
  // "the Kora Union of Power Employees intervened": a workers' or trade body written by its full name.
  else if (isFullBodyAt(text, run.name, run.start, run.end))
    cues.push({ strength: 'strong', kind: 'company', why: 'full-body' });
  if (isPartnershipName(text.slice(run.start, run.end)))
    cues.push({ strength: 'strong', kind: 'company', why: 'partnership' });
  // RENAMED_AFTER_RE opens with `\s\(` or `,`: tested by char code first.
  const closing = text.charCodeAt(run.end);
  if (closing === 44 || (isSpaceCode(closing) && text.charCodeAt(run.end + 1) === 40)) {
    RENAMED_AFTER_RE.lastIndex = run.end;
    if (RENAMED_AFTER_RE.test(text)) cues.push({ strength: 'strong', kind: 'company', why: 'renamed' });
  }
  if (
    tokens[run.first - 1]?.text === 'now' &&
    RENAMED_PART_BEFORE_RE.test(text.slice(Math.max(0, run.start - 120), run.start))
  )
    cues.push({ strength: 'strong', kind: 'unit', ownerAt: null, why: 'renamed-part' });
  const owned = ownedByAfter(text, run.end);
  if (owned !== null) cues.push({ strength: 'strong', kind: 'unit', ownerAt: owned, why: 'owned-by' });
  // "Tarvik-owned Vellmora" (a run found by findOwnerPrefixRuns): the name owns a business.
  if (text.charCodeAt(run.end) === 45 && OWNER_SUFFIX_RE.test(text.slice(run.end, run.end + 12)))
    return [...cues, { strength: 'strong', kind: 'company', why: 'owner-prefix' }];
  if (isFactboxHead(text, run)) cues.push({ strength: 'strong', kind: 'company', why: 'factbox-head' });
  // "Vessla subsidiary Kora Media underwent a restructure": the name before the unit word owns the named unit.
  if (gapIsSpace && UNIT_AHEAD_WORDS.has(next.text)) {
    OWNER_OF_NAMED_UNIT_RE.lastIndex = next.end;
    if (OWNER_OF_NAMED_UNIT_RE.test(text)) cues.push({ strength: 'strong', kind: 'company', why: 'owner-unit' });
  }
  const before =
    descriptorBefore(text, tokens, run) ??
    distantListNounBefore(text, tokens, run) ??
    includedListSubject(text, tokens, run);
  if (before) cues.push(before);
  const after = text.charCodeAt(run.end);
  // "Mevio (MEVI3)", "Cathay Pacific (0293.HK)", "Acme (NYSE: ACM)": a stock ticker in brackets names a listed company.
  // Each opens with `\s?\(`: a bracket here or after the space.
  if (after === 40 || (after === 32 && text.charCodeAt(run.end + 1) === 40)) {
    TICKER_RE.lastIndex = run.end;
    if (TICKER_RE.test(text)) cues.push({ strength: 'strong', kind: 'company', why: 'ticker' });
    JOBS_BRACKET_RE.lastIndex = run.end;
    if (JOBS_BRACKET_RE.test(text)) cues.push({ strength: 'strong', kind: 'company', why: 'jobs-bracket' });
    // "Kellwick (buy, target raised)": a broker's recommendation in brackets follows a firm's name in a digest.
    RATING_BRACKET_RE.lastIndex = run.end;
    if (RATING_BRACKET_RE.test(text)) cues.push({ strength: 'strong', kind: 'company', why: 'rating' });
  }
  // "Nairobi - Kenya's biggest foods maker, …": a place opening a paragraph before a dash is the dateline.
  const dateline = after === 32 && (run.start === 0 || text.charCodeAt(run.start - 1) === 10) && isPlace(run.name);
  if (after === 44 || (after === 32 && !dateline && isDashAt(text, run.end + 1))) {
    APPOSITION_RE.lastIndex = run.end;
    const ap = APPOSITION_RE.exec(text);
    // ", the board member who heads the automotive business": a person's post, not a company's description.
    // "… in the state of Sao Paulo, the union representing metalworkers said": a known place after a preposition of
    // place ends its clause; what follows the comma opens the next one.
    const placeAfterPreposition =
      isPlace(run.name) && PLACE_PREPOSITION_BEFORE_RE.test(text.slice(Math.max(0, run.start - 24), run.start));
    if (ap && !PERSON_APPOSITION_RE.test(ap[0]) && !placeAfterPreposition) cues.push(appositionCue(text, run, ap));
    else {
      RELATIVE_OWNED_RE.lastIndex = run.end;
      PART_OF_AFTER_RE.lastIndex = run.end;
      FIRM_ASIDE_AFTER_RE.lastIndex = run.end;
      if (RELATIVE_OWNED_RE.test(text) || PART_OF_AFTER_RE.test(text))
        cues.push({ strength: 'strong', kind: 'company', why: 'relative' });
      else if (FIRM_ASIDE_AFTER_RE.test(text) && !isPersonLikeName(run.name))
        cues.push({ strength: 'strong', kind: 'company', why: 'firm-aside' });
      else if (cutsAfterRelative(text, run.end)) cues.push({ strength: 'strong', kind: 'company', why: 'employer' });
    }
  } else if (after === 39 || after === 0x2019) {
    POSSESSIVE_RE.lastIndex = run.end;
    NAME_IN_S_RE.lastIndex = run.end;
    // A bare apostrophe ("Norrfields' shares") is a possessive only after a name ending in "s"; after a given name
    // ("James' shares") it is a person's.
    const bare = text.charCodeAt(run.end + 1) !== 115;
    const notPerson = !isPersonLikeName(run.name);
    const bareOfName = bare && run.name.endsWith('s') && notPerson;
    if ((!bare || bareOfName) && POSSESSIVE_RE.test(text))
      cues.push({ strength: 'strong', kind: 'company', why: 'possessive' });
    else if (!bare && matchesAt(POST_AFTER_POSSESSIVE_RE, text, run.end) && !isDescriptionAfterThe(text, run))
      cues.push({ strength: 'strong', kind: 'company', why: 'possessive' });
    else if (ownsNamedCompany(text, run.end) && !isPersonShapedOwner(run.name) && !isGivenNamedPerson(run.name))
      cues.push({ strength: 'strong', kind: 'company', why: 'possessive-owner' });
    else if (bareOfName && matchesAt(EMPLOYER_DECISION_RE, text, run.end))
      cues.push({ strength: 'strong', kind: 'company', why: 'employer' });
    else if ((bareOfName || (!bare && notPerson)) && matchesAt(POSSESSION_CUTS_RE, text, run.end))
      cues.push({ strength: 'strong', kind: 'company', why: 'employer' });
    // "Moody's warned", "Moody's, which rates the bank, …": a name written with its "'s" that acts.
    else if (NAME_IN_S_RE.test(text)) cues.push({ strength: 'strong', kind: 'company', why: 'name-in-s' });
    // "Tejal's, the country's largest snack maker, …": nothing follows the "'s" but a description of the name.
    else if (text.charCodeAt(run.end + 2) === 44 && isNameInSApposition(text, run.end + 2))
      cues.push({ strength: 'strong', kind: 'company', why: 'name-in-s' });
  } else if (gapIsSpace && AFTER_WORDS.has(next.text.toLowerCase())) {
    TITLE_AFTER_RE.lastIndex = run.end;
    AFTER_NOUN_RE.lastIndex = run.end;
    // "Harvard University economist Jane Roe": a place of learning is no business.
    if (TITLE_AFTER_RE.test(text) && !ACADEMIC_RE.test(text.slice(run.start, run.end)))
      cues.push({ strength: 'strong', kind: 'company', why: 'title' });
    else if (AFTER_NOUN_RE.test(text)) cues.push({ strength: 'strong', kind: 'company', why: nounAfterWhy(next.text) });
  } else if (after === 32 && text.charCodeAt(run.end + 1) === 40) {
    // "the Kestrel Workers Union of Kenya (KWUK) secretary general Jane Roe": the initials stand between name and post.
    const initials = INITIALS_AFTER_RE.exec(text.slice(run.end, run.end + 16));
    TITLE_AFTER_RE.lastIndex = run.end + (initials?.[0].length ?? 0);
    if (initials && TITLE_AFTER_RE.test(text) && !ACADEMIC_RE.test(text.slice(run.start, run.end)))
      cues.push({ strength: 'strong', kind: 'company', why: 'title' });
  }
  const prev = tokens[run.first - 1];
  // "The Vossberg media group will cut 300 jobs", "the Kestrel conglomerate said": a name between "the" and a
  // company's noun names that company (not "the Vienna office", a place's).
  if (
    cues.length === 0 &&
    (prev?.text === 'the' || prev?.text === 'The') &&
    matchesAt(THE_NAME_NOUN_RE, text, run.end) &&
    run.name.split(' ').every((w) => UPPER_FIRST_RE.test(w)) &&
    !NATIONALITIES.has(run.name.split(' ')[0]!) &&
    !isPlace(run.name)
  )
    cues.push({ strength: 'strong', kind: 'company', why: 'the-name-noun' });
  if (isPluralPlaceCarrier(text, run)) cues.push({ strength: 'strong', kind: 'company', why: 'place-carrier' });
  if (prev && prev.text === 's' && run.start - prev.end === 1) {
    const lead = text.slice(Math.max(0, run.start - 30), run.start);
    const poss = endsWithPossessiveS(lead) ? PLACE_POSSESSIVE_RE.exec(lead) : null;
    // "Brazil's Sao Paulo state", "Japan's Aichi prefecture": a part of the country, not a company of it.
    // "Italy's Terni plant": one word before a site's noun is the town the site stands in.
    const after = text.slice(run.end, run.end + 16);
    const site = run.first === run.last && SITE_AFTER_RE.test(after);
    // "Norway's Labour Standards Act", "Orsk's Pension Reform Plan": a country's law or programme, no company of it.
    const law = LAW_OR_PLAN_LAST_WORD_RE.test(run.name);
    if (poss && isCountryOrRegion(poss[1]!) && !ADMIN_AREA_AFTER_RE.test(after) && !site && !law)
      cues.push({ strength: 'strong', kind: 'company', why: 'place-possessive' });
    // "Ingo Hallberg's Kestrel Steel will shut …": a tycoon's company, named with a business head word.
    else if (
      poss &&
      isPersonShapedOwner(poss[1]!) &&
      HELD_HEAD_WORDS.includes(run.name.slice(run.name.lastIndexOf(' ') + 1))
    )
      cues.push({ strength: 'strong', kind: 'company', why: 'owner-possessive' });
  }
  if (prev && BEFORE_LAST_WORDS.has(prev.text)) {
    const pre = text.slice(Math.max(0, run.start - 40), run.start);
    const titled = TITLE_OF_RE.test(pre) || (run.last > run.first && ROMANCE_TITLE_OF_RE.test(pre));
    // "the arm of Vellmora's largest bank Kestrel NBD": the owner is the one the possessive describes, not the name
    // written before its "'s".
    // "a subsidiary of Jane Roe's Kestrel": the owner named by a given name is the tycoon, not a company.
    if (
      UNIT_BEFORE_RE.test(pre) &&
      !matchesAt(POSSESSIVE_DESCRIPTION_AFTER_RE, text, run.end) &&
      !(endsWithApostropheS(text, run.end) && (isGivenNamedPerson(run.name) || isPersonShapedOwner(run.name)))
    )
      cues.push({ strength: 'strong', kind: 'company', why: 'owner-of' });
    // "the bank's Head of Corporate Communications": a post's field is no organization.
    else if (titled && isPostField(text.slice(run.start, run.end))) return cues;
    else if (titled && isDepartmentInPost(text, run)) return cues;
    else if (titled) cues.push({ strength: 'strong', kind: 'company', why: 'title-of' });
    // "a new investment in Norrhamn": money goes into a town as readily as into a firm, so for a place the phrase
    // says no more than "in" (a cue a place outweighs: 'invested-in').
    // "tras la absorción de X": a party to a deal, which a place outweighs.
    else if (ROMANCE_DEAL_BEFORE_RE.test(pre)) cues.push({ strength: 'strong', kind: 'company', why: 'deal' });
    else if (BEFORE_RE.test(pre))
      cues.push({
        strength: 'strong',
        kind: 'company',
        why: INVESTMENT_IN_BEFORE_RE.test(pre) ? 'invested-in' : 'phrase-before',
      });
  }
  if (prev && cues.length === 0) {
    const deal = dealCueBefore(text, run.start, prev.text);
    if (deal) cues.push(deal);
  }
  return cues;
}

/** Words that start what TITLE_AFTER_RE and AFTER_NOUN_RE read after a name (a cheap gate before the regexes). */
const AFTER_WORDS = new Set(
  'group global interim acting deputy former co-ceo ceo cfo coo cto chief chairman chairwoman chair president boss founder co-founder spokesperson spokesman spokeswoman head shares stock shareholders employees staff workers executives owner parent union analyst economist strategist national regional assistant general secretary secretary-general vice vice-president director director-general managing'.split(
    ' ',
  ),
);
/** Last words of BEFORE_RE and UNIT_BEFORE_RE. */
const BEFORE_LAST_WORDS = new Set([
  'of',
  'at',
  'in',
  'with',
  'for',
  'to',
  'by',
  'from',
  'between',
  'do',
  'da',
  'de',
  'del',
  'la',
  'con',
  'com',
]);

/** Whether "is", "was", "remains" or "became" follows the blanks at `end` (IS_OWNERS_UNIT_RE's opening). */
function verbAfterBlanks(text: string, end: number): boolean {
  let k = end;
  while (isSpaceCode(text.charCodeAt(k))) k++;
  return (
    text.startsWith('is', k) ||
    text.startsWith('was', k) ||
    text.startsWith('remains', k) ||
    text.startsWith('became', k)
  );
}

/** Where the owner's name starts when the words after a name say who owns it, else null. */
function ownedByAfter(text: string, end: number): number | null {
  const c = text.charCodeAt(end);
  if (c !== 44 && c !== 32) return null;
  // OWNED_BY_AFTER_RE opens with a comma or a blank and a bracket, IS_OWNERS_UNIT_RE with blanks and its verb.
  if (c === 44 || text.charCodeAt(end + 1) === 40) {
    OWNED_BY_AFTER_RE.lastIndex = end;
    const m = OWNED_BY_AFTER_RE.exec(text);
    if (m) return end + m[0].length;
  }
  if (c === 32 && verbAfterBlanks(text, end)) {
    IS_OWNERS_UNIT_RE.lastIndex = end;
    const m = IS_OWNERS_UNIT_RE.exec(text);
    if (m) return end + m[0].length;
  }
  return null;
}

/**
 * The apposition's opening possessor (group 1, "Kestrel Group" in ", Kestrel Group's Spanish subsidiary"; "Orvis" in
 * ", Orvis' budget arm", a name ending in s with the apostrophe alone).
 */
const POSSESSOR_RE = /^(?:,|\s+[—–])\s+((?:\p{Lu}[\p{L}.&-]*\s+){0,2}\p{Lu}[\p{L}.&-]*)(?:['’]s|(?<=s)['’])\s/u;

/** An apposition opening with "another" (", another German equipment maker,"). */
const ANOTHER_RE = /^(?:,|\s+[—–]|\s+-)\s+another\s+/u;
const APOSTROPHE_RE = /['’]/;

/**
 * True when `lead` (from the name to the apposition's noun) opens with "another" and names no owner before the noun:
 * only lower-case words and nationalities (", another prominent auto ancillary unit", ", another German equipment
 * maker") — not ", another of its brands", ", another of the group's units" or ", another Kestrel brand".
 */
function isAnotherOfTheTrade(lead: string): boolean {
  const m = ANOTHER_RE.exec(lead);
  if (!m) return false;
  const before = lead.slice(m[0].length).trim().split(/\s+/).slice(0, -1);
  return before.every((w) => NATIONALITIES.has(w) || (w !== 'of' && w === w.toLowerCase() && !APOSTROPHE_RE.test(w)));
}

function appositionCue(text: string, run: NameRun, ap: RegExpExecArray): OrgCue {
  const noun = ap[1]!.toLowerCase();
  const tail = ap[2] ?? '';
  // ", a joint venture of Norrvik and Tarvo,": a company of its own, owned by both.
  const nounEnd = run.end + ap[0].length - tail.length;
  if (isJointVentureOfTwo(text, text.slice(run.end, nounEnd), nounEnd))
    return { strength: 'strong', kind: 'company', ownerAt: null, why: 'joint-venture' };
  const acquired = ACQUIRED_AFTER_RE.test(tail);
  // "a unit of Spain's Banco Santander": the owner is the name after the place's possessive.
  const of = OF_OWNER_AFTER_RE.exec(tail);
  // "Hallberg Stampings, another prominent auto ancillary unit,": a firm of the same trade as those named before it,
  // not a part of one ("another unit of Kestrel" keeps its owner, and so do "another of its brands", "another Kestrel
  // brand").
  if (isAnotherOfTheTrade(text.slice(run.end, nounEnd)) && !of)
    return { strength: 'strong', kind: 'company', ownerAt: null, why: 'apposition' };
  const unit = UNIT_NOUNS.has(noun) && !COMPANY_NOUNS.has(noun) ? true : acquired;
  // ", Kestrel Group's Spanish subsidiary,": the owner is the name before the possessive.
  const possessor = UNIT_NOUNS.has(noun) && !of ? POSSESSOR_RE.exec(ap[0]) : null;
  return {
    strength: 'strong',
    kind: unit || (UNIT_NOUNS.has(noun) && (of !== null || /(?:['’]s|s['’])\s/.test(ap[0]))) ? 'unit' : 'company',
    ownerAt: of
      ? run.end + ap[0].length - tail.length + of[0].length
      : possessor
        ? run.end + possessor.index + possessor[0].length - possessor[1]!.length
        : null,
    why: 'apposition',
  };
}

/** "The president of the ", "the chief executive of this ": a post of the noun that follows. */
const POST_OF_BEFORE_RE =
  /\b(?:chief|ceo|cfo|coo|president|chair\w*|director|head|manager|founder|spokes\w+|secretary|officer|executive|boss|leader|owner|representative)\s+(?:of|at|for)\s+(?:(?:the|this|that)\s+(?:[\p{Ll}-]+\s+)?|(?:its|their)\s+(?:[\p{Ll}-]+\s+){0,2})$/iu;

/** "Ltd." → "Ltd". */
const withoutDot = (word: string): string => (word.endsWith('.') ? word.slice(0, -1) : word);

/** "supplier Schaeffler", "Swedish automaker Norrvik", "its regional arm SilkAir", "oil groups such as Hallberg". */
/** Whether `word` has an upper-case letter at `i`. */
function isUpperAt(word: string, i: number): boolean {
  const c = word.charAt(i);
  return c !== c.toLowerCase();
}

function descriptorBefore(text: string, tokens: readonly Token[], run: NameRun): OrgCue | null {
  let k = run.first - 1;
  if (k < 0) return null;
  // Skip a list lead ("such as", "including", "like", "led by", a comma) between the noun and the name.
  let t = tokens[k]!;
  if (t.text === 'as' && tokens[k - 1]?.text === 'such') k -= 2;
  else if (t.text === 'including' || t.text === 'like' || t.text === 'namely') k -= 1;
  else if (t.text === 'by' && tokens[k - 1]?.text === 'led') k -= 2;
  // "its fibre and cables business, known as Orsklink": the name the unit goes by.
  else if (t.text === 'as' && tokens[k - 1]?.text === 'known') k -= 2;
  else if (t.text === 'called' || t.text === 'dubbed') k -= 1;
  if (k < 0) return null;
  t = tokens[k]!;
  const noun = t.text.toLowerCase();
  // Only these nouns describe (every reading below needs one): most words before a name are none, so the
  // expressions are not run for them.
  const based = noun.includes('-') && BASED_RE.test(noun);
  const store = isTradeStore(tokens, k);
  if (!based && !store && !BODY_NOUNS.has(noun) && !COMPANY_NOUNS.has(noun) && !UNIT_NOUNS.has(noun)) return null;
  // "its Canadian operation, Kestrel Canada, and …" names the operation; "Vella at its Rustenburg operation, Tarrow at
  // Kroondal" lists sites, the name after the comma is the next item.
  if (noun === 'operation' && !/^(?:[,.;)]|$)/.test(text.slice(run.end, run.end + 1))) return null;
  LIST_LEAD_RE.lastIndex = t.end;
  const lead = LIST_LEAD_RE.exec(text);
  // A descriptor never reaches across a line ("… electronics arm\n\nTOKYO (Wire) —").
  if (!lead || t.end + lead[0].length !== run.start || lead[0].includes('\n')) return null;
  // "For investors, EverGreen is …": a noun in an introductory phrase describes nothing after the comma.
  if (lead[0].startsWith(',') && PREPOSITIONS.has(tokens[k - 1]?.text.toLowerCase() ?? '')) return null;
  // "The boss of Orsk Airlines, Tom Hadley, said": a capitalised noun ends a name before the comma; it describes
  // nothing after it.
  if (lead[0].startsWith(',') && isUpperAt(t.text, 0)) return null;
  // "… its ice cream unit, Kora Wire has reported": the name opens a reporting clause; it describes nothing.
  if (lead[0].startsWith(',') && isReporterVerbAfter(text, run.end)) return null;
  // "The president of the company, Juan Pérez, said", "the head of its capital markets division, Jane Roe,": the name
  // after the comma holds the post; it is no company or unit.
  if (lead[0].startsWith(',') && POST_OF_BEFORE_RE.test(text.slice(Math.max(0, t.start - 60), t.start))) return null;
  // "the editor of the Lantern newspaper, Jane Roe, said": after the comma a name opened by a given name, with no
  // organization word or legal form, is the person the clause goes on to name, not the noun's company
  // ("the retailer, Jordan Foods," keeps its company word; "two project companies, Dana Roe and …" names companies).
  if (lead[0].startsWith(',') && !SAYS_COMPANY_NOUNS.has(noun) && isGivenNamedPerson(run.name)) return null;
  // "the UK-based P&O Ferries", "Luxembourg-based ArcelorMittal"; after "the" ("the Orsk-based Jonas Hallberg") never
  // a person's name, even one a given name opens ('the-based').
  if (based && lead[0] === ' ')
    return {
      strength: 'strong',
      kind: 'company',
      why: /^the$/i.test(tokens[k - 1]?.text ?? '') ? 'the-based' : 'based',
    };
  // "the pilots' association KAPA", "trade union Kora Verk": a body, kept as an organization (never a person).
  if (BODY_NOUNS.has(noun) && lead[0] === ' ') return { strength: 'strong', kind: 'company', why: 'union' };
  if (!store && !COMPANY_NOUNS.has(noun) && !UNIT_NOUNS.has(noun)) return null;
  const unitOnly = UNIT_NOUNS.has(noun) && !COMPANY_NOUNS.has(noun);
  // "its regional arm SilkAir", "Hallberg's truck unit Norrvik": a unit of the possessor.
  const head = text.slice(Math.max(0, t.start - 40), t.start);
  const possessed = OWNER_POSSESSIVE_BEFORE_RE.exec(head);
  // "Brazil's electricity company Eletrobras", "South Africa's telecoms group X": a country owns nothing here.
  const poss = possessed?.[1] && isPossessivePlace(head.slice(0, possessed.index), possessed[1]) ? null : possessed;
  // "a legacy brand Tarrow Foods Pvt Ltd": a brand no one is said to own, in its own legal form, is the company.
  if (noun === 'brand' && !possessed && LEGAL_SUFFIX.has(withoutDot(run.name.slice(run.name.lastIndexOf(' ') + 1))))
    return { strength: 'strong', kind: 'company', why: 'descriptor' };
  // "British luxury brand Vessla has announced …", "Fashion brand Vessla could cut …": a brand no one owns, introduced
  // as the sentence opens, is the company the sentence is about.
  if (noun === 'brand' && !possessed && BRAND_OPENS_RE.test(head) && !text.startsWith(' of ', run.end))
    return { strength: 'strong', kind: 'company', why: 'descriptor' };
  // "its retail chain VinMart", "Hallberg's truck maker Norrvik": what a company has is its unit, unless the noun
  // names a relation ("its rival X", "its auditor X").
  // "its new parent company X": a relation word before the noun says what X is to the possessor.
  const related = poss && (RELATION_NOUNS.has(noun) || poss[0].split(/\s+/).some((w) => RELATION_NOUNS.has(w)));
  if ((UNIT_NOUNS.has(noun) && (unitOnly || poss) && !related) || (poss && !related))
    return {
      strength: 'strong',
      kind: 'unit',
      ownerAt: poss?.[1] ? t.start - head.length + poss.index : poss ? -1 : null,
      why: 'unit-descriptor',
    };
  // "Czech investor Daniel Vellmar", "activist shareholder Jane Roe": a noun a person may hold too.
  return { strength: 'strong', kind: 'company', why: PERSON_OR_FIRM_NOUNS.has(noun) ? 'person-noun' : 'descriptor' };
}

/** Words before "store" that make no trade of it: "the store Kestrel opened", "its first store Norrvik". */
const NO_TRADE_BEFORE_STORE = new Set([
  'the',
  'a',
  'an',
  'its',
  'their',
  'this',
  'that',
  'first',
  'new',
  'flagship',
  'last',
]);
const LOWER_WORD_RE = /^\p{Ll}+$/u;

/**
 * "the digital game store Norrvik", "online store Tarvo", "department store Kestrel": "store" after a lower-case word
 * of its trade describes a company named after it, as "retailer" does. "the chain's Norrvik store" (a shop named
 * after its town) and "the store Kestrel opened" say no trade.
 */
function isTradeStore(tokens: readonly Token[], k: number): boolean {
  if (tokens[k]!.text !== 'store') return false;
  const before = tokens[k - 1]?.text ?? '';
  return LOWER_WORD_RE.test(before) && !NO_TRADE_BEFORE_STORE.has(before);
}

/** Between a plural company noun and the comma before a list lead: words and names of one clause, no punctuation. */
const CLAUSE_WORDS_RE = /^[^,.;:!?()\n"“”]{1,80}$/;

/**
 * "Competitors in direct selling, including Veskor and Hallmar", "regional airlines that fly for Kora Air under
 * contract, such as Brandal": a plural company noun up to eight words before ", including" / ", such as" / ", like"
 * lists companies. Without the comma the list belongs to the nearest noun ("airlines in markets such as Peru").
 */
function distantListNounBefore(text: string, tokens: readonly Token[], run: NameRun): OrgCue | null {
  let k = run.first - 1;
  if (k < 1) return null;
  if (tokens[k]!.text === 'as' && tokens[k - 1]!.text === 'such') k -= 1;
  else if (tokens[k]!.text !== 'including' && tokens[k]!.text !== 'like') return null;
  const lead = tokens[k]!;
  if (!/^, $/.test(text.slice(tokens[k - 1]!.end, lead.start))) return null;
  for (let j = k - 2; j >= Math.max(0, k - 9); j--) {
    const noun = tokens[j]!.text.toLowerCase();
    if (!noun.endsWith('s') || !COMPANY_NOUNS.has(noun)) continue;
    if (!CLAUSE_WORDS_RE.test(text.slice(tokens[j]!.end, tokens[k - 1]!.end))) return null;
    return { strength: 'strong', kind: 'company', why: 'descriptor' };
  }
  return null;
}

/** A sentence or line opened by up to three describing words before "brand" ("British luxury ", "Fashion "). */
const BRAND_OPENS_RE = /(?:^|[.!?]["”’]?\s+|\n)(?:\p{Lu}[\p{L}-]*)(?:\s+[\p{L}-]+){0,2}\s+$/u;

/** A lower-case word for a part of a country after a name: "… state", "… province", "… prefecture". */
const ADMIN_AREA_AFTER_RE =
  /^\s+(?:state|province|region|prefecture|county|district|municipality|city|town|island|emirate|governorate|oblast|canton)\b/;

/** True when the possessor `word` ends a country's, region's or city's name ("Brazil", "South Africa", "Hong Kong"). */
function isPossessivePlace(before: string, word: string): boolean {
  const lead = CAPITALISED_WORDS_BEFORE_RE.exec(before)?.[0] ?? '';
  const words = `${lead}${word}`.split(/\s+/);
  for (let k = 0; k < words.length; k++) {
    const name = words.slice(k).join(' ');
    if (isCountryOrRegion(name) || isPlace(name)) return true;
  }
  return false;
}
