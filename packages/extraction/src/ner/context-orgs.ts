import { FIRST_NAMES, WEAK_FIRST_NAMES, opensWithGivenName } from '../gazetteer/first-names.js';
import { isMediumMention } from './platform-media.js';
import { isCommonWord, isFaithAdjective } from '../gazetteer/lexicon/common-words.js';
import { NATIONALITIES, isCountryOrRegion, isNationalityPlural, isPlace } from '../gazetteer/lexicon/places.js';
import { LEGAL_SUFFIX } from '../gazetteer/lexicon/legal-forms.js';
import { isLenderUnion } from '../gazetteer/lexicon/lender-unions.js';
import {
  COMMON_ACRONYMS,
  COMPANY_NOUNS,
  ORG_HEAD_WORDS,
  ORG_PREFIX_WORDS,
  PUBLIC_BODY_WORDS,
} from '../gazetteer/lexicon/org-nouns.js';
import { isCapitalized, type Token } from '../text/tokenize.js';
import { isSpaceAt } from '../text/char-class.js';
import type { Mention } from './mention.js';
import type { Span } from '../types.js';
import { UNIT_NAME_TAILS, findNameRuns, headlineJudge, isInitial, type NameRun } from './name-runs.js';
import { isMadeProduct, isPersonNamedRun, readOrgCues } from './org-cues.js';
import { isDistinctive, isPlaceWord, isStateBody, looksLikeOrgName, orgNameKind } from './org-names.js';
import { OrgRegistry, type Candidate, type ContextOrg } from './org-registry.js';
import { isBareTitle } from './titles.js';
import { hasRoleAfter, isAppointedInStead } from './people.js';
import { findUnitLists } from './unit-lists.js';
import { isSiteName, isSitePlaceOrContraction } from './site-places.js';
import { findOwnerPrefixRuns } from './owner-prefixes.js';
import { formsAfterCity } from './short-forms.js';
import { placeHeadsBeforeParticle } from './particle-places.js';
import { companyOnlyCue } from './town-named-companies.js';
import { abbreviatesDocument, abbreviatesThing, isPluralAcronym } from './thing-acronyms.js';
import { UPPER_FIRST_RE } from '../text/char-class.js';
import { firstStartingAt } from '../text/sorted-spans.js';

// Module constants: esbuild (tsx, vitest) rewrites a \p{…} literal inside a function into `new RegExp` per call.
const LOWER_RE = /\p{Ll}/u;
const CAPITALISED_COMPOUND_RE = /^\p{Lu}\p{Ll}+-\p{Ll}+$/u;
const CAPITALISED_WORD_RE = /^\p{Lu}\p{Ll}+$/u;
const ALL_CAPS_WORD_RE = /^\p{Lu}{3,}$/u;

const HONORIFIC_BEFORE_RE = /(?:\b(?:Mr|Mrs|Ms|Miss|Dr|Prof|Sir|Dame|Lord|Lady|Herr|Frau|Mme)\.?)\s+$/;
const THE_BEFORE_RE = /\bthe\s+$/i;
/** "Philipp von ", "Dolf van den ": a given name and a particle right before a surname. */
const PARTICLE_SURNAME_RE =
  /\b(\p{Lu}\p{Ll}+)\s+(?:von|van|de|da|di|del|della|der|den|du|dos|das|le|la)\s+(?:(?:der|den|la|le)\s+)?$/u;
/** An English body's name ending right before an opening bracket: "Association (", "Chamber of Commerce (" not. */
const BODY_BEFORE_BRACKET_RE =
  /\p{Ll}\s+(?:Association|Federation|Confederation|Union|Chamber|Council|Society|League) \($/u;
/** "68 staff at ", "workers at " right before a name: where people work, a site's town as readily as a company. */
const STAFF_AT_BEFORE_RE = /\b(?:staff|workers|employees)\s+at\s+$/;
/** "a depot in ", "its brewery in ": a site's noun before the town it stands in. */
const SITE_IN_BEFORE_RE =
  /\b(?:depot|plant|factory|brewery|mill|mine|office|warehouse|site|facility|works|yard|centre|center)\s+in\s+$/;
/** The text before a word that opens a sentence or a line. */
const SENTENCE_OPEN_BEFORE_RE = /(?:^|\n\s*|[.!?]["”’]?\s+)$/;
/** " said", " says", " told" right after a name. */
const SPEECH_AFTER_RE = /^ (?:said|says|told)\b/;
/** "rivals such as ", "carmakers including ", "groups like ": a noun introducing a list of examples. */
const COMPANY_LIST_LEAD_RE = /\b(\p{L}\p{Ll}+),?\s+(?:such\s+as|including|like)\s+$/u;
/** Offices written right before a person's name ("Finance Minister", "Governor"), capitalised. */
const OFFICES = new Set(
  'Minister Secretary Governor Senator Mayor Chancellor Premier Regent President Commissioner'.split(' '),
);
const LOCATIVES = new Set(['in', 'at', 'near', 'outside', 'from']);
/** Lower-case posts written right before a person's name ("organiser", "spokesperson"), never before a company's. */
const PERSON_POSTS = new Set(
  'organiser organizer spokesperson spokesman spokeswoman convenor steward negotiator economist strategist'.split(' '),
);
/** "Class B shares", "Series A round": a share class or funding round, not a name. */
const CLASS_OF_RE = /^(?:Class|Series|Tier|Plan|Phase|Category|Type|Grade|Round)\s\p{Lu}$/u;
/** Prepositions before a place rather than a company ("at" and "from" stand before employers and sources too). */
const PLACE_PREPOSITIONS = new Set(['in', 'near', 'outside']);
/** "North American", "South African", "Latin American": a compass or region word before a nationality. */
const REGIONAL_ADJECTIVE_RE =
  /^(?:North|South|East|West|Central|Latin|Southeast|Northeast|Southwest|Northwest) \p{Lu}/u;
/** "São José dos ", "Rio de ": a capitalised word and a particle of Romance names right before a run. */
const PARTICLE_TAIL_RE = /\p{Lu}\p{Ll}+\s+(?:de|do|da|dos|das|del|della|di|du|des)\s+$/u;
const PARTICLES = new Set('von van de da di del della der den du dos das le la'.split(' '));

/**
 * Gate for PARTICLE_SURNAME_RE on `text[from, at)`: the lower-case word before the spaces that end it is a particle
 * (every match ends so). A scan of a few characters instead of a regex tried at every position of the window.
 */
function particleBefore(text: string, from: number, at: number): boolean {
  let e = at;
  while (e > from && isSpaceAt(text, e - 1)) e--;
  if (e === at) return false;
  let b = e;
  while (b > from) {
    const c = text.charCodeAt(b - 1);
    if (c < 97 || c > 122) break;
    b--;
  }
  return PARTICLES.has(text.slice(b, e));
}
/** "Currently", "Separately", "Reportedly": a common word in "-ly" (not a short name such as "Ally"). */
function isSentenceAdverb(name: string): boolean {
  return name.length > 5 && name.endsWith('ly') && isCommonWord(name);
}
/** "Co.", "Co., Ltd", "AG": legal forms and nothing else. */
function isLegalFormOnly(name: string): boolean {
  return name.split(/[\s,]+/).every((w) => w === '' || LEGAL_SUFFIX.has(w.endsWith('.') ? w.slice(0, -1) : w));
}
/** "Mineworkers", "Steelworkers", "Dockworkers": one word, a trade's workers in the plural. */
const WORKERS_PLURAL_RE = /^\p{Lu}\p{Ll}{2,}workers$/u;
/**
 * Whether a quotation opens right before `start`: "told reporters, “Lenders are …", "\n“Steelworkers are …" — the quoted
 * sentence opens there, whatever comes before the quotation mark.
 */
function opensQuotation(text: string, start: number): boolean {
  const q = text[start - 1];
  if (q !== '“' && q !== '"' && q !== '‘') return false;
  const before = text[start - 2];
  return before === undefined || before === ' ' || before === '\n' || before === '\t';
}
/**
 * "Carmakers", "Telcos", "Lenders": one word, the plural of a noun for companies; or a trade's workers
 * ("Mineworkers", WORKERS_PLURAL_RE), which name no company either.
 */
function isSectorPlural(name: string): boolean {
  if (WORKERS_PLURAL_RE.test(name)) return true;
  if (name.length < 4 || name.includes(' ') || !name.endsWith('s')) return false;
  const lower = name.toLowerCase();
  return COMPANY_NOUNS.has(lower) && (COMPANY_NOUNS.has(lower.slice(0, -1)) || COMPANY_NOUNS.has(lower.slice(0, -2)));
}
const LIST_GAPS = new Set([
  ', ',
  ' and ',
  ', and ',
  ' or ',
  ' & ',
  // "Brakvik and rival Tessel", "Brakvik and its peer Tessel": a company set beside another.
  ' and rival ',
  ' and rivals ',
  ' and its rival ',
  ' and peer ',
  ' and its peer ',
  ' or rival ',
]);
/** Last words of a named site ("Newcastle Works", "Oshawa Assembly Plant", "Lodz Refinery"). */
const FACILITY_WORDS = new Set(
  'Works Plant Refinery Mill Mills Factory Smelter Shipyard Foundry Gigafactory Steelworks Ironworks'.split(' '),
);
/** "Technical Centre", "Research Center": a company's site, unlike a city or shopping centre. */
const CENTRE_KINDS = new Set(['Technical', 'Technology', 'Research', 'Engineering', 'Innovation', 'Development']);
/** Words a company's unit is named with after the company's name ("Airbus Helicopters", "Norrvik Cargo"). */
const UNIT_REST_WORDS = new Set(
  'Helicopters Aircraft Defence Defense Space Cargo Technik Services Solutions Finance Life Power Mobility Retail Consumer Commercial Marine Buses Vans Tools Digital Cloud Ventures Labs Bank Leasing Payments Pay'.split(
    ' ',
  ),
);
/** "a filing with the …", "listed on the …", "a statement to the …": a regulator or exchange as a venue only. */
const VENUE_BEFORE_RE =
  /\b(?:fil\w*|report\w*|submi\w*|disclos\w*|notice|statement|announcement|list\w*|delist\w*|trad\w*|shares|stock|debut\w*|floated|quoted|registered)\s+(?:[\w,.'’-]+\s+){0,4}?(?:with|to|on|in|at|from|by)\s+(?:the\s+)?(?:[\p{Lu}][\p{L}.]*\s+)?$/iu;
/**
 * " and Exchange Commission" after "Securities": the run is the first half of a public body's name. The body word
 * must end that name ("Krung Vella Bank and Government Savings Bank" lists a second bank).
 */
const PUBLIC_BODY_RE = new RegExp(
  `\\s+(?:and|&)\\s+(?:\\p{Lu}[\\p{L}.-]*\\s+){0,3}(?:${[...PUBLIC_BODY_WORDS].join('|')})\\b(?!\\s+\\p{Lu})`,
  'uy',
);

/**
 * Organizations recognised from how news introduces them rather than from a list. `strongPass` (before people
 * are found): a legal form, an organization word ("Qatar Airways"), the knowledge base, or a cue from
 * `readOrgCues`, plus list members (`findUnitLists`, "A, B and C" next to a decided one). `weakPass` (after
 * people): short forms of the names found ("Nissan" → Nissan Motor) and lone names acting as a subject
 * ("Volkswagen will cut"). Places, nationalities, titles and given-name-led names are left alone.
 */
/** Last words that make a name a company's whoever acts ("Standard Chartered Bank", "National Grid Holdings"). */
const COMPANY_TAILS = new Set(
  'Bank Bancorp Bankshares Airlines Airways Motors Holdings Corporation Insurance Assurance Pharmaceuticals Telecom Telecommunications Petroleum Breweries Industries'.split(
    ' ',
  ),
);

/** Words that say what kind of company a name is, not which ("Central Bank", "Investment Bank", "Regional Airlines"). */
const GENERIC_MODIFIERS = new Set(
  'North South East West Northern Southern Eastern Western Central National Development Investment Commercial Savings Cooperative Retail Private Merchant Mortgage Federal Reserve State Public International Global Regional Local Digital Online Mobile Corporate Business Consumer Wealth Universal Islamic Agricultural Export Import Industrial Land Postal World New Big Major Other Rival Leading Top Largest Biggest Domestic Foreign Main Parent Budget Legacy Flag Flagship Challenger Community Credit People Peoples Popular Rural Urban Small Large Independent Joint Mutual Unified Combined Merged Holding Subsidiary Overseas Offshore'.split(
    ' ',
  ),
);
/** A capital "The" written mid-sentence, after a lower-case word or a comma: the first word of the name after it. */
const NAMED_THE_BEFORE_RE = /[\p{Ll}\d,;] The $/u;
/** An article, a possessive or "its" right before a run: "the Investment Bank", "its Retail Bank" name a part or a kind. */
const DETERMINER_BEFORE_RE = /(?:\b(?:the|a|an|its|their|our|his|her|this|that|whose)|['’]s?)\s+$/i;

/** Last words of a workers' or trade body's name. */
const BODY_NAME_END_RE =
  /\b(?:Union|Unions|Association|Federation|Confederation|Council|Guild|Syndicate|Alliance|Workers|Employees|Staff|Pilots|Engineers|Members)$/;

/**
 * A stock index's member count after its name ("S&P 500", "FTSE 100", "Nikkei 225"): a round number, not a figure of
 * jobs, a year or an aircraft model ("Boeing 777").
 */
const INDEX_COUNT_AFTER_RE =
  /^ (?:[1-9]0|[1-9][05]0|225|[12]000)(?![\d,.%])(?!\s+(?:jobs|staff|workers|employees|people|roles|positions|stores|branches)\b)/;

/**
 * "infrastructure fund K4v", "Norvia7, the rival broadcaster": a coined name with a digit and lower-case
 * letters, described as a company. A code alone ("A380", "Q3", "H1") has no lower-case letters.
 */
/**
 * "TeleNordSat.1": a word run together from two capitalised parts, with a full stop and a number at its end, is a
 * coined name as a broadcaster writes it, no code ("A380") nor version ("v2.1").
 */
const DOTTED_NUMBER_NAME_RE = /^\p{Lu}\p{Ll}+\p{Lu}\p{L}*\.\d{1,3}$/u;

function describedCoinedName(name: string, c: Candidate): boolean {
  // "its print division Vandor24", "Vandor24 CEO Jane Roe": a unit noun or a post names the word a business too.
  // "K7S, the security group", "security group K7S": capitals and digits alone ("A380", "Q3") only so described.
  return c.cues.some(
    (q) =>
      q.why === 'descriptor' ||
      q.why === 'apposition' ||
      q.why === 'joint-venture' ||
      q.why === 'title' ||
      (LOWER_RE.test(name) && q.kind === 'unit' && q.strength === 'strong'),
  );
}

/**
 * The words of a person's name that may stand alone for them: the surname, and the first word of a two-word name
 * whose second is a hyphenated given name written after the family name ("Ryu" of "Ryu Min-jae").
 */
function personNameWords(name: string): string[] {
  const words = name.split(' ');
  if (words.length < 2) return [];
  const out = [words.at(-1)!];
  if (words.length === 2 && CAPITALISED_COMPOUND_RE.test(words[1]!)) out.push(words[0]!);
  // "Ana Orsk Vellido … Orsk said", "J Rahim Uddin … Rahim said", "Tan Wei Ming … Tan said": a name of three or four
  // words is often shortened to an inner word (a first surname, the name an initial opens) or to a family name written
  // first; a word of three letters or more that no given name is.
  if (words.length >= 3 && words.length <= 4)
    for (const [i, w] of words.slice(0, -1).entries())
      if (w.length >= 3 && (i > 0 || !FIRST_NAMES.has(w)) && !WEAK_FIRST_NAMES.has(w)) out.push(w);
  return out;
}

/** Strong cues a town's name also gets, so they make no company of one ("Łódź's plant", "Łódź workers"). */
/** "town of ", "the city of " right before a name: the text calls it a place. */
const TOWN_OF_BEFORE_RE = /\b(?:town|city|village|municipality)\s+of\s+$/;
const PLACE_CUES: ReadonlySet<string> = new Set([
  'possessive',
  'deal',
  'relative',
  'workforce-after',
  'jobs-bracket',
  'invested-in',
]);

/** Cues only an employer or a company takes ("Vandmoor said it would cut 300 jobs"): no site name speaks so. */
const SITE_VETO_CUES: ReadonlySet<string> = new Set([
  'self-reference',
  'employer',
  'descriptor',
  'title',
  'title-of',
  'ticker',
  'partnership',
  'joint-venture',
  'renamed',
  'rating',
]);

export class ContextOrgFinder extends OrgRegistry {
  private runs: NameRun[] = [];
  /** First words of names written in a company's form ("Cordell" of Cordell Pacific Airways). */
  private readonly formHeads = new Set<string>();
  /** Companies in their legal form listed as a company's parts, with where the owner is named (-1: in focus). */
  private readonly ownedCompanies = new Map<string, number>();
  /** Last words of names that look like people's ("Jane Roe" → "Roe"): never an organization alone. */
  private readonly surnames = new Set<string>();
  /** First words of places written in full with a lower-case particle ("Ciudad" of "Ciudad del Este"), found once. */
  private particlePlaceHeads: Set<string> | null = null;

  constructor(
    text: string,
    private readonly tokens: readonly Token[],
    private readonly covered: Uint8Array,
    sentences?: readonly Span[],
  ) {
    super(text, sentences);
  }

  strongPass(): void {
    const owners = findOwnerPrefixRuns(this.text, this.tokens, this.covered);
    const named = findNameRuns(this.text, this.tokens, this.covered);
    const runs = owners.length === 0 ? named : [...named, ...owners].sort((a, b) => a.start - b.start);
    this.runs = runs;
    for (const r of runs) {
      let words = r.name.split(' ');
      // "Co-CEO Jane Vellmora", "Chairman Jane Vellmora": the title opening the run is not the person's name.
      if (words.length >= 3 && isBareTitle(words[0]!.replace(/^Co-/, ''))) words = words.slice(1);
      // "Tafa Moya, the NUM mining co-ordinator, …" then "said Moya": a name a post follows is a person's, whether or
      // not a given name opens it, and its last word alone is their surname (not a listed one-word company).
      if (
        words.length >= 2 &&
        words.length <= 3 &&
        (opensWithGivenName(words) || (r.name === words.join(' ') && hasRoleAfter(this.text, r.end)))
      )
        this.surnames.add(words.at(-1)!);
      // "Philipp von Marrenbach": the particle cuts the run; the surname after it is a person's all the same.
      const particle =
        words.length === 1 && particleBefore(this.text, Math.max(0, r.start - 30), r.start)
          ? PARTICLE_SURNAME_RE.exec(this.text.slice(Math.max(0, r.start - 30), r.start))
          : null;
      if (particle && opensWithGivenName([particle[1]!, r.name])) this.surnames.add(r.name);
    }
    const byName = this.collect(runs, false);
    dropInnerBodyCues(byName);
    for (const [surface, c] of byName)
      if (surface.includes(' ') && (c.intrinsic === 'legal' || c.intrinsic === 'head' || c.intrinsic === 'kb'))
        this.formHeads.add(surface.slice(0, surface.indexOf(' ')));
    for (const u of findUnitLists(this.text, this.tokens, runs)) {
      const c = byName.get(u.run.name);
      // "three segments: Ocean, Logistics and Terminals": an organization word alone names a listed unit.
      const headWord = !u.run.name.includes(' ') && ORG_HEAD_WORDS.has(u.run.name);
      // "its Kestrel Foods and Vanta Drinks subsidiaries": names in a company's form are units when owned so.
      if (!c || this.decided.has(u.run.name)) continue;
      // "three group companies: Vella Steel Ltd, Kestrel Wire Ltd": a company in its own legal form stays a
      // company, but the list says whose it is.
      if (c.intrinsic === 'legal') {
        if (!this.isBlocked(u.run.name, c)) this.ownedCompanies.set(u.run.name, u.ownerAt);
        continue;
      }
      if (c.intrinsic === 'head' && !headWord && !u.owned) continue;
      c.cues.push({ strength: 'strong', kind: 'unit', why: 'listed' });
      this.markListOwner(byName, u.ownerAt);
      if (headWord || !this.isBlocked(u.run.name, c)) this.decide(u.run.name, 'Division', u.ownerAt);
    }
    this.decideFacilities(byName);
    for (const [surface, c] of byName) {
      if (this.decided.has(surface)) continue;
      const strong = c.cues.filter((q) => q.strength === 'strong');
      // A one-word list entry counts only written mid-sentence, where its capital is its own, or with a cue.
      const listedWord = c.intrinsic === 'kb-word';
      if (listedWord && c.runs.every((r) => r.initial)) c.intrinsic = null;
      if (!c.intrinsic && strong.length === 0 && !this.plainCompanyName(surface, c)) continue;
      if (this.isBlocked(surface, c)) continue;
      if (
        !c.intrinsic &&
        !listedWord &&
        c.runs.every((r) => r.initial) &&
        isCommonWord(surface.split(' ')[0]!) &&
        !(strong.length === 0 && this.plainCompanyName(surface, c)) &&
        !strong.some(
          (q) =>
            q.why === 'apposition' ||
            q.why === 'joint-venture' ||
            q.why === 'employer' ||
            q.why === 'name-in-s' ||
            q.why === 'self-reference',
        )
      )
        continue;
      const unit = strong.find((q) => q.kind === 'unit');
      this.decide(surface, unit ? 'Division' : 'Company', unit ? (unit.ownerAt ?? -1) : null);
    }
    this.spreadOverLists(runs, byName);
    this.splitSharedHeads(byName);
    this.companyWinsName();
    this.adoptTradingNames(runs, byName);
    this.mergeShortForms(byName);
    this.foldUnitTails(byName);
    this.adoptFormalNames(runs);
    this.emit(runs);
  }

  /**
   * "following similar moves by Thistle Bank and Lantern Airlines": a capitalised common word before a company's last
   * word ("Bank", "Airlines", "Motors" — COMPANY_TAILS), written mid-sentence with no article or possessive before
   * it, is a company's name even where nothing else says so; a generic modifier ("Central Bank", "Investment Bank",
   * "National Airlines") names a kind of company, not one.
   */
  private plainCompanyName(surface: string, c: Candidate): boolean {
    const words = surface.split(' ');
    if (words.length < 2 || words.length > 3 || !COMPANY_TAILS.has(words.at(-1)!)) return false;
    const modifiers = words.slice(0, -1);
    if (modifiers.some((w) => !CAPITALISED_WORD_RE.test(w))) return false;
    // "merged Kestrel Bank with The Tarn Bank and The Mutual Bank": a capital "The" mid-sentence is the name's own
    // first word, so even a generic modifier after it names one company.
    if (c.runs.some((r) => !r.headline && NAMED_THE_BEFORE_RE.test(this.text.slice(Math.max(0, r.start - 8), r.start))))
      return true;
    // "Thistle Community Bank": one generic word beside a word that is not names one bank, not a kind of bank.
    if (modifiers.every((w) => GENERIC_MODIFIERS.has(w))) return false;
    if (modifiers.length === 1 && GENERIC_MODIFIERS.has(modifiers[0]!)) return false;
    return c.runs.some(
      (r) =>
        !r.headline &&
        (!r.initial || this.ownCapitalsOpenSentence(words)) &&
        !DETERMINER_BEFORE_RE.test(this.text.slice(Math.max(0, r.start - 8), r.start)),
    );
  }

  /**
   * "Thistle Harbour Bank also joined the list": a name of three words opening a sentence keeps a capital of its own
   * in its middle word, which is no generic modifier ("Central Investment Bank" is none) — unless its last two words
   * name a company by themselves, which the sentence's first word only opens ("Neither Kestrel Motors nor …").
   */
  private ownCapitalsOpenSentence(words: readonly string[]): boolean {
    return words.length === 3 && !GENERIC_MODIFIERS.has(words[1]!) && looksLikeOrgName(words.slice(1)) === null;
  }

  /**
   * First words of the organizations decided so far ("Cordell" for Cordell Pacific Airways), and the word after the
   * city of a name the Chinese way ("Kelvar" for Wuxi Kelvar Textiles: "Kelvar Textile said" names no person).
   */
  orgHeads(): Set<string> {
    const out = new Set<string>();
    for (const o of this.decided.values()) {
      out.add(o.name.slice(0, o.name.indexOf(' ') >>> 0));
      const [form] = formsAfterCity(o.name.split(' '));
      if (form) out.add(form);
    }
    return out;
  }

  /** `people`: the persons found between the passes; a lone word of their names is never an organization. */
  weakPass(people: readonly Mention[] = []): void {
    for (const p of people) for (const w of personNameWords(p.name)) this.surnames.add(w);
    const runs = this.uncoveredRuns();
    this.adoptBracketedAcronyms(runs);
    const orgs = new Map([...this.decided.values()].map((o) => [o.name, o]));
    const { forms, commonForms } = this.shortFormMaps();
    const byName = this.collect(runs, true);
    for (const [surface, c] of byName) {
      // A common word as a short form ("Paramount would …") only mid-sentence and acting as a company.
      const acts = c.cues.length > 0 && c.runs.some((r) => !r.initial && !r.headline);
      let full = orgs.has(surface) ? surface : (forms.get(surface) ?? (acts ? commonForms().get(surface) : undefined));
      // "Vale's base metals subsidiary … Vale Base Metals": the bare owner of the unit is the parent, no short form.
      if (full && full.startsWith(surface + ' ') && this.ownsUnit(c.runs)) full = undefined;
      // "the Tokyo Stock Exchange … a news conference in Tokyo": a town after "in" is the place, not the exchange.
      if (full && full !== surface && isPlace(surface) && c.runs.every((r) => this.afterLocative(r))) continue;
      if (full) {
        const o = orgs.get(full)!;
        this.decided.set(surface, { ...o, surface });
        continue;
      }
      if (c.cues.length === 0 || this.isBlocked(surface, c)) continue;
      const words = surface.split(' ');
      const allCaps = words.every((w) => w.length > 1 && w === w.toUpperCase());
      if (allCaps && words.length === 1 && abbreviatesThing(this.text, c.runs)) continue;
      // "ArcelorMittal South Africa will …": a person's name never ends in a country.
      const placeTail = words.length > 1 && isCountryOrRegion(words.slice(-1).join(' ')) && isDistinctive(words[0]!);
      const placeTail2 = words.length > 2 && isCountryOrRegion(words.slice(-2).join(' ')) && isDistinctive(words[0]!);
      // A name of several words needs more than a verb that people share: an act only a business does.
      const business = c.cues.some((q) => q.why === 'acts');
      // "National Australia Bank said …": capitals after the first word are the name's own, and neither a person's
      // nor a unit's name ends so.
      const orgTail = words.length > 1 && COMPANY_TAILS.has(words.at(-1)!);
      if (
        words.length > 1 &&
        !allCaps &&
        !surface.includes(' & ') &&
        !placeTail &&
        !placeTail2 &&
        !business &&
        !orgTail
      )
        continue;
      // "Lockdowns shut pubs": a common word or its plural opening a sentence or a bullet.
      if ((isCommonWord(surface) || isCommonWord(surface.replace(/e?s$/, ''))) && c.runs.every((r) => r.initial))
        continue;
      // "mentoring and Coaching will be offered": a common word joined to a lower-case noun is a noun with a stray capital.
      if (words.length === 1 && isCommonWord(surface) && c.runs.every((r) => this.afterLowerCaseConjunct(r))) continue;
      // "the Golf will move": a lone word after "the" is a thing (a model, a site), not a company.
      if (
        words.length === 1 &&
        c.runs.every((r) => THE_BEFORE_RE.test(this.text.slice(Math.max(0, r.start - 5), r.start)))
      )
        continue;
      this.decide(surface, 'Company', null);
    }
    this.adoptBracketedAcronyms(runs);
    this.adoptLongForms(byName);
    this.adoptNamedUnits(byName, forms);
    this.spreadOverLists(runs, byName);
    this.adoptFormalNames(this.runs);
    this.emit(runs);
  }

  /** Mentions of every decided organization, and the units with where their owner is named. */
  result(): { mentions: Mention[]; units: ContextOrg[] } {
    this.linkByPrefix();
    const units = [...this.decided.values()].filter((o) => o.type === 'Division');
    for (const [surface, ownerAt] of this.ownedCompanies) {
      const o = this.decided.get(surface);
      if (o && o.type === 'Company' && !o.ownerName) units.push({ ...o, ownerAt });
    }
    return { mentions: this.mentions, units };
  }

  private emit(runs: readonly NameRun[]): void {
    for (const r of runs) {
      const o = this.decided.get(r.name);
      if (!o) continue;
      this.mentions.push({ start: r.start, end: r.end, type: o.type, name: o.name });
      this.covered.fill(1, r.first, r.last + 1);
    }
  }

  /** The first pass's runs still wholly free after people were found; runs people cut into are read anew. */
  private uncoveredRuns(): NameRun[] {
    const out: NameRun[] = [];
    const headline = headlineJudge(this.text);
    for (const r of this.runs) {
      let free = 0;
      for (let k = r.first; k <= r.last; k++) if (!this.covered[k]) free++;
      if (free === r.last - r.first + 1) out.push(r);
      else if (free > 0) out.push(...findNameRuns(this.text, this.tokens, this.covered, r.first, r.last + 1, headline));
    }
    return out;
  }

  private collect(runs: readonly NameRun[], verbOnly: boolean): Map<string, Candidate> {
    const byName = new Map<string, Candidate>();
    for (const r of runs) {
      let c = byName.get(r.name);
      if (!c) {
        c = { runs: [], cues: [], intrinsic: orgNameKind(r.name) };
        byName.set(r.name, c);
      }
      c.runs.push(r);
      c.cues.push(...readOrgCues(this.text, this.tokens, r, verbOnly));
      // "Orsk will sell its truck unit": a name the place list holds, in a shape only a company fills.
      const only = isPlace(r.name) ? companyOnlyCue(this.text, r) : null;
      if (only) c.cues.push(only);
    }
    return byName;
  }

  protected isBlocked(name: string, c: Candidate): boolean {
    // "the union E tū": a letter alone names nothing; nor does a share class ("Class B"), nor a legal form alone
    // ("Kestrel Mining Group, Co., Ltd": the form written after a comma).
    if (
      name.length < 2 ||
      isLegalFormOnly(name) ||
      CLASS_OF_RE.test(name) ||
      NATIONALITIES.has(name) ||
      isNationalityPlural(name) ||
      isBareTitle(name) ||
      // "Kestrels airline has cut": a plural place written bare before "airline" is the carrier (`isPluralPlaceCarrier`).
      (isCountryOrRegion(name) && !c.cues.some((q) => q.why === 'place-carrier')) ||
      isPluralAcronym(name) ||
      isFaithAdjective(name)
    )
      return true;
    // "the chief executive wrote in a Kestrelnet post": a known platform written only as where a statement appeared.
    if (
      (c.intrinsic === 'kb' || c.intrinsic === 'kb-word') &&
      c.runs.every((r) => isMediumMention(this.text, r.start, r.end))
    )
      return true;
    // "the Collective Wage Agreement (CWA) … the CWA": initials of a pact or a law.
    if (ALL_CAPS_WORD_RE.test(name) && abbreviatesDocument(this.text, c.runs)) return true;
    // "its North American operations", "South African rivals": a compass word and a nationality are an adjective.
    if (REGIONAL_ADJECTIVE_RE.test(name) && NATIONALITIES.has(name.slice(name.indexOf(' ') + 1))) return true;
    // "Queensland Resources Minister Jane Roe": a portfolio before "Minister" names no company.
    if (c.runs.every((r) => this.text.startsWith(' Minister', r.end))) return true;
    // "the S&P 500 rose", "the Nifty 50": a name always followed by its member count is a stock index (never one in
    // legal form: "…, Hallberg Steel AB 400 and Tamsa AB 120" is a round-up's figure).
    if (c.intrinsic !== 'legal' && c.runs.every((r) => INDEX_COUNT_AFTER_RE.test(this.text.slice(r.end, r.end + 24))))
      return true;
    if (c.intrinsic !== 'legal' && isSitePlaceOrContraction(name, this.text, c.runs)) return true;
    if (
      !c.intrinsic &&
      isSiteName(
        this.text,
        c.runs,
        c.cues.some((q) => SITE_VETO_CUES.has(q.why)),
      )
    )
      return true;
    // "the maker of Kestol and Vurex": a listed brand named only as what a company makes.
    if (c.intrinsic !== 'legal' && c.runs.every((r) => isMadeProduct(this.text, r.start))) return true;
    // "Carmakers announced layoffs", "Lenders are wary": a plural company noun opening a sentence names a sector.
    // "She said, “Lenders are pulling back …”", "“Steelworkers are paying …”": so does one opening a quotation, and a
    // trade's workers ("Mineworkers", "Dockworkers") are no company either.
    if (isSectorPlural(name) && c.runs.every((r) => r.initial || opensQuotation(this.text, r.start))) return true;
    // "FRANKFURT (Wire) —": a dateline's city in capitals.
    if (ALL_CAPS_WORD_RE.test(name) && isPlace(name[0] + name.slice(1).toLowerCase())) return true;
    // A city may lend its name to a company ("Monsanto"): only a cue that says "company" overrides it.
    // "Barnoldswick in Lancashire, which makes fan blades": a site described, not a company named after a town.
    // "Łódź workers count down to closure": a town's workforce is no sign of a company either.
    // "Vale's base metals subsidiary": no place owns a subsidiary, a company named like one does.
    // "the layoffs in Porto would begin" beside "its Porto del Orsk unit": a word opening a place written
    // in full with a lower-case particle is that place's short form (particle-places.ts).
    if (
      (isPlace(name) || (this.particlePlaceHeads ??= placeHeadsBeforeParticle(this.text)).has(name)) &&
      !c.cues.some((q) => q.strength === 'strong' && !PLACE_CUES.has(q.why)) &&
      !this.ownsUnit(c.runs)
    )
      return true;
    // "in the harbour town of Norrhamn", "the city of Vesslby": a name the text itself calls a town is a place
    // wherever else it is written, as a known place is (only a cue that says "company" overrides it).
    if (
      c.intrinsic === null &&
      c.runs.some((r) => TOWN_OF_BEFORE_RE.test(this.text.slice(Math.max(0, r.start - 16), r.start))) &&
      !c.cues.some((q) => q.strength === 'strong' && !PLACE_CUES.has(q.why)) &&
      !this.ownsUnit(c.runs)
    )
      return true;
    // "The Tessel Times-Dispatch in Virginia laid off 33 employees": a place only ever written after "in" is where the
    // one before it acts, whatever verb follows it.
    if (isPlace(name) && c.intrinsic === null && c.runs.every((r) => this.afterIn(r))) return true;
    // "New Zealand", "New Delhi": "New" never opens a name run, so the place is cut short.
    if (c.runs.some((r) => this.text.slice(Math.max(0, r.start - 4), r.start) === 'New ') && isPlace(`New ${name}`))
      return true;
    const last = name.slice(name.lastIndexOf(' ') + 1);
    const firstWord = name.slice(0, name.indexOf(' ') >>> 0);
    if (isStateBody(name))
      return c.runs.every((r) => VENUE_BEFORE_RE.test(this.text.slice(Math.max(0, r.start - 60), r.start)));
    // "Government Savings Bank", "Union Bank": a public word opening a name a company's last word ends is a bank's.
    // "the Kora Air Workers Union (KAWU)", "the Kestrel Post Office (KPO)": a body written with its own initials (the
    // 'initialled' cue, initialled-bodies.ts) is an organization of the story.
    // "Kestrel Credit Union will cut 120 jobs": a lender whose name ends in "Union" is a company (lender-unions.ts).
    // "the Kora Union of Power Employees": a workers' body written by its full name ('full-body', full-body-names.ts).
    if (
      PUBLIC_BODY_WORDS.has(last) &&
      !c.cues.some((q) => q.why === 'initialled' || q.why === 'full-body') &&
      !isLenderUnion(name)
    )
      return true;
    if (PUBLIC_BODY_WORDS.has(firstWord) && !COMPANY_TAILS.has(last)) return true;
    if (!name.includes(' ')) {
      if (COMMON_ACRONYMS.has(name) || ORG_HEAD_WORDS.has(name) || LEGAL_SUFFIX.has(name)) return true;
      // "Currently, the national carrier of Thailand employs …": an adverb opening its sentence before a comma.
      if (isSentenceAdverb(name) && c.runs.every((r) => r.initial && this.text.charCodeAt(r.end) === 44)) return true;
      if (/\d/.test(name) && !this.coinedDottedName(name) && !describedCoinedName(name, c)) return true;
      if (this.surnames.has(name)) return true;
      // "the Northern Star in Lismore will stop", "Barnoldswick in Lancashire, which makes blades": a word only ever
      // written after "in" and read as an organization by no more than a verb or a relative clause is a place.
      if (c.runs.every((r) => this.afterIn(r)) && !c.cues.some((q) => q.strength === 'strong' && q.why !== 'relative'))
        return true;
      // "a depot in Vandmoor … 68 staff at Vandmoor": a word written after "in" and otherwise only as where staff
      // work is the town the company's site is in, no employer of its own.
      if (
        c.intrinsic === null &&
        c.runs.some((r) => SITE_IN_BEFORE_RE.test(this.before(r, 24))) &&
        c.runs.every(
          (r) => SITE_IN_BEFORE_RE.test(this.before(r, 24)) || STAFF_AT_BEFORE_RE.test(this.before(r, 24)),
        ) &&
        c.cues.every((q) => q.strength !== 'strong' || q.why === 'phrase-before' || q.why === 'invested-in')
      )
        return true;
      // "Paris-Orly": a compound of places.
      if (name.includes('-') && name.split('-').every((p) => isPlaceWord(p) || isCommonWord(p))) return true;
      // "Executive Jets", "Other Stories" cut short by a title or stop word: only part of a name.
      if (isCommonWord(name) && c.runs.every((r) => this.cutShort(r))) return true;
      // "Manpower Minister Yassir said": a lone name after an office is a person known by one name.
      if (c.runs.every((r) => OFFICES.has(this.tokens[r.first - 1]?.text ?? ''))) return true;
      // "the Foreign Traders Association (Auslandhandelsverband)": a body's name in its own language, in brackets
      // after its English name, is that body's other name, no second organization.
      if (c.runs.every((r) => this.nativeNameInBrackets(r))) return true;
      // "Per Vesterlund, the head of …": "Per" (a stop word as the preposition) is a given name here.
      if (c.runs.every((r) => this.afterGivenNamePer(r))) return true;
      // "aviation organiser Savage said": a lone name after a person's lower-case post is someone known by one name.
      if (c.runs.every((r) => PERSON_POSTS.has(this.tokens[r.first - 1]?.text ?? ''))) return true;
      // "a new franchise codenamed Hadar", "a project dubbed Orion": a product's working name.
      if (c.runs.every((r) => /\b(?:code-?named|dubbed)\s+$/.test(this.text.slice(Math.max(0, r.start - 12), r.start))))
        return true;
      // "São José dos Campos", "Juan de Vellana": a word after "<Name> dos " ends a place's or person's name.
      if (c.runs.every((r) => PARTICLE_TAIL_RE.test(this.text.slice(Math.max(0, r.start - 30), r.start)))) return true;
    }
    for (const r of c.runs) {
      PUBLIC_BODY_RE.lastIndex = r.end;
      if (isSpaceAt(this.text, r.end) && PUBLIC_BODY_RE.test(this.text)) return true;
      // "run by Emilio Roe, chairman of …": a role after the name makes it a person; not a listed unit named in
      // common words ("units: Commercial Aviation, Executive Jets"), which is no one's name.
      if (
        name.includes(' ') &&
        c.intrinsic !== 'legal' &&
        c.intrinsic !== 'head' &&
        hasRoleAfter(this.text, r.end) &&
        !this.isListedCommonWords(name, c)
      )
        return true;
    }
    if (c.intrinsic === 'legal' || c.intrinsic === 'head') return false;
    const words = name.split(' ');
    // "U.S. rival Eli Lilly's …": a company descriptor outweighs a given name; a list of units too.
    const companyCue = c.cues.some(
      (q) =>
        q.why === 'descriptor' ||
        q.why === 'the-name-noun' ||
        q.why === 'union' ||
        q.why === 'listed' ||
        q.why === 'title-of' ||
        // "Neo Vandor chief executive Anna Berg": a post between the name and a person's name is the name's post.
        q.why === 'title' ||
        q.why === 'the-based' ||
        q.why === 'owner-of' ||
        (q.why === 'run-by' && !c.runs.some((r) => /^['’]s\b/.test(this.text.slice(r.end, r.end + 3)))) ||
        q.why === 'self-reference' ||
        // "Kora Hallberg, which has 2,300 shops and 12,500 employees": "which" and a company's verb, never a person's.
        q.why === 'relative' ||
        (q.why === 'apposition' && q.kind === 'unit'),
    );
    // "Cordell Dragon" beside "Cordell Pacific Airways": a first word that opens a company's name is no given name.
    if (
      words.length >= 2 &&
      words.length <= 3 &&
      opensWithGivenName(words) &&
      !ORG_PREFIX_WORDS.has(words[0]!) &&
      !companyCue &&
      !this.formHeads.has(words[0]!)
    )
      return true;
    return c.runs.some((r) => HONORIFIC_BEFORE_RE.test(this.text.slice(Math.max(0, r.start - 8), r.start)));
  }

  /**
   * "Kestrel Media's eight city daily titles – the Norrvik Gazette, …", "Hallberg's brands: A and B": the name whose
   * possessive owns a listed unit is a company's (a place's possessive is never an owner here).
   */
  private markListOwner(byName: Map<string, Candidate>, ownerAt: number): void {
    if (ownerAt < 0) return;
    const k = firstStartingAt(this.runs, ownerAt + 1) - 1;
    const run = k >= 0 ? this.runs[k] : undefined;
    if (!run || run.end <= ownerAt || isPlace(run.name)) return;
    const c = byName.get(run.name);
    if (c && !c.cues.some((q) => q.why === 'list-owner'))
      c.cues.push({ strength: 'strong', kind: 'company', why: 'list-owner' });
  }

  /**
   * "Newcastle Works", "the Oshawa Assembly Plant", "its Lodz Refinery", "the Kora Technical Centre": a named site
   * is a unit of the company in focus (or of the owner a possessive names).
   */
  private decideFacilities(byName: Map<string, Candidate>): void {
    for (const [surface, c] of byName) {
      const words = surface.split(' ');
      if (words.length < 2 || this.decided.has(surface) || c.runs.every((r) => r.headline)) continue;
      const last = words[words.length - 1]!;
      const centre = (last === 'Centre' || last === 'Center') && CENTRE_KINDS.has(words[words.length - 2]!);
      if (!FACILITY_WORDS.has(last) && !centre) continue;
      if (words.slice(0, -1).every((w) => isCommonWord(w) && !isPlaceWord(w))) continue;
      this.decided.set(surface, { surface, name: surface, type: 'Division', ownerAt: -1 });
    }
  }

  /**
   * "Airbus … concentrated in Airbus Commercial Aircraft": a longer name written after a company's own name (or its
   * short form), opened by it and going on in words a business is named with ("Helicopters", "Cargo", "Technik", two words or more), is
   * a unit of that company. Names with digits are models ("Airbus A320"), a single plain word too ("Nissan Leaf").
   */
  private adoptNamedUnits(byName: Map<string, Candidate>, forms: ReadonlyMap<string, string>): void {
    const companies = new Map<string, ContextOrg>();
    for (const o of this.decided.values()) if (o.type === 'Company' && !companies.has(o.name)) companies.set(o.name, o);
    for (const [surface, c] of byName) {
      const space = surface.indexOf(' ');
      if (space < 0 || this.decided.has(surface) || /\d/.test(surface) || c.runs.every((r) => r.headline)) continue;
      // "Nordvik Media … Nordvik TV": the owner may be named only in full, its first word being its short form.
      const head = surface.slice(0, space);
      const owner =
        this.decided.get(head) ??
        (isDistinctive(head) && LOWER_RE.test(head) ? companies.get(forms.get(head) ?? '') : undefined);
      if (!owner || owner.type !== 'Company') continue;
      const rest = surface.slice(space + 1).split(' ');
      // "it plans to list Velcom Uganda and Velcom Rwanda": the company's name and a country is its unit there (a
      // town after it is a site or a phrase: "Velcom Lagos").
      const abroad = isCountryOrRegion(rest.join(' '));
      if ((!abroad && rest.every((w) => isPlaceWord(w))) || rest.some((w) => !UPPER_FIRST_RE.test(w))) continue;
      // One coined word after the name is a unit only where it is never "the X Y" (a model: "the Nissan Micra").
      const coined =
        !isCommonWord(rest[0]!) &&
        c.runs.every((r) => !THE_BEFORE_RE.test(this.text.slice(Math.max(0, r.start - 5), r.start)));
      // "Acme Holdings AA-", "Acme Recovery Plan", "Acme Cutting Jobs": the company itself, or a phrase, not a unit.
      if (/^(?:Holdings?|Group|Corporation|Company|Inc|Corp)$/.test(rest[0]!) || LEGAL_SUFFIX.has(rest[0]!)) continue;
      // "Kestrel Airlines Employees Association", "the Kestrel Aviation Workers' Union": the staff's body is named after
      // the company, not part of it.
      if (BODY_NAME_END_RE.test(surface)) continue;
      const named = rest.some((w) => ORG_HEAD_WORDS.has(w) || UNIT_REST_WORDS.has(w) || !isCommonWord(w));
      // "Kestrel … within Kestrel Business", "Kestrel Global Markets": a name ending in a line of business no
      // company's name ends in ("Kestrel Business Park" ends otherwise).
      const business =
        abroad ||
        UNIT_NAME_TAILS.has(rest.at(-1)!) ||
        (rest.length >= 2 && named) ||
        ORG_HEAD_WORDS.has(rest[0]!) ||
        UNIT_REST_WORDS.has(rest[0]!) ||
        coined;
      if (!business || this.isBlocked(surface, c)) continue;
      this.decided.set(surface, { surface, name: surface, type: 'Division', ownerAt: null, ownerName: owner.name });
    }
  }

  private listGap(a: NameRun, b: NameRun): boolean {
    return b.start - a.end <= 14 && LIST_GAPS.has(this.text.slice(a.end, b.start));
  }

  /** True when the list holding runs[i] opens after a plural company noun and "such as", "including" or "like". */
  private listOfCompanies(runs: readonly NameRun[], i: number): boolean {
    let k = i;
    while (k > 0 && this.listGap(runs[k - 1]!, runs[k]!)) k--;
    const before = this.text.slice(Math.max(0, runs[k]!.start - 40), runs[k]!.start);
    const lead = COMPANY_LIST_LEAD_RE.exec(before);
    const noun = lead?.[1]?.toLowerCase() ?? '';
    return COMPANY_NOUNS.has(noun) && noun.endsWith('s');
  }

  /**
   * True when `word` (a lone common word, capitalised mid-sentence) stands in a list of three names or more, beside a
   * company, that opens right after a lower-case word (never after "its", "the" or a possessive, where the list names
   * parts) and is followed by a verb as a clause's subject: "as Kestrel Telecom, Lantern and Summit offered
   * cheaper bundles". Not "its Sales, Marketing and Finance teams" (a noun after the list), not a sentence's first word.
   */
  private commonWordAmongSubjects(runs: readonly NameRun[], i: number, word: NameRun, known: ContextOrg): boolean {
    if (known.type !== 'Company' || word.initial || word.first !== word.last) return false;
    let first = i;
    while (first > 0 && this.listGap(runs[first - 1]!, runs[first]!)) first--;
    let last = i + 1;
    while (last + 1 < runs.length && this.listGap(runs[last]!, runs[last + 1]!)) last++;
    if (last - first < 2 || runs[first]!.initial) return false;
    const opening = LIST_OPENING_RE.exec(this.before(runs[first]!, 24));
    if (!opening || PARTS_OPENER_WORDS.has(opening[1]!.toLowerCase())) return false;
    return SUBJECT_VERB_AFTER_RE.test(this.text.slice(runs[last]!.end, runs[last]!.end + 24));
  }

  /** True when "in", "at", "near", "outside" or "from" comes right before the run: a place is named there. */
  /**
   * "TeleNordSat.1 said …": a coined dotted name needs no description to be a name, unless a longer name opens with
   * it ("TeleNordSat.1 Media SE"), whose short form it then is (`short-forms.ts`).
   */
  private coinedDottedName(name: string): boolean {
    if (!DOTTED_NUMBER_NAME_RE.test(name)) return false;
    const longer = name + ' ';
    return !this.runs.some((r) => r.name.startsWith(longer));
  }

  private afterLocative(r: NameRun): boolean {
    const prev = this.tokens[r.first - 1];
    return !!prev && prev.end + 1 === r.start && LOCATIVES.has(prev.text);
  }

  /**
   * True when a lower-case word and "and"/"or" come right before the run and no verb of speech after it: "mentoring
   * and Coaching will be offered" (not "rivals and Norrvik said").
   */
  private afterLowerCaseConjunct(r: NameRun): boolean {
    return (
      LOWER_CASE_CONJUNCT_RE.test(this.text.slice(Math.max(0, r.start - 30), r.start)) &&
      !SPEECH_AFTER_RE.test(this.text.slice(r.end, r.end + 12))
    );
  }

  /** True when "in", "near" or "outside" comes right before the run. */
  /** The run alone in brackets right after a name ending in a body's noun ("… Association (", "… Federation ("). */
  private nativeNameInBrackets(r: NameRun): boolean {
    if (this.text.charCodeAt(r.end) !== 41 || this.text.charCodeAt(r.start - 1) !== 40) return false;
    return BODY_BEFORE_BRACKET_RE.test(this.text.slice(Math.max(0, r.start - 16), r.start));
  }

  /**
   * A lone name after a sentence-opening "Per " (the Nordic given name, which the preposition keeps out of the run)
   * and followed by a post (", the head of …") or a speech verb: the surname of "Per Vesterlund". Not "Per Reuters,
   * the company will …" (no post after it).
   */
  private afterGivenNamePer(r: NameRun): boolean {
    const prev = this.tokens[r.first - 1];
    if (!prev || prev.text !== 'Per' || prev.end + 1 !== r.start) return false;
    if (!SENTENCE_OPEN_BEFORE_RE.test(this.text.slice(Math.max(0, prev.start - 4), prev.start))) return false;
    return hasRoleAfter(this.text, r.end) || SPEECH_AFTER_RE.test(this.text.slice(r.end, r.end + 8));
  }

  /** Up to `n` characters of the text before the run. */
  private before(r: NameRun, n: number): string {
    return this.text.slice(Math.max(0, r.start - n), r.start);
  }

  private afterIn(r: NameRun): boolean {
    const prev = this.tokens[r.first - 1];
    return !!prev && prev.end + 1 === r.start && PLACE_PREPOSITIONS.has(prev.text);
  }

  /** A name listed as a company's part and made only of common words ("Defence & Security"): a unit's name. */
  private isListedCommonWords(name: string, c: Candidate): boolean {
    return c.cues.some((q) => q.why === 'listed') && name.split(/ & | /).every((w) => isCommonWord(w));
  }

  /** True when a capitalised word right before the run (not opening the sentence) was cut off it. */
  private cutShort(r: NameRun): boolean {
    const prev = this.tokens[r.first - 1];
    return !!prev && prev.end + 1 === r.start && isCapitalized(prev.text) && !isInitial(this.text, prev.start);
  }

  /** A run joined to a decided organization by ", ", " and ", " or " is one too, of the same type. */
  private spreadOverLists(runs: readonly NameRun[], byName: Map<string, Candidate>): void {
    // Forward then backward passes: a chain of names reaches from a decided one at either end.
    for (let pass = 0; pass < 4; pass++) {
      for (let n = 0; n + 1 < runs.length; n++) {
        const i = pass % 2 === 0 ? n : runs.length - 2 - n;
        const a = runs[i]!;
        const b = runs[i + 1]!;
        if (!this.listGap(a, b)) continue;
        // "Jane Roe, Acme's finance chief": a lone comma is an apposition unless the list goes on.
        if (this.text.charCodeAt(a.end) === 44 && b.start - a.end === 2) {
          const before = runs[i - 1];
          const after = runs[i + 2];
          if (!(after && this.listGap(b, after)) && !(before && this.listGap(before, a))) continue;
        }
        const da = this.decided.get(a.name);
        const db = this.decided.get(b.name);
        if (!!da === !!db) continue;
        const [known, other] = da ? [da, b] : [db!, a];
        const c = byName.get(other.name);
        // A lone common word ("Experiences", "Stories") in a list is more often part of a longer name, unless the
        // list is a clause's subject among companies ("as Kestrel Telecom, Lantern and Summit offered cheaper bundles").
        if (!c || (isCommonWord(other.name) && !this.commonWordAmongSubjects(runs, i, other, known))) continue;
        // "… chairman of Kestrel Bank, and Ada Obi was appointed in his stead": the next clause's subject is a person.
        if (isAppointedInStead(this.text, other.end)) continue;
        // "Kestrel chief Jane Roe and KWU union representatives": a person's name listed beside a body stays a person's.
        if (isPersonNamedRun(this.text, other)) continue;
        // "rivals such as Sony and Hitachi": a city's name among companies a descriptor lists is a company's.
        const listedTown = isPlace(other.name) && !isCountryOrRegion(other.name) && this.listOfCompanies(runs, i);
        if (listedTown ? NATIONALITIES.has(other.name) : this.isBlocked(other.name, c)) continue;
        this.decide(other.name, known.type, known.ownerAt);
      }
    }
  }
}

/** The lower-case word right before a list, one space apart ("as ", "while ", "rivals "). */
const LIST_OPENING_RE = /(?:^|[^\p{L}'’])(\p{Ll}+) $/u;
/** Words before a list of a company's parts or of places, not of companies acting: "its A, B and C", "in A, B …". */
const PARTS_OPENER_WORDS = new Set(
  'its their his her our the a an of in at on to from into for with by near across between including include such like'.split(
    ' ',
  ),
);
/** A verb right after a list, which is then its subject ("… and Summit offered", "… and Vessla have cut"). */
const SUBJECT_VERB_AFTER_RE =
  /^ (?:have|has|had|are|were|will|would|could|can|may|also|both|all|each|together|\p{Ll}{3,}ed)\b/u;

/**
 * A lower-case word, then "and"/"or" with no comma, right before a name: "mentoring and " (", and " joins clauses:
 * "shut two plants, and Norrvik has been selling stores").
 */
const LOWER_CASE_CONJUNCT_RE = /(?:^|[^\p{L}])\p{Ll}[\p{Ll}-]+\s(?:and|or)\s$/u;

/**
 * "The Allied Norrvik Workers Union said" beside "the Timber and Allied Norrvik Workers Union": a body's name that ends
 * a longer name written in the text is that body's short form, no body of its own ('full-body' cue dropped). The
 * longer names' word tails are collected once (at most 12 words each), so this stays linear in the names.
 */
function dropInnerBodyCues(byName: Map<string, Candidate>): void {
  const tails = new Set<string>();
  for (const name of byName.keys()) {
    const words = name.split(' ').slice(-12);
    for (let k = 1; k < words.length; k++) tails.add(words.slice(k).join(' '));
  }
  for (const [name, c] of byName)
    if (tails.has(name) && c.cues.some((q) => q.why === 'full-body'))
      c.cues = c.cues.filter((q) => q.why !== 'full-body');
}
