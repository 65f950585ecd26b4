import type { NameRun } from './name-runs.js';

/**
 * Names that are not organizations by how news writes them, whatever cue follows: a contraction ("I'm", "We're"
 * opening a quotation) and a place named only as where a site stands ("its Ellesmere Port plant in Cheshire, which
 * makes the Astra", "the mine near Rustenburg, which employs 3,000"): the relative clause there is about the site.
 */
export function isSitePlaceOrContraction(name: string, text: string, runs: readonly NameRun[]): boolean {
  if (CONTRACTION_RE.test(name)) return true;
  return runs.length > 0 && runs.every((r) => SITE_BEFORE_RE.test(text.slice(Math.max(0, r.start - 40), r.start)));
}

/** "I'm", "We're", "They've", "Don't": a pronoun or verb with its contraction. */
const CONTRACTION_RE = /^\p{L}+['’](?:m|re|ve|ll|d)$|^\p{L}+n['’]t$/u;

/** A site's noun and a preposition of place right before a name: "plant in ", "mine near ", "based in ". */
const SITE_BEFORE_RE =
  /\b(?:plants?|factory|factories|sites?|works|mines?|shafts?|facility|facilities|operations?|offices?|headquarters|HQ|depots?|warehouses?|hubs?|refinery|refineries|smelters?|shipyards?|yards?|campus|centres?|centers?|branch|branches|stores?|town|city|village|county|province|region|district|based|located|situated)\s+(?:in|at|near|outside)\s+(?:the\s+)?$/u;
