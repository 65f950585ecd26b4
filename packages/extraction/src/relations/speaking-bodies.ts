import { type DocContext, isOrg, mentionsIn } from '../resolve/doc-context.js';
import { UPPER_FIRST_RE } from '../text/char-class.js';

// Module constants: esbuild (tsx, vitest) rewrites a \p{…} literal inside a function into `new RegExp` per call.
const UPPER_RE = /\p{Lu}/u;
const CAPITALISED_WORD_END_RE = /\p{Lu}[\p{L}&.-]*[ \t]+$/u;
const CAPITALISED_WORD_BEFORE_RE =
  /(?:^|[^\p{L}\p{N}'’.&-])(\p{Lu}[\p{L}\p{N}'’&-]*(?: (?:of|dos|das|do|da|de|des|du|der|di))?) $/u;

/**
 * Unions, federations and other bodies that news quotes by a name no other step recognised: a name built on a
 * body's word ("the Norwegian Engineers' Association (NEA) said", "Sindicato dos Metalúrgicos de Halden estimated",
 * "the Postal Workers Union, the largest union at the company, has opposed"), initials the text reads as a union's
 * ("Unions were unimpressed. The KWF called it …", "KWF, which represents cabin crew, put the number at …"), a
 * name described as a union ("Vakka, which represents the bank's managers, said") and a body named before an
 * official's title ("Vakka general secretary Jane Roe said"). A general resource about how news names labour
 * bodies: no organization is named.
 */
export interface SpeakingBody {
  name: string;
  start: number;
  end: number;
  /** The organization mention already standing there, if any (its entity is cited instead of a new one). */
  id?: string;
  /** Its name in its own language, written in brackets after it ("… Association (Auslandhandelsverband)"). */
  alias?: string;
}

/** One long word in brackets after a body's English name: its name in its own language, no initials. */
const NATIVE_NAME_AFTER_RE = /^ \((\p{Lu}\p{Ll}{12,40})\)/u;

/** Words that make a capitalised name a body's, in the languages news about labour quotes. */
const BODY_WORD =
  /^(?:Unions?|Association|Federation|Confederation|Council|Society|Syndicate|Sindicato|Sindicatos|Syndicat|Gewerkschaft|Metall|Guild|Alliance|Brotherhood|Teamsters|Federação|Federación|Confederação|Confederación|Fédération|Confédération|Associação|Asociación)$|\p{Ll}(?:förbundet|forbundet|förbund|forbund|liitto|verband|vakbond)$/u;
/** Body words that open a name in Romance languages, before capitalised words ("Federação Única dos …"). */
const FOREIGN_HEAD =
  /^(?:Sindicato|Sindicatos|Syndicat|Federação|Federación|Confederação|Confederación|Fédération|Confédération|Associação|Asociación)$/u;
/** The capitalised body words of BODY_WORD, for a lookup before the expression. */
const BODY_WORDS = new Set(
  `Union Unions Association Federation Confederation Council Society Syndicate Sindicato Sindicatos Syndicat Gewerkschaft Metall
  Guild Alliance Brotherhood Teamsters Federação Federación Confederação Confederación Fédération Confédération Associação
  Asociación`.split(/\s+/),
);
/**
 * A verb of telling after a comma or a closing quote, right before the body's name: the inverted attribution
 * '"…," says the Orsk Workers Union.', "…, warned the Kora Teachers Association;".
 */
const SPOKEN_BEFORE_RE =
  /[,”"’]\s*(?:said|says|stated|states|added|adds|warned|warns|noted|notes|argued|argues|claimed|claims|explained|explains|insisted|insists|commented|comments|cautioned|cautions)\s+(?:the\s+)?$/u;
/** What ends the inverted clause after the name: a full stop, a semicolon or a comma. */
const CLAUSE_END_AFTER_RE = /^\s*[.;,]/u;
/**
 * Fields listed before a body's last field and its word, after "the": "the Print, Radio & " of "the Print, Radio &
 * Screen Alliance" (the body's name runs from the first field).
 */
const FIELDS_BEFORE_RE = /(?<=\bthe\s)((?:\p{Lu}\p{Ll}+,\s){1,4}(?:\p{Lu}\p{Ll}+,?\s)?(?:&|and)\s)$/u;
/** Lower-case words inside a body's name ("of", "dos", "de", "and"). */
const PARTICLE = /^(?:of|for|and|&|dos|das|do|da|de|des|du|der|di|y|e|the)$/;
/** Unions of states, not of workers; councils of governments; building societies, which are lenders. */
const BLOC_RE =
  /^(?:European|Soviet|African|Eurasian|Customs|Monetary|Postal|Banking|Capital Markets|Security|Privy)\s+(?:Union|Council)$|^(?:European|State)\s+Council|^Russian\s+Federation$|^(?:Union|Council|Association|Federation|Society)$|\bBuilding\s+Society$/;
/** Capitals that are no body's initials. */
const NOT_INITIALS =
  /^(?:CEO|CFO|COO|CTO|CIO|CHRO|US|UK|EU|UN|AI|IT|HR|PR|IPO|GDP|TV|USA|UAE|NYSE|SEC|EV|PM|MP|MPS|AGM|CEOS)$/;
/** Capitalised words before a name that are no part of it ("On Monday the …"). */
const LEADING_RE =
  /^(?:(?:The|A|An|On|In|At|But|And|Or|For|From|With|By|To|As|After|Before|While|When|Meanwhile|However|Yesterday|Today|Last|This|Next|Both|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+)+/u;

/** A function word or day right before a name ("… said The", "On Monday"): no part of it. */
const LEADING_TAIL_RE =
  /(?:^|\s)(?:The|A|An|On|In|At|But|And|Or|For|From|With|By|To|As|After|Before|While|When|Meanwhile|However|Both|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+$/u;
/**
 * What a body does when news quotes it (after its name, an acronym in brackets, an apposition, a place, "now"):
 * "the Orsk Union of Journalists has now estimated that …".
 */
const SPEAKS_AFTER_RE = new RegExp(
  String.raw`^(?:\s+\(\p{Lu}(?:[\p{L}&-]{1,11}|\p{Ll}{12,40})\))?(?:['’]s\s+(?:[\p{Ll}-]+\s+){1,2}?(?:(?:at|in)\s+\p{Lu}[\p{L}!&.-]*\s+)?)?(?:,\s+(?:[^,.;:()]|(?<=\d)[,.](?=\d)){1,120}?,)?(?:\s+(?:at|in|across|from)\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2})?\s+(?:(?:has|have|had|also|now|previously|repeatedly|publicly|always|long|earlier|on\s+\p{Lu}\p{Ll}+)\s+){0,3}(?:said|says|told|tells|warned|warns|called|calls|criticised|criticized|condemned|condemns|opposed|opposes|questioned|questions|blamed|blames|estimated|estimates|argued|argues|rejected|rejects|welcomed|urged|urges|demanded|demands|insisted|accused|vowed|threatened|described|claimed|noted|added|stated|expressed|commented|put\s+the\s+(?:number|figure|total|cost|tally))\b`,
  'u',
);
/**
 * A body that speaks in a relative clause right after its name (and bracketed initials): "the Orsk Union of Miners
 * (OUM), which commented:", "the Orsk Union, which has said …" — only verbs of speech, not "which called a strike",
 * and not "which the company said".
 */
const SPEAKS_IN_RELATIVE_RE =
  /^(?:\s+\(\p{Lu}[\p{L}&-]{1,11}\))?,\s+(?:which|who)\s+(?:(?:has|have|had|also|now)\s+){0,2}(?:said|says|commented|comments|warned|warns|estimated|estimates|claimed|claims|stated|states|noted|argued|argues)\b/u;
/** An apposition that makes a name a union's: ", which represents …", ", the largest union at …". */
const UNION_APPOSITION_RE =
  /^(?:\s+\(\p{Lu}[\p{L}&-]{1,11}\))?,\s+(?:(?:which|that|who)\s+represents?\b|(?:the|a|an|its)\s+(?:[\p{L}'’-]+\s+){0,4}?(?:unions?|works\s+council|federation|association|confederation)\b(?!['’]))/iu;
/** Union officials' titles between a body's name and the official's ("general secretary", "national officer"). */
const OFFICIAL_TITLE_RE =
  /^\s+(?:(?:deputy|assistant|acting)\s+)?(?:general\s+secretary|secretary[- ]general|(?:national|regional|branch|assistant)\s+(?:secretary|officer|organi[sz]er)|president|chair(?:man|woman|person)?|leader|spokes(?:man|woman|person))\s+(?=(?-i:\p{Lu}))/iu;
/** Initials in brackets right after a name: " (KMU)". */
const ACRONYM_AFTER_RE = /^\s+\(\p{Lu}[\p{L}&-]{1,11}\)/u;
/** What follows a name that may be described as a union or an official's: ",", " (", " general secretary" … */
const NEXT_GATE_RE =
  /^(?:,|\s+\(|\s+(?:deputy|assistant|acting|general|secretary|national|regional|branch|president|chair|leader|spokes))/iu;
/** A union or works council named near a place (the sentence or the one before): "Unions were unimpressed." */
const UNION_WORD_RE = /\b(?:unions?|works\s+councils?|labou?r\s+(?:group|movement))\b/i;

/** Capitalised (an ASCII fast path before the Unicode test). */
function isCap(w: string): boolean {
  const c = w.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  return c > 127 && UPPER_FIRST_RE.test(w);
}

/** Two to six capitals ("KWF"), by character codes and a Unicode test only beyond ASCII. */
function isUpperRun(w: string): boolean {
  if (w.length < 2 || w.length > 6) return false;
  for (let k = 0; k < w.length; k++) {
    const c = w.charCodeAt(k);
    if (c >= 65 && c <= 90) continue;
    if (c <= 127 || !UPPER_RE.test(w[k]!)) return false;
  }
  return true;
}

/** Words a body's name may be built on: capitalised, or ending as the Nordic and Dutch union words do. */
function mayBeBodyWord(w: string): boolean {
  if (isCap(w)) return BODY_WORDS.has(w) || (w.length > 6 && BODY_WORD.test(w));
  const last = w.charCodeAt(w.length - 1);
  return (last === 116 || last === 100 || last === 111) && w.length > 6 && BODY_WORD.test(w);
}

/** After a name: a comma, " (", or a space and a lower-case word a union official's title may start with. */
function gateAfter(work: string, end: number): boolean {
  const c = work.charCodeAt(end);
  if (c === 44) return true;
  if (c !== 32) return false;
  const d = work.charCodeAt(end + 1);
  if (d === 40) return true;
  // d a g n r b p c l s
  if (
    d !== 100 &&
    d !== 97 &&
    d !== 103 &&
    d !== 110 &&
    d !== 114 &&
    d !== 98 &&
    d !== 112 &&
    d !== 99 &&
    d !== 108 &&
    d !== 115
  )
    return false;
  return NEXT_GATE_RE.test(work.slice(end, end + 12));
}

/** Bodies that speak in the document, in text order; `isFocal` tells the organizations the article reports on. */
export function findSpeakingBodies(
  ctx: DocContext,
  isFocal: (id: string) => boolean,
  isCommentator: (id: string) => boolean,
): SpeakingBody[] {
  const out: SpeakingBody[] = [];
  const work = ctx.work;
  const bodyStart = ctx.sentences[0]?.start ?? work.length;
  const seen = new Set<number>();
  const add = (from: number, end: number, why: 'form' | 'acronym' | 'described' | 'official') => {
    // "the Media, Entertainment and Arts Alliance, the journalists' union, said": a name read back from its last
    // word ("Arts Alliance") that ends an organization named in full is that organization.
    const start =
      mentionsIn(ctx, Math.max(0, from - 80), from)
        .filter((m) => isOrg(m) && m.end === end)
        .pop()?.start ?? from;
    if (seen.has(start)) return;
    const name = work.slice(start, end).replace(/['’]s$/u, '');
    if (BLOC_RE.test(name)) return;
    // "the Kora Miners' Union (KMU)": the initials the text goes on to use name the same body.
    const initials = ACRONYM_AFTER_RE.exec(work.slice(end, end + 16));
    const acronym = initials
      ? mentionsIn(ctx, end + initials[0].indexOf('(') + 1, end + initials[0].length)[0]
      : undefined;
    if (acronym && acronym.type !== 'Person' && !isFocal(acronym.id)) {
      seen.add(start);
      out.push({ name, start, end: start + name.length, id: acronym.id });
      return;
    }
    const here = mentionsIn(ctx, start, start + 1)[0];
    if (here && here.start === start && (here.type !== 'Person' || why !== 'form')) {
      // A company the article reports on is no commenting body; a person, an outlet or a named source is none
      // either (or is cited elsewhere); a company named by initials or described as a union speaks as one.
      if (here.type === 'Source' || here.type === 'Person' || isFocal(here.id)) return;
      if (why !== 'form' && !isCommentator(here.id) && !UNION_APPOSITION_RE.test(work.slice(here.end, here.end + 200)))
        return;
      seen.add(start);
      out.push({ name, start, end: start + name.length, id: here.id });
      return;
    }
    seen.add(start);
    const alias = NATIVE_NAME_AFTER_RE.exec(work.slice(end, end + 45))?.[1];
    out.push(alias ? { name, start, end: start + name.length, alias } : { name, start, end: start + name.length });
  };

  // 1. Names built on a body's word, when they speak: expand left over capitalised words, right over "of X".
  const words = ctx.tokens;
  let from = 0;
  while (from < words.length && words[from]!.start < bodyStart) from++;
  for (let i = from; i < words.length; i++) {
    const word = words[i]!;
    if (!mayBeBodyWord(word.text)) continue;
    let first = i;
    while (first > 0 && i - first < 6) {
      const prev = words[first - 1]!;
      if (!/^['’]?[ \t]+$/.test(work.slice(prev.end, words[first]!.start))) break;
      if (
        isCap(prev.text) ||
        (PARTICLE.test(prev.text) && first - 2 >= 0 && isCap(words[first - 2]!.text) && prev.text !== 'the')
      )
        first--;
      else break;
    }
    let last = i;
    while (last + 2 < words.length && last - i < 6) {
      const p = words[last + 1]!;
      const q = words[last + 2]!;
      if (!/^[ \t]+$/.test(work.slice(words[last]!.end, p.start))) break;
      // "Federação Única dos Petroleiros": a foreign body's word takes the capitalised words after it too.
      if (isCap(p.text) && last === i && FOREIGN_HEAD.test(word.text)) {
        last++;
        continue;
      }
      if (!PARTICLE.test(p.text) || !isCap(q.text) || !/^[ \t]+$/.test(work.slice(p.end, q.start))) break;
      last += 2;
      while (
        last + 1 < words.length &&
        isCap(words[last + 1]!.text) &&
        /^[ \t]+$/.test(work.slice(words[last]!.end, words[last + 1]!.start))
      )
        last++;
    }
    // A sentence's first word is capitalised anyway: drop leading function words.
    let start = words[first]!.start;
    const raw = work.slice(start, words[last]!.end);
    const lead = LEADING_RE.exec(raw)?.[0].length ?? 0;
    start += lead;
    let end = words[last]!.end;
    if (/[.]$/.test(work.slice(start, end))) end--;
    if (end <= start) continue;
    i = Math.max(i, last);
    const next = work.slice(end, end + 240);
    if (SPEAKS_AFTER_RE.test(next) || SPEAKS_IN_RELATIVE_RE.test(next)) add(start, end, 'form');
    else if (CLAUSE_END_AFTER_RE.test(next)) {
      // '…, says the Orsk Workers Union.'; '…, says the Print, Radio & Screen Alliance.': the fields listed before the
      // last one open the name (text that ends in "& " or "and " holds no verb of telling, so one test serves both).
      const fields = FIELDS_BEFORE_RE.exec(work.slice(Math.max(0, start - 80), start))?.[1];
      const from = fields ? start - fields.length : start;
      if (SPOKEN_BEFORE_RE.test(work.slice(Math.max(0, from - 40), from))) add(from, end, 'form');
    }
  }

  // 2. Initials that speak where the text talks of unions, and 3. names described as a union.
  for (let k = from; k < words.length; k++) {
    const w = words[k]!;
    if (!isCap(w.text)) continue;
    // Cheap gate before the full tests: initials, or a comma, bracket or title word right after the name.
    const upper = isUpperRun(w.text);
    if (!upper && !gateAfter(work, w.end)) continue;
    const after = work.slice(w.end, w.end + 240);
    // Initials standing alone: not the end of a longer name ("Hallberg AG").
    const initials =
      upper &&
      !NOT_INITIALS.test(w.text) &&
      !namesAnOrg(ctx, w.text) &&
      !CAPITALISED_WORD_END_RE.test(work.slice(Math.max(0, w.start - 30), w.start).replace(LEADING_TAIL_RE, ''));
    if (initials && SPEAKS_AFTER_RE.test(after) && (UNION_APPOSITION_RE.test(after) || unionNear(ctx, w.start)))
      add(w.start, w.end, 'acronym');
    else if (UNION_APPOSITION_RE.test(after) && SPEAKS_AFTER_RE.test(after))
      add(capitalisedFrom(work, w.start), w.end, 'described');
    // "The regional organiser for the union, Jane Roe, said": an article opening the sentence names no body.
    else if (OFFICIAL_TITLE_RE.test(after) && !LEADING_RE.test(w.text + ' ') && speaksLater(work, w.end)) {
      const title = OFFICIAL_TITLE_RE.exec(after)![0];
      // "Vakka general secretary Jane Roe said": any name before a union official's own title; before a president or
      // chair, only initials in a text about unions.
      if (/secretary|officer|organi[sz]er/i.test(title) || (initials && unionNear(ctx, w.start)))
        add(capitalisedFrom(work, w.start), w.end, 'official');
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Where the run of capitalised words ending with the word at `start` begins ("Vakka Pilots" of "… Pilots,"). */
function capitalisedFrom(work: string, start: number): number {
  let at = start;
  for (let k = 0; k < 6; k++) {
    const m = CAPITALISED_WORD_BEFORE_RE.exec(work.slice(Math.max(0, at - 40), at));
    if (!m || LEADING_RE.test(m[1]! + ' ')) break;
    at -= m[1]!.length + 1;
  }
  return at;
}

/** Whether the name of an organization of the document begins with `word` ("KTA" of "KTA Airlines Group"). */
function namesAnOrg(ctx: DocContext, word: string): boolean {
  let names = ORG_NAMES.get(ctx);
  if (!names) {
    names = new Set<string>();
    for (const m of ctx.mentions) {
      if (m.type !== 'Company' && m.type !== 'Division') continue;
      const name = ctx.entities.get(m.id)?.name;
      const words = name?.split(/\s+/) ?? [];
      if (words.length > 1) names.add(words[0]!);
    }
    ORG_NAMES.set(ctx, names);
  }
  return names.has(word);
}
const ORG_NAMES = new WeakMap<DocContext, Set<string>>();

/** A speech verb later in the same sentence (for "… general secretary Jane Roe said"). */
function speaksLater(work: string, from: number): boolean {
  const rest = work.slice(from, from + 200);
  const stop = rest.search(/[.!?](?:\s|$)/);
  return /\b(?:said|says|told|warned|added|argued|called|criticised|criticized|condemned)\b|:\s*["“]/.test(
    stop >= 0 ? rest.slice(0, stop + 1) : rest,
  );
}

/** "union(s)" or "works council" in the sentence at `pos` or the one before it. */
function unionNear(ctx: DocContext, pos: number): boolean {
  const from = Math.max(0, pos - 400);
  const window = ctx.work.slice(from, Math.min(ctx.work.length, pos + 200));
  return UNION_WORD_RE.test(window);
}
