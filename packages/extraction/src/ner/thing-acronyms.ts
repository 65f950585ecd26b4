import type { NameRun } from './name-runs.js';

// Module constants: esbuild (tsx, vitest) rewrites a \p{…} literal inside a function into `new RegExp` per call.
const LOWER_WORD_BEFORE_RE = /(?<!\p{L})(\p{Ll}[\p{Ll}'’-]*)\s$/u;
/**
 * A capitalised name of a document, pact or scheme ending right before the bracket: "the Collective Wage Agreement ",
 * "its Early Exit Scheme ", "the Staff Transition Programme ".
 */
const DOCUMENT_NAME_BEFORE_RE =
  /(?<!\p{L})(?:Agreement|Accord|Act|Treaty|Convention|Pact|Protocol|Scheme|Programme|Program)\s$/u;
/** Initials with a plural "s": "SMEs", "PDVs". */
const PLURAL_ACRONYM_RE = /^\p{Lu}{2,5}s$/u;

/** Nouns of bodies that may be abbreviated in brackets after a lower-case description ("the audit court (TCU)"). */
const BODY_NOUNS = new Set(
  'union unions regulator watchdog court tribunal agency authority commission ministry council association federation confederation company group bank fund exchange'.split(
    ' ',
  ),
);

/**
 * True when one of the runs is an acronym in brackets right after a lower-case word that names no body:
 * "a voluntary dismissal programme (PDV)", "an employment regulation procedure (ERE)". The acronym abbreviates a
 * thing the article goes on to talk about ("the PDV will cost …"), never a company.
 */
export function abbreviatesThing(text: string, runs: readonly NameRun[]): boolean {
  for (const r of runs) {
    if (r.start < 2 || text.charCodeAt(r.start - 1) !== 40 || text.charCodeAt(r.end) !== 41) continue;
    const before = LOWER_WORD_BEFORE_RE.exec(text.slice(Math.max(0, r.start - 31), r.start - 1));
    if (before && !BODY_NOUNS.has(before[1]!)) return true;
  }
  return false;
}

/**
 * True when one of the runs is in brackets right after the name of a pact or a law: "the Collective Wage Agreement
 * (CWA)", "the Labour Relations Act (LRA)". The initials abbreviate the document the article goes on to cite
 * ("in line with the CWA"), never a company (nor does the document's name).
 */
export function abbreviatesDocument(text: string, runs: readonly NameRun[]): boolean {
  for (const r of runs) {
    if (r.start < 2 || text.charCodeAt(r.start - 1) !== 40 || text.charCodeAt(r.end) !== 41) continue;
    if (DOCUMENT_NAME_BEFORE_RE.test(text.slice(Math.max(0, r.start - 12), r.start - 1))) return true;
  }
  return false;
}

/**
 * True for initials written with a plural "s" ("the PDVs are under way", "loans to SMEs"): a plural names several
 * things of a kind, never one organization (whose initials are written bare: "KMB said").
 */
export function isPluralAcronym(name: string): boolean {
  return PLURAL_ACRONYM_RE.test(name);
}
