import { isCapitalized, type Token } from '../text/tokenize.js';
import type { Mention } from './mention.js';
import { scanRepeatMentions } from './repeat-mentions.js';
import { isPlaceWord } from './org-names.js';
import { NATIONALITIES, isCountryOrRegion } from '../gazetteer/lexicon/places.js';
import { collapseSpaces } from '../text/char-class.js';
import { isFaithAdjective } from '../gazetteer/lexicon/common-words.js';

// Module constants: esbuild (tsx, vitest) rewrites a \p{…} literal inside a function into `new RegExp` per call.
const CAPITALS_ONLY_RE = /^\p{Lu}[\p{Lu}&.]+$/u;
const CAPITAL_THEN_LOWER_RE = /^\p{Lu}\p{Ll}/u;
const SINGLE_BLANK_RE = /^(?: |\r?\n)$/;

/** A unit found by its context, and where the text names its owner (null: the article's company). */
export interface UnitLink {
  /** Start of the unit's defining mention. */
  at: number;
  /** Offset of the owner's name in the text ("that Embracer acquired", "Embracer's Plaion division"), or null. */
  parentAt: number | null;
  /** Canonical name of the owner when it is only named inside the unit's own name ("ZeniMax Online Studios"). */
  parentName?: string;
}

const NOT_NAME = new Set(
  'The A An And Or Of In On At For With By To From Its Their This That As Why How What When While But Earlier Separately Meanwhile However Instead Also Still Today Yesterday Now Then Previously Additionally Later Overall Elsewhere Internally Last Next Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September October November December'.split(
    ' ',
  ),
);
/**
 * Single words that name no unit on their own ("the Cloud business", "Google's AI division", "its TV division", "the
 * EV unit": a product's category, not the unit's name).
 */
const GENERIC = new Set(
  'AI HR IT PC TV EV LCD OLED US U.S. Cloud Business Sales Marketing Global Consumer Enterprise Hardware Software Gaming Games Media News Legacy Core New Other Devices Services Mobile Search Ads Advertising Health Security Retail'.split(
    ' ',
  ),
);

/** ", the American studio behind …", ", the unit responsible for …", ", the racing game maker that Acme acquired …". */
const APPOS_RE =
  /,\s+(?:the|a|an)\s+(?:[\w'’-]+\s+){0,4}?(?:(?:studios?|unit|team|division|subsidiary|arm|lab)\s+(?:behind|responsible\s+for)\b|(?:studios?|unit|team|division|subsidiary|arm|lab|developer|maker|app|startup|company|firm|publisher|service|platform|business)\s+(?:(?:that|which)\s+)?(it|\p{Lu}[\w.&'’-]*(?:\s+\p{Lu}[\w.&'’-]*){0,3})\s+(?:had\s+|has\s+)?(?:acquired|bought|purchased)\b)/uy;
/**
 * After "Acme's" or "its": "<Name> [adjective…] division"; also a named mine ("its Vandor gold mine"): news names a
 * mine as its owner's operating unit, a plant only by its town.
 */
const UNIT_NOUN_POSSESSIVE = new Set([
  'brand',
  'division',
  'unit',
  'business',
  'arm',
  'studio',
  'studios',
  'subsidiary',
  'segment',
  'label',
  'mine',
]);
/** What makes "business" the first word of an outlet's description ("business daily", "business newspaper"). */
const OUTLET_AFTER_BUSINESS_RE =
  /^\s+(?:daily|weekly|newspaper|paper|magazine|journal|news|publication|website|channel)\b/;
const ITS = new Set(['its', 'Its', 'their', 'Their']);
const FOCUS_NOUNS = new Set(['group', 'company', 'firm', 'conglomerate', 'parent', 'carmaker', 'bank', 'retailer']);
const UNIT_NOUN_THE = new Set(['division', 'unit', 'business', 'arm', 'subsidiary', 'segment', 'brand']);
const UNIT_NOUN_A = new Set(['division', 'unit', 'segment']);
/** "venture firm Griffin Gaming", "investment firm Savvy Games Group": a company, never a person. */
const FIRM_BEFORE_RE =
  /(?:venture(?:\s+capital)?|investment|private[- ]equity|equity|hedge\s+fund|activist)\s+(?:firm|fund|investor|group)\s+$/i;

export interface UnitResult {
  mentions: Mention[];
  links: UnitLink[];
}

/**
 * Divisions, studios and subsidiaries introduced by their context, and investment firms
 * named after "venture firm". Triggered at commas, possessives, "the" and "firm" only. Every later bare
 * occurrence of a name found is a mention too. Marks the covered tokens; runs before people, so "Crystal
 * Dynamics, the team behind …" is not a person.
 */
export function findUnits(text: string, tokens: readonly Token[], covered: Uint8Array): UnitResult {
  const found = new Map<string, { type: 'Division' | 'Company' }>();
  const mentions: Mention[] = [];
  const links: UnitLink[] = [];
  const add = (i: number, j: number, type: 'Division' | 'Company', parentAt: number | null | undefined) => {
    const name = collapseSpaces(text.slice(tokens[i]!.start, tokens[j]!.end));
    if (found.has(name)) return;
    found.set(name, { type });
    mentions.push({ start: tokens[i]!.start, end: tokens[j]!.end, type, name });
    if (parentAt !== undefined) links.push({ at: tokens[i]!.start, parentAt });
    covered.fill(1, i, j + 1);
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // Apposition: name, then ", the|a|an …".
    if (text.charCodeAt(t.end) === 44 && !covered[i] && isNameWord(t.text)) {
      APPOS_RE.lastIndex = t.end;
      const m = APPOS_RE.exec(text);
      if (m) {
        const k = nameStart(text, tokens, covered, i);
        if (k >= 0) {
          const owner = m[1];
          const parentAt = !owner || owner === 'it' ? null : t.end + m[0].lastIndexOf(owner);
          add(k, i, 'Division', parentAt);
        }
      }
    }
    // Possessive: "Acme's Plaion division", "EA's Motive Studio unit", "Hallberg Motors Co. (HM)'s Kestrel division".
    if (t.text === 's' && i > 0) {
      const owner = possessorAt(text, tokens, i);
      const hit = owner === null ? null : unitAfter(text, tokens, covered, i + 1, UNIT_NOUN_POSSESSIVE, true);
      if (hit) add(hit[0], hit[1], 'Division', owner);
    }
    // "the Grow Solutions advertising business"; "its Waymo self-driving unit", "their NuGeneration subsidiary"
    // (the owner is the company the sentence names before, else the one in focus).
    if ((t.text === 'the' || t.text === 'The' || ITS.has(t.text)) && i + 1 < tokens.length) {
      const its = ITS.has(t.text);
      const hit = unitAfter(text, tokens, covered, i + 1, its ? UNIT_NOUN_POSSESSIVE : UNIT_NOUN_THE, its);
      if (hit) add(hit[0], hit[1], 'Division', null);
    }
    // "its power generation division, called Gas and Power (GP),": the unit's name after the word naming it.
    if (CALLING_WORDS.has(t.text) && CALLED_UNIT_BEFORE_RE.test(text.slice(Math.max(0, t.start - 90), t.start))) {
      const hit = calledName(text, tokens, covered, i + 1);
      if (hit) add(hit[0], hit[1], 'Division', null);
    }
    // "a Corporate and Wholesale Banking unit": a unit the company in focus will run (a narrower set of nouns:
    // "a Tesla business" may be anyone's).
    if ((t.text === 'a' || t.text === 'an') && i + 1 < tokens.length) {
      const hit = unitAfter(text, tokens, covered, i + 1, UNIT_NOUN_A);
      if (hit) add(hit[0], hit[1], 'Division', null);
    }
    // "the group's Kestrel Foods business", "the company's Vanta unit": the company in focus.
    if (
      t.text === 's' &&
      i > 1 &&
      /^['’]$/.test(text.slice(tokens[i - 1]!.end, t.start)) &&
      FOCUS_NOUNS.has(tokens[i - 1]!.text) &&
      /^(?:the|The)$/.test(tokens[i - 2]!.text)
    ) {
      const hit = unitAfter(text, tokens, covered, i + 1, UNIT_NOUN_POSSESSIVE, true);
      if (hit) add(hit[0], hit[1], 'Division', null);
    }
    // "venture firm Griffin Gaming".
    if (
      (t.text === 'firm' || t.text === 'fund' || t.text === 'investor' || t.text === 'group') &&
      i + 1 < tokens.length &&
      FIRM_BEFORE_RE.test(text.slice(Math.max(0, t.start - 30), t.end + 1))
    ) {
      let j = i + 1;
      if (covered[j] || !isNameWord(tokens[j]!.text) || text.slice(t.end, tokens[j]!.start) !== ' ') continue;
      while (
        j + 1 < tokens.length &&
        j - i < 4 &&
        !covered[j + 1] &&
        isNameWord(tokens[j + 1]!.text) &&
        text.slice(tokens[j]!.end, tokens[j + 1]!.start) === ' '
      )
        j++;
      if (partnersFormAt(text, tokens, j, covered)) j++;
      add(i + 1, j, 'Company', undefined);
    }
  }
  if (found.size === 0) return { mentions, links };
  scanRepeatMentions(
    tokens,
    covered,
    found.keys(),
    (name, first, last) => mentions.push({ start: first.start, end: last.end, type: found.get(name)!.type, name }),
    // "Plaion" inside "Plaion Pictures" is another name, not a repeat.
    (i, count) => {
      const after = tokens[i + count];
      return !(
        after &&
        !covered[i + count] &&
        isCapitalized(after.text) &&
        text.slice(tokens[i + count - 1]!.end, after.start) === ' '
      );
    },
  );
  return { mentions, links };
}

/**
 * Offset of the owner before the possessive "s" at token `i`: the capitalised word before "'s", or — for a bracketed
 * acronym before it ("Hallberg Motors Co. (HM)'s") — the name before the bracket; null when neither.
 */
function possessorAt(text: string, tokens: readonly Token[], i: number): number | null {
  const prev = tokens[i - 1]!;
  const gap = text.slice(prev.end, tokens[i]!.start);
  if ((gap === "'" || gap === '’') && isCapitalized(prev.text)) return prev.start;
  if ((gap === ")'" || gap === ')’') && CAPITALS_ONLY_RE.test(prev.text) && text[prev.start - 1] === '(') {
    // The last character of the name before " (": any offset inside the owner's mention finds it.
    const last = prev.start - 3;
    return last >= 0 && text[last + 1] === ' ' && text[last] !== ' ' ? last : null;
  }
  return null;
}

/** First token of the capitalised name ending at token `end` (1–4 words, single spaces), or -1. */
function nameStart(text: string, tokens: readonly Token[], covered: Uint8Array, end: number): number {
  let k = end;
  while (
    k > 0 &&
    end - k < 3 &&
    !covered[k - 1] &&
    isNameWord(tokens[k - 1]!.text) &&
    text.slice(tokens[k - 1]!.end, tokens[k]!.start) === ' '
  )
    k--;
  if (k > 0 && covered[k - 1] && text.slice(tokens[k - 1]!.end, tokens[k]!.start) === ' ') return -1;
  for (let x = k; x <= end; x++) if (covered[x]) return -1;
  if (k === end && (GENERIC.has(tokens[k]!.text) || /ly$/.test(tokens[k]!.text))) return -1;
  if (isRegionWords(text.slice(tokens[k]!.start, tokens[end]!.end))) return -1;
  return k;
}

/** "<Name> [lowercase word ≤2] <unit noun>" starting at token `i`: [first, last] token of the name, or null. */
function unitAfter(
  text: string,
  tokens: readonly Token[],
  covered: Uint8Array,
  i: number,
  nouns: ReadonlySet<string>,
  named = false,
): [number, number] | null {
  if (i >= tokens.length || covered[i] || !isNameWord(tokens[i]!.text)) return null;
  let j = i;
  for (;;) {
    if (j + 1 >= tokens.length || j - i >= 4 || covered[j + 1]) break;
    const gap = text.slice(tokens[j]!.end, tokens[j + 1]!.start);
    if ((gap === ' ' || gap === ' & ') && isNameWord(tokens[j + 1]!.text)) j++;
    // "the Power and Gas division", "the Process Industries and Drives division".
    else if (
      gap === ' ' &&
      tokens[j + 1]!.text === 'and' &&
      j + 2 < tokens.length &&
      !covered[j + 2] &&
      isNameWord(tokens[j + 2]!.text) &&
      text.slice(tokens[j + 1]!.end, tokens[j + 2]!.start) === ' '
    )
      j += 2;
    else break;
  }
  let n = j + 1;
  for (let extra = 0; n < tokens.length && extra <= 2; n++, extra++) {
    const w = tokens[n]!;
    // A hard-wrapped wire line may break before the noun ("its Vandor copper\nmine").
    if (!SINGLE_BLANK_RE.test(text.slice(tokens[n - 1]!.end, w.start)) || isCapitalized(w.text)) return null;
    if (nouns.has(w.text)) break;
    if (extra === 2) return null;
  }
  if (n >= tokens.length || !nouns.has(tokens[n]!.text)) return null;
  // "its Retail arm", "the bank's Wealth division": a capitalised word in running text names the unit; an acronym
  // ("its AI division") or a word opening the sentence does not.
  if (j === i && GENERIC.has(tokens[i]!.text) && !(named && CAPITAL_THEN_LOWER_RE.test(tokens[i]!.text))) return null;
  // "Kora NBD's Islamic arm": a faith's adjective alone says what kind of unit, as a nationality does.
  if (j === i && isFaithAdjective(tokens[i]!.text)) return null;
  // "the Spanish unit", "the India business": a place or nationality says where, not which unit — but a brand may
  // bear a state's or a town's name ("the Zulia brand"); only a country or a nationality says where there.
  const words = text.slice(tokens[i]!.start, tokens[j]!.end);
  if (BRAND_NOUNS.has(tokens[n]!.text) ? isCountryOrNationality(words) : isRegionWords(words)) return null;
  if (text.charCodeAt(tokens[n]!.end) === 39 || text.charCodeAt(tokens[n]!.end) === 0x2019) return null;
  // "France Kora's Internet arm Wanadoo", "its Retail unit Kestrel": the name after the noun is the unit's; the words
  // before it describe it.
  const after = tokens[n + 1];
  if (after && text.slice(tokens[n]!.end, after.start) === ' ' && isNameWord(after.text)) return null;
  // "Japan's Nikkei business daily": a business newspaper, not a business unit.
  if (tokens[n]!.text === 'business' && OUTLET_AFTER_BUSINESS_RE.test(text.slice(tokens[n]!.end, tokens[n]!.end + 16)))
    return null;
  return [i, j];
}

/** Words after which a unit's name follows: "called", "named", "dubbed", "known as". */
const CALLING_WORDS = new Set(['called', 'named', 'dubbed', 'as']);
/** "its power generation division, " (and "known " before "as") right before a calling word. */
const CALLED_UNIT_BEFORE_RE =
  /\b(?:[Ii]ts|[Tt]heir|[Tt]he\s+(?:group|company)['’]s)\s+(?:[\p{Ll}-]+\s+){0,3}(?:division|unit|arm|subsidiary|segment)\s*,\s+(?:(?<=,\s+)known\s+)?$/u;

/**
 * The capitalised name (1–5 words, "and" or "&" inside: "Gas and Power") starting at token `i` and closed by a comma,
 * a bracket or the sentence's end: [first, last] token, or null.
 */
function calledName(text: string, tokens: readonly Token[], covered: Uint8Array, i: number): [number, number] | null {
  if (i >= tokens.length || covered[i] || !isNameWord(tokens[i]!.text)) return null;
  if (tokens[i - 1]!.text === 'as' && tokens[i - 2]?.text !== 'known') return null;
  let j = i;
  while (j + 1 < tokens.length && j - i < 5 && !covered[j + 1]) {
    const gap = text.slice(tokens[j]!.end, tokens[j + 1]!.start);
    if ((gap === ' ' || gap === ' & ') && isNameWord(tokens[j + 1]!.text)) j++;
    else if (gap === ' ' && tokens[j + 1]!.text === 'and' && j + 2 < tokens.length && isNameWord(tokens[j + 2]!.text))
      j += 2;
    else break;
  }
  if (j === i && GENERIC.has(tokens[i]!.text)) return null;
  return /^(?:\s*[,(.;]|$)/.test(text.slice(tokens[j]!.end, tokens[j]!.end + 2)) ? [i, j] : null;
}

const BRAND_NOUNS = new Set(['brand', 'label']);

/** "the Spanish brand", "the Japan label": a country or nationality, not a state or town a brand may be named after. */
function isCountryOrNationality(words: string): boolean {
  return isCountryOrRegion(words) || NATIONALITIES.has(words);
}

/** Compass words that open a region's adjective ("North American", "Southeast Asian"). */
const COMPASS_RE =
  /^(?:North|South|East|West|Central|Northern|Southern|Eastern|Western|Northeast|Northwest|Southeast|Southwest)\s+/;

/** A place or nationality, with or without a compass word before it ("North American", "Western European"). */
function isRegionWords(words: string): boolean {
  return isPlaceWord(words) || (COMPASS_RE.test(words) && isPlaceWord(words.replace(COMPASS_RE, '')));
}

/** The partners' forms that close a firm's name after " & " ("Hallberg & Co", "Kestrel & Partners", "Norrvik & Sons"). */
const PARTNERS_FORMS = new Set(['Co', 'Company', 'Partners', 'Sons', 'Associates']);

/**
 * "the private equity firm Hallberg & Co. said": " & Co" after the firm's name is part of it, not the start of
 * another name ("the equity firm Hallberg & Kestrel Bank" joins nothing: "Kestrel" is no partners' form).
 */
function partnersFormAt(text: string, tokens: readonly Token[], j: number, covered: Uint8Array): boolean {
  const next = tokens[j + 1];
  return (
    next !== undefined &&
    !covered[j + 1] &&
    PARTNERS_FORMS.has(next.text) &&
    text.slice(tokens[j]!.end, next.start) === ' & '
  );
}

function isNameWord(word: string): boolean {
  return isCapitalized(word) && !NOT_NAME.has(word) && !/^\d/.test(word) && !/-(?:based|listed|owned|led)$/.test(word);
}
