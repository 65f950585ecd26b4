import { isCountryOrRegion, isPlace } from '../gazetteer/lexicon/places.js';
import type { Mention } from './mention.js';
import { type NameRun, headlineJudge } from './name-runs.js';
import type { OrgCue } from './org-cues.js';
import { inKnowledgeBase, isDistinctive, isPlaceWord, orgNameKind, stripLegalForm } from './org-names.js';
import { describedAsHome, isFullCompanyName, prefixVerdicts } from './org-prefixes.js';
import { isCountryAfter } from './local-company.js';
import {
  acronyms,
  hyphenLead,
  isContractionOf,
  isPrefixedName,
  partialInitialForms,
  shortForms,
  type NamedOrg,
} from './short-forms.js';
import { bracketedAcronymAt } from './bracketed-acronym.js';
import type { Span } from '../types.js';
import { findSentenceIndex, splitSentences } from '../text/sentences.js';

/** A name of initials only: "H&H", "NVM". */
const INITIALS_NAME_RE = /^\p{Lu}(?:&?\p{Lu}){1,4}$/u;

/** An organization decided from context. `ownerAt`: offset of its owner's name, -1 the company in focus. */
export interface ContextOrg {
  surface: string;
  name: string;
  type: 'Company' | 'Division';
  ownerAt: number | null;
  /** Canonical name of the owner when the unit's own name starts with it ("Unilever Nigeria" → "Unilever"). */
  ownerName?: string;
}

/** Every occurrence of one name as written, the cues read around them and its own form ('legal', 'head', 'kb'). */
export interface Candidate {
  runs: NameRun[];
  cues: OrgCue[];
  intrinsic: string | null;
}

/** "Kestrel Friedrichshafen, the maker of gearboxes, …": an apposition says the name is a company's, none a unit's. */
function describedAsCompany(c: Candidate | undefined): boolean {
  const appositions = c?.cues.filter((q) => q.why === 'apposition') ?? [];
  return appositions.length > 0 && appositions.every((q) => q.kind === 'company');
}

/** "Deutsche Lufthansa AG" ends with "Lufthansa": the short form is the name itself, not a prefix a unit extends. */
function endsWithName(full: string, short: string): boolean {
  const bare = stripLegalForm(full);
  return bare !== short && bare.endsWith(' ' + short);
}

/** "controlling shareholder ", "its largest investor ": a holder of the company named next. */
/** What may open the body's first line before its subject: a dateline ("SEOUL (Wire) - ", "Feb 23 (Wire) - ") or nothing. */
const LEDE_OPENING_RE =
  /^\s*(?:(?:\p{Lu}[\p{Lu} .'-]+|\p{Lu}\p{Ll}{2,8}\.? \d{1,2})(?:,[^—–:\n]{0,40})?\s*(?:\(\p{L}+\)\s*)?[—–:-]\s*)?$/u;
const HOLDER_BEFORE_RE = /\b(?:shareholder|owner|investor|stakeholder)\s+$/;
/** "'s metals subsidiary", "'s unit": a possessive naming what the name owns. */
const OWNER_OF_UNIT_RE = /['’]s\s+(?:[\p{Ll}-]+\s+){0,2}(?:subsidiary|unit|division|arm|affiliate)\b/uy;
/** "the " right before a name. */
const THE_BEFORE_RE = /\b[Tt]he\s$/;
const UNIT_NOUN_AFTER_RE = /^\s+(?:division|unit|arm|business|segment|subsidiary)\b/;
/** ", as the company is formally known," right after a name: the legal name of a company already named. */
const FORMAL_NAME_AFTER_RE =
  /,\s+as\s+(?:the|it)\s+(?:[\p{Ll}-]+\s+)?(?:is|was)\s+(?:formally|officially|legally)\s+(?:known|called|named)\b/uy;
/** "(formally X)", "officially known as X", "formerly named X" right before a name. */
const FORMAL_NAME_BEFORE_RE =
  /(?:\(\s*|,\s+)(?:formally|officially|legally)\s+(?:(?:known|called|named)\s+(?:as\s+)?)?$/u;

/**
 * The organizations decided in one document (by the name as written) and their mentions, with the whole-document
 * reconciliations: short forms merged into full names, shared heads split into company and unit, names adopted
 * from acronyms and long forms, and units or aliases read from a name's prefix.
 */
export abstract class OrgRegistry {
  protected readonly decided = new Map<string, ContextOrg>();
  protected readonly mentions: Mention[] = [];

  /** `sentences`: the document's sentence spans (split here when not given). */
  constructor(
    protected readonly text: string,
    private sentences?: readonly Span[],
  ) {}

  protected abstract isBlocked(name: string, c: Candidate): boolean;

  /**
   * "Cathay Pacific Airways", "Cathay Dragon" and a bare "Cathay": names that part after a shared first word, where
   * the first word alone also names one of them, are a company and its unit. The company is the one written in a
   * company's form (legal form, organization word) or else the one named first; the other becomes its division.
   */
  protected splitSharedHeads(byName: Map<string, Candidate>): void {
    const byHead = new Map<string, string[]>();
    for (const [surface, o] of this.decided) {
      if (o.type !== 'Company' || o.name !== stripLegalForm(surface) || !o.name.includes(' ')) continue;
      const head = o.name.slice(0, o.name.indexOf(' '));
      const list = byHead.get(head);
      if (list) list.push(surface);
      else byHead.set(head, [surface]);
    }
    for (const [head, surfaces] of byHead) {
      if (surfaces.length < 2 || !byName.has(head) || !isDistinctive(head)) continue;
      const formed = surfaces.filter((s) => byName.get(s)?.intrinsic);
      const parent = formed.length === 1 ? formed[0]! : formed.length === 0 ? surfaces[0]! : null;
      if (!parent) continue;
      const parentName = this.decided.get(parent)!.name;
      for (const s of surfaces) {
        const o = this.decided.get(s)!;
        if (s === parent || byName.get(s)?.intrinsic || parentName.startsWith(o.name + ' ')) continue;
        this.decided.set(s, { ...o, type: 'Division', ownerAt: null, ownerName: parentName });
      }
    }
  }

  /** "Heineken NV" the company and "Heineken" in a list of brands: the same name is the company. */
  protected companyWinsName(): void {
    const companies = new Map<string, ContextOrg>();
    for (const o of this.decided.values()) if (o.type === 'Company') companies.set(o.name, o);
    for (const [surface, o] of this.decided) {
      const c = companies.get(o.name);
      if (o.type === 'Division' && c) this.decided.set(surface, { ...c, surface });
    }
  }

  /**
   * "Vella UK and Vella Outsourcing Solutions" as units of Vella, then "its new Outsourcing Solutions division": a
   * name written as a unit's name without its company's, before a unit noun, is that unit.
   */
  protected foldUnitTails(byName: Map<string, Candidate>): void {
    const units = new Map<string, ContextOrg>();
    const companies = new Set<string>();
    for (const o of this.decided.values()) {
      if (o.type === 'Company') companies.add(o.name);
      else units.set(o.name, o);
    }
    for (const u of units.values()) {
      const space = u.name.indexOf(' ');
      if (space < 0 || !companies.has(u.name.slice(0, space))) continue;
      const tail = u.name.slice(space + 1);
      const o = this.decided.get(tail);
      if (!o || o.type !== 'Company' || !tail.includes(' ')) continue;
      const runs = byName.get(tail)?.runs ?? [];
      if (!runs.some((r) => UNIT_NOUN_AFTER_RE.test(this.text.slice(r.end, r.end + 14)))) continue;
      this.decided.set(tail, { ...u, surface: tail });
    }
  }

  /** "Nissan's workforce" and "Nissan Motor Co." both decided: the short form becomes a mention of the full name. */
  protected mergeShortForms(byName: Map<string, Candidate>): void {
    const full = new Map<string, ContextOrg>();
    const first = new Map<string, number>();
    const surfaces = new Map<string, string[]>();
    const ends = new Map<string, number[]>();
    for (const [surface, o] of this.decided) {
      if (!full.has(o.name)) full.set(o.name, o);
      const runs = byName.get(surface)?.runs ?? [];
      // Named first in the body: a headline's wording does not decide who owns a short form.
      const at = runs.find((r) => !r.headline)?.start ?? Infinity;
      if (at < (first.get(o.name) ?? Infinity)) first.set(o.name, at);
      const list = surfaces.get(o.name);
      if (list) list.push(surface);
      else surfaces.set(o.name, [surface]);
      const endList = ends.get(o.name) ?? [];
      if (endList.length < 16) for (const r of runs.slice(0, 4)) endList.push(r.end);
      ends.set(o.name, endList);
    }
    const forms = shortForms(
      this.text,
      [...full.values()].map((o) => ({
        name: o.name,
        type: o.type,
        ends: ends.get(o.name)!,
        first: first.get(o.name)!,
        surfaces: surfaces.get(o.name)!,
        describedAsCompany: surfaces.get(o.name)!.some((s) => describedAsCompany(byName.get(s))),
      })),
      false,
    );
    // "Halvard Corporation … Halvard … Halvard Capital": a name some surface writes in full company form owns its bare
    // mentions too; they are no short form of a longer name.
    const formal = new Set<string>();
    for (const [surface, o] of this.decided) {
      const form = byName.get(surface)?.intrinsic;
      if (o.type === 'Company' && form === 'legal') formal.add(o.name);
    }
    for (const [surface, o] of this.decided) {
      const target = forms.get(o.name);
      // A name written in full company form ("Unilever Plc") is a full name itself, never a short form.
      const form = byName.get(surface)?.intrinsic;
      if (!target) continue;
      const written = surfaces.get(target) ?? [];
      // "Hallberg & Hallberg … H&H Ltd.": initials and nothing else, even in legal form, are the named company's.
      const initials = INITIALS_NAME_RE.test(o.name) && written.some((s) => acronyms(s).includes(o.name));
      // "Kestrel Norrvik Group … KN Group": the name with some words initialled is the same one, organization word and all.
      const partly = partialInitialForms(target.split(' ')).includes(o.name);
      if (!initials && !partly && (form === 'legal' || form === 'head' || formal.has(o.name))) continue;
      // "Vessla's metals subsidiary … Vessla Metals": a bare name the text writes as a unit's owner is the parent.
      if (target.startsWith(o.name + ' ') && this.ownsUnit(byName.get(surface)?.runs ?? [])) continue;
      // "Amazon … Amazon Web Services": a company the knowledge base knows by the short name is not the longer
      // name's short form; the longer one is its unit (`linkByPrefix`) unless written as its full company name.
      // Initials are no prefix: "H&M" in a headline and "Hennes & Mauritz AB" in the lede are one company.
      if (
        form === 'kb' &&
        !written.some(
          (s) =>
            isFullCompanyName(s, o.name) ||
            isPrefixedName(s, surface) ||
            hyphenLead(this.text, s) === surface ||
            acronyms(s).includes(surface) ||
            endsWithName(s, surface) ||
            isContractionOf(surface, s) ||
            isCountryAfter(s, surface),
        )
      )
        continue;
      this.decided.set(surface, { ...full.get(target)!, surface });
    }
  }

  /** Whether a run is written as an owner of a unit ("Vessla's metals subsidiary", "Vessla's unit"). */
  protected ownsUnit(runs: readonly NameRun[]): boolean {
    return runs.some((r) => {
      const c = this.text.charCodeAt(r.end);
      if (c !== 39 && c !== 0x2019) return false;
      OWNER_OF_UNIT_RE.lastIndex = r.end;
      return OWNER_OF_UNIT_RE.test(this.text);
    });
  }

  /**
   * "Vantara Learning cut jobs … Vantara said": a longer name written before a lone company name that is its
   * first word is that company's full name (products come after: "Nissan … the Nissan Leaf" stays apart).
   */
  protected adoptLongForms(byName: Map<string, Candidate>): void {
    const firstAt = new Map<string, number>();
    for (const m of this.mentions) if (m.start < (firstAt.get(m.name) ?? Infinity)) firstAt.set(m.name, m.start);
    const renamed = new Map<string, string>();
    for (const [surface, c] of byName) {
      const space = surface.indexOf(' ');
      if (space < 0 || this.decided.has(surface)) continue;
      const head = surface.slice(0, space);
      const o = this.decided.get(head);
      if (!o || o.name !== head || o.type !== 'Company' || renamed.has(head) || this.isBlocked(surface, c)) continue;
      // "Google Cloud … Google": a name the knowledge base knows is no short form of a longer one.
      if (inKnowledgeBase(head) && !isFullCompanyName(surface, head)) continue;
      const bare = Math.min(firstAt.get(head) ?? Infinity, byName.get(head)?.runs[0]?.start ?? Infinity);
      // A headline's wording ("Zhongshan Auto to cut …") is no full name.
      if (c.runs[0]!.start > bare || c.runs.every((r) => r.headline)) continue;
      renamed.set(head, stripLegalForm(surface));
      this.decided.set(surface, { ...o, surface });
    }
    if (renamed.size === 0) return;
    for (const o of this.decided.values()) o.name = renamed.get(o.name) ?? o.name;
    for (const x of this.mentions) x.name = renamed.get(x.name) ?? x.name;
  }

  /**
   * "Kuroda Precision Industry Co. (Vellcon)": a name in brackets right after a company's legal name is the name it
   * trades under, so the two are one company (a place in brackets says where it is, not what it is called).
   */
  protected adoptTradingNames(runs: readonly NameRun[], byName: Map<string, Candidate>): void {
    for (let n = 0; n + 1 < runs.length; n++) {
      const legal = runs[n]!;
      const inner = runs[n + 1]!;
      const o = this.decided.get(legal.name);
      if (!o || o.type !== 'Company' || byName.get(legal.name)?.intrinsic !== 'legal') continue;
      const gap = this.text.slice(legal.end, inner.start);
      if ((gap !== ' (' && gap !== '(') || this.text.charCodeAt(inner.end) !== 41) continue;
      if (isPlace(inner.name) || isCountryOrRegion(inner.name) || !isDistinctive(inner.name.split(' ')[0]!)) continue;
      const other = this.decided.get(inner.name);
      if (other && other.name !== inner.name) continue;
      this.decided.set(inner.name, { ...o, surface: inner.name });
    }
  }

  /**
   * "ArcelorMittal South Africa (AMSA) will …" with AMSA decided: the long form is the same organization and
   * becomes its name; the acronym's mentions follow.
   */
  protected adoptBracketedAcronyms(runs: readonly NameRun[]): void {
    const renamed = new Map<string, string>();
    for (const r of runs) {
      const written = bracketedAcronymAt(this.text, r.end);
      const acronym = written ? this.decided.get(written) : undefined;
      if (!acronym || renamed.has(acronym.name)) continue;
      // "Kestrel South Africa (KSA) will wind down …": a long form decided on its own verb still owns the acronym.
      const long = this.decided.get(r.name);
      if (long) {
        if (long.type === 'Company' && acronym.name === written && long.name !== written && long.name[0] === written[0])
          renamed.set(acronym.name, long.name);
        continue;
      }
      if (isCountryOrRegion(r.name) || isPlace(r.name)) continue;
      renamed.set(acronym.name, stripLegalForm(r.name));
      this.decided.set(r.name, { ...acronym, surface: r.name });
    }
    if (renamed.size === 0) return;
    for (const o of this.decided.values()) o.name = renamed.get(o.name) ?? o.name;
    for (const x of this.mentions) x.name = renamed.get(x.name) ?? x.name;
  }

  /**
   * "Eletrobras … Centrais Eletricas Brasileiras SA, as the company is formally known, …" and "Eletrobras
   * (formally Centrais Eletricas Brasileiras SA)": the formal name is another name of the company named last before
   * it, not a second company.
   */
  protected adoptFormalNames(runs: readonly NameRun[]): void {
    let lastCompany: ContextOrg | undefined;
    for (const r of runs) {
      const o = this.decided.get(r.name);
      FORMAL_NAME_AFTER_RE.lastIndex = r.end;
      // Gates first (a regex call costs more than a char or substring test): the phrase after opens with a comma,
      // the one before holds "formally"/"officially"/"legally".
      const pre = this.text.slice(Math.max(0, r.start - 40), r.start);
      const formal =
        (this.text.charCodeAt(r.end) === 44 && FORMAL_NAME_AFTER_RE.test(this.text)) ||
        (pre.includes('ally') && FORMAL_NAME_BEFORE_RE.test(pre));
      if (formal && lastCompany && lastCompany.name !== (o?.name ?? r.name)) {
        const target = lastCompany;
        if (o) {
          const old = o.name;
          for (const x of this.decided.values())
            if (x.name === old) Object.assign(x, { name: target.name, type: 'Company' });
          for (const x of this.mentions) if (x.name === old) Object.assign(x, { name: target.name, type: 'Company' });
        } else this.decided.set(r.name, { ...target, surface: r.name });
        continue;
      }
      if (o?.type === 'Company') lastCompany = o;
    }
  }

  protected decide(surface: string, type: 'Company' | 'Division', ownerAt: number | null): void {
    this.decided.set(surface, { surface, name: stripLegalForm(surface), type, ownerAt });
  }

  /** Applies `prefixVerdicts`: names that are another company's unit or another way of writing it. */
  protected linkByPrefix(): void {
    const companies = new Map<string, boolean>();
    const legal = new Set<string>();
    for (const [surface, o] of this.decided) {
      if (o.type !== 'Company') continue;
      const form = orgNameKind(surface);
      companies.set(o.name, (companies.get(o.name) ?? false) || form === 'legal' || form === 'head');
      if (form === 'legal') legal.add(o.name);
    }
    const divisions = [...this.decided.values()].filter((o) => o.type === 'Division').map((o) => o.name);
    // Units written in a company's legal form ("Brisa SE, the truck arm of Vessla"): subsidiaries with units of their own.
    const legalUnits = new Set<string>();
    for (const [surface, o] of this.decided)
      if (o.type === 'Division' && surface !== o.name && stripLegalForm(surface) === o.name) legalUnits.add(o.name);
    const ownedUnits = this.unitsOfOthers();
    // Where each name is first written in the body: a headline's wording does not say which name came first.
    const firstAt = new Map<string, number>();
    const headline = headlineJudge(this.text);
    let lede: string | null | undefined;
    for (const m of [...this.mentions].sort((a, b) => a.start - b.start)) {
      if (firstAt.has(m.name) || headline(m.start)) continue;
      firstAt.set(m.name, m.start);
      // The name the body's first line opens with, after any dateline ("SEOUL (Wire) -", "Feb 23 (Wire) -").
      if (lede === undefined) {
        const from = Math.max(0, m.start - 60);
        const lineStart = this.text.lastIndexOf('\n', m.start - 1) + 1;
        lede = lineStart >= from && LEDE_OPENING_RE.test(this.text.slice(lineStart, m.start)) ? m.name : null;
      }
    }
    // "Renvik-Halder … Halder said": a hyphenated name whose second part stands alone joins two companies' names.
    if (lede?.includes('-') && !hyphenLead(this.text, lede)) lede = null;
    const verdicts = prefixVerdicts(
      companies,
      this.shortFormMap(),
      divisions,
      firstAt,
      legal,
      this.homeNames(companies),
      ownedUnits,
      this.namesAfterArticle(),
      lede ?? null,
      legalUnits,
    );
    if (verdicts.size === 0) return;
    // "its budget unit, Kestrel Indonesia … Kestrel": the bare name joins the unit, which keeps its owner.
    const unitByName = new Map<string, ContextOrg>();
    for (const o of this.decided.values())
      if (o.type === 'Division' && ownedUnits.has(o.name) && !unitByName.has(o.name)) unitByName.set(o.name, o);
    // "controlling shareholder Novo Holdings" beside "Novo Nordisk": who holds a company's shares is another company.
    for (const m of this.mentions) {
      const v = verdicts.get(m.name);
      if (v?.kind === 'same' && HOLDER_BEFORE_RE.test(this.text.slice(Math.max(0, m.start - 30), m.start)))
        verdicts.delete(m.name);
    }
    for (const o of this.decided.values()) {
      const v = verdicts.get(o.name);
      if (!v) continue;
      const unit = v.kind === 'same' ? unitByName.get(v.owner) : undefined;
      if (unit) Object.assign(o, { name: v.owner, type: 'Division', ownerAt: unit.ownerAt, ownerName: unit.ownerName });
      else if (v.kind === 'same') Object.assign(o, { name: v.owner, type: 'Company', ownerAt: null });
      else Object.assign(o, { type: 'Division', ownerName: v.owner, ownerAt: null });
    }
    for (const m of this.mentions) {
      const v = verdicts.get(m.name);
      if (v?.kind === 'same')
        Object.assign(m, { name: v.owner, type: unitByName.has(v.owner) ? 'Division' : 'Company' });
      else if (v) m.type = 'Division';
    }
  }

  /**
   * Units whose context gives them an owner named otherwise ("Hallberg Air said its budget unit, Kestrel Indonesia,
   * …"): the owner's name is written at `ownerAt`, or ("its") is a company named earlier in the same sentence.
   */
  private unitsOfOthers(): Set<string> {
    const out = new Set<string>();
    // Only units named "X <place>" matter (`prefixVerdicts`); one pass over the mentions in text order.
    const wanted = new Map<string, ContextOrg>();
    for (const o of this.decided.values()) {
      if (o.type !== 'Division' || o.ownerAt === null || !o.name.includes(' ')) continue;
      if (o.name.split(' ').slice(1).every(isPlaceWord)) wanted.set(o.name, o);
    }
    if (wanted.size === 0) return out;
    const sorted = [...this.mentions].sort((a, b) => a.start - b.start);
    const byStart = new Map(sorted.map((m) => [m.start, m]));
    let lastCompany: Mention | undefined;
    for (const m of sorted) {
      const o = wanted.get(m.name);
      if (o) {
        wanted.delete(m.name);
        const head = o.name.slice(0, o.name.indexOf(' '));
        const sameSentence = lastCompany !== undefined && this.sameSentence(lastCompany.start, m.start);
        const owner = o.ownerAt! >= 0 ? byStart.get(o.ownerAt!) : sameSentence ? lastCompany : undefined;
        if (owner && owner.name !== head && !owner.name.startsWith(head + ' ')) out.add(o.name);
      }
      if (m.type === 'Company') lastCompany = m;
    }
    return out;
  }

  /** Whether two offsets stand in one sentence of the document. */
  private sameSentence(a: number, b: number): boolean {
    this.sentences ??= splitSentences(this.text);
    const i = findSentenceIndex(this.sentences, a);
    const s = this.sentences[i];
    return s !== undefined && s.start <= a && b < s.end;
  }

  /** Names written at least once straight after "the" ("the Swedish Kestrel"). */
  private namesAfterArticle(): Set<string> {
    const out = new Set<string>();
    for (const m of this.mentions)
      if (!out.has(m.name) && THE_BEFORE_RE.test(this.text.slice(Math.max(0, m.start - 4), m.start))) out.add(m.name);
    return out;
  }

  /** Companies named "X <country>" that a mention's descriptor calls that country's own ("Indonesian flag carrier …"). */
  private homeNames(companies: ReadonlyMap<string, boolean>): Set<string> {
    const out = new Set<string>();
    for (const m of this.mentions) {
      if (out.has(m.name) || !companies.has(m.name) || !m.name.includes(' ')) continue;
      const from = Math.max(0, m.start - 60);
      const before = this.text.slice(from, m.start);
      const stop = Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n'));
      if (describedAsHome(m.name, stop < 0 ? before : before.slice(stop + 1))) out.add(m.name);
    }
    return out;
  }

  /** Short forms of the decided companies, with the acronyms written after their mentions. */
  protected shortFormMap(commonHeads = false): Map<string, string> {
    return shortForms(this.text, this.shortFormOrgs(), true, commonHeads);
  }

  /**
   * `shortFormMap()` and, read only when asked for, `shortFormMap(true)` of the same moment: the registry may decide
   * more names in between, so the second is computed from the organizations as they stand now. Most documents never
   * ask for it (a common head is consulted only for a name that acts and has no other short form).
   */
  protected shortFormMaps(): { forms: Map<string, string>; commonForms: () => Map<string, string> } {
    const orgs = this.shortFormOrgs();
    let common: Map<string, string> | undefined;
    return {
      forms: shortForms(this.text, orgs, true, false),
      commonForms: () => (common ??= shortForms(this.text, orgs, true, true)),
    };
  }

  /** The decided organizations with their surfaces, mention ends and first offset: what `shortForms` reads. */
  private shortFormOrgs(): NamedOrg[] {
    const ends = new Map<string, number[]>();
    const first = new Map<string, number>();
    for (const m of this.mentions) {
      const list = ends.get(m.name);
      if (list) list.push(m.end);
      else ends.set(m.name, [m.end]);
      if (m.start < (first.get(m.name) ?? Infinity)) first.set(m.name, m.start);
    }
    const orgs = new Map<string, { name: string; type: 'Company' | 'Division'; surfaces: string[] }>();
    for (const [surface, o] of this.decided) {
      const e = orgs.get(o.name);
      if (e) e.surfaces.push(surface);
      else orgs.set(o.name, { name: o.name, type: o.type, surfaces: [surface] });
    }
    return [...orgs.values()].map((o) => ({
      ...o,
      ends: ends.get(o.name) ?? [],
      first: first.get(o.name) ?? Infinity,
    }));
  }
}
