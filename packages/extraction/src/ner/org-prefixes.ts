import { namedForRemit } from './for-bodies.js';
import { isUnionBranch } from './workers-bodies.js';
import { LEGAL_SUFFIX } from '../gazetteer/lexicon/legal-forms.js';
import { NATIONALITIES, isCountryOrRegion, isPlace } from '../gazetteer/lexicon/places.js';
import { inKnowledgeBase, isPlaceWord, withoutFinalDot } from './org-names.js';
import { UPPER_FIRST_RE } from '../text/char-class.js';
import { isCommonWord } from '../gazetteer/lexicon/common-words.js';

/** Last words of a workers' body's name ("… Workers Union", "… Trade Union", "… Pilots Association"). */
const UNION_LAST_WORDS = new Set(['Union', 'Unions', 'Federation', 'Confederation', 'Association']);

/** What a decided organization turns out to be once all names of the document are known. */
export interface PrefixVerdict {
  /** 'same': another way of writing `owner` ("Qantas Group" for Qantas Airways); 'unit': a part of `owner`. */
  kind: 'same' | 'unit';
  owner: string;
}

/** Words after a company's name that still name the company itself ("X Group", "X Holdings Corp."). */
const SAME_COMPANY_WORDS = new Set([
  'Group',
  'Holdings',
  'Holding',
  'Corporation',
  'Company',
  'Companies',
  'International',
  // "Paramount Global", "Liberty Global": the listed parent's own name, not a unit of the short form.
  'Global',
]);
/**
 * Industry words that also end a company's full name beside its bare first word ("Nissan Motor Co.", "United
 * Airlines", "Cisco Systems", "Dell Technologies", "Reliance Industries").
 */
const FULL_NAME_WORDS = new Set([
  ...SAME_COMPANY_WORDS,
  'Motor',
  'Motors',
  'Airlines',
  'Airways',
  'Air',
  'Lines',
  'Systems',
  'Technologies',
  'Industries',
]);

/**
 * True when `surface` is `short` followed only by group or legal words ("Acme Holdings Corp.", "Acme Group plc"):
 * the company's own full name, not a unit of it.
 */
export function isFullCompanyName(surface: string, short: string): boolean {
  if (!surface.startsWith(short + ' ')) return false;
  return withoutFinalDot(surface.slice(short.length + 1))
    .split(' ')
    .every((w) => FULL_NAME_WORDS.has(w) || LEGAL_SUFFIX.has(withoutFinalDot(w)));
}

/**
 * "Panasonic Energy", "Tata Steel Long Products", "Unilever Nigeria", "Qantas Group": a company whose name starts
 * with another company's name (word for word, or a short form the text gives it) is that company's unit, or the
 * company itself when only group or legal words follow. A name written in its own company form (legal form or
 * organization word) is taken for a unit only under an exact full name, not a short form: "Mitsubishi Motors" and
 * "Mitsubishi Bank" stay two companies. `companies` maps each canonical company name to whether it has its own form.
 */
export function prefixVerdicts(
  companies: ReadonlyMap<string, boolean>,
  forms: ReadonlyMap<string, string>,
  divisions: Iterable<string> = [],
  firstAt: ReadonlyMap<string, number> = new Map(),
  legal: ReadonlySet<string> = new Set(),
  home: ReadonlySet<string> = new Set(),
  ownedUnits: ReadonlySet<string> = new Set(),
  afterArticle: ReadonlySet<string> = new Set(),
  lede: string | null = null,
  legalUnits: ReadonlySet<string> = new Set(),
): Map<string, PrefixVerdict> {
  const out = new Map<string, PrefixVerdict>();
  const names = new Map(companies);
  const sharers = headSharers(companies.keys());
  for (const d of divisions) if (!names.has(d)) names.set(d, false);
  for (const [name, formed] of names) {
    const words = name.split(' ');
    for (let k = words.length - 1; k >= 1; k--) {
      const head = words.slice(0, k).join(' ');
      const exact = companies.has(head) && head !== name;
      const owner = exact ? head : forms.get(head);
      if (!companies.has(head) && exact) continue;
      if (!owner || owner === name) continue;
      const rest = words.slice(k);
      // "Ford Motor Co." or "United Airlines" beside a bare "Ford"/"United": the same carmaker or airline — its
      // full name and its short form, never a unit of it.
      const sameWords = exact ? FULL_NAME_WORDS : SAME_COMPANY_WORDS;
      // "Kestrel Airways (India) Ltd … Kestrel said": a legal name with its home country in brackets, written before
      // the bare name, is how the article introduced the company itself; the bare name is its short form.
      if (
        exact &&
        isOwnLegalName(rest, sameWords) &&
        (firstAt.get(name) ?? Infinity) < (firstAt.get(head) ?? Infinity)
      ) {
        out.set(head, { kind: 'same', owner: name });
        break;
      }
      // "Indonesian flag carrier Kestrel Indonesia … Kestrel": a name ending in its own country, written as that
      // country's company, is the company itself; the bare first word is its short form, not a foreign parent.
      // "its budget unit, Kestrel Indonesia … Kestrel": a unit the text gives another owner, named after its own
      // country, is what the bare first word names too, not the unit's parent.
      const homeUnit = ownedUnits.has(name) && !companies.get(head) && rest.every(isPlaceWord);
      if (exact && (home.has(name) || homeUnit) && !legal.has(head) && (sharers.get(head) ?? 0) <= 1) {
        out.set(head, { kind: 'same', owner: name });
        break;
      }
      // "Kora Union for Rail Transport … Kora Union for Rail Transport and Travel": a body named by its remit,
      // the remit's list cut short before its "and", is the body itself (for-bodies.ts).
      if (exact && rest[0] === 'and' && namedForRemit(words)) {
        out.set(head, { kind: 'same', owner: name });
        break;
      }
      if (exact && introducesItself(name, head, rest, legal, firstAt, sharers)) {
        out.set(head, { kind: 'same', owner: name });
        break;
      }
      // "PKP Cargo … its subsidiaries, among them the Czech-based PKP Cargo International": written only after the
      // bare name, "X International" is the unit abroad, not the company's full name.
      const abroad =
        isAbroadUnit(name, head, names.keys()) ||
        (exact &&
          rest.length === 1 &&
          rest[0] === 'International' &&
          (firstAt.get(head) ?? Infinity) < (firstAt.get(name) ?? -1));
      if (rest.every((w) => sameWords.has(w) || LEGAL_SUFFIX.has(w)) && !abroad) {
        if (!isSiblingName(name, head, owner, rest, exact, legal)) out.set(name, { kind: 'same', owner });
        // "Sime Darby Berhad … Sime Darby Plantation … Sime Darby Motors": a sibling among the group's named units is
        // one of them; alone ("Mitsubishi Corporation … Mitsubishi Motors") it is a company of its own.
        else if (!exact || hasNamedSibling(names.keys(), head, name)) out.set(name, { kind: 'unit', owner });
        break;
      }
      // "Anglo American … Anglo said", "Kestrel American" written before a bare "Kestrel": a nationality adjective
      // ending the name is part of it (the bare word is its short form), unlike a country ("Unilever Nigeria", a
      // unit) or a regional arm named after a company written first ("Hallberg Steel … Hallberg Steel Nordic").
      if (
        rest.every((w) => NATIONALITIES.has(w) && !isPlace(w)) &&
        (firstAt.get(name) ?? Infinity) < (firstAt.get(head) ?? Infinity)
      ) {
        if (exact) out.set(head, { kind: 'same', owner: name });
        break;
      }
      if (exact && name === lede && ledeNamesItself(name, head, rest, legal, firstAt, names.keys())) {
        out.set(head, { kind: 'same', owner: name });
        break;
      }
      // "KUM Eastern Cape" beside the Kora Union of Mineworkers (KUM): the union's branch is the union.
      if (isUnionBranch(owner, rest)) {
        out.set(name, { kind: 'same', owner });
        break;
      }
      // "the Kestrel Air Cabin Crew Union (KACCU)" beside Kestrel Air: the workers' union named after its employer is a
      // body of its own, no part of the company.
      if (UNION_LAST_WORDS.has(rest[rest.length - 1]!)) break;
      if (exact || rest.every(isPlaceWord) || !formed || isHoldingOf(owner, head))
        out.set(name, { kind: 'unit', owner });
      break;
    }
  }
  unitsNamedAfterUnits(companies, legalUnits, out);
  unitsUnderCaseVariants(companies, names, out);
  // "Air France-KLM" beside "Air France" and "KLM": the two sides of a hyphenated group are its units.
  for (const name of companies.keys()) {
    const dash = name.lastIndexOf('-');
    if (dash <= 0 || !UPPER_FIRST_RE.test(name.slice(dash + 1))) continue;
    const left = name.slice(0, dash);
    const right = name.slice(dash + 1);
    if (companies.has(left) && companies.has(right) && !out.has(left) && !out.has(right)) {
      out.set(left, { kind: 'unit', owner: name });
      out.set(right, { kind: 'unit', owner: name });
    }
  }
  // "Norrvik-Vaal will cut 4 000 jobs … Norrvik said": the lede's name joined by a hyphen, its first part written
  // alone only after it and its second part never a company of its own, is the company; the first part its short form.
  const lead = lede ? hyphenedLead(lede) : null;
  if (lead && companies.has(lead.left) && !companies.has(lead.right) && !out.has(lead.left) && !legal.has(lead.left)) {
    const later = (firstAt.get(lede!) ?? Infinity) < (firstAt.get(lead.left) ?? Infinity);
    const shared = [...names.keys()].some((n) => n !== lede && n !== lead.left && n.startsWith(lead.left));
    if (later && !shared && !inKnowledgeBase(lead.right)) out.set(lead.left, { kind: 'same', owner: lede! });
  }
  // "Volvo Car AB … Volvo Cars": a registered name and the plural the brand trades under are one company.
  for (const name of companies.keys()) {
    const plural = name + 's';
    if (!name.includes(' ') || !companies.has(plural) || out.has(name) || out.has(plural)) continue;
    const keep = legal.has(plural) && !legal.has(name) ? plural : name;
    out.set(keep === name ? plural : name, { kind: 'same', owner: keep });
  }
  // "the American Boeing" beside "Boeing Co.": a nationality written after "the" before a company's name is no part
  // of it. Written as a name of its own ("its affiliate Danish Kestrel Air", "at Thai Kestrel Air"), it names the
  // company's sister abroad, another company.
  for (const name of companies.keys()) {
    const space = name.indexOf(' ');
    if (space < 0 || out.has(name) || !afterArticle.has(name) || !NATIONALITIES.has(name.slice(0, space))) continue;
    const rest = name.slice(space + 1);
    if (companies.has(rest) && !out.has(rest)) out.set(name, { kind: 'same', owner: rest });
  }
  // An owner that is itself another's alias hands over to that one ("Qantas Group" → "Qantas" → Qantas Airways).
  for (const v of out.values()) {
    const up = out.get(v.owner);
    if (up && up.kind === 'same') v.owner = up.owner;
  }
  return out;
}

/** Words after an owner's name that may still name a unit of it: capitalised words, "&" between them. */
function unitTail(rest: readonly string[]): boolean {
  return rest.every((w) => UPPER_FIRST_RE.test(w) || w === '&') && UPPER_FIRST_RE.test(rest.at(-1)!);
}

/**
 * Whether `rest` names a company of its own rather than a part: only group or legal words ("Holdings", "Group plc"),
 * or ending in one ("Benckiser Group").
 */
function ownNameTail(rest: readonly string[]): boolean {
  const own = (w: string) => FULL_NAME_WORDS.has(w) || LEGAL_SUFFIX.has(withoutFinalDot(w));
  return rest.every(own) || SAME_COMPANY_WORDS.has(rest.at(-1)!) || LEGAL_SUFFIX.has(withoutFinalDot(rest.at(-1)!));
}

/**
 * "Brisa SE, the truck arm of Vessla … Brisa Diesel & Turbo said": a company whose name opens with the whole name of
 * a unit written in a company's legal form (no company of that name) and goes on in a unit's words is that unit's own
 * unit. Group or legal words after it ("Brisa Holdings") name the unit itself or its group, never a part of it; a
 * brand or a unit never written in a legal form ("its Fortune brand … Fortune Park Hotels") gives no owner.
 */
function unitsNamedAfterUnits(
  companies: ReadonlyMap<string, boolean>,
  legalUnits: ReadonlySet<string>,
  out: Map<string, PrefixVerdict>,
): void {
  if (legalUnits.size === 0) return;
  for (const name of companies.keys()) {
    if (out.has(name)) continue;
    const words = name.split(' ');
    for (let k = words.length - 1; k >= 1; k--) {
      const head = words.slice(0, k).join(' ');
      if (!legalUnits.has(head) || companies.has(head)) continue;
      const rest = words.slice(k);
      if (unitTail(rest) && !ownNameTail(rest)) out.set(name, { kind: 'unit', owner: head });
      break;
    }
  }
}

/**
 * "ThyssenKrupp will split the unit … Thyssenkrupp System Engineering": a name opening with a one-word company's name
 * written with other capitals (same letters, at least five) and going on in a unit's words is that company's unit.
 * Another spelling ("Kestrell Systems") is another name; group or legal words after it are the company itself.
 */
function unitsUnderCaseVariants(
  companies: ReadonlyMap<string, boolean>,
  names: ReadonlyMap<string, boolean>,
  out: Map<string, PrefixVerdict>,
): void {
  const byFolded = new Map<string, string>();
  for (const name of companies.keys())
    if (name.length >= 5 && !name.includes(' ')) byFolded.set(name.toLowerCase(), name);
  if (byFolded.size === 0) return;
  for (const name of names.keys()) {
    const space = name.indexOf(' ');
    if (space < 0 || out.has(name)) continue;
    const head = name.slice(0, space);
    const owner = byFolded.get(head.toLowerCase());
    if (!owner || owner === head || head === head.toUpperCase()) continue;
    const rest = name.slice(space + 1).split(' ');
    if (unitTail(rest) && !ownNameTail(rest)) out.set(name, { kind: 'unit', owner });
  }
}

/**
 * "Nordea Bank AB, the Nordic lender, … Nordea said": a legal name written in the body before its bare first word
 * is how the article introduced the company; the bare word is its short form, not a second company that owns it.
 * Not when a place follows the head ("Unilever Nigeria Plc" is a subsidiary), when the head has a legal name of its
 * own ("ITC Hotels Ltd … ITC Ltd") or when another company's name opens with the same word ("Tata Steel Ltd" and
 * "Tata Motors Ltd": the bare "Tata" is neither's).
 */
function introducesItself(
  name: string,
  head: string,
  rest: readonly string[],
  legal: ReadonlySet<string>,
  firstAt: ReadonlyMap<string, number>,
  sharers: ReadonlyMap<string, number>,
): boolean {
  return (
    legal.has(name) &&
    !legal.has(head) &&
    rest.length <= 2 &&
    !rest.some(isPlaceWord) &&
    (sharers.get(head) ?? 0) === 1 &&
    (firstAt.get(name) ?? Infinity) < (firstAt.get(head) ?? Infinity)
  );
}

/** "Indonesian", "Indonesia's" for "Indonesia": the country's adjective (by its stem) or its possessive. */
function namesCountry(word: string, country: string): boolean {
  if (word === country + "'s" || word === country + '’s') return true;
  const w = word.charAt(0) + word.slice(1).toLowerCase();
  return NATIONALITIES.has(w) && w.slice(0, 4) === country.slice(0, 4);
}

/** A national carrier or a state company: "flag carrier", "national airline", "state-owned". */
const HOME_NOUN_RE =
  /\b(?:[Ff]lag|[Nn]ational)\s+(?:carrier|airline)\s+$|\b[Ss]tate-(?:owned|run)\s+(?:[\p{Ll}-]+\s+){0,3}$/u;
/** The adjective or possessive, up to four lower-case words ("flag carrier", "telecoms operator") before a name. */
const DESCRIBED_BEFORE_RE = /(\S+)\s+(?:[\p{Ll}-]+\s+){0,4}$/u;

/**
 * Whether the words before a mention of `name` ("Kestrel Indonesia", ending in a country) call it that country's
 * own company: "Indonesian flag carrier Kestrel Indonesia", "Indonesia's Kestrel Indonesia", "state-owned …",
 * "flag carrier …". `before` is the text of the sentence up to the mention.
 */
export function describedAsHome(name: string, before: string): boolean {
  const space = name.indexOf(' ');
  if (space < 0) return false;
  const country = name.slice(space + 1);
  if (!isCountryOrRegion(country)) return false;
  if (HOME_NOUN_RE.test(before)) return true;
  const m = DESCRIBED_BEFORE_RE.exec(before);
  return !!m && namesCountry(m[1]!, country);
}

/** "Norrvik-Vaal" → Norrvik and Vaal: a one-word name of two capitalised parts, each a distinctive word. */
function hyphenedLead(name: string): { left: string; right: string } | null {
  const dash = name.indexOf('-');
  if (dash < 2 || name.includes(' ') || dash !== name.lastIndexOf('-')) return null;
  const left = name.slice(0, dash);
  const right = name.slice(dash + 1);
  if (!UPPER_FIRST_RE.test(left) || !UPPER_FIRST_RE.test(right)) return null;
  return isCommonWord(left) || isCommonWord(right) || isPlaceWord(left) || isPlaceWord(right) ? null : { left, right };
}

/**
 * "SEOUL (Wire) - Norrvik Shipbuilding & Marine Engineering will cut … Norrvik Shipbuilding said", "Norrvik Hallberg
 * said on Friday … Norrvik said": the name the lede opens with, its head written only after it in the body, is the
 * company's full name and the head its short form. Only where what follows the head is "&" and more words, or one
 * coined word (no place, unit or organization word: "Norrvik Cargo" stays a unit), the head has no legal name of its
 * own and no other name opens with it.
 */
function ledeNamesItself(
  name: string,
  head: string,
  rest: readonly string[],
  legal: ReadonlySet<string>,
  firstAt: ReadonlyMap<string, number>,
  names: Iterable<string>,
): boolean {
  if (legal.has(head) || (firstAt.get(name) ?? Infinity) >= (firstAt.get(head) ?? Infinity)) return false;
  const joined = rest.length >= 2 && rest[0] === '&' && rest.slice(1).every((w) => UPPER_FIRST_RE.test(w));
  const w = rest[0]!;
  const coined =
    rest.length === 1 &&
    UPPER_FIRST_RE.test(w) &&
    !isCommonWord(w) &&
    !isPlaceWord(w) &&
    !FULL_NAME_WORDS.has(w) &&
    !LEGAL_SUFFIX.has(w) &&
    !/\d/.test(w);
  if (!joined && !coined) return false;
  for (const other of names) if (other !== name && other.startsWith(head + ' ')) return false;
  return true;
}

/** How many of the names open with each first word ("Tata" → 2 for Tata Steel and Tata Motors). */
function headSharers(names: Iterable<string>): Map<string, number> {
  const out = new Map<string, number>();
  for (const name of names) {
    const space = name.indexOf(' ');
    if (space > 0) out.set(name.slice(0, space), (out.get(name.slice(0, space)) ?? 0) + 1);
  }
  return out;
}

/**
 * "Barclays UK … Barclays International": beside a unit named for the home country, "X International" is the unit
 * that runs the rest of the world, not the company's full name.
 */
export function isAbroadUnit(name: string, head: string, names: Iterable<string>): boolean {
  if (!name.endsWith(' International') || name.length !== head.length + 14) return false;
  for (const other of names) {
    if (!other.startsWith(head + ' ')) continue;
    const tail = other.slice(head.length + 1).split(' ');
    if (isCountryOrRegion(tail[0]!)) return true;
  }
  return false;
}

/** A country in brackets ("(India)", "(South Africa)") and otherwise only full-name or legal words. */
function isOwnLegalName(rest: readonly string[], sameWords: ReadonlySet<string>): boolean {
  const joined = rest.join(' ');
  const open = joined.indexOf('(');
  const close = joined.indexOf(')', open);
  if (open < 0 || close < 0) return false;
  const outside = `${joined.slice(0, open)} ${joined.slice(close + 1)}`.split(' ').filter((w) => w);
  return (
    isCountryOrRegion(joined.slice(open + 1, close)) &&
    outside.every((w) => sameWords.has(w) || LEGAL_SUFFIX.has(withoutFinalDot(w)))
  );
}

/**
 * "Kalder Berhad … Kalder Motors" and "Vossen Holdings … Vossen International Limited": a company the text already
 * names in full under another ending (a legal form, a holding word) does not get a second full name; the name with
 * an industry word ("Motors", "Airlines") or "International"/"Global" is a sibling it owns. "Halvard … Halvard Motor Co."
 * (the bare name never written with a legal form of its own) and "Acme … Acme Group" stay one company.
 */
function isSiblingName(
  name: string,
  head: string,
  owner: string,
  rest: readonly string[],
  exact: boolean,
  legal: ReadonlySet<string>,
): boolean {
  const words = rest.filter((w) => !LEGAL_SUFFIX.has(w));
  if (words.length !== 1 || name === owner) return false;
  const word = words[0]!;
  if (exact) return legal.has(head) && FULL_NAME_WORDS.has(word) && !SAME_COMPANY_WORDS.has(word);
  return isHoldingOf(owner, head) && (word === 'International' || word === 'Global');
}

/** Whether another name opens with `head` and goes on in words that are not the company's own ("X Logistics"). */
function hasNamedSibling(names: Iterable<string>, head: string, name: string): boolean {
  for (const other of names) {
    if (other === name || !other.startsWith(head + ' ')) continue;
    const rest = other.slice(head.length + 1).split(' ');
    if (!rest.every((w) => SAME_COMPANY_WORDS.has(w) || LEGAL_SUFFIX.has(w))) return true;
  }
  return false;
}

/** "Harkon Holdings" for "Harkon": a holding company, whose name-sharing siblings are its units. */
function isHoldingOf(owner: string, head: string): boolean {
  if (!owner.startsWith(head + ' ')) return false;
  return owner
    .slice(head.length + 1)
    .split(' ')
    .every((w) => SAME_COMPANY_WORDS.has(w) || LEGAL_SUFFIX.has(w));
}
