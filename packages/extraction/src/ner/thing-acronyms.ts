import type { NameRun } from './name-runs.js';

// Module constants: esbuild (tsx, vitest) rewrites a \p{…} literal inside a function into `new RegExp` per call.
const LOWER_WORD_BEFORE_RE = /(?<!\p{L})(\p{Ll}[\p{Ll}'’-]*)\s$/u;

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
