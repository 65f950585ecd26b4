import { type DocContext, type ResolvedMention, mentionsIn } from '../resolve/doc-context.js';
import { NATIONALITIES, isPlace } from '../gazetteer/lexicon/places.js';
import { isCommonWord } from '../gazetteer/lexicon/common-words.js';
import { UPPER_FIRST_RE } from '../text/char-class.js';

/* Subjects the text names but no step typed: an unknown name acting, or a short form of a company named before. */

const CAPITALISED_NAME_END_RE =
  /(?:^|[^\p{L}\p{N}&.'’-])((?:\p{Lu}[\p{L}\p{N}&.'’-]*\s+){0,3}\p{Lu}[\p{L}\p{N}&.'’-]*)$/u;
/**
 * A clause opened by a capitalised name (an aside allowed, its figures' thousands separators too: ", which employs
 * 1,800 people,"; or its town: "Tarvo in Orsk will") and a verb of saying or cutting ("Tarvo said", "Vessa Air
 * will", "Marlo, whose … , let go of").
 */
const NAME_SUBJECT_RE =
  /^\s*(?:(?:In|On|At|By|After|Before|Since|Earlier|Later|Last|This|Meanwhile|Separately|Also|However|Now|Then)\b[^,]{0,40},\s*)?(\p{Lu}[\p{L}\p{N}&.'’-]*(?:\s+(?:\p{Lu}[\p{L}\p{N}&.'’-]*|&)){0,3})(?:\s*,(?:[^,.;:]|(?<=\d)[,.](?=\d)){1,60},|\s+(?:in|at)\s+\p{Lu}[\p{L}-]*)?\s+(?:said|says|announced|confirmed|plans|planned|will|would|has|had|also|cut|cuts|let|lets|laid|lays|shed|sheds|eliminated|eliminates|expects|intends|followed|fired|terminated|axed|sacked|retrenched|dismissed|slashed|reportedly)\b/u;
/** Capitalised words that open a clause without naming an actor of their own. */
const NOT_ACTOR = new Set(
  'The This That These Those It Its Their Our We They He She I You A An Some Many Most All About Around Only Another Each Both Other Such No Not Management Staff Government Labour Labor Everyone Nobody Police Parliament Congress Industry Business Trade Work Demand Production Output Revenue Sales Profit Growth Employment Unemployment Nothing Something Everything Chairman Chairwoman President Chief Minister Secretary Director Executive Officer Spokesman Spokeswoman Spokesperson Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September October November December Today Yesterday Overall Together Meanwhile Separately However Still Yet Analysts Workers Unions Employees Investors Shareholders Officials'.split(
    ' ',
  ),
);
/** "Data reveals that …", "Figures show …": what a source shows opens a clause of its own. */
const SHOWS_RE =
  /\b(?:reveals?|revealed|shows?|showed|shown|suggests?|suggested|indicates?|indicated|says|said|reported|reports|notes|noted)\s+(?:that\s+)?(?=\p{Lu})/gu;
/**
 * True when the clause at `start` opens with a capitalised name that no mention covers and that can be an actor,
 * also after what a source shows ("Tracker data reveals that Vantix, short of cash, terminated 2,500 employees").
 */
export function isUnknownActor(ctx: DocContext, start: number, region: string): boolean {
  let m = NAME_SUBJECT_RE.exec(region);
  let from = start;
  if (!m) {
    let at = -1;
    SHOWS_RE.lastIndex = 0;
    for (let r = SHOWS_RE.exec(region); r !== null; r = SHOWS_RE.exec(region)) at = r.index + r[0].length;
    if (at < 0) return false;
    from = start + at;
    m = NAME_SUBJECT_RE.exec(region.slice(at));
    if (!m) return false;
  }
  const name = m[1]!;
  const at = from + m.index + m[0].indexOf(name);
  return unknownName(ctx, start, at, name);
}
/** "Tarvo Motors Australia's decision in May to close …": a name owning the decision or plan that holds the figure. */
const OWNERS_PLAN_RE =
  /(\p{Lu}[\p{L}\p{N}&.-]*(?:\s+\p{Lu}[\p{L}\p{N}&.-]*){0,3})['’]s\s+(?:[\p{Ll}-]+\s+)?(?:decision|plan|plans|move|announcement|proposal)\b/u;
/**
 * True when the figure at `trigger` belongs to the decision or plan of a name no pass typed ("The announcement
 * follows Tarvo Motors Australia's decision in May to close two plants with the loss of 1,200 jobs", the name
 * unknown): someone else's round, not the company in focus.
 */
export function isUnknownOwnersPlan(ctx: DocContext, start: number, trigger: number): boolean {
  const m = OWNERS_PLAN_RE.exec(ctx.work.slice(start, trigger));
  if (!m) return false;
  const at = start + m.index;
  return unknownName(ctx, at, at, m[1]!);
}
/**
 * "the announcement by Tarvo Media that it is to shed 150 posts": the announcer named after the
 * noun, whose "it" the clause after "that" is.
 */
const ANNOUNCER_RE =
  /\b(?:announcement|decision|plans?|move|proposal)\s+by\s+(\p{Lu}[\p{L}\p{N}&.-]*(?:\s+\p{Lu}[\p{L}\p{N}&.-]*){0,3})\s+that\s+(?:it|they)\s/u;
/**
 * True when the figure at `trigger` is in what a name no pass typed announced ("the announcement by Tarvo Media that
 * it is to shed …"): that name's round, not the company in focus's.
 */
export function isUnknownAnnouncer(ctx: DocContext, start: number, trigger: number): boolean {
  const m = ANNOUNCER_RE.exec(ctx.work.slice(start, trigger));
  if (!m) return false;
  const at = start + m.index + m[0].indexOf(m[1]!, m[0].indexOf(' by ') + 3);
  // A person is "he" or "she", never "it": a name typed as one here is no actor known either.
  return unknownName(ctx, at, at, m[1]!, true);
}
/** True when the capitalised name just before `end` (", which …") is no mention and can be an actor. */
export function isUnknownName(ctx: DocContext, sentenceStart: number, end: number): boolean {
  const m = CAPITALISED_NAME_END_RE.exec(ctx.work.slice(Math.max(sentenceStart, end - 60), end));
  if (!m) return false;
  const name = m[1]!;
  const at = end - name.length;
  // A name opening the sentence may be a capitalised common word ("Management, which …").
  if (!/\s$/.test(ctx.work.slice(Math.max(sentenceStart, at - 1), at))) return false;
  // "the Indiana Star, which …": a place opening a name of several words is part of the name; a person is never
  // "which", so a name taken for one is no actor known either.
  return unknownName(ctx, at, at, name, true);
}
function unknownName(ctx: DocContext, start: number, at: number, name: string, relative = false): boolean {
  if (mentionsIn(ctx, at, at + name.length).some((m) => !relative || m.type !== 'Person')) return false;
  const words = name.split(/\s+/);
  const first = words[0]!;
  if (NOT_ACTOR.has(first) || isPlace(name) || NATIONALITIES.has(first)) return false;
  if (isPlace(first) && !(relative && words.length > 1)) return false;
  // "Workers said", "Shares fell": a plural common word is no name.
  if (words.length === 1 && isCommonWord(first) && /s$/.test(first)) return false;
  // "VW said …", "Kestrel said …": a short form or initials of a company named before is that company.
  return shortFormOf(ctx, start, name) === null;
}
/**
 * The organization `name` is a short form or the initials of ("VW", "Kestrel" for "Kestrel Australia"): the latest
 * one named in the 3,000 characters before `start` whose name it opens, else the main company if it does, else null.
 */
function shortFormOf(ctx: DocContext, start: number, name: string): string | null {
  const first = name.split(/\s+/)[0]!;
  const known = mentionsIn(ctx, Math.max(0, start - 3000), start)
    .slice(-200)
    .map((o) => o.id)
    .reverse();
  if (ctx.primaryCompany) known.push(ctx.primaryCompany);
  for (const id of known) {
    const full = id ? ctx.entities.get(id)?.name : undefined;
    if (!full) continue;
    if (full === name || full.startsWith(first + ' ') || initialsOf(full) === name) return id;
  }
  return null;
}
/** "its budget subsidiary ", "its ": before a unit the clause's subject owns (the object, not the actor). */
const OWNED_BEFORE_RE = /\bits\s+(?:[\p{L}-]+\s+){0,3}$/u;
/**
 * "Vessla has shut its regional subsidiary Kestrel Air and cut 2,000 jobs" with "Vessla" untyped, the short form of
 * Vessla Australia named before: the clause opens with a name no pass typed that is the short form of a company
 * named before (shortFormOf), and every organization typed in the clause is a unit it owns ("its … Kestrel Air"):
 * that company acts. Not "Vessla said Kestrel Air would cut …", where the unit acts in a clause of its own.
 */
export function shortFormOwner(ctx: DocContext, start: number, region: string, orgs: ResolvedMention[]): string | null {
  const m = NAME_SUBJECT_RE.exec(region);
  if (!m || orgs.length === 0) return null;
  const name = m[1]!;
  const at = start + m.index + m[0].indexOf(name);
  if (orgs.some((o) => o.start < at + name.length || !OWNED_BEFORE_RE.test(ctx.work.slice(at, o.start)))) return null;
  const first = name.split(/\s+/)[0]!;
  if (mentionsIn(ctx, at, at + name.length).length > 0 || NOT_ACTOR.has(first) || isPlace(name)) return null;
  if (NATIONALITIES.has(first) || isPlace(first)) return null;
  return shortFormOf(ctx, start, name);
}
/** "Volkswagen Group" → "VG", "Hallberg Bank AB" → "HBA" (first letters of capitalised words). */
function initialsOf(name: string): string {
  let out = '';
  for (const w of name.split(/[\s-]+/)) if (UPPER_FIRST_RE.test(w)) out += w[0];
  return out;
}
