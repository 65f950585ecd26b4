import { LEGAL_PREFIX, LEGAL_SUFFIX } from '../gazetteer/lexicon/legal-forms.js';
import { NAME_PARTICLES, ORG_HEAD_WORDS, ORG_PREFIX_WORDS } from '../gazetteer/lexicon/org-nouns.js';
import { NATIONALITIES, isCountryOrRegion, isPlace } from '../gazetteer/lexicon/places.js';
import { isBareTitle } from './titles.js';
import { opensWithGivenName } from '../gazetteer/first-names.js';
import { isDistinctive, isDistinctiveHead, isPlaceTail, looksLikeOrgName, withoutFinalDot } from './org-names.js';
import { isFaithAdjective } from '../gazetteer/lexicon/common-words.js';
import { bracketedShortNameAt } from './bracketed-acronym.js';
import { isAbroadUnit, isFullCompanyName } from './org-prefixes.js';
import { isLocalCompanyAlone } from './local-company.js';
import { memoByString } from '../text/memo.js';
import { stripAccents } from '../text/char-class.js';
import { UPPER_FIRST_RE } from '../text/char-class.js';

// Module constants: esbuild (tsx, vitest) rewrites a \p{…} literal inside a function into `new RegExp` per call.
const CAPITAL_THEN_LOWER_RE = /^\p{Lu}\p{Ll}/u;
const ONE_OR_TWO_CAPITALS_RE = /^\p{Lu}\p{Lu}?$/u;
const CAPITALISED_WORD_RE = /^\p{Lu}\p{Ll}+$/u;

/** A full organization name and how it is written: the canonical name and its mentions' offsets. */
export interface NamedOrg {
  name: string;
  /** Companies win a short form over divisions sharing it ("Cathay" → the airline, not its unit "Cathay Dragon"). */
  type?: 'Company' | 'Division';
  /** Ends of its mentions in the text, for "(AESL)" right after one. */
  ends: readonly number[];
  /** Offset of its first mention: when several companies claim a form, the one named first takes it. */
  first?: number;
  /** Its names as written ("Hennes & Mauritz AB"): their initials are short forms too ("H&M"). */
  surfaces?: readonly string[];
  /** One of its names is followed by a description of a company (", the maker of …"), not of a unit. */
  describedAsCompany?: boolean;
}

/**
 * The short forms news uses for an organization after its first full mention, mapped to the canonical name:
 * the first word ("Nissan" for Nissan Motor), the first two of a longer name ("Cathay Pacific"), the last part of
 * a hyphenated word ("Maersk" for A.P. Moller-Maersk) and an acronym in brackets right after a mention ("(AESL)").
 * Only distinctive words qualify (not common English, places, organization words). A short form two organizations
 * share goes to the one named first ("Maersk": A.P. Moller-Maersk before Maersk Oil); a form that is another
 * organization's own name maps to none. Divisions lend no short forms but their initials.
 */
export function shortForms(
  text: string,
  orgs: readonly NamedOrg[],
  keepOwn = true,
  commonHeads = false,
): Map<string, string> {
  const own = new Set(keepOwn ? orgs.map((o) => o.name) : []);
  const names = orgs.map((o) => o.name);
  const division = new Set(orgs.filter((o) => o.type === 'Division').map((o) => o.name));
  const first = new Map(orgs.map((o) => [o.name, o.first ?? Infinity]));
  const claims = new Map<string, Set<string>>();
  const explicit = new Map<string, string>();
  const contracted = new Map<string, string>();
  // Forms that are three or more initials of a name as written ("HSN" for "Hallberg Steel Nordic").
  const initials = new Set<string>();
  const claim = (form: string, name: string) => {
    if (form === name || form.length < 2) return;
    const set = claims.get(form) ?? new Set<string>();
    set.add(name);
    claims.set(form, set);
  };
  // "ZF Friedrichshafen … the Zeppelin Foundation": a word that opens an organization's name written earlier is
  // that one's, never the initials of one named later ("General Motors … GM Canada" keeps GM).
  const heads = new Map<string, number>();
  for (const o of orgs) {
    const space = o.name.indexOf(' ');
    const head = o.name.slice(0, space);
    if (space > 0 && (o.first ?? Infinity) < (heads.get(head) ?? Infinity)) heads.set(head, o.first ?? Infinity);
  }
  for (const o of orgs) {
    const words = o.name.split(' ');
    // "Barclays UK … Barclays International": the unit abroad lends the bare name nothing.
    if (isAbroadUnit(o.name, words[0]!, names)) continue;
    // "Petróleos Mexicanos" → "Pemex", "Petróleo Brasileiro" → "Petrobras": the first letters of two words run together.
    for (const form of contractionsOf(o.name, words))
      contracted.set(form, contracted.has(form) && contracted.get(form) !== o.name ? '' : o.name);
    // "Royal Kestrelian (RK)": the short name in brackets right after a name is that name's, even where the name ends
    // in a place or nationality word and so lends no other short form below.
    for (const end of o.ends) {
      const a = bracketedShortNameAt(text, end, o.name);
      if (a) explicit.set(a, explicit.has(a) && explicit.get(a) !== o.name ? '' : o.name);
    }
    // "Unilever Nigeria": an organization's name plus a place is its subsidiary; its first word is not its short form.
    // "Grupo Vellatown" is no subsidiary: a generic word before a town names the company itself.
    const townAfterPrefix = words.length === 2 && isTownNamingCompany(text, words[1]!, words[0]);
    if (
      words.length >= 2 &&
      isPlaceTail(words.slice(1)) &&
      !isNamedAfterTown(words, o.surfaces) &&
      !(o.describedAsCompany && isTownTail(words)) &&
      !(townAfterPrefix && ORG_PREFIX_WORDS.has(words[0]!)) &&
      !isLocalCompanyAlone(text, words, names)
    )
      continue;
    if (words.length >= 2 && isDistinctiveHead(words[0]!) && !actsAloneFirst(text, words, o.first)) {
      claim(words[0]!, o.name);
      // "Telefónica Group … Telefonica said": the head written later without its accents is the same short form.
      const plain = stripAccents(words[0]!);
      if (plain !== words[0]) claim(plain, o.name);
    }
    // "Paramount Global … Paramount would": a common word as a head, only when the caller has seen it act.
    else if (commonHeads && words.length >= 2 && isCommonHead(words[0]!)) claim(words[0]!, o.name);
    if (words.length >= 3 && isDistinctiveHead(words[0]!)) claim(words.slice(0, 2).join(' '), o.name);
    // "Banco Meridional" → "Meridional", "Grupo Norte" → "Norte": a generic first word drops.
    // "Compagnie de Vellane" → "Vellane": particles after the generic word drop too.
    // "Grupo Financiero Norte" → "Norte": so does a sector word after the prefix.
    const afterPrefix =
      words.length >= 2 && words[1] !== undefined && (NAME_PARTICLES.has(words[1]) || SECTOR_WORDS.has(words[1]))
        ? 2
        : 1;
    if (
      words.length > afterPrefix &&
      (ORG_PREFIX_WORDS.has(words[0]!) || LEGAL_PREFIX.has(words[0]!)) &&
      (isDistinctive(words[afterPrefix]!) || isTownNamingCompany(text, words[afterPrefix]!, words[0]))
    )
      claim(words.slice(afterPrefix).join(' '), o.name);
    // "Deutsche Lufthansa" → "Lufthansa", "Robert Bosch" → "Bosch", "Telefonaktiebolaget LM Ericsson" → "Ericsson": the
    // last word of a name whose own first word lends no short form (a company's parts put words after its name).
    const last = words[words.length - 1]!;
    if (
      words.length >= 2 &&
      last.length >= 4 &&
      CAPITAL_THEN_LOWER_RE.test(last) &&
      isDistinctive(last) &&
      words.slice(0, -1).every((w, k) => isLeadWord(w, words.slice(k)))
    )
      claim(last, o.name);
    // "Kestrel Norrvik Group" → "KN Group", "United Kestrel Steel" → "UK Steel": some words initialled, the rest kept.
    for (const form of partialInitialForms(words)) claim(form, o.name);
    const afterCountry = nameAfterCountry(words);
    if (afterCountry) claim(afterCountry, o.name);
    for (const form of formsAfterCity(words)) claim(form, o.name);
    // "TeleNordSat.1 Media" → "TeleNord", "VellarocMittal" → "Vellaroc": the first part of a name that runs two
    // names together, capital to capital.
    const part = camelLead(words[0]!);
    if (part) claim(part, o.name);
    // "Kestrel.com Ltd … Kestrel said": a company named by its web address goes by the name before ".com".
    const web = dotComHead(words[0]!);
    if (web) claim(web, o.name);
    // "J Sainsbury" → "Sainsbury": leading initials drop.
    if (words.length >= 2 && INITIALS_RE.test(words[0]!)) claim(words.slice(1).join(' '), o.name);
    for (const surface of o.surfaces ?? [])
      for (const a of acronyms(surface))
        if ((heads.get(a) ?? Infinity) >= (o.first ?? Infinity)) {
          claim(a, o.name);
          if (a.length >= 3) initials.add(a);
        }
    for (const w of words) {
      const dash = w.lastIndexOf('-');
      const tail = dash > 0 ? w.slice(dash + 1) : '';
      if (tail.length >= 4 && UPPER_FIRST_RE.test(tail) && isDistinctive(tail)) claim(tail, o.name);
    }
    // "Kestrel-Vaal Platinum … Kestrel said": the first word's lead too, whatever words follow it.
    const lead = hyphenLead(text, words[0]!);
    if (lead) claim(lead, o.name);
  }
  const out = new Map<string, string>();
  // Only companies lend short forms: a division is written out ("Cathay Dragon"), and a bare "Cathay" is the airline —
  // save its initials, when no other name has them ("Hallberg Steel Nordic … HSN will need a new structure").
  for (const [form, names] of claims) {
    if (own.has(form)) continue;
    const companies = [...names].filter((n) => !division.has(n));
    if (companies.length === 0 && names.size === 1 && initials.has(form)) out.set(form, [...names][0]!);
    else if (companies.length === 1) out.set(form, companies[0]!);
    else if (companies.length > 1) {
      companies.sort((a, b) => (first.get(a) ?? Infinity) - (first.get(b) ?? Infinity));
      if (first.get(companies[0]!) !== first.get(companies[1]!)) out.set(form, companies[0]!);
    }
  }
  // "Aakash Educational Services Limited (AESL)": an acronym in brackets names that one, division or not.
  for (const [form, name] of explicit) if (name && !own.has(form)) out.set(form, name);
  // A contraction is that name even where the text names it alone as well ("Pemex said").
  for (const [form, name] of contracted) if (name && !out.has(form)) out.set(form, name);
  return out;
}

const INITIALS_RE = /^(?:\p{Lu}\.?){1,3}$/u;
const DOT_COM_RE = /^(\p{Lu}[\p{L}\d-]{2,})\.com$/u;

/** "Kestrel.com" → "Kestrel": a capitalised name of three letters or more before ".com", when distinctive. */
function dotComHead(word: string): string | null {
  const head = DOT_COM_RE.exec(word)?.[1];
  return head && isDistinctive(head) ? head : null;
}

/**
 * "China Vellgrande Group" → "Vellgrande", "Korea Norrvik" → "Norrvik": the one distinctive word after a country
 * that opens a company's name, with or without a closing group word ("Group", "Holdings").
 */
function nameAfterCountry(words: readonly string[]): string | null {
  const core = GROUP_WORDS.has(words.at(-1)!) ? words.slice(0, -1) : words;
  if (core.length !== 2 || !isCountryOrRegion(core[0]!)) return null;
  const name = core[1]!;
  // "Korea Telecommunication Group" lends no "Telecommunication": the singular of an industry's head word is no name.
  const industry = ORG_HEAD_WORDS.has(`${name}s`);
  return name.length >= 4 && CAPITAL_THEN_LOWER_RE.test(name) && isDistinctive(name) && !industry ? name : null;
}

/**
 * "Wuxi Kelvar Textiles" → "Kelvar" (and "Kelvar Textile"), "Ningbo Norrvik Steel" → "Norrvik": the one word between a
 * city and the trade that close a company's name, as Chinese companies are named. The trade word is required: a city
 * and one more word ("Dongguan Kestrel") may name another company's local arm.
 */
export function formsAfterCity(words: readonly string[]): string[] {
  const [city, name, trade] = words;
  if (words.length !== 3 || !ORG_HEAD_WORDS.has(trade!) || !isPlace(city!) || isCountryOrRegion(city!)) return [];
  // "Ningbo Islamic Bank": a faith's adjective says what kind the bank is, never which (isFaithAdjective).
  if (name!.length < 4 || !CAPITAL_THEN_LOWER_RE.test(name!) || !isDistinctive(name!) || isFaithAdjective(name!))
    return [];
  // "Kelvar Textile" for "Wuxi Kelvar Textiles": the trade in the singular after the short form.
  const single = singularTrade(trade!);
  return [name!, `${name} ${trade}`, ...(single ? [`${name} ${single}`] : [])];
}

/** A trade word's singular: "Textiles" → "Textile", "Industries" → "Industry"; none for "Express", "Steel". */
function singularTrade(trade: string): string | null {
  if (trade.endsWith('ies')) return `${trade.slice(0, -3)}y`;
  return trade.endsWith('s') && !trade.endsWith('ss') ? trade.slice(0, -1) : null;
}

/**
 * "Kestrel Norrvik Group … KN Group", "United Kestrel Steel … UK Steel": the name with
 * one run of two or three capitalised words written as their initials, the words before and after it kept as they
 * are. Only names of three to five words; the kept words must hold one capitalised word of the name.
 */
export function partialInitialForms(words: readonly string[]): string[] {
  const n = words.length;
  if (n < 3 || n > 5) return [];
  const out: string[] = [];
  for (let i = 0; i < n - 1; i++)
    for (let j = i + 2; j <= Math.min(n, i + 3); j++) {
      if (j - i === n) continue;
      const run = words.slice(i, j);
      if (!run.every((w) => CAPITALISED_WORD_RE.test(w))) break;
      const kept = [...words.slice(0, i), ...words.slice(j)];
      if (!kept.some((w) => CAPITALISED_WORD_RE.test(w))) continue;
      out.push([...words.slice(0, i), run.map((w) => w[0]).join(''), ...words.slice(j)].join(' '));
    }
  return out;
}

/**
 * "Kestrel said it will cut 300 jobs. … Ingo Hallberg, head of Kestrel Helicopters, said": a head written alone in the
 * body before the longer name is first written is a company of its own (news names a company in full first), so it
 * is no short form of the longer name — a headline's short form ("Kestrel to cut jobs" above "Kestrel Helicopters
 * said …") does not count.
 */
function actsAloneFirst(text: string, words: readonly string[], first: number | undefined): boolean {
  const head = words[0]!;
  // "Kestrel … Kestrel Holdings", "Kestrel … Kestrel Airlines": the company's own full name.
  if (first === undefined || isFullCompanyName(words.join(' '), head)) return false;
  const joined = `${head} ${words[1]!}`;
  // The first few mentions only (a list of names sharing a head must stay linear).
  let looked = 0;
  for (let at = text.indexOf(head); at >= 0 && at < first && looked < 8; at = text.indexOf(head, at + head.length)) {
    looked++;
    // "the Kora Union of Mineworkers (KUM) in Norrland … KUM Norrland": a bracketed short name defines, never acts.
    if (text[at - 1] === '(' || text.startsWith(joined, at) || !isWordAt(text, at, head.length)) continue;
    if (endsAsSentence(text, at)) return true;
  }
  return false;
}

/** True when `text` holds a whole word from `at` for `length` characters. */
function isWordAt(text: string, at: number, length: number): boolean {
  return !WORD_CHAR_RE.test(text[at - 1] ?? ' ') && !WORD_CHAR_RE.test(text[at + length] ?? ' ');
}
const WORD_CHAR_RE = /[\p{L}\p{N}-]/u;

/**
 * True when the line holding `at` ends as body text does (a full stop or closing quote), not as a headline; a line
 * running on past 600 characters is body text.
 */
function endsAsSentence(text: string, at: number): boolean {
  const end = text.indexOf('\n', at);
  if (end < 0 ? text.length - at > 600 : end - at > 600) return true;
  return LINE_END_RE.test(text.slice(at, end < 0 ? text.length : end).trimEnd());
}
const LINE_END_RE = /[.!?]["”’)]?$/;

/**
 * The first of two names run together in one word: five letters or more ("VellarocMittal" → "Vellaroc"), or with a
 * short prefix ("TeleNordSat.1" → "TeleNord").
 */
function camelLead(word: string): string | null {
  const m = CAMEL_LEAD_RE.exec(word);
  return m && isDistinctive(m[1]!) ? m[1]! : null;
}
const CAMEL_LEAD_RE = /^(\p{Lu}\p{Ll}{4,}|\p{Lu}\p{Ll}{1,3}\p{Lu}\p{Ll}{2,})(?=\p{Lu}[\p{Ll}.\d])/u;

/**
 * Sector words after a generic first word in Spanish, Portuguese and French names ("Grupo Financiero", "Grupo
 * Industrial", "Compagnie Financière").
 */
const SECTOR_WORDS: ReadonlySet<string> = new Set([
  'Financiero',
  'Financeiro',
  'Financière',
  'Financiere',
  'Industrial',
  'Industrielle',
  'Empresarial',
  'Comercial',
  'Commerciale',
]);

/**
 * "Sibanye-Stillwater … Sibanye said": the first part of a name's hyphenated first word is its short form when the
 * second part never stands alone in the text ("Renault-Nissan" beside a bare "Nissan" is two companies' alliance).
 */
export function hyphenLead(text: string, word: string): string | null {
  const dash = word.indexOf('-');
  const lead = word.slice(0, dash);
  // "KVM-Norrvik … KVM": initials in capitals may lead too; "Vellport-Norrvik … Vellport": so may a town's name.
  if (dash < 2 || (dash < 4 && !CAPITALS_LEAD_RE.test(lead)) || dash !== word.lastIndexOf('-')) return null;
  const tail = word.slice(dash + 1);
  if (!UPPER_FIRST_RE.test(tail) || !isDistinctive(tail)) return null;
  if (!isDistinctive(lead) && !isTownNamingCompany(text, lead)) return null;
  let alone = 0;
  let joined = 0;
  for (let at = text.indexOf(tail); at >= 0; at = text.indexOf(tail, at + tail.length)) alone++;
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length)) joined++;
  return alone === joined ? lead : null;
}

/** True when `surface` is `short` after a generic first word ("Grupo Vellmora" for "Vellmora"), not after "Air". */
export function isPrefixedName(surface: string, short: string): boolean {
  const space = surface.indexOf(' ');
  const prefix = surface.slice(0, space);
  return space > 0 && surface.slice(space + 1) === short && prefix !== 'Air' && ORG_PREFIX_WORDS.has(prefix);
}

const CAPITALS_LEAD_RE = /^\p{Lu}{2,}$/u;

/**
 * "Grupo Vellatown … Vellatown's bakeries", "Vellport-Norrvik … Vellport said": a town's name that opens a company's
 * name after a generic word or before a hyphen stands for the company where the text never writes it as a place
 * ("in Vellport", "near Vellport"). Not after "Air": an airline named after its home town leaves the town a town.
 */
function isTownNamingCompany(text: string, word: string, prefix = ''): boolean {
  return prefix !== 'Air' && isDistinctiveHead(word) && !placesWrittenIn(text).has(word);
}

/** "in Vellport", "near Vellport": a capitalised word after a preposition of place. */
const PLACE_AFTER_PREPOSITION_RE = /\b(?:in|at|near|outside|from|to)\s(\p{Lu}\p{L}*)/gu;
let placesText: string | null = null;
let places: ReadonlySet<string> = new Set();

/**
 * The words the text writes as places, read in one pass and kept for the last text asked about (every company of
 * an article asks; a scan per company would make a list of hundreds of names quadratic).
 */
function placesWrittenIn(text: string): ReadonlySet<string> {
  if (text !== placesText) {
    const found = new Set<string>();
    for (const m of text.matchAll(PLACE_AFTER_PREPOSITION_RE)) found.add(m[1]!);
    placesText = text;
    places = found;
  }
  return places;
}

/**
 * "ZF Friedrichshafen AG", "Tessel Eindhoven NV": a name that goes on with a town (no country, region or nationality)
 * and is written with a legal form is one company's registered name, so its first word is its short form. A
 * subsidiary is named by its country ("Unilever Nigeria Plc"); a plant by its town, but never with a legal form.
 */
export function isNamedAfterTown(words: readonly string[], surfaces: readonly string[] = []): boolean {
  if (!isTownTail(words)) return false;
  return surfaces.some((s) => s !== words.join(' ') && looksLikeOrgName(s.split(' ')) === 'legal');
}

/**
 * "Kestrel Friedrichshafen, the maker of transmissions, …": a name that goes on with a town (no country, region or
 * nationality) and that the text describes as a company is that company's full name, as a legal form would say
 * (`isNamedAfterTown`); "Kestrel Hamburg, its German unit," is described as a unit and stays one.
 */
function isTownTail(words: readonly string[]): boolean {
  const rest = words.slice(1);
  return rest.length > 0 && !rest.some((w) => isCountryOrRegion(w) || NATIONALITIES.has(w));
}

/**
 * Contractions of a name's first two words, as state companies and their like are called ("Petróleos Mexicanos" →
 * "Pemex", "Cementos Mexicanos" → "Cemex"): two to five letters of the first word and three to five of the second,
 * accents dropped, written as one word. Only for names of two or three capitalised words of four letters or more.
 */
/** True when `form` contracts the first two words of `name` ("Pemex" of "Petróleos Mexicanos"). */
export function isContractionOf(form: string, name: string): boolean {
  return contractions(name.split(' '), form).length > 0;
}

const WORD_RE = /^\p{Lu}\p{Ll}{3,}$/u;

/** Contractions by name: a document asks for the same names in several passes (bounded, cleared when full). */
const CONTRACTIONS = new Map<string, string[]>();
function contractionsOf(name: string, words: readonly string[]): string[] {
  let forms = CONTRACTIONS.get(name);
  if (forms === undefined) {
    if (CONTRACTIONS.size >= 4096) CONTRACTIONS.clear();
    forms = contractions(words);
    CONTRACTIONS.set(name, forms);
  }
  return forms;
}

/** The contractions of `words` (see above), or only `wanted` among them. */
function contractions(words: readonly string[], wanted?: string): string[] {
  const out: string[] = [];
  if (words.length >= 2 && words.length <= 3 && WORD_RE.test(words[0]!) && WORD_RE.test(words[1]!)) {
    const [a, b] = [words[0]!, words[1]!].map(stripAccents) as [string, string];
    for (let i = 2; i <= Math.min(5, a.length - 1); i++)
      for (let j = 3; j <= Math.min(5, b.length); j++)
        pushForm(out, a.slice(0, i) + b.slice(0, j).toLowerCase(), wanted);
  }
  out.push(...wholeWordContractions(words, wanted));
  return out;
}

function pushForm(out: string[], form: string, wanted: string | undefined): void {
  if ((wanted === undefined || wanted === form) && isDistinctive(form)) out.push(form);
}

/**
 * "Usinas Norrvikas de Orsk Vale" → "Usiorsk": in a name of three or four capitalised words (place particles aside),
 * two to five letters of the first word and a whole later word of three to five letters after the second.
 */
function wholeWordContractions(words: readonly string[], wanted: string | undefined): string[] {
  const content = words.filter((w) => !NAME_PARTICLES.has(w));
  if (content.length < 3 || content.length > 4 || !content.every((w) => WORD_RE.test(w))) return [];
  const a = stripAccents(content[0]!);
  const out: string[] = [];
  for (const later of content.slice(2)) {
    const b = stripAccents(later).toLowerCase();
    if (b.length > 5) continue;
    for (let i = 2; i <= Math.min(5, a.length - 1); i++) pushForm(out, a.slice(0, i) + b, wanted);
  }
  return out;
}

/** National adjectives in the languages companies are named in ("Deutsche Lufthansa", "Svenska Cellulosa"). */
const NATIONAL_LEADS = new Set(
  'Deutsche Deutscher Deutsches Française Français Italiana Italiano Española Español Nederlandse Svenska Svenskt Norske Norsk Danske Dansk Suomen Polska Polskie Österreichische Schweizerische Magyar Türk'.split(
    ' ',
  ),
);

/**
 * A word that opens a company's name without being its short form: a nationality ("Deutsche"), a generic or legal
 * prefix ("Groupe"), initials ("LM"), a founder's given name ("Robert Bosch"), a word for "company" in a language
 * that puts it first ("Telefonaktiebolaget").
 */
function isLeadWord(word: string, rest: readonly string[]): boolean {
  return (
    NATIONAL_LEADS.has(word) ||
    NATIONALITIES.has(word) ||
    ORG_PREFIX_WORDS.has(word) ||
    LEGAL_PREFIX.has(word) ||
    INITIALS_RE.test(word) ||
    ONE_OR_TWO_CAPITALS_RE.test(word) ||
    /aktiebolag(?:et)?$/i.test(word) ||
    opensWithGivenName(rest)
  );
}

/** Ranks and offices written before names ("Attorney General", "Major Roe"): never a company's short form. */
const RANKS = new Set(
  'General Admiral Captain Colonel Major Lieutenant Sergeant Judge Justice Governor Senator Secretary Minister President Chancellor Mayor Bishop Father Saint Prince Princess King Queen Lord Lady Sheikh'.split(
    ' ',
  ),
);

/**
 * A capitalised common word or town that may still open a company's name ("Paramount", "Standard"); never a
 * country, nationality, title or organization word.
 */
function isCommonHead(word: string): boolean {
  return (
    word.length >= 4 &&
    CAPITALISED_WORD_RE.test(word) &&
    !isCountryOrRegion(word) &&
    !NATIONALITIES.has(word) &&
    !ORG_PREFIX_WORDS.has(word) &&
    !LEGAL_PREFIX.has(word) &&
    !isBareTitle(word) &&
    !RANKS.has(word) &&
    !ORG_HEAD_WORDS.has(word)
  );
}

/**
 * Initials of a name's capitalised words, with and without its legal form and "&": "Tata Steel Long Products
 * Ltd" → TSLP, TSLPL; "Hennes & Mauritz AB" → HM, H&M, HMA, H&MA; "Bank of Africa" → BA, BOA. Only names of two or
 * more such words; "Kestrel Airlines" → KA, KAL.
 */
export const acronyms: (surface: string) => readonly string[] = memoByString((surface) => {
  const words = surface.replace(/[.,]+$/, '').split(' ');
  const core: string[] = [];
  let legal = '';
  // "Bank of Africa" → BOA, "Bank of China" → BOC: the "of" inside a name is often initialled too.
  let withOf = '';
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!;
    if (k === words.length - 1 && k > 0 && LEGAL_SUFFIX.has(withoutFinalDot(w))) legal = w[0]!.toUpperCase();
    else if (w === '&') core.push('&');
    else if (UPPER_FIRST_RE.test(w)) {
      core.push(w[0]!);
      withOf += w[0]!;
    } else if (w === 'of' && k > 0 && k < words.length - 1) withOf += 'O';
  }
  // "GlaxoSmithKline" → GSK: every capital of a word written in camel case.
  const camel = words
    .filter((w) => UPPER_FIRST_RE.test(w) && !(w === words.at(-1) && legal))
    .map((w) => (CAMEL_RE.test(w) ? w.replace(NOT_CAPITAL_RE, '') : w[0]!))
    .join('');
  const forms = camel.length >= 3 && camel !== core.filter((c) => c !== '&').join('') ? [camel, camel + legal] : [];
  const letters = core.filter((c) => c !== '&');
  if (letters.length < 2) return forms;
  const plain = letters.join('');
  const amp = core.join('');
  // "Royal Bank of Scotland Group" → RBS: a closing word for a group of companies is often left out.
  const grouped = !legal && letters.length >= 4 && GROUP_WORDS.has(words.at(-1)!) ? [plain.slice(0, -1)] : [];
  const ofForms = withOf.length > plain.length && withOf.length >= 3 ? [withOf] : [];
  // "Kestrel Airlines" → KAL: the airline word is initialled as the two words "Air Lines" it was once written as.
  const airline = words.at(legal ? -2 : -1) === 'Airlines' ? [plain + 'L'] : [];
  return [...new Set([plain, amp, plain + legal, amp + legal, ...forms, ...grouped, ...ofForms, ...airline])];
});
const CAMEL_RE = /^\p{Lu}\p{Ll}+\p{Lu}/u;
const GROUP_WORDS: ReadonlySet<string> = new Set(['Group', 'Holdings', 'Holding', 'Gruppe']);
const NOT_CAPITAL_RE = /[^\p{Lu}]/gu;
