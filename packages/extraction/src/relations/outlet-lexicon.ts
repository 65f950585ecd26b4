/**
 * How news names and cites outlets, as generic language (no outlet is listed): the nouns newspaper names end in,
 * the articles that open foreign titles, the nouns that say what an outlet is, and the phrases that cite one.
 */

/** Nouns that end the names of newspapers, agencies and broadcasters, in the languages news cites them in. */
export const OUTLET_HEADS: ReadonlySet<string> = new Set(
  `Times Post Journal Herald Tribune Tribuna Gazette Gazeta Gazzetta Chronicle Daily Observer Telegraph Telegraaf
  Guardian Standard Mirror Express Mail News Press Presse Prensa Review Examiner Inquirer Courier Courrier Kurier
  Dispatch Star Sun Independent Monitor Bulletin Record Register Reporter Magazine Weekly Wire Agency Agence Agenzia
  Agencia Radio TV Television Broadcasting Broadcaster Zeitung Allgemeine Nachrichten Tageblatt Rundschau Anzeiger
  Diario Periódico Periodico Jornal Folha Corriere Giornale Noticias Nieuws Nyheter Dagblad Dagbladet Shimbun Ilbo
  Sanomat Tidning Tidningen Posten Avisen Echo Echos Economist Línea Linea Insider Today Nation Citizen Punch
  Vanguard Sentinel Globe Age Leader Times-Picayune Journalen Courant Kompas Financiar Sonntag Handelsblad
  Gazetesi Haber Harian Berita Pos Nouvelles Matin Soir Tiempo Nación Semana Expresso Observador Público Dziennik
  Biznesu Noviny Keizai Sinmun Blatt Nieuwsblad Krant`.split(/\s+/),
);

/**
 * Heads that also end the names of companies ("Royal Mail", "American Express", "Swiss Post", "Lone Star"): a
 * name ending in one is an outlet only where the text cites it as one, never from "X said" alone.
 */
export const AMBIGUOUS_HEADS: ReadonlySet<string> = new Set(
  'Post Pos Mail Express Star Sun Standard Record Monitor Review Leader Agency Today Age Nation Citizen Independent Globe Echo Register Bulletin Wire Punch Vanguard Sentinel Estado'.split(
    ' ',
  ),
);

/**
 * Words that open the names of many newspapers: articles ("Le Monde", "El País", "Die Welt", "Il Sole 24 Ore", "O Globo") and
 * the word for newspaper, daily, sheet or courier in some languages ("Ziarul …", "Diario …", "Jornal …", "Gazeta …",
 * "Folha de …", "Corriere della …").
 */
export const FOREIGN_ARTICLES: ReadonlySet<string> = new Set(
  'Le La Les El Il Lo O Die Der Das De Het Al Ziarul Diario Diário Jornal Gazeta Dziennik Harian Surat Folha Correio Corriere Gazzetta'.split(
    ' ',
  ),
);

/** Lower-case words allowed inside an outlet's name: "Corriere della Sera", "Folha de S.Paulo", "Schweiz am Sonntag". */
export const INNER: ReadonlySet<string> = new Set([
  'of',
  'de',
  'del',
  'della',
  'di',
  'do',
  'da',
  'des',
  'du',
  'der',
  'und',
  'y',
  'e',
  '&',
  'la',
  'am',
  'im',
  'an',
]);

/**
 * Words that name what an outlet is, before or after its name: "business daily X", "X news agency", also the sites
 * that tally cuts from news ("the tracking site X", "layoffs tracker X").
 */
export const OUTLET_NOUN =
  '(?:newspaper|daily|weekly|broadsheet|tabloid|paper|magazine|journal|news\\s+agency|press\\s+agency|wire\\s+service|newswire|news\\s+outlet|outlet|news\\s+site|news\\s+website|news\\s+portal|media\\s+(?:site|website|portal|outlet)|portal|website|web\\s+site|broadcaster|public\\s+broadcaster|television|TV|channel|radio|station|publication|trade\\s+publication|trade\\s+title|news\\s+service|business\\s+news\\s+service|tracking\\s+(?:site|website|service)|(?:layoffs?\\s+|job\\s+cuts?\\s+)?tracker)';
export const NOUN_BEFORE_RE = new RegExp(`\\b${OUTLET_NOUN}\\s+(?:the\\s+)?$`, 'iu');
/** "X business daily", "X financial newspaper": a field may stand between the name and the outlet noun. */
export const NOUN_AFTER_RE = new RegExp(
  `^\\s+(?:(?:business|financial|economic|economics)\\s+)?${OUTLET_NOUN}\\b`,
  'iu',
);
export const OUTLET_APPOSITION_AFTER_RE = new RegExp(
  `^,\\s+(?:a|an|the)\\s+(?:[\\p{L}-]+\\s+){0,3}?${OUTLET_NOUN}\\b`,
  'iu',
);

/**
 * A news agency's noun, with its nationality or a word such as "state-run", between a phrase of telling and the
 * agency's name: "quoted as saying by Norvian news agency NTX", "told the state news agency". Optional; the
 * expressions that end in it (speakers.ts TOLD_RE, commentators.ts OUTLET_BEFORE_RE) end right after it.
 */
export const NEWS_AGENCY_BEFORE_NAME = String.raw`(?:(?:[\p{L}-]+\s+)?(?:(?:state|state-run|official)\s+)?(?:news|press)\s+agency\s+)?`;

/** Phrases after which a name is an outlet being told something, quoted or published in. */
export const TOLD_BEFORE_RE =
  /\b(?:told|tells|telling|(?:confirmed|explained|said|stated|e-?mailed|wrote|announced|declared|indicated|revealed|disclosed|admitted)\s+to|(?:in\s+)?(?:response|reply|answer|responding|replying)\s+to\s+(?:(?:a|the)\s+)?(?:questions?|queries|query|inquiry|enquiry|request)\s+(?:for\s+comment\s+)?(?:from|by)|(?:confirmed|disclosed|explained|revealed)\s+(?:the|this|that|its)\s+(?:figure|figures|number|numbers|plan|plans|cuts|news|report|details|move|decision|information)\s+to|(?:e-?mail|emailed\s+statement)\s+to|interview\s+(?:with|to|for|on|given\s+to)|speaking\s+to|spoke\s+to|talking\s+to|quoted\s+(?:as\s+saying\s+)?by|reported\s+(?:(?:in|on|earlier|last|this|first)\s+(?:\w+\s+)?)?by|cited\s+by|seen\s+by|(?:consulted|contacted|heard|asked|questioned)\s+by|(?:in\s+)?(?:declarations|statements)\s+to|obtained\s+by|reviewed\s+by|published\s+by|writing\s+in|wrote\s+in|op-ed\s+in|commentary\s+for|column\s+in|reports?\s+(?:in|by|from)|story\s+(?:in|by)|article\s+(?:in|by)|first\s+reported\s+by|comments\s+to|remarks\s+to|,\s*(?:reported|reports|wrote|writes))\s+(?:the\s+)?$/iu;
/**
 * "Según el diario X", "selon X", "laut X", "secondo il quotidiano X": the source phrase of Spanish, French, German,
 * Italian or Portuguese copy kept in an English text, with its article and (captured) outlet noun.
 */
const FOREIGN_ACCORDING =
  '\\b(?:según|segun|selon|laut|secondo|segundo)\\s+(?:(?:el|la|le|les|los|il|lo|o|a|der|die|dem|des)\\s+)?' +
  '(?:(diario|periódico|periodico|agencia|semanario|revista|journal|quotidien|hebdomadaire|agence|quotidiano|giornale|' +
  'agenzia|jornal|agência|Zeitung|Tageszeitung|Wirtschaftszeitung|Magazin|Nachrichtenagentur)\\s+)?$';
export const FOREIGN_ACCORDING_BEFORE_RE = new RegExp(FOREIGN_ACCORDING, 'iu');
/** The words that can end a foreign source phrase, for the cheap gates before the expressions. */
export const FOREIGN_ACCORDING_WORDS =
  `según segun selon laut secondo segundo el la le les los il lo o a der die dem des
  diario periódico periodico agencia semanario revista journal quotidien hebdomadaire agence quotidiano giornale agenzia
  jornal agência zeitung tageszeitung wirtschaftszeitung magazin nachrichtenagentur`.split(/\s+/);
/** "according to X", "according to a report in X", and the foreign forms above. */
export const ACCORDING_BEFORE_RE = new RegExp(
  `\\baccording\\s+to\\s+(?:(?:a|the)\\s+(?:report|story|article)\\s+(?:in|by|from)\\s+)?(?:the\\s+)?$|${FOREIGN_ACCORDING}`,
  'iu',
);

/**
 * After a name that has an outlet's form: "X reported the cuts", "X first reported", "X has said" — not "X reported
 * a loss" or "X reported higher sales" (results a company reports).
 */
export const REPORTED_AFTER_RE =
  /^\s+(?:(?:has|had|was|also|first|earlier|previously|originally|initially|separately|exclusively|recently|later|further|again|on\s+\p{Lu}\p{Ll}+)\s+){0,2}(?:reported|reports|wrote|writes|said|says|cited|quoted|calculated|estimated|revealed|pointed\s+out|noted|observed|highlighted|counted|tallied|learned|learnt|reckoned)\b(?!\s+(?:a|an|its|their|record|higher|lower|net|quarterly|annual|half-year|full-year|first-quarter|second-quarter|third-quarter|fourth-quarter|revenue|sales|profits?|losses?|earnings)\b)/u;
/**
 * "…, Tarvo learned today.", "Tarvo has learned that": a newsroom finds things out — not "learned from its mistakes",
 * "learned to", "learned how" (a company or a person learning).
 */
const LEARNED_AFTER = String.raw`^\s+(?:has\s+|had\s+)?(?:learned|learnt)(?=\s*[.,;]|\s+(?:that|today|on|this|last|earlier)\b)`;
/** "Tarvo quoted a source in its report", "Tarvo quoted two officials": an outlet quotes its unnamed informants. */
const QUOTED_INFORMANT_AFTER = String.raw`^\s+quoted\s+(?:a|an|two|three|several|unnamed)\s+(?:[\p{Ll}-]+\s+){0,2}(?:sources?|officials?|insiders?|executives?|people|spokes(?:man|woman|person))\b`;
/** "X reported that", "X first reported", "X said, citing", "X quoted Jan Roe as saying": an outlet's own verbs, whatever the name. */
export const STRONG_REPORTED_AFTER_RE = new RegExp(
  String.raw`^\s+quoted\s+(?:[\p{L}\p{N}.'’-]+\s+){1,6}as\s+saying\b|^\s+(?:(?:has|had|also|first|earlier|previously|originally|initially|separately|exclusively|recently|later)\s+){0,2}(?:reported|reports|wrote|writes)(?=\s*[.,;:]|\s+(?:that|on|earlier|last|this|in|citing|late|early|over|at|as|,))|^\s+(?:first|exclusively|originally)\s+reported\b|^\s+(?:also\s+)?(?:pointed\s+out\s+that|counted|tallied|calculated\s+that)\b|^\s+(?:reported|said|says|wrote),?\s+citing\b|^,\s+citing\b|^,\s+which\s+(?:had\s+)?(?:first\s+|earlier\s+)?reported\b|${LEARNED_AFTER}|${QUOTED_INFORMANT_AFTER}`,
  'u',
);

/** A web address used as an outlet's name: "money.pl", "Kora24.ro". */
export const DOMAIN_RE =
  /^[\p{L}\p{N}][\p{L}\p{N}-]*(?:\.[\p{L}\p{N}-]+)*\.(?:[a-z]{2,3}|info|news|online|media|site|asia|africa)$/u;

/** Bodies people tell things to that are not outlets: courts, parliaments, committees, ministries. */
export const INSTITUTION_RE =
  /\b(?:Court|Courts|Assembly|Parliament|Congress|Senate|Committee|Commission|Council|House|Chamber|Tribunal|Board|Ministry|Cabinet|Government|Department|Office|Authority|Regulator|Commons|Lords|Bundestag|Duma|Diet|Legislature|Inquiry|Police|Prosecutor|Prosecutors)\b/u;

/** "data compiled by X", "a survey by X", "figures from X show": X is the source of the figures. */
export const DATA_BY_RE =
  /\b(?:(?:compiled|collected|gathered|published|released|surveyed|polled|tracked|calculated)\s+by|(?:data|figures|statistics|estimates|calculations|a\s+survey|a\s+study|research|a\s+ranking|a\s+tally)\s+(?:from|by|of))\s+(?:the\s+)?$/iu;

/**
 * "… business daily had reported the cuts", "… newspaper wrote": after a name, the noun that says it is an outlet and
 * then the outlet's verb. The length of the noun part when both are there, else 0.
 */
export function outletNounThenReport(after: string): number {
  const noun = NOUN_AFTER_RE.exec(after);
  if (!noun) return 0;
  // "The Kora Blatt business daily, citing people close to the talks, said": the outlet's sources stand between.
  const rest = after.slice(noun[0].length).replace(CITING_ASIDE_RE, '');
  return REPORTED_AFTER_RE.test(rest) ? noun[0].length : 0;
}

/** ", citing people familiar with the matter," between an outlet and its verb. */
const CITING_ASIDE_RE = /^,\s+citing\s[^,;:.()]{1,120},/u;

/** A word that says where an outlet is based or who owns it ("Mumbai-based"): it describes, it is no part of a name. */
export const DESCRIPTOR_WORD_RE =
  /^\p{Lu}[\p{L}.]*(?:-\p{L}+)*-(?:based|owned|listed|run|headquartered|backed|controlled)$/u;
/** DESCRIPTOR_WORD_RE on one word, tried only when it holds a hyphen (it is asked of every capitalised word). */
export function isDescriptorWord(word: string): boolean {
  return word.includes('-') && DESCRIPTOR_WORD_RE.test(word);
}

/**
 * "X reported the plan", "X first reported", "X reported, citing": news an outlet reports — not "reported that sales
 * fell" or "reported on Monday a loss", which a company says of its results as well.
 */
export const REPORTED_NEWS_AFTER_RE =
  /^\s+(?:(?:has|had|also|first|earlier|previously|later|separately|originally|initially|exclusively)\s+){0,2}reported(?:,?\s+citing\b|\s+(?:the|a|its|their)\s+(?:plan|plans|news|cuts|job\s+cuts|move|deal|talks|decision|figure|figures|layoffs|closure|closures|sale|story|proposal)\b)|^\s+(?:first|exclusively|originally)\s+reported\b/u;
/** An outlet's verb after a name a place introduces: the news it reports, or "wrote". */
export const REPORTS_AFTER_RE = new RegExp(
  `${REPORTED_NEWS_AFTER_RE.source}|^\\s+(?:(?:has|had|also|first|earlier|later)\\s+){0,2}wrote\\b`,
  'u',
);

/**
 * After a name another step took for a company, what only an outlet does: "X, a newspaper, said in late December",
 * "X, a local daily, on Tuesday reported" (called an outlet, then speaking), "X reported from an unidentified source",
 * "X reported, citing people close to the talks" (a report resting on sources of its own).
 */
export const OUTLET_BY_ITS_ACTS_AFTER_RE = new RegExp(
  `^,\\s+(?:a|an|the)\\s+(?:[\\p{L}-]+\\s+){0,3}?${OUTLET_NOUN},\\s+(?:(?:on|in|late|last|earlier|early)\\s+(?:[\\p{L}\\p{N}]+\\s+){1,2}?)?(?:(?:has|had|also|first|earlier)\\s+)?(?:reported|reports|said|says|wrote|writes)\\b|^\\s+(?:(?:has|had|also|first|earlier)\\s+)?reported,?\\s+(?:from|citing|quoting)\\s+(?:(?:an?|the|two|three|several|multiple)\\s+)?(?:unidentified|unnamed|anonymous|people|persons?|sources?|insiders?|officials?)\\b`,
  'iu',
);
