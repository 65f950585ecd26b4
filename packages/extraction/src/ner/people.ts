import { FIRST_NAMES, WEAK_FIRST_NAMES, opensWithGivenName } from '../gazetteer/first-names.js';
import { inKnowledgeBase } from './org-names.js';
import { isCapitalized, type Token } from '../text/tokenize.js';
import type { Mention } from './mention.js';
import { isBareTitle, matchTitleBefore } from './titles.js';
import { NATIONALITIES, isCountryOrRegion, isPlace } from '../gazetteer/lexicon/places.js';
import { ORG_HEAD_WORDS, ORG_PREFIX_WORDS, STATE_BODY_WORDS } from '../gazetteer/lexicon/org-nouns.js';
import { LEGAL_SUFFIX } from '../gazetteer/lexicon/legal-forms.js';
import { OUTLET_ONLY_HEADS, OUTLET_OPENING_WORDS } from '../gazetteer/lexicon/outlet-nouns.js';
import { collapseSpaces, hasDigit } from '../text/char-class.js';

const STOP = new Set(
  `The A An And Or But If In On At For Of With From To By As Under Is Are Was Were Has Have Had It Its This That These Those He She They We I You Our Their His Her Why What How When Where Who Which While After Before Despite Although Though Even Also Not New Now Today Said Says Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September October November December AI CEO CFO COO CTO Chief Executive Officer President Vice Senior Head Director Chairman Chairwoman Chairperson Founder Co-founder Cofounder Managing Spokesperson Spokesman Spokeswoman Group Inc Corp LLC Ltd Co Street Wall Valley Silicon Cloud Services Web Labs Group Company Tech Technology Technologies News Update Key Takeaway Scroll Top Stay Sales Marketing Global Customer Data Machine Learning Artificial Intelligence According Meanwhile However Last Next Earlier Later Overall Instead Still Read More Photo Getty Images Editor Staff Reporting Writing Analysts Employees Workers Layoffs Jobs Cuts Prime Minister Chancellor Premier Secretary Senator Governor Mayor Congress Department Federal Reserve U.S United States America American European Union China Chinese India Indian Europe Asia California Washington Seattle York San London Texas Bay Area Act Fund Center Market Markets Economy Manager Managers Relations Communications Affairs Coordinator Superintendent Treasurer Administrator Organiser Organizer Convenor Convener`.split(
    /\s+/,
  ),
);
const SAID_BEFORE_RE =
  /\b(?:said|says|according to|told|wrote|by|from|with|spokesperson|spokesman|spokeswoman|led by|billionaire|replacing|succeeding|succeeded|whose (?:[\w-]+ ){0,3}(?:is|was))\s*$/i;
/** "Jane Roe as chairman", "Jane Roe continues as chief executive", "Jane Roe is chairman and CEO of …". */
const AS_TITLE_AFTER_RE =
  /^\s+(?:continues\s+as|remains|is|was|will\s+be|becomes|became|(?:stepped|steps|stood|stands)\s+down\s+as|as)\s+(?:the\s+|its\s+|their\s+)?(?:(?:deputy|acting|interim|group)\s+)?(?:co-)?(?:chief|ceo|cfo|coo|chair|chairs|chairman|chairwoman|president|founder|head|director|managing|minister|secretary)\b/i;
/** "Ada Obi was appointed in his stead", "… to succeed him": only a person takes another's post. */
const APPOINTED_IN_STEAD_RE =
  /^\s+(?:was|has\s+been)\s+appointed\s+(?:in\s+(?:his|her)\s+(?:stead|place)|to\s+(?:succeed|replace)\s+(?:him|her)\b)/;
/** True when the words after `end` say a person was appointed to another's post ("… was appointed in his stead"). */
export function isAppointedInStead(text: string, end: number): boolean {
  return APPOINTED_IN_STEAD_RE.test(text.slice(end, end + 40));
}
/** Lower-case words inside names ("Dolf van den Brink", "Arnaud de Puyfontaine", "Sultan Ahmed bin Sulayem"). */
const PARTICLES = new Set([
  'de',
  'da',
  'do',
  'dos',
  'das',
  'del',
  'della',
  'di',
  'du',
  'van',
  'von',
  'der',
  'den',
  'le',
  'la',
  'bin',
  'binti',
  'al',
  'el',
  'ibn',
  'ter',
  'zu',
  'y',
]);
/**
 * Styles of two or three words before a name: Malaysian "Tan Sri", "Datuk Seri", "Dato' Sri", "Puan Sri"; military
 * ranks "Air Marshal", "Air Chief Marshal", "Rear Admiral", "Major General". Anchored at one token, bounded words.
 */
const STYLE_WORDS_RE =
  /^(?:Tan Sri|Puan Sri|Toh Puan|Dat(?:uk|o)['’]? S(?:er|r)i|Air (?:Chief |Vice )?Marshal|(?:Rear|Vice) Admiral|(?:Major|Lieutenant|Brigadier) General)(?= \p{Lu})/u;
/** The first words of STYLE_WORDS_RE: a Set lookup before the regex (no slice per token). */
const STYLE_FIRSTS = new Set('Tan Puan Toh Datuk Dato Air Rear Vice Major Lieutenant Brigadier'.split(' '));
/**
 * Honorifics that end a run of names where they stand inside it ("… Omar Lund Dr Farid Hallberg"); "Sheikh", "Pak" or
 * "Tun" may be a surname or a given name and do not.
 */
const MID_RUN_HONORIFICS = new Set('Mr Mrs Ms Dr Prof Engr Atty Datuk Dato Datin Alhaji Alhaja Tan Puan'.split(' '));
/** The gap after a one-word honorific: a space, or a full stop or apostrophe then a space ("Dr. Ada", "Dato' Ali"). */
const HONORIFIC_GAP_RE = /^(?:\.|['’])? $/;

/**
 * How many tokens at `i` are honorifics and styles before a name, chained as Malaysian, Nigerian and Pakistani news
 * stacks them: "Datuk Seri Dr Jonas Roe" (3), "Tan Sri Dato' Sri Azman Ali" (4), "Air Marshal Tariq Lund" (2).
 */
function honorificRun(text: string, tokens: readonly Token[], i: number): number {
  let k = i;
  for (let n = 0; n < 4 && k + 1 < tokens.length; n++) {
    const t = tokens[k]!;
    if (STYLE_FIRSTS.has(t.text)) {
      const m = STYLE_WORDS_RE.exec(text.slice(t.start, t.start + 24));
      if (m) {
        const stop = t.start + m[0].length;
        while (k < tokens.length && tokens[k]!.start < stop) k++;
        continue;
      }
    }
    if (!HONORIFICS.has(t.text) || !HONORIFIC_GAP_RE.test(text.slice(t.end, tokens[k + 1]!.start))) break;
    k++;
  }
  return k < tokens.length ? k - i : 0;
}
const ROLE_AFTER_RE =
  /^(?:,\s*\d{2}(?=,))?\s*(?:,|\()\s*(?:who\s+(?:is\s+|was\s+)?|the\s+|a\s+|an\s+|its\s+|their\s+)?(?:[\p{L}][\w.&’'-]*(?:['’]s|s['’])\s+)?(?:(?:newly|recently)\s+(?:appointed|named|promoted)\s+)?(?:(?:former|new|current|then|interim|acting|deputy|group|national|regional|general|global|management|supervisory|country)\s+)*(?:(?:\p{Lu}{2,8}\s+)?(?:[\p{Ll}-]+\s+)?(?:co-?ordinator|organi[sz]er|shop steward|branch secretary)\b|chief|ceo|cfo|coo|cto|md\b|president|founder|co-founder|head|senior|executive|vice|director|spokes|analyst|chair|general manager|managing|board member|member of the|secretary|minister|representative|negotiator|officer|official|organi[sz]er|shop steward|convenor|(?:(?!(?:told|tells|said|says|asked|warned|urged|assured|reassured|informed|briefed|met|wrote|added|noted|and|or|the|who|which|to|with|by|from|is|was|are|were|has|had|have|will|would)\s)[\p{Ll}-]+\s+){1,2}(?:and\s+[\p{Ll}-]+\s+)?(?:analyst|economist|strategist)s?\b|(?:(?:[\p{Ll}-]+\s+)?manager|banker|trader|lawyer|attorney|professor|economist|strategist|consultant|engineer|worker|employee|veteran|lecturer|researcher)s?\b)/iu;
/**
 * ", Vessla Mining chief executive, said", ", currently Vessla Optics president, as": an organization's name and a
 * senior title that closes the apposition (case-sensitive: the name's words are capitalised, the title's are not).
 */
const ORG_TITLE_AFTER_RE =
  /^,\s+(?:(?:currently|now|formerly|previously|then)\s+)?(?:\p{Lu}[\p{L}\p{N}&.-]*\s+){1,3}(?:(?:former|deputy|vice|senior|executive|group|acting|interim|joint)\s+)*(?:president|chairman|chairwoman|chairperson|chief executive(?: officer)?|chief financial officer|chief operating officer|managing director|general manager|vice[- ]president|vice[- ]chairman|CEO|CFO|COO|MD)(?=\s*[,;)]|\s+(?:and|as|since|until|who)\b)/u;
/**
 * ", the site works council chair remarked", ", the works council chair, said": a post after "the" and up to three
 * lower-case words that say where it is held, closed by punctuation or a speech verb.
 */
const LONG_POST_AFTER_RE =
  /^,\s+the\s+(?:[\p{Ll}-]+\s+){1,3}(?:chair(?:man|woman|person)?|president|(?:general\s+)?secretary|leader|representative|spokes(?:man|woman|person)|director|manager|head|chief|co-?ordinator|convenor|official|treasurer)(?=\s*[,;:]|\s+(?:said|says|commented|remarked|told|added|explained|noted|stated|warned|insisted|stressed)\b)/u;
/** ", Kestrel " of ", Kestrel Holdings' chief executive": capitalised words before a possessive (case-sensitive). */
const MULTI_WORD_POSSESSIVE_RE =
  /^(,\s*)(?:\p{Lu}[\p{L}\p{N}.&-]*\s+){1,3}(?=\p{Lu}[\p{L}\p{N}.&-]*(?:['’]s|s['’])\s)/u;
/**
 * True when a person's role follows the name: "Jane Roe, chairman of …", "Jane Roe (the company's CFO)", "Jane Roe, 58,
 * the chief executive", "Jane Roe, Kestrel Holdings' chief executive".
 */
export function hasRoleAfter(text: string, end: number): boolean {
  const after = text.slice(end, end + 80);
  if (ROLE_AFTER_RE.test(after) || ORG_TITLE_AFTER_RE.test(after) || LONG_POST_AFTER_RE.test(after)) return true;
  // "Jane Roe, Kestrel Holdings' chief executive": the possessive's leading capitalised words, then the role as above.
  const poss = MULTI_WORD_POSSESSIVE_RE.exec(after);
  return poss !== null && ROLE_AFTER_RE.test(poss[1]! + after.slice(poss[0].length));
}

/** Honorifics before a name ("Mr Carl Roe", "Mrs. Ada Obi"): the words after are a person, the honorific is not part of the name. */
const HONORIFICS = new Set([
  'Mr',
  'Mrs',
  'Ms',
  'Miss',
  'Dr',
  'Prof',
  'Sir',
  'Dame',
  'Mme',
  'Herr',
  'Frau',
  'Madam',
  'Sheikh',
  // West African "Alhaji/Alhaja" (a pilgrim's title), "Mallam/Malam" (a teacher's), "Hajia".
  'Alhaji',
  'Alhaja',
  'Hajia',
  // "Comrade Ada Obi": how Nigerian and southern African labour news styles a union official.
  'Comrade',
  'Mallam',
  'Malam',
  'Datuk',
  'Dato',
  'Datin',
  'Tengku',
  'Tun',
  'Encik',
  // Indonesian "Pak Budi", "Bu Sri", "Ibu Ani": the honorific is no part of the name.
  'Pak',
  'Bapak',
  'Bu',
  'Ibu',
  'Shri',
  'Smt',
  // Nigerian "Engr." (engineer), Philippine "Atty." (attorney), "Hon." (a legislator's style).
  'Engr',
  'Atty',
  'Hon',
]);
/** "Union of ", "Bank of the ": a capitalised word and "of" before a name continue an institution's name. */
const OF_NAME_BEFORE_RE = /\p{Lu}[\p{L}-]+\s+of\s+(?:the\s+)?$/u;
/**
 * "the Office for Kestrel Statistics", "the Institute of Vessla Studies": a body's head word and "for"/"of" before a
 * run make the run the rest of the body's name (its remit), never a person's, whatever verb follows.
 */
const BODY_REMIT_BEFORE_RE =
  /\b(?:Office|Institute|Council|Commission|Agency|Ministry|Department|Bureau|Authority|Board|Centre|Center|Foundation|Committee|Federation|Association|Secretariat|Directorate|Organisation|Organization)\s+(?:for|of)\s+(?:the\s+)?$/u;
/** Prepositions before a name that say little by themselves ("from Norrvik Cloud", "with Norrvik Air"). */
const WEAK_BEFORE_RE = /\b(?:by|from|with)\s*$/i;
const ACCORDING_TO_BEFORE_RE = /\baccording to\s*$/i;
/** A speech verb, "who" or "as <title>" right after the name. */
function saidAfter(text: string, end: number): boolean {
  return (
    SAID_AFTER_RE.test(text.slice(end, end + 12)) ||
    WHO_AFTER_RE.test(text.slice(end, end + 40)) ||
    AS_TITLE_AFTER_RE.test(text.slice(end, end + 40)) ||
    isAppointedInStead(text, end)
  );
}
const SAID_AFTER_RE = /^\s*(?:said|says|told|wrote|added|noted)\b/;
/** An opening quotation mark right before a word. */
const QUOTE_OPEN_RE = /^["“‘]$/;
/** A finite verb after a bare name: "Johan has …", "Ratna is …". */
const ACTS_AFTER_RE = /^\s+(?:has|had|is|was|will|would|brings|knows)\b/;
/**
 * "Jane Roe, who joined in 2019, said", "Jane Roe, 58, who …": a relative "who" after the name (organizations take
 * "which"), with the person's age before it if given.
 */
const WHO_AFTER_RE =
  /^(?:,\s*\d{2})?,\s+who\s+(?!(?:is|are|was|were)\s+(?:the|a|an)\s+(?:company|firm|group|carmaker|bank)\b)/;

/** Words of a title that may stand right before a name, capitalised, and are never a given name. */
const TITLE_WORDS_BEFORE_NAME = new Set(['Leader', 'General', 'Deputy', 'Acting', 'Interim']);

/** Words that open place names made of a saint's or person's name ("São Paulo", "San José", "Port Elizabeth"). */
const PLACE_PREFIXES = new Set(
  'Sao São San Santa Santo Saint St St. Ste Porto Puerto Rio Vila Villa Ciudad Nova Novo Fort Port Belo Mount Lake Cape'.split(
    ' ',
  ),
);

/**
 * Finds people: runs of 2–4 capitalised words not claimed by the gazetteer that start with a given name
 * (data/given-names.ts), or sit next to a title or a speech verb ("CEO Andy Jassy", "said Jane Roe",
 * "Jane Roe, chief executive"); a given name that opens an organization's name found before (`orgHeads`: "Cordell
 * Pacific Airways") proves nothing. Then every bare surname of a person found is a mention of that person ("Roe"). Marks the covered tokens.
 */
/** Lower-case nouns of places that a name may come before ("Lena Orsk district") or after ("the region of …"). */
const PLACE_NOUNS =
  'district|province|region|county|prefecture|municipality|regency|governorate|township|village|town|city|island';
/** A place's lower-case noun right after a name ("Lena Orsk district", "a Norrvik Vale council"): the name is the place's. */
const PLACE_NOUN_AFTER_RE = new RegExp(`^ (?:${PLACE_NOUNS}|suburb|area|council)\\b`);
/** "the region of ", "the town of ", "the province of the ": the name after them is a place's. */
const PLACE_OF_BEFORE_RE = new RegExp(`\\b(?:${PLACE_NOUNS})\\s+of\\s+(?:the\\s+)?$`);

/** Compass words that open place names ("North Rhine Westphalia", "South Kalimantan"): no person's name follows. */
const COMPASS_LEADS = new Set('North South East West Northern Southern Eastern Western Upper Lower'.split(' '));

/** "the " right before a name, and a company's noun after it (up to two words between): "The Axel Springer media group". */
const THE_BEFORE_RE = /\b[Tt]he\s+$/;
const COMPANY_NOUN_AFTER_RE =
  /^\s+(?:[a-z-]+\s+){0,2}?(?:company|group|firm|conglomerate|corporation|carmaker|automaker|bank|lender|insurer|airline|carrier|publisher|publishing\s+house|broadcaster|retailer|chain|maker|manufacturer|giant|empire|outlet|operator|holding)\b/;

/** A possessive determiner right before a name: what follows belongs to an organization. */
const OWN_BEFORE_RE = /\b(?:its|their|our)\s+$/i;

export function findPeople(
  text: string,
  tokens: readonly Token[],
  covered: Uint8Array,
  orgHeads: ReadonlySet<string> = new Set(),
): Mention[] {
  const out: Mention[] = [];
  const tails = new Map<string, string>();
  const shortForms = new ShortFormsOfLongNames();
  for (let i = 0; i < tokens.length - 1; i++) {
    const styles = covered[i] ? 0 : honorificRun(text, tokens, i);
    const honorific = styles > 0;
    i += styles;
    if (i >= tokens.length - 1) break;
    let first = tokens[i]!;
    // "chief executive C.S. Venkatraman": dotted initials open a name only where a title or role says person.
    const initials = !honorific && isDottedInitials(text, tokens, i) && !covered[i + 1];
    if (covered[i] || (!isNameWord(first.text) && !initials)) continue;
    // "Sao Jose dos Campos", "San Jose", "Santa Maria": a saint's name after a place prefix is a town.
    const lead = tokens[i - 1];
    if (!honorific && lead && PLACE_PREFIXES.has(lead.text) && text.slice(lead.end, first.start) === ' ') continue;
    // "the western state of North Rhine Westphalia": words after a compass word that opens a place are that place.
    if (!honorific && lead && COMPASS_LEADS.has(lead.text) && text.slice(lead.end, first.start) === ' ') continue;
    let j = initials ? i + 2 : i + 1;
    for (;;) {
      if (j >= tokens.length || j - i >= 6 || covered[j] || !isNameGap(text, tokens[j - 1]!, tokens[j]!)) break;
      // "Prime Minister Omar Lund Dr Farid Hallberg": an honorific ends one name, the next person's starts after it.
      if (MID_RUN_HONORIFICS.has(tokens[j]!.text) && honorificRun(text, tokens, j) > 0) break;
      if (isNameWord(tokens[j]!.text) || isMiddleInitial(text, tokens, j)) {
        j++;
        continue;
      }
      // "van den Brink": up to two particles, then a name word.
      let k = j;
      while (k < j + 2 && k < tokens.length && PARTICLES.has(tokens[k]!.text)) k++;
      if (
        k === j ||
        k >= tokens.length ||
        covered[k] ||
        !isNameWord(tokens[k]!.text) ||
        text.slice(tokens[j - 1]!.end, tokens[k]!.start).split(' ').length !== k - j + 2
      )
        break;
      j = k + 1;
    }
    if (j - i < 2) continue;
    // "the mayor of Norrvik Anna Berg", "Chancellor of the Exchequer Tom Lund": the object of an office's "of" is no
    // part of the holder's name, which starts at the given name after it.
    if (j - i >= 3 && opensAfterOfficeObject(text, tokens, i)) first = tokens[++i]!;
    // "NDP Leader Jane Roe", "KWU Secretary General John Moyo", "Deputy Jane Roe": a title's word opening a run of
    // three words or more is the title's, the name is the words after it ("Jane Leader" keeps its surname).
    else if (j - i >= 3 && TITLE_WORDS_BEFORE_NAME.has(first.text)) first = tokens[++i]!;
    // "Norrvik Regent Budi Hallberg": a regency's name and "Regent" (an Indonesian regency's head) open a run of four
    // words or more; the name is the words after them ("Jane Regent" keeps her surname).
    else if (j - i >= 4 && tokens[i + 1]!.text === 'Regent') {
      i += 2;
      first = tokens[i]!;
    }
    // "Kestrel CEO Australia Jane Roe": a place before a given name is the post's scope, not part of the name.
    else if (
      j - i >= 3 &&
      isPlace(first.text) &&
      !FIRST_NAMES.has(first.text) &&
      !WEAK_FIRST_NAMES.has(first.text) &&
      opensWithGivenName([tokens[i + 1]!.text, tokens[i + 2]!.text]) &&
      hasTitleBefore(text, Math.max(0, first.start - 120), first.start)
    )
      first = tokens[++i]!;
    const start = first.start;
    const end = tokens[j - 1]!.end;
    const name = collapseSpaces(text.slice(start, end));
    // Bounded look-back (the windows below reach at most 120 back): a whole-line lastIndexOf was quadratic on one long line.
    const back = Math.max(0, start - 120);
    const lineStart = back + text.slice(back, start).lastIndexOf('\n') + 1;
    const prevPerson = out[out.length - 1];
    const joined = prevPerson !== undefined && /^,? and $|^ & $/.test(text.slice(prevPerson.end, start)) && j - i >= 2;
    const before = text.slice(Math.max(lineStart, start - 30), start);
    // "National Union of Kora Metalworkers": after "<Name> of", the words go on an institution's name.
    const givenFirst = opensWithGivenName([first.text, tokens[i + 1]!.text]);
    const given = givenFirst && !orgHeads.has(first.text) && !OF_NAME_BEFORE_RE.test(before);
    // A role after the name or a title before it (searched once: both tests below need it).
    const apposed = titleEndBeforeApposedOrg(text, start);
    const titled =
      hasRoleAfter(text, end) ||
      hasTitleBefore(text, Math.max(lineStart, start - 120), start) ||
      (apposed < start && hasTitleBefore(text, Math.max(lineStart, start - 160), apposed));
    // Evidence that names a person whatever the words: an honorific, a speech verb, a title or a role beside it.
    const speaksAfter = saidAfter(text, end);
    const spoken =
      honorific || joined || speaksAfter || (SAID_BEFORE_RE.test(before) && !WEAK_BEFORE_RE.test(before)) || titled;
    // "Von Hirschheydt has said" after "Philipp von Hirschheydt": a sentence-opening particle surname.
    const tail = tails.get(name[0]!.toLowerCase() + name.slice(1));
    if (initials && !titled) continue;
    // "Sinar Kora said" after "Sinar Kora Group": the short form of an organization already found, unless a title or
    // honorific says person.
    if (!honorific && !titled && orgHeads.has(first.text)) continue;
    // A run opened by a given name is left to the rules above ("Office of Jane Roe" is rare, but no remit).
    if (!honorific && !givenFirst && BODY_REMIT_BEFORE_RE.test(before)) continue;
    // "with Kestrel Meats", "sighted by Vessla Mail", "according to Orsk Tidende": a bare preposition or
    // "according to" proves no person; a run no given name opens needs more (a title, a speech verb, an honorific).
    const weakOnly =
      !givenFirst &&
      !honorific &&
      !titled &&
      !joined &&
      (WEAK_BEFORE_RE.test(before) || ACCORDING_TO_BEFORE_RE.test(before)) &&
      !speaksAfter;
    const accepted = !!tail || (spoken && !weakOnly) || given || (SAID_BEFORE_RE.test(before) && !weakOnly);
    if (!accepted || isBareTitle(name) || isPlace(name) || !looksLikePersonName(name)) continue;
    // "to Lena Orsk district", "the region of Emilia Norrvik": a run a place's noun follows, or that a place's
    // noun and "of" open, is a place even when a given name opens it, unless an honorific or a title says person.
    if (
      !honorific &&
      !titled &&
      (PLACE_NOUN_AFTER_RE.test(text.slice(end, end + 16)) || PLACE_OF_BEFORE_RE.test(before))
    )
      continue;
    // "competition from Microsoft Azure": a first word the knowledge base knows as a company opens no person's
    // name unless the words around say person.
    if (!spoken && !given && inKnowledgeBase(first.text)) continue;
    // "its Vita Flakes cereal", "their Nova Rossa range": a company's own thing, never a person, unless the words say so.
    if (!spoken && OWN_BEFORE_RE.test(before)) continue;
    // "The Axel Springer media group is cutting jobs": a name between "the" and a company's noun is the company's.
    if (!spoken && THE_BEFORE_RE.test(before) && COMPANY_NOUN_AFTER_RE.test(text.slice(end, end + 40))) continue;
    // "Van den Brink said" after "Dolf van den Brink": the particle-led surname of someone already named.
    const full = tail ?? shortForms.fullName(name) ?? name;
    out.push({ start, end, type: 'Person', name: full });
    if (!tail) for (const t of particleTails(name)) tails.set(t, name);
    shortForms.note(full);
    covered.fill(1, i, j);
    i = j - 1;
  }
  const surnames = findSurnames(tokens, covered, out);
  return [...out, ...surnames, ...findGivenNames(text, tokens, covered, out)];
}

/**
 * "Ratna Wulandari said … Ratna told a briefing": news that calls a person by the given name (common for Indonesian
 * and Javanese names) uses it bare. A given name that opens one person's name only, and that speaks bare at least
 * once ("Ratna said", "Ratna told") or opens a colleague's quotation about them ("“Johan has …”"), is that person
 * wherever it stands alone.
 */
function findGivenNames(text: string, tokens: readonly Token[], covered: Uint8Array, people: Mention[]): Mention[] {
  const byGiven = new Map<string, string>();
  const ambiguous = new Set<string>();
  const surnames = new Set<string>();
  for (const p of people) {
    const words = p.name.split(' ');
    surnames.add(words.at(-1)!);
    if (words.length < 2 || !opensWithGivenName(words)) continue;
    const prev = byGiven.get(words[0]!);
    if (prev && prev !== p.name) ambiguous.add(words[0]!);
    byGiven.set(words[0]!, p.name);
  }
  if (byGiven.size === 0) return [];
  const free: number[] = [];
  const speaks = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (covered[i] || !byGiven.has(t.text) || ambiguous.has(t.text) || surnames.has(t.text)) continue;
    // A bare given name is a whole name: the next word is no capitalised name word ("Ratna Sari" is someone else).
    const next = tokens[i + 1];
    if (next && text.slice(t.end, next.start) === ' ' && isNameWord(next.text)) continue;
    free.push(i);
    if (SAID_AFTER_RE.test(text.slice(t.end, t.end + 12))) speaks.add(t.text);
    // "“Johan has useful insights,” the chief executive said": a colleague quoted on the person by the given name.
    else if (
      QUOTE_OPEN_RE.test(text.slice(Math.max(0, t.start - 1), t.start)) &&
      ACTS_AFTER_RE.test(text.slice(t.end, t.end + 12))
    )
      speaks.add(t.text);
  }
  const out: Mention[] = [];
  for (const i of free) {
    const t = tokens[i]!;
    if (!speaks.has(t.text)) continue;
    out.push({ start: t.start, end: t.end, type: 'Person', name: byGiven.get(t.text)! });
    covered[i] = 1;
  }
  return out;
}

/** After "of" or "of the", a word that opens no given name, then two words that do: an office's object, then a name. */
function opensAfterOfficeObject(text: string, tokens: readonly Token[], i: number): boolean {
  const [a, b, c] = [tokens[i]!.text, tokens[i + 1]!.text, tokens[i + 2]!.text];
  return (
    OF_BEFORE_RE.test(text.slice(Math.max(0, tokens[i]!.start - 8), tokens[i]!.start)) &&
    !PLACE_PREFIXES.has(a) &&
    !opensWithGivenName([a, b]) &&
    opensWithGivenName([b, c])
  );
}
const OF_BEFORE_RE = /\bof\s+(?:the\s+)?$/;

function findSurnames(tokens: readonly Token[], covered: Uint8Array, people: Mention[]): Mention[] {
  const bySurname = new Map<string, string>();
  const ambiguous = new Set<string>();
  const note = (surname: string, name: string) => {
    const prev = bySurname.get(surname);
    if (prev && prev !== name) ambiguous.add(surname);
    bySurname.set(surname, name);
  };
  for (const p of people) {
    const words = p.name.split(' ');
    note(words[words.length - 1]!, p.name);
    // "Yu Minhong … Yu said": a two-word name opened by no given name may put the family name first.
    if (words.length === 2 && !opensWithGivenName(words) && isCapitalized(words[0]!) && !PARTICLES.has(words[0]!))
      note(words[0]!, p.name);
  }
  const out: Mention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (covered[i] || !isCapitalized(t.text)) continue;
    const name = bySurname.get(t.text);
    if (!name || ambiguous.has(t.text)) continue;
    out.push({ start: t.start, end: t.end, type: 'Person', name });
    covered[i] = 1;
  }
  return out;
}

/**
 * Malay, Indonesian and South Asian names of three words or more come back as their first two or last two words
 * ("Jonas Hallberg Roe … Hallberg Roe said", "Kamal Arif Norrvik Hamid … Kamal Arif asked"): such a two-word run is the
 * same person. A short form that two long names share belongs to neither.
 */
class ShortFormsOfLongNames {
  private readonly byShort = new Map<string, string | null>();

  note(name: string): void {
    const words = name.split(' ');
    if (words.length < 3 || words.length > 5) return;
    for (const short of [words.slice(0, 2).join(' '), words.slice(-2).join(' ')]) {
      const prev = this.byShort.get(short);
      this.byShort.set(short, prev === undefined || prev === name ? name : null);
    }
  }

  fullName(name: string): string | undefined {
    return this.byShort.get(name) ?? undefined;
  }
}

/**
 * ", Norrvik Holdings, " between "the parent company" (or "the group", "the bank" …) and a name: the organization is
 * named in apposition to the noun a title ends with ("The chairwoman of the holding company, Norrvik Holdings, Bayo
 * Roe, said"). Bounded: up to four capitalised words between the commas.
 */
const ORG_APPOSED_BEFORE_NAME_RE =
  /\b(?:company|group|firm|bank|lender|conglomerate)(,\s+(?:\p{Lu}[\p{L}\p{N}&.'’-]*\s+){0,3}\p{Lu}[\p{L}\p{N}&.'’-]*,\s*)$/u;
/**
 * Where a title would end before the name at `start` when an organization stands in apposition between them (see
 * ORG_APPOSED_BEFORE_NAME_RE); `start` itself when none does.
 */
export function titleEndBeforeApposedOrg(text: string, start: number): number {
  const m = ORG_APPOSED_BEFORE_NAME_RE.exec(text.slice(Math.max(0, start - 60), start));
  return m ? start - m[1]!.length : start;
}

/** "van den Brink" for "Dolf van den Brink": the surnames that start with a particle. */
function particleTails(name: string): string[] {
  const words = name.split(' ');
  const out: string[] = [];
  // "Bruno Le Maire … Le Maire said", "Diego Della Valle … Della Valle": a capitalised particle too.
  for (let k = 1; k < words.length - 1; k++) {
    const w = words[k]!;
    const lower = w[0]!.toLowerCase() + w.slice(1);
    if (PARTICLES.has(w) || PARTICLES.has(lower))
      out.push(lower + (k + 1 < words.length ? ' ' : '') + words.slice(k + 1).join(' '));
  }
  return out;
}

/** Organization words ("Industries", "Ratings") or a nationality first ("Thai …") never make a person's name. */
function looksLikePersonName(name: string): boolean {
  const words = name.split(' ');
  // "Banco do Sertão", "Royal Dutch Shell": a word that opens organizations' names opens no person's.
  if (NATIONALITIES.has(words[0]!) || ORG_PREFIX_WORDS.has(words[0]!)) return false;
  if (OUTLET_ONLY_HEADS.has(words[words.length - 1]!) || OUTLET_OPENING_WORDS.has(words[0]!)) return false;
  // "Statistics South Africa": a person's name never ends in a country of two words (one word may be a surname:
  // "Michael Jordan").
  if (words.length > 2 && isCountryOrRegion(words.slice(-2).join(' '))) return false;
  // "Guinness Nigeria said", "Halden Bank Kenya": a local subsidiary's name, unless the country is also a surname.
  const last = words[words.length - 1]!;
  if (words.length > 1 && isCountryOrRegion(last) && !COUNTRY_SURNAMES.has(last)) return false;
  // "in the North West says", "the South East": a region named by compass points alone is no person.
  if (words.every((w) => COMPASS_WORDS.has(w))) return false;
  // "Ariel soap and Oral B toothpaste": a bare capital letter ends no person's name (initials stand in the middle).
  if (words.length > 1 && last.length === 1) return false;
  // "revealed by Kestrel Bakeries USA": the plural of a business's place ("Bakeries", "Breweries") is no surname
  // ("Davies", "Menzies" stay names).
  if (words.length > 1 && BUSINESS_PLURALS_IN_IES.has(last)) return false;
  return !words.some(
    (w) =>
      ORG_HEAD_WORDS.has(w) || LEGAL_SUFFIX.has(w) || NOT_SURNAMES.has(w) || STATE_BODY_WORDS.has(w) || w === 'Board',
  );
}
/** Plurals in "-ies" of the places and kinds of a business, which end company names, never a person's. */
const BUSINESS_PLURALS_IN_IES = new Set(
  'Bakeries Breweries Distilleries Wineries Dairies Creameries Canneries Refineries Foundries Collieries Quarries Fisheries Pharmacies Industries Utilities Companies Agencies Technologies Laboratories Properties Securities Eateries Groceries Nurseries Factories'.split(
    ' ',
  ),
);
/** Compass points, which name regions together ("North West", "South East"). */
const COMPASS_WORDS = new Set('North South East West Northern Southern Eastern Western Central'.split(' '));
/** Countries that are also people's surnames ("Michael Jordan", "Kathy Ireland"). */
const COUNTRY_SURNAMES = new Set('Jordan Chad Israel Holland England Ireland Wales Scotland France Georgia'.split(' '));
/** Words of organizations, outlets, regions, streets and venues: no person's name holds one ("Jonas Road", "… Theatre"). */
const NOT_SURNAMES = new Set(
  'Ratings Research Analytics Associates Advisory Consulting Services Solutions Management Investments Insights Intelligence Markets Economics Strategies Exchange Council Union Federation Association Platforms Operations Health Manufacturers Producers Exporters Importers Employers Sector Chamber Unions Buses Coaches Finance Financial Office Department Division Bureau Directorate Secretariat Committee Forum Institute Organization Organisation Confederation Consortium Alliance Coalition Foundation Syndicate Mines Mine Quarries Collieries Business Daily Herald Tribune Gazette Journal Chronicle Times Weekly Region Regions Province District Municipality Prefecture Governorate Oblast Road Avenue Boulevard Highway City Theater Theatre Stadium Airport'.split(
    ' ',
  ),
);

/** A title written with a hyphen ("Secretary-general", "Vice-President", "Co-CEO"): it opens no name. */
const HYPHENED_TITLE_RE =
  /^(?:secretary|director|vice|deputy|co|ex|attorney|auditor|inspector|procurator)-(?:general|president|chairman|chairwoman|chairperson|chair|director|founder|ceo|governor|minister)$/i;

function isNameWord(word: string): boolean {
  if (
    !isCapitalized(word) ||
    STOP.has(word) ||
    (word.includes('-') &&
      (/-(?:based|listed|owned|backed|led|controlled)$/.test(word) || HYPHENED_TITLE_RE.test(word)))
  )
    return false;
  if (word.length > 1 && word === word.toUpperCase()) return false;
  return !hasDigit(word);
}

/** "A." or "I." inside a name ("Frederick A. Henderson"): the article and the pronoun never stand before ". Name". */
function isMiddleInitial(text: string, tokens: readonly Token[], j: number): boolean {
  const t = tokens[j]!.text;
  const next = tokens[j + 1];
  return (
    (t === 'A' || t === 'I') &&
    next !== undefined &&
    text.slice(tokens[j]!.end, next.start) === '. ' &&
    isNameWord(next.text)
  );
}

/** "C.S. Venkatraman", "A.K. Osei": initials of two or three letters with full stops, then a name word. */
function isDottedInitials(text: string, tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!.text;
  const next = tokens[i + 1];
  return (
    t.length >= 3 &&
    t.length <= 5 &&
    t.includes('.') &&
    DOTTED_INITIALS_RE.test(t) &&
    next !== undefined &&
    text.slice(tokens[i]!.end, next.start) === '. ' &&
    isNameWord(next.text)
  );
}
const DOTTED_INITIALS_RE = /^\p{Lu}(?:\.\p{Lu}){1,2}$/u;

function isNameGap(text: string, a: Token, b: Token): boolean {
  const gap = text.slice(a.end, b.start);
  if (gap === ' ') return true;
  return gap === '. ' && a.end - a.start === 1;
}

function hasTitleBefore(text: string, windowStart: number, pos: number): boolean {
  return matchTitleBefore(text, windowStart, pos) !== null;
}
