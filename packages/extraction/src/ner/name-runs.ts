import { isCommonWord } from '../gazetteer/lexicon/common-words.js';
import { bracketedAcronymAt } from './bracketed-acronym.js';
import { companyEndBeforeHolder } from './person-after-post-of.js';
import { FIRST_NAMES, WEAK_FIRST_NAMES } from '../gazetteer/first-names.js';
import { LEGAL_SUFFIX, LEGAL_SUFFIX_PAIRS, DOTTED_SUFFIX } from '../gazetteer/lexicon/legal-forms.js';
import {
  COMPANY_NOUNS,
  NAME_PARTICLES,
  OF_HEADS,
  ORG_HEAD_WORDS,
  ORG_PREFIX_WORDS,
  STATE_BODY_WORDS,
  UNIT_NOUNS,
} from '../gazetteer/lexicon/org-nouns.js';

const DESCRIPTOR_NOUNS = new Set([...COMPANY_NOUNS, ...UNIT_NOUNS]);
/** Descriptor nouns that also open or end names ("Telecom Italia", "Air China"): never stripped. */
const NAME_WORDS = new Set([...ORG_PREFIX_WORDS, ...ORG_HEAD_WORDS]);
import { isCapitalized, type Token } from '../text/tokenize.js';
import { opensForName, remitAfterFor, remitOpenedBefore } from './for-bodies.js';
import { collapseSpaces, hasDigit } from '../text/char-class.js';
import { NATIONALITIES, isCountryOrRegion, isPlace } from '../gazetteer/lexicon/places.js';
import { LETTER_OR_DIGIT_RE } from '../text/char-class.js';
import { namedApart } from './names-apart.js';
import { isBareTitle } from './titles.js';

// Module constants: esbuild (tsx, vitest) rewrites a \p{…} literal inside a function into `new RegExp` per call.
const CAPITALISED_PLURAL_RE = /^\p{Lu}\p{Ll}{2,}s$/u;
const DOTTED_CAPITALS_RE = /^(?:\p{Lu}\.)*\p{Lu}$/u;
const DOT_SPACE_CAPITAL_RE = /^\.? \p{Lu}/u;
const LOWER_WORD_RE = /^\p{Ll}+$/u;
const FOUR_LETTERS_RE = /^\p{L}{4,}/u;

/** A run of capitalised words that may name something: tokens [first, last], offsets and the name as written. */
export interface NameRun {
  first: number;
  last: number;
  start: number;
  end: number;
  /** The run's text with whitespace collapsed ("A.P. Moller-Maersk", "Nissan Motor Co."). */
  name: string;
  /** True when the run opens a sentence, a line or a headline, where capitals say nothing. */
  initial: boolean;
  /** True when the run stands in a headline-like line (title case, no full stop). */
  headline: boolean;
}

/** Words that never belong to a name: function words, calendar words, titles and honorifics (they split runs). */
const RUN_STOP = new Set(
  `The A An And Or But If In On At For Of With From To By As Is Are Was Were Be Been Has Have Had Do Does Did It Its
  This That These Those He She They We I You Our Their His Her Him Them Us My Your Why What How When Where Who Whom
  Which While After Before Despite Although Though Even Also Not No Yes New Now Today Tomorrow Yesterday Then Than
  There Here Since Until Under Over About Into Onto Upon Per Via Amid Among Between Against During Without Within
  Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August
  September October November December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec
  Chief Executive Executives Officer President Vice Chairman Chairwoman Chairperson Chair CEO CFO COO CTO CIO CMO
  MD CPO CHRO EVP SVP Chancellor Spokesman Spokeswoman Spokesperson Former Outgoing Incoming Organiser Organizer
  Coordinator Co-ordinator Convenor Convener Treasurer
  Director Directors Managing Secretary Minister Premier Governor Senator Mayor Founder Co-founder Cofounder
  Mr Mrs Ms Miss Dr Prof Sir Dame Lord Lady Mr. Mrs. Ms. Dr. Herr Frau Mme Mr Mister Madam Sheikh
  According However Meanwhile Instead Still Earlier Later Last Next Second Third Other Another Some Many Most
  All Both Each Every Several Such Separately Overall Finally Further Furthermore Moreover Additionally Previously
  Once Only Just More Less Much Where Whether Because So Yet Nor Like Unlike Should Would Could Will Can May Might Must
  Recently Lately Elsewhere Similarly Likewise Besides Subsequently Currently Initially Eventually Ultimately Notably`.split(
    /\s+/,
  ),
);

/** True for a word that may be part of a name: capitalised ("Nissan"), "2M", "upGrad", not a stop/title word. */
export function isRunWord(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c >= 97 && c <= 122) {
    // Lower-case ASCII start: a name only with a capital inside ("upGrad"); a char-code scan, no regex.
    for (let k = 1; k < word.length; k++) {
      const d = word.charCodeAt(k);
      // "upGrad-backed": a descriptor compound is no name word, whatever its first part.
      if (d >= 65 && d <= 90) return !RUN_STOP.has(word) && !DESCRIPTOR_COMPOUND_RE.test(word);
      if (d > 127) return LOWER_CAMEL_RE.test(word);
    }
    return false;
  }
  if (c >= 48 && c <= 57) return capitalAfterDigits(word) && DIGIT_NAME_RE.test(word);
  if (RUN_STOP.has(word) || (word.includes('-') && (DESCRIPTOR_COMPOUND_RE.test(word) || isNationalityPair(word))))
    return false;
  if (isCapitalized(word)) return true;
  return LOWER_CAMEL_RE.test(word);
}
const LOWER_CAMEL_RE = /^\p{Ll}+\p{Lu}/u;

/** "Brazilian-Chilean", "Anglo-Swiss"-style pairs of nationalities: a descriptor before a name, never part of it. */
function isNationalityPair(word: string): boolean {
  const parts = word.split('-');
  return parts.length === 2 && NATIONALITIES.has(parts[0]!) && NATIONALITIES.has(parts[1]!);
}
/**
 * "Luxembourg-based", "Tokyo-listed", "state-owned", "Cash-strapped", "Loss-making", "Debt-laden": a descriptor, never
 * part of a name (a lower-case "-ed"/"-ing" tail of four letters or more: hyphenated given names such as "Yu-ching"
 * stay names).
 */
const DESCRIPTOR_COMPOUND_RE =
  /-(?:based|listed|owned|backed|led|controlled|registered|headquartered|born|made|run|hit|laden|ridden|stricken|struck|\p{Ll}{3,}(?:ed|ing))$/u;
const DIGIT_NAME_RE = /^\d+\p{Lu}/u;
/** A fund's series number after "Fund": one or two digits or a Roman numeral ("Fund 2", "Fund III"). */
const FUND_SERIES_RE = /^(?:\d{1,2}|I{2,3}|IV|V|VI{1,3}|IX|X)$/;
/** What makes the number after "Fund" a figure instead: a decimal, a percent, a unit of money or count. */
const FIGURE_AFTER_SERIES_RE =
  /^(?:[.,]\d|\s?%|\s+(?:percent|per\s+cent|million|billion|bn|m|crore|lakh|jobs|staff|employees)\b)/;
/** Gate for DIGIT_NAME_RE ("3M", "7Eleven"): after the leading digits, A–Z or a non-ASCII character. */
function capitalAfterDigits(word: string): boolean {
  let k = 0;
  let d = word.charCodeAt(0);
  while (d >= 48 && d <= 57) d = word.charCodeAt(++k);
  return (d >= 65 && d <= 90) || d >= 128;
}

const MAX_RUN = 7;
/** Third-person verbs a title-case headline puts after its subject ("Norrvik Bank Announces Major Restructuring"). */
const HEADLINE_VERBS = new Set(
  'Announces Unveils Reveals Reports Confirms Launches Slashes Axes Sheds Cuts Plans Warns Seeks Mulls Weighs Scraps Completes Begins Halts Suspends Reduces Eliminates Considers Denies Says Shuts Closes Lays Restructures Trims Freezes'.split(
    ' ',
  ),
);
const CO_LEADS = new Set(['Co', 'Corp']);
const CO_TAILS = new Set(['Ltd', 'Limited', 'Inc']);

/**
 * `headline` judges lines (pass one judge to calls over increasing ranges so each line is read once).
 * Maximal runs of name words not yet claimed (`covered`), joined by one space, " & ", initials ("A.P. Moller")
 * or "of" after an institution word ("Central Bank of Nigeria"). Lower-case legal forms continue a run
 * ("Hallberg plc"); a dotted legal form keeps its full stop ("Nissan Motor Co."). One pass over the tokens.
 */
/**
 * "Airline Kestrel Air said", "Bank Hallberg Bank will": a company noun that may also be part of a name opening the
 * sentence, before a name of two words or more that an organization word or a legal form already ends, describes
 * that name. "Airline Vessla said", "Insurer …": a singular one that only ever ends names ("Airline", "Pharma"; not
 * "Bank", which opens "Bank Vessla") describes a name of one word too.
 */
function describesName(tokens: readonly Token[], i: number, j: number): boolean {
  const head = tokens[i]!.text;
  if (!NAME_WORDS.has(head) || !DESCRIPTOR_NOUNS.has(head.toLowerCase())) return false;
  const last = tokens[j]!.text;
  if (j === i + 1) return !ORG_PREFIX_WORDS.has(head) && !head.endsWith('s') && !NAME_WORDS.has(last);
  return (ORG_HEAD_WORDS.has(last) || LEGAL_SUFFIX.has(last)) && last !== head;
}

/** A list's joint or an owner word right before "Executive" when it opens a business's name ("its Executive Jets"). */
const LIST_OR_OWNER_BEFORE_RE = /(?:, |\band |\b[Ii]ts |\b[Tt]heir |: )$/;

/**
 * "Executive Jets", "Executive Homes": the title word "Executive" opening a business's name, read only where a list
 * item or a possessed unit starts and before a plural word ("…, Executive Jets, Defence and Services"). A title
 * before a person ("…, Executive Director Jane Roe") never passes: the next word is a title or a name.
 */
function opensBusinessName(
  text: string,
  tokens: readonly Token[],
  i: number,
  to: number,
  covered: Uint8Array,
): boolean {
  if (newOpensCompanyName(text, tokens, i, to, covered)) return true;
  if (stateOwnedOpensBody(text, tokens, i, to, covered)) return true;
  const t = tokens[i]!;
  const next = t.text === 'Executive' ? nextJoinedToken(tokens, i, to, covered) : undefined;
  if (!next || !isRunWord(next.text) || !CAPITALISED_PLURAL_RE.test(next.text) || FIRST_NAMES.has(next.text))
    return false;
  return LIST_OR_OWNER_BEFORE_RE.test(text.slice(Math.max(0, t.start - 6), t.start));
}

/** The token right after token i, one space away, inside the run (before `to`) and not yet covered; else undefined. */
function nextJoinedToken(tokens: readonly Token[], i: number, to: number, covered: Uint8Array): Token | undefined {
  const next = tokens[i + 1];
  if (!next || i + 1 >= to || covered[i + 1] || next.start !== tokens[i]!.end + 1) return undefined;
  return next;
}

/**
 * "State-owned", "State-run" written with a capital: the first word of a state body's own name, or a descriptor.
 * A Set rather than an expression: it is asked about every token that opens no run (~300 a document).
 */
const STATE_OWNED = new Set(['State-owned', 'State-run', 'State-controlled']);

/**
 * "the State-owned Assets Oversight and Holdings Commission": a capital "State-owned" opens a state body's name when
 * a common word follows it (not a name: "State-owned Kestrel Authority" stays described) and the words after it,
 * joined by spaces or "and", end in a state body's word (Commission, Authority, Agency …) within the run's length.
 */
function stateOwnedOpensBody(
  text: string,
  tokens: readonly Token[],
  i: number,
  to: number,
  covered: Uint8Array,
): boolean {
  if (!STATE_OWNED.has(tokens[i]!.text)) return false;
  const first = nextJoinedToken(tokens, i, to, covered);
  if (!first || !isCapitalized(first.text) || !isCommonWord(first.text)) return false;
  for (let k = i + 1; k < to && k - i <= MAX_RUN && !covered[k]; k++) {
    const w = tokens[k]!.text;
    if (STATE_BODY_WORDS.has(w)) return k > i + 1;
    if ((!isRunWord(w) && w !== 'and') || text.slice(tokens[k - 1]!.end, tokens[k]!.start) !== ' ') return false;
  }
  return false;
}

/** A space and a lower-case letter. */
const LOWER_WORD_AFTER_RE = /^ \p{Ll}/u;

/** A lower-case word or a comma right before "New": the word stands inside a sentence, not at its start. */
const MID_SENTENCE_BEFORE_RE = /(?:\p{Ll}|,) $/u;

/**
 * "while New Kestrel Polishing Company will", "…, New Norrvik Education & Technology Group": "New" opening a
 * company's name inside a sentence, where the capitalised words after it (joined by spaces or " & ") end in an
 * organization word or a legal form. Never a place ("New York", "New Zealand Post" opens at the place), never at a
 * sentence's start ("New Kestrel Bank rules take effect"), never a lone adjective ("the New Kestrel plan").
 */
function newOpensCompanyName(
  text: string,
  tokens: readonly Token[],
  i: number,
  to: number,
  covered: Uint8Array,
): boolean {
  const t = tokens[i]!;
  if (t.text !== 'New' || !MID_SENTENCE_BEFORE_RE.test(text.slice(Math.max(0, t.start - 2), t.start))) return false;
  const first = nextJoinedToken(tokens, i, to, covered);
  if (!first || !isRunWord(first.text)) return false;
  if (isPlace(`New ${first.text}`)) return false;
  let k = i + 1;
  while (k + 1 < to && k - i < MAX_RUN - 1 && !covered[k + 1]) {
    const gap = text.slice(tokens[k]!.end, tokens[k + 1]!.start);
    if ((gap !== ' ' && gap !== ' & ') || !isRunWord(tokens[k + 1]!.text)) break;
    k++;
  }
  const last = tokens[k]!.text;
  return k > i + 1 && (ORG_HEAD_WORDS.has(last) || LEGAL_SUFFIX.has(last));
}

/**
 * "Kestrel New Energy Vehicle Group", "Vessla New Materials": "New" inside a name, right before an organization word
 * ("Energy", "Materials") that goes on the name; never before a place ("Kestrel New York").
 */
function newBeforeTradeWord(
  text: string,
  tokens: readonly Token[],
  k: number,
  to: number,
  covered: Uint8Array,
): boolean {
  if (tokens[k]!.text !== 'New' || k + 1 >= to || covered[k + 1]) return false;
  const after = tokens[k + 1]!;
  return text.slice(tokens[k]!.end, after.start) === ' ' && ORG_HEAD_WORDS.has(after.text) && !isPlace(after.text);
}

export function findNameRuns(
  text: string,
  tokens: readonly Token[],
  covered: Uint8Array,
  from = 0,
  to = tokens.length,
  headline: (pos: number) => boolean = headlineJudge(text),
): NameRun[] {
  const out: NameRun[] = [];
  /** True when the small word at `k` ("de", "of") is followed, after one space, by a free name word. */
  const nameWordAfter = (k: number) =>
    k + 1 < to &&
    !covered[k + 1] &&
    isRunWord(tokens[k + 1]!.text) &&
    text.slice(tokens[k]!.end, tokens[k + 1]!.start) === ' ';
  for (let i = from; i < to; i++) {
    if (covered[i] || (!isRunWord(tokens[i]!.text) && !opensBusinessName(text, tokens, i, to, covered))) continue;
    // The instrument code after a name ("Kestrel KESTb.ST") names nothing of its own.
    if (
      i > 0 &&
      tokens[i]!.start - tokens[i - 1]!.end === 1 &&
      text.charCodeAt(tokens[i]!.start - 1) === 32 &&
      isRunWord(tokens[i - 1]!.text) &&
      mayBeWireCode(text, tokens[i]!.start)
    )
      continue;
    let j = i;
    let closed = false;
    // Lower-case particles inside a name a prefix opens ("de la", "y") do not count towards MAX_RUN: a Spanish
    // union's name of seven words holds five particles more.
    let particles = 0;
    while (j + 1 < to && j - i - particles < MAX_RUN - 1 && !covered[j + 1]) {
      const next = tokens[j + 1]!;
      const gapLength = next.start - tokens[j]!.end;
      if (gapLength > 4) break;
      const gap =
        gapLength === 1 && text.charCodeAt(next.start - 1) === 32 ? ' ' : text.slice(tokens[j]!.end, next.start);
      // "Kestrel Bebidas S.A. de C.V.", "Vessla S.A.B. de C.V.": the Mexican legal form goes on with "de C.V.".
      if (j > i && (gap === '. ' || gap === ' ') && variableCapitalAt(text, tokens, j, to, covered)) {
        j += 2;
        continue;
      }
      if (gap === ' ' || gap === ' & ') {
        // "its Airbus A380 fleet", "Axis Bank Rs 600 crore": a model code or a currency before a figure ends the name.
        if (gap === ' ' && endsNameBefore(text, next)) break;
        // "Air New Zealand", "Banco New …": a prefix word opening the run takes the place's "New" with it.
        const newAfterPrefix = next.text === 'New' && j === i && gap === ' ' && ORG_PREFIX_WORDS.has(tokens[i]!.text);
        if (
          isRunWord(next.text) ||
          (LEGAL_SUFFIX.has(next.text) && gap === ' ') ||
          newAfterPrefix ||
          newBeforeTradeWord(text, tokens, j + 1, to, covered)
        ) {
          j++;
          continue;
        }
        // "Frederick A. Henderson": after a given name, "A." or "I." is a middle initial, not a word.
        if (gap === ' ' && (next.text === 'A' || next.text === 'I') && isGivenName(tokens[j]!.text)) {
          const after = tokens[j + 2];
          if (after && text.slice(next.end, after.start) === '. ' && isRunWord(after.text)) {
            j++;
            continue;
          }
        }
        // "Unifor Local 222": a union local's number is part of its name.
        if (gap === ' ' && tokens[j]!.text === 'Local' && j > i && /^\d{1,5}$/.test(next.text)) {
          j++;
          break;
        }
        // "Kestrel Growth Fund 2", "Vessla Capital Fund III": a fund's series number is part of its name (not a
        // figure: "Fund 2 percent", "Fund 3.5").
        if (gap === ' ' && tokens[j]!.text === 'Fund' && j > i && FUND_SERIES_RE.test(next.text)) {
          if (!FIGURE_AFTER_SERIES_RE.test(text.slice(next.end, next.end + 12))) {
            j++;
            break;
          }
        }
        // "Ministry of Economy and Finance", "Port and Free Zone World FZE": "and" inside an institution's name.
        if (next.text === 'and' && j + 2 < to && !covered[j + 2] && joinsAnd(text, tokens, i, j, to, covered)) {
          j += 2;
          continue;
        }
        // "Sindicato Nacional de Trabajadores de la Industria Vesslana", "Banco de la Orsk": a particle and an article
        // inside a name a prefix word opens (Spanish and French write "de la", "de las", "de los", "de les").
        if (
          ARTICLE_PARTICLES.has(next.text) &&
          j + 2 < to &&
          !covered[j + 2] &&
          ARTICLES_AFTER_PARTICLE.has(tokens[j + 2]!.text) &&
          text.slice(next.end, tokens[j + 2]!.start) === ' ' &&
          nameWordAfter(j + 2) &&
          opensParticleName(tokens[i]!.text)
        ) {
          j += 3;
          particles += 2;
          continue;
        }
        // "Banco do Sertão", "Compagnie de Vellane", "Caixa Geral de Depósitos": particles in a name a prefix opens.
        // "Vessla Kimya Sanayi ve Ticaret AS": Turkish "ve" joins two trades inside a name a legal form closes.
        if (
          (NAME_PARTICLES.has(next.text) || next.text === 've') &&
          nameWordAfter(j + 1) &&
          ((opensParticleName(tokens[i]!.text) && next.text !== 've') ||
            legalNameAfterParticle(text, tokens, next.text, j + 2, to, covered))
        ) {
          j += 2;
          particles++;
          continue;
        }
        // "Sindicato dos Fabricantes de Peças para Tratores Norrvik (Sinfapet)": "para" inside a body's
        // name a prefix word opens, when the capitalised words after it end right before a bracketed short name.
        const paraEnd =
          next.text === 'para' && opensParticleName(tokens[i]!.text) && nameWordAfter(j + 1)
            ? bracketClose(text, tokens, j + 2, to, covered)
            : -1;
        if (paraEnd > 0) {
          // The words up to the bracket are the name's whatever its length so far (MAX_RUN bounds the rest).
          j = paraEnd;
          break;
        }
        // "Pick n Pay", "Kestrel n Vale": a bare "n" between two capitalised words joins one name.
        if (
          next.text === 'n' &&
          j + 1 < to &&
          nameWordAfter(j + 1) &&
          text.slice(tokens[j + 1]!.end, tokens[j + 2]!.start) === ' '
        ) {
          j += 2;
          continue;
        }
        if (next.text === 'of' && OF_HEADS.has(tokens[j]!.text) && nameWordAfter(j + 1)) {
          j += 2;
          continue;
        }
        // "Kestrel Services of Outsourcing S.A": a trade's plural, then "of", inside a name a legal form closes.
        if (
          next.text === 'of' &&
          j > i &&
          TRADES_BEFORE_OF.has(tokens[j]!.text) &&
          nameWordAfter(j + 1) &&
          legalFormCloses(text, tokens, j + 2, to, covered)
        ) {
          j += 2;
          continue;
        }
        // "Bank of the West", "Bank of the Philippine Islands": "of the" inside an institution's name.
        if (
          next.text === 'of' &&
          OF_HEADS.has(tokens[j]!.text) &&
          tokens[j + 2]?.text === 'the' &&
          j + 2 < to &&
          !covered[j + 2] &&
          text.slice(next.end, tokens[j + 2]!.start) === ' ' &&
          nameWordAfter(j + 2)
        ) {
          j += 3;
          continue;
        }
        // "Department for Business and Trade", "Ministry for Foreign Affairs".
        // "Office for National Statistics", "Kora Union for Rail Transport and Travel": a body's noun before "for"
        // and a capitalised remit (for-bodies.ts).
        if (next.text === 'for' && opensForName(tokens[j]!.text) && nameWordAfter(j + 1)) {
          j += 2;
          continue;
        }
        // "Society for Welfare of Kestrel Pilots": a remit after "for" may go on with "of".
        if (next.text === 'of' && nameWordAfter(j + 1) && remitOpenedBefore(tokens, i, j)) {
          j += 2;
          continue;
        }
      } else if (
        gap === ', ' &&
        j === i &&
        !isCommonWord(tokens[i]!.text) &&
        partnersListEnd(text, tokens, j + 1, to, covered) > 0
      ) {
        // "Clayton, Dubilier & Rice": a firm named after its partners, commas between them and "&" before the last.
        j = partnersListEnd(text, tokens, j + 1, to, covered);
        continue;
      } else if (gap === ', ' && j > i + 1 && (MINISTRY_HEADS.has(tokens[i]!.text) || remitAfterFor(tokens, i, j))) {
        // "Ministry of Economy, Trade and Industry": a ministry's remits listed with commas, "and" before the last.
        const last = ministryListEnd(text, tokens, j + 1, to, covered);
        if (last > 0) {
          j = last;
          continue;
        }
      } else if (
        gap === ', ' &&
        j === i &&
        isRemit(tokens[i]!.text) &&
        THE_BEFORE_RE.test(text.slice(Math.max(0, tokens[i]!.start - 4), tokens[i]!.start)) &&
        fieldListBodyEnd(text, tokens, j + 1, to, covered) > 0
      ) {
        // "the Media, Entertainment & Arts Alliance": a body named by the fields it covers, commas between them.
        j = fieldListBodyEnd(text, tokens, j + 1, to, covered);
        continue;
      } else if (gap === ', ' && j > i && legalFormAfterComma(text, tokens, j + 1, to, covered)) {
        // "Industria de Tejidos Vellanos, S.A.", "Vellmora, Inc.": a legal form set off by a comma.
        j++;
        break;
      } else if (gap === ' (' && legalFormAfterBracket(text, tokens, j + 1, to, covered)) {
        // "Halvard (Schweiz) AG", "Kestrel Motor (Siam) Co.": a country in brackets inside a legal name.
        j += 2;
        continue;
      } else if (gap === ' (' && j > i && !FIRST_NAMES.has(tokens[i]!.text) && !LEGAL_SUFFIX.has(tokens[j]!.text)) {
        // "Bank of Vellmora (Hong Kong)", "Tan Kee Motor Assembly (Thailand)": a country in brackets ends the name of a
        // company's local arm (after a legal form, "Ombara NV (Netherlands)", it says where the company is).
        const last = countryInBracketsEnd(text, tokens, j + 1, to, covered);
        if (last > 0) {
          j = last;
          closed = true;
        }
      } else if (gap === '., ' && CO_LEADS.has(tokens[j]!.text) && CO_TAILS.has(next.text)) {
        // "Kuroda Airlines Co., Ltd.", "Vellmora Co., Inc.": the two-part legal form of East Asian companies.
        j++;
        continue;
      } else if (
        (gap === "' " || gap === '’ ') &&
        j > i &&
        tokens[j]!.text.endsWith('s') &&
        WORKERS_BODY_HEADS.has(next.text)
      ) {
        // "National Dockworkers' Federation", "Kora Pilots’ Union": a plural possessive inside a workers' body's name.
        j++;
        continue;
      } else if (gap === '/' && tokens[j]!.text === 'A' && next.text === 'S') {
        j++;
        continue;
      } else if (gap === '. ' && DOTTED_CAPITALS_RE.test(tokens[j]!.text) && isRunWord(next.text)) {
        j++;
        continue;
      }
      break;
    }
    // "Kestrel Bank Deputy CEO Jane Roe", "Kestrel Acting Chairman …": a capitalised rank word before a title is the
    // title's, never the end of the name before it ("Kora Acting School" keeps its word: no title follows).
    // "Kora Workers Union General Secretary …", "Kestrel Bank Deputy General Manager …" likewise.
    while (j > i && titleWordAfter(text, tokens, j, to)) j--;
    // "The chief executive of Kestrel Jane Roe said": the holder of the post runs on his own.
    if (!closed) j = companyEndBeforeHolder(text, tokens, i, j);
    // "signed by Acting Chief Executive Officer Jane Roe": a rank standing alone before a title names nothing.
    if (j === i && RANK_WORDS.has(tokens[i]!.text) && titleWordAfter(text, tokens, i, to)) continue;
    // "Rivals General Electric and …", "Carmakers Toyota …": a capitalised descriptor opening the sentence is no name.
    let opened = isInitial(text, tokens[i]!.start);
    // "Resort-owner Genting …", "Chip-maker Vessla …": a field and a company noun joined by a hyphen describe the name.
    if (opened && j > i && hyphenatedDescriptor(tokens[i]!.text)) {
      i++;
      opened = false;
    } else if (
      opened &&
      j > i &&
      DESCRIPTOR_NOUNS.has(tokens[i]!.text.toLowerCase()) &&
      !NAME_WORDS.has(tokens[i]!.text)
    ) {
      i++;
      opened = false;
    } else if (opened && j > i && describesName(tokens, i, j)) {
      i++;
      opened = false;
    }
    const inHeadline = headline(tokens[i]!.start);
    // "Brazil's Banco do Norte Announces Major Restructuring": in a title-case headline a verb ends the name before it.
    if (inHeadline && j > i) {
      for (let k = i + 1; k <= j; k++) {
        if (!HEADLINE_VERBS.has(tokens[k]!.text)) continue;
        j = k - 1;
        closed = false;
        break;
      }
    }
    const start = tokens[i]!.start;
    let end = tokens[j]!.end;
    if (closed) end++;
    else if (DOTTED_SUFFIX.has(tokens[j]!.text) && text.charCodeAt(end) === 46 && j > i) end++;
    // "Canal+", "Disney+": the plus is part of the name.
    else if (text.charCodeAt(end) === 43 && !LETTER_OR_DIGIT_RE.test(text[end + 1] ?? '')) end++;
    const initial = opened || inHeadline;
    // "said Acting spokesperson Jane Roe": a rank word alone before a lower-case post is the title's first word
    // (not "the Kora Acting School").
    if (i === j && RANK_WORDS.has(tokens[i]!.text) && LOWER_WORD_AFTER_RE.test(text.slice(end, end + 3))) {
      i = j;
      continue;
    }
    const name = collapseSpaces(text.slice(start, end));
    out.push({ first: i, last: j, start, end, name, initial, headline: inHeadline });
    i = j;
  }
  return out;
}

/**
 * "Casa dos Ventos", "Cassa dei Risparmi di Vellano", "Corriere della Sera": Romance words for a house, a fund or a
 * courier open a name only before a particle (alone, "Casa Rosada" is a palace and "Cassa Integrazione" a furlough
 * scheme, so they are no ORG_PREFIX_WORDS).
 */
const PARTICLE_ONLY_OPENERS = new Set(['Casa', 'Cassa', 'Corriere']);
function opensParticleName(word: string): boolean {
  return ORG_PREFIX_WORDS.has(word) || PARTICLE_ONLY_OPENERS.has(word);
}

/**
 * Particles of a place inside a legal name ("de", "del", "di", "do"), not those joining two names ("y", "et"); Turkish
 * "ve" joins too, only two trades before a legal form ("Sanayi ve Ticaret AS": "industry and trade").
 */
const PLACE_PARTICLES = new Set(['de', 'do', 'da', 'dos', 'das', 'del', 'della', 'di', 'du', 'des']);

/**
 * True when the words from `k` after a place particle run, one space apart, to a legal form within four words:
 * "Usinas Norrvikas de Orsk Vale SA", "Aceros del Tarvo S.A." — the particle is inside one legal name, so the place
 * after it is no name of its own. "Kestrel de Orsk said" (no legal form) stays as written.
 */
function legalNameAfterParticle(
  text: string,
  tokens: readonly Token[],
  particle: string,
  k: number,
  to: number,
  covered: Uint8Array,
): boolean {
  return (PLACE_PARTICLES.has(particle) || particle === 've') && legalFormCloses(text, tokens, k, to, covered);
}

/** Particles that an article may follow inside a name ("de la", "de los"; "del" already holds its article). */
const ARTICLE_PARTICLES = new Set(['de']);
/** Articles written after "de" inside a Spanish or French name. */
const ARTICLES_AFTER_PARTICLE = new Set(['la', 'las', 'los', 'les']);

/** Legal forms of a Mexican sociedad anónima that "de C.V." (capital variable) may follow. */
const VARIABLE_CAPITAL_LEADS = new Set(['S.A', 'SA', 'S.A.B', 'SAB']);

/**
 * True when the legal form at `j` ("S.A", "S.A.B") is followed, one space apart, by "de C.V" or "de CV": the two
 * words after it are the rest of one Mexican legal form ("Kestrel Bebidas S.A. de C.V.").
 */
function variableCapitalAt(
  text: string,
  tokens: readonly Token[],
  j: number,
  to: number,
  covered: Uint8Array,
): boolean {
  if (!VARIABLE_CAPITAL_LEADS.has(tokens[j]!.text) || j + 2 >= to || covered[j + 1] || covered[j + 2]) return false;
  const de = tokens[j + 1]!;
  const cv = tokens[j + 2]!;
  return de.text === 'de' && (cv.text === 'C.V' || cv.text === 'CV') && text.slice(de.end, cv.start) === ' ';
}

/**
 * Plural trades that stand before "of" inside a firm's legal name ("Kestrel Services of Outsourcing S.A", "Tarvo
 * Industries of Orsk Ltd"); a post or a holding's shares before "of" ("Director of Kestrel Ltd", "Shares of Tarvo Ltd")
 * do not join.
 */
const TRADES_BEFORE_OF = new Set([
  'Services',
  'Industries',
  'Products',
  'Systems',
  'Solutions',
  'Enterprises',
  'Mills',
]);

/**
 * The last of the name word at `k` and at most three more run words after it, one space apart, when it stands right
 * before a bracketed word of its own ("… para Tratores Norrvik (Sinfapet)"); else -1.
 */
function bracketClose(text: string, tokens: readonly Token[], k: number, to: number, covered: Uint8Array): number {
  for (let n = k; n < Math.min(to, k + 4) && !covered[n]; n++) {
    if (n > k && (text.slice(tokens[n - 1]!.end, tokens[n]!.start) !== ' ' || !isRunWord(tokens[n]!.text))) return -1;
    if (BRACKETED_WORD_AFTER_RE.test(text.slice(tokens[n]!.end, tokens[n]!.end + 40))) return n;
  }
  return -1;
}
/** " (Sinfapet)", " (ABX)" right after a name. */
const BRACKETED_WORD_AFTER_RE = /^ \(\p{Lu}[\p{L}\d&-]*\)/u;

/** True when the name word at `k` is followed, one space apart, by run words up to a legal form within four words. */
function legalFormCloses(text: string, tokens: readonly Token[], k: number, to: number, covered: Uint8Array): boolean {
  for (let n = k + 1; n < Math.min(to, k + 5) && !covered[n]; n++) {
    if (text.slice(tokens[n - 1]!.end, tokens[n]!.start) !== ' ') return false;
    if (LEGAL_SUFFIX.has(tokens[n]!.text)) return true;
    if (!isRunWord(tokens[n]!.text)) return false;
  }
  return false;
}

/** Capitalised ranks written before a title ("Deputy CEO", "Acting Chairman", "Interim Managing Director"). */
const RANK_WORDS = new Set(['Deputy', 'Acting', 'Interim']);
/** Capitalised words that open a title after a rank ("Deputy Chief Executive", "Acting General Secretary"). */
const TITLE_OPENERS = new Set(
  `Chief Executive CEO CFO COO CTO MD Chairman Chairwoman Chairperson Chair President Vice Managing Director
  Secretary General Governor Head Minister Commissioner Registrar Editor Manager`.split(/\s+/),
);

/** Titles a capitalised "General" opens ("General Secretary", "General Manager", "General Counsel"). */
const AFTER_GENERAL = new Set(['Secretary', 'Manager', 'Counsel']);

/**
 * True when the word at `j` is a rank ("Deputy") or a "General" that the word after it (one space away) makes a
 * title's first word: "Deputy CEO", "Acting General", "General Secretary" — never "Legal & General Chief …".
 */
function titleWordAfter(text: string, tokens: readonly Token[], j: number, to: number): boolean {
  const word = tokens[j]!.text;
  const next = tokens[j + 1];
  if (j + 1 >= to || next === undefined || next.start !== tokens[j]!.end + 1) return false;
  if (word === 'General') return AFTER_GENERAL.has(next.text);
  return RANK_WORDS.has(word) && (TITLE_OPENERS.has(next.text) || next.text === 'General');
}

/** An aircraft's or vehicle's model code after its maker's name: "A380", "A320neo", "B737s", "Q4". */
const MODEL_CODE_RE = /^\p{Lu}{1,2}\d{1,4}(?:neo|[a-z]{0,3})$/u;
/** Abbreviated currencies written before a figure ("Rs 600 crore", "RM 1.7 billion", "Ksh 2 billion"). */
const CURRENCY_WORDS = new Set(['Rs', 'Rp', 'RM', 'Tk', 'Ksh', 'KSh', 'Sh', 'Kes', 'Kz', 'Rf', 'Rs.']);

/**
 * True when `next` ends the name before it rather than continuing it: a model code ("Airbus A380") or a currency
 * abbreviation followed by a figure ("Axis Bank Rs 600 crore").
 */
function endsNameBefore(text: string, next: Token): boolean {
  // "Telecoms gear maker Kestrel KESTb.ST plans to cut …": a wire's instrument code left without its brackets.
  if (mayBeWireCode(text, next.start)) return true;
  if (CURRENCY_WORDS.has(next.text)) return /^\.?\s?\d/.test(text.slice(next.end, next.end + 3));
  const c = next.text.charCodeAt(next.text.length - 1);
  return next.text.length <= 7 && (c < 65 || c > 90) && hasDigit(next.text) && MODEL_CODE_RE.test(next.text);
}

/** A wire's instrument code ("KESTb.ST", "VOD.L", "7203.T") followed by a space, comma or bracket. */
const WIRE_CODE_RE = /^(?:[A-Z]{2,6}[a-z]?|\d{4})\.[A-Z]{1,2}(?=[\s,)])/;

/** WIRE_CODE_RE at `at`, tried only when a full stop stands 3 to 8 characters in (where its code must have one). */
function mayBeWireCode(text: string, at: number): boolean {
  for (let k = at + 2; k < at + 8; k++)
    if (text.charCodeAt(k) === 46) return WIRE_CODE_RE.test(text.slice(at, at + 12));
  return false;
}

/** What `[.!?"”:]$` accepts as a line's last character (the line of a headline ends in none of them). */
const LINE_STOPS: ReadonlySet<number> = new Set([...'.!?"”:'].map((c) => c.charCodeAt(0)));

/** Words that open a government department's name, which may list its remits ("Ministry of Economy, Trade and …"). */
const MINISTRY_HEADS = new Set(['Ministry', 'Department']);

/**
 * The last token of "Trade and Industry" (from `k`, after a comma): one remit word per item, separated by
 * ", ", the last after " and " (or ", and "); -1 when the words after the comma are not such a list.
 */
function ministryListEnd(text: string, tokens: readonly Token[], k: number, to: number, covered: Uint8Array): number {
  for (let n = k; n + 2 < to && n < k + 8; n += 2) {
    if (covered[n] || !isRemit(tokens[n]!.text)) return -1;
    const gap = text.slice(tokens[n]!.end, tokens[n + 1]!.start);
    // "… Arbitration, and Appeals": a comma may stand before the last item's "and".
    if ((gap === ' ' || gap === ', ') && tokens[n + 1]!.text === 'and') {
      const last = tokens[n + 2]!;
      const ok = !covered[n + 2] && text.slice(tokens[n + 1]!.end, last.start) === ' ' && isRemit(last.text);
      if (!ok) return -1;
      return secondRemitWord(text, tokens, n + 2, to, covered) ? n + 3 : n + 2;
    }
    if (gap !== ', ') return -1;
  }
  return -1;
}

/**
 * "… Labour, and Social Policy", "… Trade and Foreign Affairs": the last remit of a ministry's list may be two
 * words, when the name ends with the second (no capitalised word follows it) and the second is no post ("… and
 * Energy Minister" names a minister, not the ministry).
 */
function secondRemitWord(text: string, tokens: readonly Token[], m: number, to: number, covered: Uint8Array): boolean {
  if (m + 1 >= to || covered[m + 1] || text.slice(tokens[m]!.end, tokens[m + 1]!.start) !== ' ') return false;
  const word = tokens[m + 1]!.text;
  if (!isRemit(word) || isBareTitle(word)) return false;
  return !(
    m + 2 < to &&
    text.slice(tokens[m + 1]!.end, tokens[m + 2]!.start) === ' ' &&
    isCapitalized(tokens[m + 2]!.text)
  );
}

/**
 * The last token of "Dubilier & Rice" (from `k`, after a comma): single capitalised words separated by ", ", the
 * last joined by " & " — how partnership firms are named ("Wachtell, Lipton, Rosen & Katz"); -1 otherwise. A list
 * of companies joins its last item with "and", not "&".
 */
function partnersListEnd(text: string, tokens: readonly Token[], k: number, to: number, covered: Uint8Array): number {
  for (let n = k; n + 1 < to && n < k + 6; n++) {
    // Partners are people: their surnames are no common words ("Jets, Defense & Security" lists segments); the last
    // may be one ("… & Rice").
    if (covered[n] || covered[n + 1] || !isCapitalized(tokens[n]!.text) || isCommonWord(tokens[n]!.text)) return -1;
    const gap = text.slice(tokens[n]!.end, tokens[n + 1]!.start);
    if (gap === ' & ') {
      const last = tokens[n + 1]!.text;
      return isCapitalized(last) && !RUN_STOP.has(last) ? n + 1 : -1;
    }
    if (gap !== ', ') return -1;
  }
  return -1;
}

/** A ministry's remit: a capitalised common noun ("Trade", "Industry"), never a name ("the Ministry of Finance, Tarvik and …"). */
function isRemit(word: string): boolean {
  return isCapitalized(word) && (isCommonWord(word) || REMIT_WORDS.has(word));
}

/** Last words of workers' and trade bodies' names, which may hold "and" ("Mining and Energy Union"). */
const BODY_TAILS: ReadonlySet<string> = new Set(['Union', 'Federation', 'Confederation', 'Association']);
/** Heads of workers' bodies named after their members in the plural possessive ("… Dockworkers' Federation"). */
const WORKERS_BODY_HEADS: ReadonlySet<string> = new Set([...BODY_TAILS, 'Council', 'Guild', 'Syndicate']);
/** Heads of the bodies named by a list of their fields ("Media, Entertainment & Arts Alliance"). */
const FIELD_LIST_BODY_HEADS: ReadonlySet<string> = new Set([
  ...BODY_TAILS,
  'Council',
  'Guild',
  'Alliance',
  'Institute',
  'Society',
  'Chamber',
  'Coalition',
]);
/** "the " right before a name's first word. */
const THE_BEFORE_RE = /\bthe\s$/i;

/**
 * The last token of "Entertainment & Arts Alliance" (from `k`, after the first field and its comma), for a name
 * "the Media, Entertainment & Arts Alliance" that opens with "the": one common capitalised word per field, ", "
 * between them, " & " or " and " (a comma allowed before) before the last, then a body's head word; -1 otherwise.
 * Not a list of names ("Kestrel, Vessla and Orsk Union": proper names are no common words).
 */
function fieldListBodyEnd(text: string, tokens: readonly Token[], k: number, to: number, covered: Uint8Array): number {
  for (let n = k; n + 1 < to && n < k + 8; n++) {
    if (covered[n] || !isRemit(tokens[n]!.text)) return -1;
    const gap = text.slice(tokens[n]!.end, tokens[n + 1]!.start);
    if (gap === ', ') continue;
    let last = -1;
    if (gap === ' & ' || gap === ', & ') last = n + 1;
    else if ((gap === ' ' || gap === ', ') && tokens[n + 1]!.text === 'and' && n + 2 < to)
      last = text.slice(tokens[n + 1]!.end, tokens[n + 2]!.start) === ' ' ? n + 2 : -1;
    const head = last + 1;
    if (last < 0 || head >= to || covered[last] || covered[head] || !isRemit(tokens[last]!.text)) return -1;
    const ok =
      text.slice(tokens[last]!.end, tokens[head]!.start) === ' ' && FIELD_LIST_BODY_HEADS.has(tokens[head]!.text);
    return ok ? head : -1;
  }
  return -1;
}

/** Remits of ministries that the common-word list leaves out (a party's name, a spelling): "… Family, Labour, and …". */
const REMIT_WORDS = new Set([
  'Labour',
  'Labor',
  'Tourism',
  'Hydrocarbons',
  'Defence',
  'Defense',
  'Entrepreneurship',
  'Privatisation',
  'Privatization',
]);

/** Whether the word at `k` is one capitalised word in brackets followed by a legal form: "(Schweiz) AG", "(Malaya) Sdn Bhd". */
function legalFormAfterBracket(
  text: string,
  tokens: readonly Token[],
  k: number,
  to: number,
  covered: Uint8Array,
): boolean {
  if (k + 1 >= to || covered[k + 1] || !isRunWord(tokens[k]!.text)) return false;
  if (text.slice(tokens[k]!.end, tokens[k + 1]!.start) !== ') ') return false;
  const form = tokens[k + 1]!.text;
  // "Tien Kora (Malaya) Sdn Bhd", "Vessla (India) Private Limited": a legal form of two words.
  const tail = k + 2 < to ? tokens[k + 2]!.text : '';
  return LEGAL_SUFFIX.has(form) || LEGAL_SUFFIX_PAIRS.some(([a, b]) => a === form && b === tail);
}

/**
 * Whether the token at `k`, after a comma, is a dotted or unmistakable legal form that ends the name ("…, S.A.",
 * "…, Inc."): never a weak form ("…, AB InBev") or one that a further name word follows.
 */
function legalFormAfterComma(
  text: string,
  tokens: readonly Token[],
  k: number,
  to: number,
  covered: Uint8Array,
): boolean {
  if (k >= to || covered[k]) return false;
  const form = tokens[k]!.text;
  if (!COMMA_LEGAL_FORMS.has(form)) return false;
  const after = tokens[k + 1];
  return !after || !DOT_SPACE_CAPITAL_RE.test(text.slice(tokens[k]!.end, after.start + 1)) || !isRunWord(after.text);
}

/** Legal forms written after a comma ("Acme, Inc.", "Tevesa, S.A."). */
const COMMA_LEGAL_FORMS = new Set(['Inc', 'S.A', 'S.A.B', 'S.p.A', 'N.V', 'B.V', 'S.A.S', 'S.L', 'Ltd', 'LLC', 'L.P']);

/**
 * The last token of a country or region in brackets starting at `k` ("(Hong Kong)", "(Thailand)"), closed by ")"
 * that no legal form follows; -1 otherwise.
 */
function countryInBracketsEnd(
  text: string,
  tokens: readonly Token[],
  k: number,
  to: number,
  covered: Uint8Array,
): number {
  for (let n = k; n < Math.min(to, k + 3) && !covered[n]; n++) {
    if (text.charCodeAt(tokens[n]!.end) === 41)
      return isCountryOrRegion(text.slice(tokens[k]!.start, tokens[n]!.end)) ? n : -1;
    if (text.charCodeAt(tokens[n]!.end) !== 32) return -1;
  }
  return -1;
}

/**
 * Whether "and" at token j+1 joins one name: the run so far holds "of" ("Ministry of Economy and Finance"), or the
 * words after "and" end, within four, in a legal form ("Port and Free Zone World FZE").
 */
function joinsAnd(
  text: string,
  tokens: readonly Token[],
  i: number,
  j: number,
  to: number,
  covered: Uint8Array,
): boolean {
  if (text.slice(tokens[j + 1]!.end, tokens[j + 2]!.start) !== ' ' || !isRunWord(tokens[j + 2]!.text)) return false;
  // "Travel House Ltd and Lanka Hotels Pvt Ltd": a name that already ends in its legal form is complete.
  if (LEGAL_SUFFIX.has(tokens[j]!.text)) return false;
  // "ICICI Bank and HDFC Ltd": a name already ended by an organization word after a name of its own, then another
  // name of its own — two companies listed, not one.
  if (j > i && ORG_HEAD_WORDS.has(tokens[j]!.text) && ownNameWord(tokens[j + 2]!.text)) {
    for (let k = i; k < j; k++) if (ownNameWord(tokens[k]!.text)) return false;
  }
  if (secondInstitutionAfterAnd(tokens, i, j, to, covered)) return false;
  for (let k = i; k < j; k++) if (tokens[k]!.text === 'of' || tokens[k]!.text === 'for') return true;
  if (j > i && isTradePair(tokens[j]!.text, tokens[j + 2]!.text)) return true;
  if (j > i && tradeBeforeAnd(tokens, i, j) && tradeWordsToCountry(text, tokens, j + 2, to, covered)) return true;
  if (j > i && tradeBeforeAnd(tokens, i, j) && tradeThenSecondAnd(text, tokens, j + 2, to, covered)) return true;
  if (initialsInBracketsAfter(text, tokens, i, j + 2, to, covered)) return true;
  for (let k = j + 2; k < Math.min(to, j + 7) && !covered[k]; k++) {
    // "between Kestrel and Vessla SA" with "Kestrel" written on its own elsewhere: two companies listed.
    if (LEGAL_SUFFIX.has(tokens[k]!.text)) return !namedApart(text, tokens, i, j, k, (pos) => isInitial(text, pos));
    if (STATE_BODY_WORDS.has(tokens[k]!.text) || BODY_TAILS.has(tokens[k]!.text)) return true;
    if (unitNameEndsAt(text, tokens, i, j + 2, k, to)) return true;
    if (k + 1 >= to || text.slice(tokens[k]!.end, tokens[k + 1]!.start) !== ' ') return false;
    if (!isRunWord(tokens[k + 1]!.text) && !LEGAL_SUFFIX.has(tokens[k + 1]!.text)) return false;
  }
  return false;
}

/**
 * True when the "and" after tokens `i`…`j` lists a second institution, not a remit of the first: "state-run banks
 * such as Kestrel Bank of Orsk and Bank of Vessla" (an organization's word and "of" open the words after "and"), or
 * "backed by the Ministry of Ports and Fisheries and Orsk Shipowners' Association" (a name with "of" that already
 * holds one joining "and": a second one lists the next body). Not "Ministry of Economy and Finance", nor "Bank of
 * Orsk and Vessla" (a place after "and", no organization's word).
 */
function secondInstitutionAfterAnd(
  tokens: readonly Token[],
  i: number,
  j: number,
  to: number,
  covered: Uint8Array,
): boolean {
  let of = false;
  let and = false;
  for (let k = i; k < j; k++) {
    if (tokens[k]!.text === 'of') of = true;
    else if (tokens[k]!.text === 'and' && of) and = true;
  }
  if (of && and) return true;
  // "Jane Roe and Ministry of Ports director Ana Lind", "Kestrel Bank of Orsk and Bank of Vessla": an organization's
  // word and "of" after "and" open a second institution's name, whether or not the name before holds "of".
  const head = tokens[j + 2]!.text;
  return (
    j + 4 < to &&
    !covered[j + 3] &&
    tokens[j + 3]!.text === 'of' &&
    (ORG_HEAD_WORDS.has(head) || STATE_BODY_WORDS.has(head)) &&
    isRunWord(tokens[j + 4]!.text)
  );
}

/**
 * True when the name before "and" (tokens `i`…`j`) is a name of its own followed by a trade, a common noun that is no
 * place: "Kestrel Motor", "Tarvo Paper" — not "Norrvik Hallberg" (no trade) or "Kestrel Pacific" (a region).
 */
function tradeBeforeAnd(tokens: readonly Token[], i: number, j: number): boolean {
  const trade = tokens[j]!.text;
  if (!isCommonWord(trade) || isPlace(trade) || isCountryOrRegion(trade)) return false;
  for (let k = i; k < j; k++) if (!isCommonWord(tokens[k]!.text)) return true;
  return false;
}

/**
 * True when the word at `k` (after "and") is one capitalised trade that is no place, then a second " and " and a
 * capitalised word: "from Kestrel Teas and Infusions and Norrvik Estates" — the first "and" joins two trades inside
 * one name, the second lists the next company. "Northern Orsk and Tarvo and Vale" (places) stays as written.
 */
function tradeThenSecondAnd(
  text: string,
  tokens: readonly Token[],
  k: number,
  to: number,
  covered: Uint8Array,
): boolean {
  const trade = tokens[k]!.text;
  if (!isCommonWord(trade) || isPlace(trade) || isCountryOrRegion(trade)) return false;
  if (k + 2 >= to || covered[k + 1] || covered[k + 2] || tokens[k + 1]!.text !== 'and') return false;
  if (text.slice(tokens[k]!.end, tokens[k + 1]!.start) !== ' ') return false;
  return text.slice(tokens[k + 1]!.end, tokens[k + 2]!.start) === ' ' && isRunWord(tokens[k + 2]!.text);
}

/**
 * True when the words from `k` (after "and") are capitalised common nouns, one space apart, ending in a country within
 * four words: "Kestrel Motor and Engine Kenya", "Tarvo Paper and Packaging Nigeria" — a second trade with no name of
 * its own cannot be a second company, so the country closes one local arm's name. "Kestrel Motor and Norrvik India"
 * (a name of its own after "and") and "… and Air Orsk" (an airline's or bank's opening word) stay two.
 */
function tradeWordsToCountry(
  text: string,
  tokens: readonly Token[],
  k: number,
  to: number,
  covered: Uint8Array,
): boolean {
  for (let n = k; n < Math.min(to, k + 4) && !covered[n]; n++) {
    if (n > k && text.slice(tokens[n - 1]!.end, tokens[n]!.start) !== ' ') return false;
    const word = tokens[n]!.text;
    if (n > k && isCountryOrRegion(word)) return true;
    if (!isCapitalized(word) || !isCommonWord(word) || isCountryOrRegion(word) || ORG_PREFIX_WORDS.has(word))
      return false;
  }
  return false;
}

/**
 * Two trades that one company's name joins with "and" after a name of its own: "Norrvik Iron and Steel Group",
 * "Kestrel Oil and Gas", "Vellmora Gas and Electric". Only these set pairs: "Kestrel Steel and Norrvik Gas" stays two.
 */
const TRADE_PAIRS = new Set([
  'Iron and Steel',
  'Oil and Gas',
  'Gas and Oil',
  'Gas and Electric',
  'Power and Light',
  'Light and Power',
  'Water and Power',
  'Pulp and Paper',
  'Paper and Pulp',
  'Food and Beverage',
  'Food and Beverages',
  'Coal and Steel',
  'Rubber and Plastics',
  'Oil and Chemical',
  // "Norrvik Fashion and Retail", "Kestrel Defence and Space", "Vessla Media and Entertainment Group".
  'Fashion and Retail',
  'Defence and Space',
  'Media and Entertainment',
]);

/** Whether the words before and after "and" are a pair of TRADE_PAIRS ("Iron" and "Steel"). */
function isTradePair(before: string, after: string): boolean {
  return TRADE_PAIRS.has(`${before} and ${after}`);
}

/** A word that is a name's own: neither common English, a place, a nationality nor an organization word. */
function ownNameWord(word: string): boolean {
  return !isCommonWord(word) && !isPlace(word) && !NATIONALITIES.has(word) && !ORG_HEAD_WORDS.has(word);
}

/** "Resort-owner", "Chip-maker": a capitalised field, a hyphen and a lower-case company noun (or "owner"). */
function hyphenatedDescriptor(word: string): boolean {
  const dash = word.indexOf('-');
  if (dash < 1) return false;
  const tail = word.slice(dash + 1);
  return LOWER_WORD_RE.test(tail) && (tail === 'owner' || tail === 'operator' || DESCRIPTOR_NOUNS.has(tail));
}

/** Last words of a business unit's name that no company's name ends in ("Global Lending and Markets"). */
export const UNIT_NAME_TAILS: ReadonlySet<string> = new Set(['Banking', 'Business', 'Markets']);
/** A unit noun right after a name: "a Corporate and Wholesale Banking unit". */
const UNIT_NOUN_AFTER_RE = /^ (?:unit|units|division|divisions|segment|segments|business|businesses|arm)\b/;

/**
 * Whether the words after "and" (from `first`, up to three) end at `k` as a business unit's name: "Halvard Retail
 * and Small Business", "Savings and Personal Banking", "a Corporate and Wholesale Banking unit".
 */
function unitNameEndsAt(
  text: string,
  tokens: readonly Token[],
  i: number,
  first: number,
  k: number,
  to: number,
): boolean {
  if (k - first > 2) return false;
  // "Acme Devices and Acme Digital Solutions": two names of one owner; "Brazilian and Paraguayan units": places.
  if (tokens[first]!.text === tokens[i]!.text) return false;
  for (let n = i; n <= k; n++) if (isPlace(tokens[n]!.text) || NATIONALITIES.has(tokens[n]!.text)) return false;
  const next = k + 1 < to ? tokens[k + 1]! : null;
  // The name ends here: no further name word joined by one space.
  if (next && text.slice(tokens[k]!.end, next.start) === ' ' && isRunWord(next.text)) return false;
  const after = text.slice(tokens[k]!.end, tokens[k]!.end + 24);
  // "its Energy Systems and Digital Solutions units": a plural unit noun after the words says two names were listed.
  if (UNIT_PLURAL_AFTER_RE.test(after)) return false;
  return UNIT_NAME_TAILS.has(tokens[k]!.text) || UNIT_NOUN_AFTER_RE.test(after);
}

/**
 * A plural unit noun right after a name, "business" or "operating" may stand before it: "… and Digital Solutions
 * units", "… and Eco Solutions business divisions".
 */
const UNIT_PLURAL_AFTER_RE = /^ (?:(?:business|operating) )?(?:units|divisions|segments|businesses|arms)\b/;

/**
 * "Clydesdale and Yorkshire Banking Group (CYBG)", "Procter and Gamble (P&G)": the initials in brackets after the
 * words following "and" (from `k`, up to four) spell the whole name, "and" left out; or, with no brackets after the
 * name, four initials or more written elsewhere in the text.
 */
function initialsInBracketsAfter(
  text: string,
  tokens: readonly Token[],
  i: number,
  k: number,
  to: number,
  covered: Uint8Array,
): boolean {
  let initials = '';
  for (let n = i; n < k; n++) if (tokens[n]!.text !== 'and') initials += tokens[n]!.text[0];
  for (let n = k; n < Math.min(to, k + 4) && !covered[n] && isRunWord(tokens[n]!.text); n++) {
    initials += tokens[n]!.text[0];
    const written = bracketedAcronymAt(text, tokens[n]!.end);
    const letters = written ? written.replace('&', '') : '';
    // "… Banking Group (CYB)": the organization word may be left out of the initials.
    const headless = n > k && ORG_HEAD_WORDS.has(tokens[n]!.text) ? initials.slice(0, -1) : '';
    // Only where the whole is plainly one organization: it ends in an organization word, or the initials keep "&".
    const amp = written !== null && written.includes('&');
    const enough = (letters.length >= 3 && ORG_HEAD_WORDS.has(tokens[n]!.text)) || amp;
    if (enough && letters.length >= 2 && (letters === initials || letters === headless)) return true;
    // "KBC Studios and Post Production (S&PP)": the owner's initials opening the name may be left out too.
    if (amp && letters.length >= 3 && ownerInitialsLead(tokens[i]!.text) && letters === initials.slice(1)) return true;
    // "Norrvik Shipbuilding and Marine Engineering … NSME said": the initials of the whole, four letters or more,
    // written elsewhere as a word of their own (not in brackets here: those are judged above).
    const last = n + 1 >= to || text.slice(tokens[n]!.end, tokens[n + 1]!.start) !== ' ';
    if ((last || !isRunWord(tokens[n + 1]!.text)) && written === null && initials.length >= 4)
      return capitalsWritten(tokens).has(initials);
    if (last) return false;
  }
  return false;
}

/** A word of two to five capitals opening a name: an owner's initials ("KBC Studios"). */
function ownerInitialsLead(word: string): boolean {
  return OWNER_INITIALS_RE.test(word);
}
const OWNER_INITIALS_RE = /^\p{Lu}{2,5}$/u;

/** The all-capital words of four letters or more a text writes ("DSME"), found once per token list. */
const CAPITALS_WRITTEN = new WeakMap<readonly Token[], Set<string>>();
const CAPITALS_RE = /^\p{Lu}{4,8}$/u;

function capitalsWritten(tokens: readonly Token[]): Set<string> {
  let written = CAPITALS_WRITTEN.get(tokens);
  if (!written) {
    written = new Set();
    for (const t of tokens) if (CAPITALS_RE.test(t.text)) written.add(t.text);
    CAPITALS_WRITTEN.set(tokens, written);
  }
  return written;
}

/** True when nothing but spaces, quotes or bullets separates `pos` from a sentence end, a colon or a line start. */
export function isInitial(text: string, pos: number): boolean {
  let k = pos - 1;
  for (let n = 0; k >= 0 && n < 8; k--, n++) {
    const c = text[k]!;
    if (c === ' ' || c === '\t' || c === '"' || c === '“' || c === '‘' || c === "'" || c === '•' || c === '*') continue;
    return c === '\n' || c === '.' || c === '!' || c === '?' || c === ':' || c === '\r';
  }
  return k < 0;
}

/**
 * Judges whether the line holding a position reads like a headline: no closing full stop and most longer words
 * capitalised ("Why Maersk Is Cutting Now"); lines over 300 chars never do. Positions must come in increasing
 * order: each line is found and judged once, so the work stays linear in the text.
 */
export function headlineJudge(text: string): (pos: number) => boolean {
  let lineEnd = -1;
  let verdict = false;
  return (pos) => {
    if (pos <= lineEnd) return verdict;
    // Look no further than 301 characters either way: a longer line is never a headline, and unbounded searches
    // made this quadratic when it is called once per stretch of a long line.
    const back = Math.max(0, pos - 301);
    const nl = text.slice(back, pos).lastIndexOf('\n');
    const from = nl >= 0 ? back + nl + 1 : back === 0 ? 0 : -1;
    const ahead = text.slice(pos, pos + 301).indexOf('\n');
    lineEnd = ahead >= 0 ? pos + ahead : Math.min(text.length, pos + 301);
    verdict = false;
    if (from >= 0 && (ahead >= 0 || lineEnd === text.length) && lineEnd - from <= 300) {
      const line = text.slice(from, lineEnd).trim();
      if (!LINE_STOPS.has(line.charCodeAt(line.length - 1))) {
        const words = line.split(/\s+/).filter((w) => FOUR_LETTERS_RE.test(w));
        const caps = words.filter((w) => isCapitalized(w)).length;
        // A title-case line, or a sentence-case one standing alone between blank lines ("Acme to cut 6% of staff").
        const alone =
          (from < 2 || text.charCodeAt(from - 2) === 10) && text.charCodeAt(lineEnd + 1) === 10 && !/^[•*-]/.test(line);
        verdict = words.length >= 2 && (caps / words.length >= 0.6 || alone);
      }
    }
    return verdict;
  };
}

function isGivenName(word: string): boolean {
  return FIRST_NAMES.has(word) || WEAK_FIRST_NAMES.has(word);
}
