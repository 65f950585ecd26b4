import { FIRST_NAMES, WEAK_FIRST_NAMES, opensWithGivenName } from '../gazetteer/first-names.js';
import { collapseSpaces } from '../text/char-class.js';
import { memoByString } from '../text/memo.js';
import { NATIONALITIES, isPlace } from '../gazetteer/lexicon/places.js';

// Module constants: esbuild (tsx, vitest) rewrites a \p{…} literal inside a function into `new RegExp` per call.
const OF_FIRST_OF_TWO_RE = /\s(?:of|for|at)\s+(?:both\s+|the\s+)?\p{Lu}.*\s(?:and|&)$/u;
const SENTENCE_BREAK_RE = /(?<!(?:^|[\s.])\p{L}{1,2})\.\s+\p{Lu}/u;

/**
 * Job titles of this domain ("CEO", "chief executive", "Senior Vice President of AWS", "lead executive for people
 * experience and technology", "head of Google Cloud", "spokesperson", "analyst"), as regular-expression sources.
 */
const CHIEF_OF =
  'executive|financial|operating|technology|technical|information|marketing|product|people|human resources|legal|strategy|revenue|commercial|digital|data|security|customer|business|growth|transformation|ai|a\\.i\\.|communications|accounting|scientist|architect|economist|investment|medical|privacy';
const CORE = [
  'chief executives',
  `chief (?:${CHIEF_OF})(?: officer)?`,
  'chief (?:[a-z-]+ (?:and |& )?){1,3}officer',
  'ceos|ceo|cfo|coo|cto|cio|cmo|cpo|chro|cro|ciso',
  '(?:executive |senior |corporate |group )?vice[- ]president|evp|svp|vp',
  'president director|president commissioner|presidents|president|chairman|chairwoman|chairperson|chairs|chair|co-?founders|co-?founder|founders|founder|owner',
  // "Norrvik Regent Jane Roe": the head of an Indonesian regency (bupati), as English-language Indonesian news writes it.
  'prime minister|minister|chancellor|governor|mayor|regent|senator|premier|commissioner|md',
  'member of parliament|mps|mp|lawmakers|lawmaker|legislator|congressman|congresswoman',
  // "the market leader, Kestrel Bank,": a company's standing, not a person's post.
  // "labour director Jane Roe": the management board member for staff that German co-determination requires.
  // "global banking co-heads Jane Roe and John Doe": a post two people share, written in the plural before both names.
  'co-heads',
  // "Jane Roe, principal legal counsel at Kestrel": a lawyer's post; never what a company seeks or hires ("sought
  // (independent) legal counsel, Jane Roe said").
  '(?<!\\b(?:seek|seeks|sought|seeking|hire|hires|hired|hiring|retain|retains|retained|obtain|obtained|get|got|take|took)\\s(?:[\\p{L}-]+\\s)?)legal counsel',
  'managing director|labou?r director|general manager|general counsel|director[- ]general|director|head|manager|(?<!\\b(?:market|industry|sector|world|global)\\s)leader|(?<=\\bone of (?:the|its|their) )leaders|lead executive|executive|boss|chief',
  // "Country People Lead", "engineering lead": a post named by its field, then "lead" (never the verb: a field word opens it).
  '(?:people|country|team|project|programme|program|product|practice|sector|industry|sales|marketing|technology|tech|digital|data|engineering|design|strategy|business|client|account|site|plant|operations|transformation|research|talent|hr|finance|risk|policy|partnerships?|growth|innovation|sustainability|esg|communications|regional|global|group) lead',
  'spokesperson|spokesman|spokeswoman|representative|analyst|economist|strategist|adviser|advisor|partner|engineer|researcher|professor|principal',
  // "Jane Roe, a senior fellow at the Kestrel Institute": a think tank's researcher; "fellow" alone is never a post
  // ("fellow workers", "a fellow carmaker").
  '(?<=\\b(?:senior|research|visiting|distinguished|non-?resident|policy)\\s)fellow',
  'officer|official|organi[sz]er|co-?ordinator|shop steward|convenor|convener|delegate|secretary[- ]general',
  'board member|member of the (?:management |executive |supervisory )?board|negotiator|company secretary|secretary|director[- ]general|treasurer|controller',
].join('|');
/**
 * Words before a core title: rank ("senior", "deputy"), scope ("national", "regional") and field ("auto analyst", "steel
 * analyst", "banking analyst"), where the holder sits ("a Tokyo-based analyst") and any word before a lawmaker's title
 * (a party: "Labour MP").
 */
const MODIFIER =
  // "press spokesman", "press secretary": the post's field; "press" before any other title is no part of it.
  'press(?=\\s+(?:spokes|secretary|officer|attach|representative|adviser|advisor))|(?:\\p{Lu}\\p{L}+\\s+)?[\\p{L}]+-based|[\\p{L}-]+(?=\\s+(?:mps?|lawmakers?|legislators?)\\b)|auto|automotive|steel|oil|energy|sector|banking|private|wealth|bank|credit|media|telecoms?|airline|aviation|retail|consumer|pharma|pharmaceuticals?|chemicals?|mining|property|technology|tech|markets?|political|senior|executive|non-executive|nonexecutive|independent|corporate|global|group|deputy|assistant|vice|state|federal|provincial|interim|acting|former|then-|co-|lead|top|principal|managing|general|worldwide|regional|district|research|equity|longtime|founding|outgoing|incoming|new|chief|company|management|supervisory|board|national|country|divisional|economy|finance|trade|industry|shadow|business|joint|portfolio|fund|investment|asset|plant|site|project|product|programme|program|store|branch|area|sales|operations|human resources?|hr|communications|marketing|technical|engineering|production|manufacturing|industrial|legal|compliance|risk|strategy|procurement|purchasing|logistics|quality|personnel|investor relations|public relations|media relations|works council|union|trade union|corporate affairs|editorial|creative|art|design|digital|commercial|financial|medical|scientific';
/**
 * A word of a title's tail; a programme's version may follow a name ("the Kestrel 2.0 transformation"). A dot stays
 * inside a word ("U.S") or closes a short capitalised one ("Co.", "Corp."); after any other word it ends the sentence
 * ("chief executive of the group. reports The …" is "chief executive of the group"). A conjunction of time or a verb
 * of succession opens a clause, never the tail: "as head of the company| after she replaced Jane Roe". "as" ends
 * the tail in lower case only: "chief executive of Norrvik Holding AS" keeps the Nordic and Turkish legal form.
 */
const TAIL_WORD =
  "(?:Local\\s+\\d{1,5}|(?!(?:after|before|when|while|replac(?:ed|es|ing)|succeed(?:ed|s|ing)?)(?![\\p{L}\\p{N}-]))(?!(?:said|says|told|wrote|who|which|noted|added|announced|(?-i:disclosed|explained|confirmed|revealed|stated)|has|had|is|was|will|would|that|(?-i:as|As))\\b)[\\p{L}&](?:[\\p{L}\\p{N}&'’\\-]|\\.(?=[\\p{L}\\p{N}]))*(?:(?<=(?:^|[^\\p{L}])(?-i:\\p{Lu})\\p{L}{0,4})\\.)?\\+?(?:\\s+\\d{1,2}\\.\\d{1,2}(?![\\d.]))?)";
/** " from" right after an official, representative or delegate: the body that sent them follows. */
const SENT_POST_FROM = '(?<=(?:official|representative|delegate)s?)\\s+from';
/**
 * "… of/for/at [the/its] <up to ten words>"; "analyst with Okasan Securities" only without a comma before "with";
 * "from" only after a post a body sends ("a senior official from the Transport Ministry, Jane Roe, said").
 */
const TAIL = `(?:(?:,?\\s+(?:of|for|at|in charge of|overseeing|on|responsible for)|\\s+with|${SENT_POST_FROM})\\s+(?:the\\s+|its\\s+)?${TAIL_WORD}(?:\\s+${TAIL_WORD}){0,9})?`;

/** Words of a post's field or area ("Operations", "Northern Area", "Corporate Affairs", "Asia Pacific"). */
const FIELD_WORD =
  '(?:Operations|Sales|Marketing|Finance|Commercial|Corporate|Communications|Affairs|Strategy|Human|Resources|People|Supply|Chain|Manufacturing|Production|Procurement|Purchasing|Logistics|Technology|Digital|Legal|Compliance|Risk|Quality|Engineering|Research|Development|Innovation|Retail|Business|Customer|Services?|Investor|Relations|Public|Policy|Northern|Southern|Eastern|Western|Central|North|South|East|West|Area|Region|Europe|Asia|Pacific|Africa|Americas|International|Global|Cluster|Markets?|Country|Plants?|Sites?|Secretariat)';
const FIELD_ONLY_RE = new RegExp(`^${FIELD_WORD}(?:\\s+(?:and\\s+|&\\s+)?${FIELD_WORD})*(?:\\s+Department)?$`, 'u');
/**
 * A name made of a post's field words only ("Corporate Communications", "Human Resources", "Investor Relations",
 * "Corporate Secretariat"), the word "Department" allowed last: in "Head of Corporate Communications (Department)" it
 * is the post's field, no organization.
 */
export function isPostField(name: string): boolean {
  return FIELD_ONLY_RE.test(name);
}

/**
 * A post's field and area written straight after the title, as in European and Asian company English, before the
 * organization: "Senior Director Operations Northern Area at Kestrel", "Head Corporate Communications of Kestrel".
 * Only words of a field or area (never a name: "chief executive Ana Lima of Kestrel"), and only when "at/of/for"
 * follows.
 */
const FIELD_AREA = `(?:\\s+${FIELD_WORD}\\b){1,4}(?=,?\\s+(?:at|of|for)\\s)`;

/**
 * A post's fields listed straight after the title to the end of the sentence, as Indian company English writes them:
 * "Anil Rao – Head HR, CSR and Marketing." Field words and the acronyms HR and CSR only.
 */
const FIELD_WORD_OR_ACRONYM = `(?:${FIELD_WORD}|HR|CSR|Communication)`;
const FIELD_LIST_TO_STOP = `\\s+${FIELD_WORD_OR_ACRONYM}\\b(?:(?:,\\s+|\\s+(?:and|&)\\s+)${FIELD_WORD_OR_ACRONYM}\\b){0,4}(?=\\.(?:\\s|$))`;

/**
 * A post's field in brackets straight after the title, before the organization: "Senior VP (Research) at Kestrel
 * Securities", as Indian and other brokers write it. Only when "at/of/for" follows.
 */
const BRACKETED_FIELD = `\\s+\\([\\p{L}&/ -]{2,30}\\)(?=,?\\s+(?:at|of|for)\\s)`;

/** A further core title with its modifiers: "chief executive", "group chief financial officer". */
/** A post not yet taken up: "chief executive-designate", "president-elect". */
const DESIGNATE = '(?:[- ](?:designate|elect)\\b)?';
const NEXT_CORE = `(?:(?:${MODIFIER})\\s+)*(?:${CORE})${DESIGNATE}`;
/**
 * A title phrase: modifiers, a core title (or two: "chairman and CEO", "Managing Director/CEO"; or a series closed by
 * "and": "founder, chairman and chief executive") and a tail.
 */
const ENGLISH_TITLE = `(?:(?:${MODIFIER})\\s+|(?:co|ex|then|vice)-)*(?:${CORE})${DESIGNATE}(?:(?:,\\s+${NEXT_CORE}){1,2},?\\s+(?:and|&)\\s+${NEXT_CORE}|(?:\\s+(?:and|&)\\s+|\\s*\\/\\s*)${NEXT_CORE})?\\b(?:${FIELD_AREA}|${BRACKETED_FIELD}|${FIELD_LIST_TO_STOP})?${TAIL}`;
/**
 * Posts as Spanish, Portuguese, Italian and French copy writes them, always in lower case ("presidente", "diretor-geral",
 * "secretaria general", "co-fundador", "consejero delegado", "amministratore delegato", "directeur général"): a capital
 * opens a name there ("Refinaria Presidente Vargas").
 */
const ROMANCE_CORE =
  '(?-i:(?:vice-?|co-?)?president[ae]s?|(?:vice-?)?présidente?|(?:co-?)?fundador(?:a|es)?|(?:co-?)?fondat(?:eur|rice)|' +
  'diretora?(?:[- ](?:geral|executiv[oa]|presidente|financeir[oa]|comercial))?|' +
  'directora?[- ](?:general|ejecutiv[oa]|gerente|financier[oa]|comercial)|directora|' +
  'directeur[- ]général|directrice[- ]générale|direttore(?:[- ]generale)?|amministratore[- ]delegato|' +
  'secret[aá]ri[oa][- ](?:general|geral)|secrétaire[- ]générale?|segretari[oa][- ]generale|' +
  'gerente(?:[- ](?:general|geral))?|consejer[oa][- ]delegad[oa]|portavoz|porta-voz|porte-parole|portavoce|' +
  'coordenador(?:a)?|coordinador(?:a)?|tesorer[oa]|tesoureir[oa]|dirigente)';
/** "de", "da", "del", "de la", "du", "della": the organization a Romance post is of. */
const ROMANCE_OF = "(?:de(?:\\s+l[ao]s?)?|del|da|do|dos|das|du|des|d['’]|di|della|dello|dei|degli)";
/**
 * A Romance post and the organization it is of: "presidente da Associação Kora da Indústria (Akin)", "diretor-geral
 * da Kestrel no Brasil", "secretaria general de SORSK" (up to twelve words, a bracketed short name last).
 */
const ROMANCE_TITLE = `${ROMANCE_CORE}(?![\\p{L}\\p{N}-])(?:\\s+${ROMANCE_OF}\\s*${TAIL_WORD}(?:\\s+${TAIL_WORD}){0,11}(?:\\s+\\([\\p{L}]{2,12}\\))?)?`;
export const TITLE_PHRASE = `(?:${ROMANCE_TITLE}|${ENGLISH_TITLE})`;
const ROMANCE_CORE_RE = new RegExp(`(?<![\\p{L}\\p{N}])${ROMANCE_CORE}(?![\\p{L}\\p{N}])`, 'u');
/** Whether `s` holds a post as Spanish, Portuguese, Italian or French copy writes it ("presidente", "diretor-geral"). */
export function hasRomanceTitle(s: string): boolean {
  return ROMANCE_CORE_RE.test(s);
}

const BEFORE_NAME_RE = new RegExp(`(?<![\\p{L}\\p{N}])(${TITLE_PHRASE})\\s*,?\\s*$`, 'iu');
const AFTER_NAME_RE = new RegExp(
  `(${TITLE_PHRASE})(?=\\s*(?:[,.;:)(—–]|$)|[ \\t]*\\r?\\n|\\s+(?:said|says|told|wrote|who|noted|added|disclosed|explained|confirmed|revealed|stated|in|on|since|until|after|before|when|from|to|until|had|has|have|is|was|will|would|and|at|last|this|next|earlier|effective)\\b)`,
  'iuy',
);
const CORE_ONLY_RE = new RegExp(`^(?:(?:${MODIFIER})\\s+)*(?:${CORE})$`, 'iu');
/**
 * Gate for BEFORE_NAME_RE (same flags): a core title after a non-letter. Every title phrase holds one (modifiers end
 * in a space or a hyphen), so a window without it has no title; the search runs at every position of the window.
 */
const CORE_WORD_RE = new RegExp(`(?<![\\p{L}\\p{N}])(?:${CORE}|${ROMANCE_CORE})`, 'iu');

/** A title found in the text: offsets of the phrase and its text. */
export interface TitleMatch {
  start: number;
  end: number;
  title: string;
}

/** Windows at most this long are remembered by `matchTitleBefore` (the key packs the length with `pos`). */
const CACHED_WINDOW = 4096;
/** The text whose titles `cachedTitles` holds (one document's; compared by value, so another text empties it). */
let cachedText = '';
/** Titles read in `cachedText`, keyed by `pos * CACHED_WINDOW + window length`. */
const cachedTitles = new Map<number, TitleMatch | null>();

/**
 * The title phrase that ends right before `pos` (a comma between is allowed): "CEO |Andy Jassy". People, roles,
 * speakers, leadership changes and organization cues each ask it about the same name, often with the same window
 * (half the calls on the generated corpus): the answer depends only on the text and the window, so it is read once
 * per document and handed out as a copy.
 */
export function matchTitleBefore(text: string, windowStart: number, pos: number): TitleMatch | null {
  const span = pos - windowStart;
  if (span < 0 || span >= CACHED_WINDOW) return readTitleBefore(text, windowStart, pos);
  if (text !== cachedText) {
    cachedText = text;
    cachedTitles.clear();
  }
  const key = pos * CACHED_WINDOW + span;
  let found = cachedTitles.get(key);
  if (found === undefined) {
    found = readTitleBefore(text, windowStart, pos);
    cachedTitles.set(key, found);
  }
  return found && { ...found };
}

function readTitleBefore(text: string, windowStart: number, pos: number): TitleMatch | null {
  const pre = text.slice(windowStart, pos);
  const office = OFFICE_WORD_RE.test(pre) ? OFFICE_BEFORE_RE.exec(pre) : null;
  if (office) {
    const from = windowStart + office.index;
    return trimTitle(
      text,
      from + Math.max(namedHolderBefore(office[1]!), bodyNameBefore(office[1]!)),
      from + office[1]!.length,
    );
  }
  if (!CORE_WORD_RE.test(pre)) return null;
  const m = BEFORE_NAME_RE.exec(pre);
  if (!m) return placeScopedTitleBefore(text, windowStart, pre);
  // "head of investment banking for |Credit Suisse": a name after a preposition is the post's object, not its holder;
  // so after "the" ("spokesman for the |Kora Mechanics' Union").
  if (/\s(?:for|of|at|in|on|with|to|from|by|overseeing)(?:\s+(?:both|either|all|the))?$/i.test(m[1]!)) return null;
  // "chairman of both Fjordvik Petrochemicals and |Fjordvik Refining": the second of two names the post is of.
  if (OF_FIRST_OF_TWO_RE.test(m[1]!)) return null;
  // "Kora Workers Union official Jane Roe": a capitalised "Union" ends the body's name, the title follows it.
  const named = NAME_END_UNION_RE.exec(m[1]!);
  const start = windowStart + m.index + (named ? named[0].length : 0);
  return trimTitle(text, start, windowStart + m.index + m[1]!.length);
}

/** A capitalised "Union" opening a title read before a name: the end of the union's name ("… Union official"). */
const NAME_END_UNION_RE = /^(?:Trade\s+)?Union\s+(?=\p{Ll})/u;

const isGivenName = (w: string) => FIRST_NAMES.has(w) || WEAK_FIRST_NAMES.has(w);

/** The place after a title in "Kestrel CEO Australia Jane Roe": one or two capitalised words before the name. */
const PLACE_LAST_RE = /\s(\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?)\s+$/u;

/**
 * "Kestrel CEO Australia Jane Roe", "head Europe Jane Roe": a post's country or region written straight after the title
 * and before the holder's name — the place is part of the title.
 */
function placeScopedTitleBefore(text: string, windowStart: number, pre: string): TitleMatch | null {
  const place = PLACE_LAST_RE.exec(pre);
  // "president Gilbert Santa Maria": a given name that is also a town's opens the holder's name.
  if (!place || !isPlace(place[1]!) || isGivenName(place[1]!.split(' ')[0]!)) return null;
  const m = BEFORE_NAME_RE.exec(pre.slice(0, place.index + 1));
  if (!m || /\s(?:for|of|at|in|on|with|to|from|by|overseeing)$/i.test(m[1]!)) return null;
  const start = windowStart + m.index;
  return trimTitle(text, start, windowStart + place.index + 1 + place[1]!.length);
}

/**
 * "Labour Minister", "Trade, Industry and Competition Minister", "Prime Minister": capitalised words before the office;
 * "Minister of Development, Industry and Commerce": a portfolio of several words after it, as translated news writes.
 */
/** A word OFFICE_BEFORE_RE cannot match without (case as there): tested first, since it searches every position. */
const OFFICE_WORD_RE = /Minister|Secretary|Chancellor|Commissioner/;
const OFFICE_BEFORE_RE =
  /(?<![\p{L}\p{N}&])((?:\p{Lu}[\p{L}-]*,?\s+(?:and\s+)?){1,4}(?:Minister|Secretary|Chancellor|Commissioner)|(?:Minister|Secretary)\s+(?:of|for)\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*,\s+){1,3}\p{Lu}[\p{L}-]*,?\s+(?:and|&)\s+\p{Lu}[\p{L}-]*)\s*,?\s*$/u;

/**
 * "Exchequer Tom Lund and Trade Secretary": where capitalised words before an office hold a person's name and then
 * "and", the office is the words after it (the name is another holder's). The offset to start at, else 0.
 */
function namedHolderBefore(office: string): number {
  const and = office.lastIndexOf(' and ');
  if (and < 0) return 0;
  const words = office.slice(0, and).split(/,?\s+/);
  for (let i = 0; i + 1 < words.length; i++) if (opensWithGivenName([words[i]!, words[i + 1]!])) return and + 5;
  return 0;
}

/** A workers' body's name of two words or more, then the office's words: "Kora Workers Union| General Secretary". */
const BODY_BEFORE_OFFICE_RE =
  /^(?:\p{Lu}[\p{L}'’-]*\s+)+(?:Union|Federation|Confederation|Association|Congress)\s+(?=\p{Lu})/u;

/**
 * "Kora Workers Union General Secretary Jane Roe": capitalised words before an office that end in a workers' body's
 * head word are that body's name (the office's organization), not its portfolio. The offset to start at, else 0.
 * One word alone is a portfolio ("Union Finance Secretary", "Congress Secretary"): two at least.
 */
function bodyNameBefore(office: string): number {
  const m = BODY_BEFORE_OFFICE_RE.exec(office);
  return m ? m[0].length : 0;
}

/** The title phrase starting at `pos` ("Matt Garman, |Senior Vice President of AWS|,"). */
export function matchTitleAt(text: string, pos: number): TitleMatch | null {
  AFTER_NAME_RE.lastIndex = pos;
  const m = AFTER_NAME_RE.exec(text);
  if (m) return trimTitle(text, pos, pos + m[1]!.length);
  // "Jane Roe, a metals and mining analyst at Kestrel Securities": a commentator's field in any words before the noun.
  FIELD_BEFORE_ANALYST_RE.lastIndex = pos;
  const field = FIELD_BEFORE_ANALYST_RE.exec(text);
  if (field) {
    AFTER_NAME_RE.lastIndex = pos + field[0].length;
    const inner = AFTER_NAME_RE.exec(text);
    if (inner) return trimTitle(text, pos, pos + field[0].length + inner[1]!.length);
  }
  // "Jane Roe, its German head,", "the group's Swiss chief executive": a nationality scopes the post that follows.
  NATIONALITY_AT_RE.lastIndex = pos;
  const n = NATIONALITY_AT_RE.exec(text);
  if (!n || !NATIONALITIES.has(n[1]!)) return null;
  AFTER_NAME_RE.lastIndex = pos + n[0].length;
  const inner = AFTER_NAME_RE.exec(text);
  return inner ? trimTitle(text, pos, pos + n[0].length + inner[1]!.length) : null;
}
const NATIONALITY_AT_RE = /(\p{Lu}\p{Ll}+)[ \t]+(?=\p{Ll})/uy;
/** One or two lower-case field words, or two joined by "and", right before "analyst", "economist" or "strategist". */
const FIELD_BEFORE_ANALYST_RE =
  /(?:(?!(?:the|a|an|and|or|who|which|said|says|told|tells|asked|warned|urged|assured|reassured|informed|briefed|met|wrote|added|noted|is|was|are|were|has|had|have|will|would|of|at|for|in|on|with|to|by|from)\s)\p{Ll}[\p{Ll}-]*[ \t]+){1,2}(?:and[ \t]+\p{Ll}[\p{Ll}-]*[ \t]+)?(?=(?:analyst|economist|strategist)s?\b)/uy;

/** True when the words are a title with no name or tail ("Chief Executive", "CEO"); remembered per string. */
export const isBareTitle: (words: string) => boolean = memoByString((words) => CORE_ONLY_RE.test(words.trim()));

function trimTitle(text: string, start: number, end: number): TitleMatch | null {
  // "group president of Asia. Henretta will …": a full stop before a capital ends the sentence, and the title
  // (not the dot of a short abbreviation: "Co.", "St.", "U.S.").
  const stop = SENTENCE_BREAK_RE.exec(text.slice(start, end));
  if (stop) end = start + stop.index;
  while (end > start && /[\s,.;:]/.test(text[end - 1]!)) end--;
  // "chair of its boards and| Jane Roe as …": a dangling conjunction is not part of the title.
  const dangling = /\s+(?:and|or|&)$/i.exec(text.slice(Math.max(start, end - 5), end));
  if (dangling) end -= dangling[0].length;
  if (end <= start) return null;
  const title = collapseSpaces(text.slice(start, end));
  if (/^(?:former|new|company|the)$/i.test(title)) return null;
  return { start, end, title };
}
