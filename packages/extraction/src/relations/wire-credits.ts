import { openingCreditOutlet } from './opening-credits.js';
import { nameAloneOnLine } from './agency-line-alone.js';
import { OUTLET_HEADS } from './outlet-lexicon.js';

/** A wire or outlet the article credits as where its copy comes from. */
export interface WireCredit {
  name: string;
  start: number;
  end: number;
  /** The initials bracketed after it ("African News Agency (ANA)"). */
  alias?: string;
  /** True for an outlet no list knows, credited in a bracket opening the body ("(Orsk Daily) —"). */
  byOpeningCredit?: boolean;
  /** True for a name of any form a closing "Source:" line gives ("Source: Vesko (sp), El Orsko (sp)"). */
  bySourceLine?: boolean;
}

/** A name in a credit: up to five capitalised words or initials ("Reuters", "AFP", "African News Agency", "dpa"). */
const CREDIT_NAME = String.raw`(?:\p{Lu}[\p{L}.&'’-]*|dpa)(?:[ /](?:\p{Lu}[\p{L}.&'’-]*|dpa))*`;
/** "Sept 12 ", "Nov. 9 ": a dateline's month and day with no city, as sites reprinting wire copy cut it. */
const DATE_ALONE = String.raw`(?:Jan|Feb|March|April|May|June|July|Aug|Sept?|Oct|Nov|Dec)\p{Ll}*\.?\s\d{1,2}\s`;
/** "Osaka, May 27 ": a dateline's city written in lower case, then its month and day (as Jiji Press writes it). */
const CITY_DATE = String.raw`\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+)?,\s${DATE_ALONE}`;
/** "London ", "Sao Paulo ": a dateline's city in title case with no date, as AFP's own pages write it ("London (AFP) –"). */
const CITY_ALONE = String.raw`\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+)?\s`;
/**
 * "MILAN, Feb 13 (AFP) -", "Sept 12 (Reuters) -", "SEATTLE (Reuters) —", "London (AFP) –", "(Bloomberg) --": a dateline's credit, a city
 * before it; or a line of its own under the byline ("(Yonhap)").
 */
const DATELINE_CREDIT_RE = new RegExp(
  String.raw`^(?:\p{Lu}{2,}[^()\n]{0,60}?|${CITY_DATE}|${CITY_ALONE}|${DATE_ALONE})?\((${CREDIT_NAME})\)\s*(?:[-–—]|$)`,
  'u',
);
/** A byline that names the agency the writers work for: "Written by Jane Roe and Jan Berg for Reuters". */
const WRITTEN_FOR_RE = new RegExp(
  String.raw`^(?:Written|Reporting|Reported)\s+by\s+[^\n]{1,100}?\s+for\s+(${CREDIT_NAME})\.?$`,
  'u',
);
/**
 * A desk's web address closing the body: a last line "kora.com" that is only an agency's site, or "… has estimated.
 * – Kora.com" ending the last paragraph (a site's own desk, capitalised). Group 1 or group 2 is the name.
 */
const DOMAIN_CREDIT_RE =
  /^(?:[-–—]\s*)?(\p{L}[\p{L}-]*)\.(?:com|net|org)$|\s[-–—]\s*(\p{Lu}[\p{L}-]*)\.(?:com|net|org)$/u;
/** A last line that is only a credit: "Reuters", "– African News Agency (ANA)". */
const CREDIT_LINE_RE = new RegExp(String.raw`^(?:[-–—]\s*)?(${CREDIT_NAME})(?:\s*\((\p{Lu}{2,8})\))?\.?$`, 'u');
/**
 * A last line that is an agency's copyright notice: "© KYODO", "© 2024 AFP", "(c) Kyodo News", "[Copyright The Jiji
 * Press, Ltd.]" — how sites that reprint wire copy credit it. The name is group 1, in any case.
 */
const COPYRIGHT_LINE_RE = new RegExp(
  String.raw`^\[?(?:©|\([cC]\)|Copyright\b)(?:\s*(?:©|\([cC]\)))?\s*(?:\d{4}\s+)?(?:The\s+)?(${CREDIT_NAME})(?:,?\s+(?:Ltd|Inc|Co)\.?)?\.?\]?$`,
  'u',
);
/** A last line "Source: TBS", "Source: Kora Daily News", "Source NKB" (no colon): the outlet a site's story is taken from (group 1). */
const SOURCE_LINE_RE = new RegExp(String.raw`^Source(?::\s*|\s+)(${CREDIT_NAME})\.?$`, 'u');
/** A two-letter language tag after a credited name, as news digests mark their sources: " (sp)", " (en)". */
const LANGUAGE_TAG = String.raw`(?:\s\(\p{Ll}{2}\))?`;
/**
 * A last line "Source: Vesko (sp), El Orsko (sp)", "Sources: Vesko and Orsk Ledger": with its colon, a digest's line
 * that names where its story comes from, one to four names of up to five capitalised words each.
 */
const SOURCE_LIST_LINE_RE = new RegExp(
  String.raw`^Sources?:\s*${CREDIT_NAME}${LANGUAGE_TAG}(?:(?:,|;|\s(?:and|&))\s${CREDIT_NAME}${LANGUAGE_TAG}){0,3}\.?$`,
  'u',
);
const CREDIT_NAME_G = new RegExp(CREDIT_NAME, 'gu');
/** A credit closing the last paragraph after its full stop: "… two years. (Yonhap)". */
const CLOSING_CREDIT_RE = new RegExp(String.raw`[.!?"”’]\s*\((${CREDIT_NAME})\)\s*$`, 'u');
/** A name that only a news agency has ("African News Agency", "Kora Press Agency"). */
const AGENCY_HEAD_RE = /\s(?:News|Press)\s+Agency$/u;
/**
 * The news agencies that sell copy to other outlets, by the names datelines and credits give them. An outlet crediting
 * its own desk ("(Kora Newswire) -", the publisher's own wire) names no source of its copy: only an agency counts.
 */
const NEWS_AGENCIES = new Set(
  `Reuters Reuter AFP AP Bloomberg dpa DPA Kyodo Jiji Yonhap Xinhua PTI IANS ANI UNI Bernama Antara ANSA EFE APA ANP
  Belga TASS Interfax CP AAP Anadolu KUNA WAM MENA NAN KNA Lusa Notimex Télam Telam ATS SDA Keystone-SDA TT NTB Ritzau
  STT PAP ČTK CTK MTI BTA Tanjug HINA STA AFX VNA PNA ANA UPI Xinhua/AFP AFP/Reuters`.split(/\s+/),
);
const AGENCY_NAMES = new Set([
  'Agence France-Presse',
  'Associated Press',
  'Canadian Press',
  'The Canadian Press',
  'Australian Associated Press',
  'Press Trust of India',
  'Indo-Asian News Service',
  'Asian News International',
  'Kyodo News',
  'Jiji Press',
  'Yonhap News Agency',
  'Dow Jones',
  'Bloomberg News',
  'Europa Press',
  'RIA Novosti',
  'Agência Brasil',
  'Agencia Brasil',
  'Prensa Latina',
  'Anadolu Agency',
  'United Press International',
]);

/** True when the name is a news agency's (known by name, or one called a news or press agency). */
export function isNewsAgency(name: string): boolean {
  return NEWS_AGENCIES.has(name) || AGENCY_NAMES.has(name) || (name.endsWith('Agency') && AGENCY_HEAD_RE.test(name));
}
/**
 * An agency's name as the list spells it, by its lower-case form ("reuters" → "Reuters"): a notice that writes the name
 * in capitals ("© KYODO", "© JIJI PRESS") and a site's address ("reuters.com") find it here.
 */
const AGENCY_BY_LOWER = new Map([...NEWS_AGENCIES, ...AGENCY_NAMES].reverse().map((n) => [n.toLowerCase(), n]));
/** How far into the body a dateline may stand (a headline and a standfirst may come first). */
const DATELINE_WINDOW = 600;

/**
 * The news agencies an article credits for its copy — in its dateline ("MILAN, Feb 13 (AFP) -") or at its end (a
 * last line "Reuters", "(Yonhap)" after the last full stop, "– African News Agency (ANA)"). A careful reader counts
 * them among the article's sources (the gold convention lists "AFP" for an AFP dateline, "The Canadian Press" for
 * "(CP)"), but not an outlet's own desk in the same place ("(Kora Newswire) -"); the byline's "(Reporting by …;
 * Editing by …)" names no source and never matches (no "by", no semicolon in a credit name).
 */
export function findWireCredits(work: string, bodyStart: number): WireCredit[] {
  const out: WireCredit[] = [];
  let lineStart = bodyStart;
  for (let n = 0; n < 6 && lineStart < work.length && lineStart - bodyStart < DATELINE_WINDOW; n++) {
    const nl = work.indexOf('\n', lineStart);
    const lineEnd = nl < 0 ? work.length : nl;
    const line = work.slice(lineStart, Math.min(lineEnd, lineStart + 200));
    const m = DATELINE_CREDIT_RE.exec(line);
    if (m && isNewsAgency(m[1]!)) {
      const start = lineStart + m[0].indexOf('(' + m[1]!) + 1;
      out.push({ name: m[1]!, start, end: start + m[1]!.length });
      break;
    }
    // "Bloomberg" on a line of its own under the standfirst: the agency the story is taken from.
    const alone = nameAloneOnLine(line);
    if (alone && isNewsAgency(alone)) {
      out.push({ name: alone, start: lineStart, end: lineStart + alone.length });
      break;
    }
    // "Written by Jane Roe for Reuters": the agency the byline names.
    const written = WRITTEN_FOR_RE.exec(line);
    if (written && isNewsAgency(written[1]!)) {
      const start = lineStart + line.lastIndexOf(written[1]!);
      out.push({ name: written[1]!, start, end: start + written[1]!.length });
      break;
    }
    const outlet = openingCreditOutlet(line);
    if (outlet) {
      const start = lineStart + outlet.at;
      out.push({ name: outlet.name, start, end: start + outlet.name.length, byOpeningCredit: true });
      break;
    }
    lineStart = lineEnd + 1;
  }
  const tail = lastLine(work, bodyStart);
  if (!tail) return out;
  // A credit line is short: a long last line is the story's last paragraph (only its end is read).
  const text = work.slice(Math.max(tail.start, tail.end - 200), tail.end);
  const own = tail.end - tail.start <= 80 ? CREDIT_LINE_RE.exec(text) : null;
  if (own && creditLine(own[1]!, own[2])) {
    const start = tail.end - text.length + text.indexOf(own[1]!);
    out.push({ name: own[1]!, start, end: start + own[1]!.length, ...(own[2] ? { alias: own[2] } : {}) });
    return out;
  }
  // "Source: TBS": an agency, a broadcaster's initials or a name ending in an outlet's noun — not "Source: Kestrel".
  const source = tail.end - tail.start <= 60 ? SOURCE_LINE_RE.exec(text) : null;
  if (source && outletByItsName(source[1]!)) {
    const start = tail.end - text.length + source[0].indexOf(source[1]!, 6);
    out.push({ name: source[1]!, start, end: start + source[1]!.length });
    return out;
  }
  // "Source: Vesko (sp), El Orsko (sp)": with a colon the line names its outlets whatever their names (citations.ts
  // drops a name of the company in focus).
  const list = tail.end - tail.start <= 120 ? SOURCE_LIST_LINE_RE.exec(text) : null;
  if (list) {
    const afterColon = list[0].indexOf(':') + 1;
    const names = text.slice(afterColon);
    const from = tail.end - text.length + afterColon;
    // An exec loop, not matchAll (which would build a copy of the expression per line).
    CREDIT_NAME_G.lastIndex = 0;
    for (let m = CREDIT_NAME_G.exec(names); m; m = CREDIT_NAME_G.exec(names)) {
      if (m[0].split(' ').length > 5) continue;
      out.push({ name: m[0], start: from + m.index, end: from + m.index + m[0].length, bySourceLine: true });
    }
    return out;
  }
  // "© KYODO": a copyright notice names the agency the copy is bought from.
  const notice = tail.end - tail.start <= 60 ? COPYRIGHT_LINE_RE.exec(text) : null;
  if (notice && AGENCY_BY_LOWER.has(notice[1]!.toLowerCase())) {
    const start = tail.end - text.length + notice[0].indexOf(notice[1]!);
    out.push({ name: notice[1]!, start, end: start + notice[1]!.length });
    return out;
  }
  const site = domainCredit(text, tail.end);
  if (site) {
    out.push(site);
    return out;
  }
  const closing = CLOSING_CREDIT_RE.exec(text.slice(-80));
  if (closing && isNewsAgency(closing[1]!)) {
    const end = tail.end - 1;
    out.push({ name: closing[1]!, start: end - closing[1]!.length, end });
  }
  return out;
}

/**
 * "reuters.com" alone on the last line (an agency's site: the agency, as its list spells it) or "– Kora.com" closing
 * the last paragraph (a desk's own site, as written). Not "kestrel.com" alone (a company's site names no desk).
 */
function domainCredit(text: string, end: number): WireCredit | null {
  const m = DOMAIN_CREDIT_RE.exec(text.slice(-60));
  if (!m) return null;
  const stem = (m[1] ?? m[2])!;
  const name = m[1] ? AGENCY_BY_LOWER.get(stem.toLowerCase()) : stem;
  if (!name) return null;
  const start = end - m[0].length + m[0].indexOf(stem);
  return { name, start, end: start + stem.length };
}

/** An outlet by its name alone: an agency, initials ("TBS", "NHK") or a name ending in an outlet's noun ("Kora News"). */
function outletByItsName(name: string): boolean {
  return isNewsAgency(name) || /^\p{Lu}{2,6}$/u.test(name) || OUTLET_HEADS.has(name.slice(name.lastIndexOf(' ') + 1));
}

/** A last line that credits a news agency ("Reuters", "– African News Agency (ANA)"). */
function creditLine(name: string, initials: string | undefined): boolean {
  return isNewsAgency(name) || (initials !== undefined && isNewsAgency(initials));
}

/** The last non-blank line of the body, trimmed at its end. */
function lastLine(work: string, bodyStart: number): { start: number; end: number } | null {
  let end = work.length;
  while (end > bodyStart && /\s/.test(work[end - 1]!)) end--;
  if (end <= bodyStart) return null;
  const nl = work.lastIndexOf('\n', end - 1);
  return { start: Math.max(bodyStart, nl + 1), end };
}
