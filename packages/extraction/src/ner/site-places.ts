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

/**
 * A name only ever written as a site's — between "the"/"its" and a site noun ("bought the Vandmoor plant in Orsk",
 * "its Tessby brewery will close") — names the site after its town, not a company. Only for names no list or legal form
 * knows ("the Norrvik plant" of a listed carmaker stays the carmaker's name).
 */
export function isSiteName(text: string, runs: readonly NameRun[]): boolean {
  return (
    runs.length > 0 &&
    runs.every(
      (r) =>
        SITE_NOUN_AFTER_RE.test(text.slice(r.end, r.end + 40)) &&
        SITE_ARTICLE_BEFORE_RE.test(text.slice(Math.max(0, r.start - 12), r.start)),
    )
  );
}

/** "the ", "its ", "their " (or "The …" opening a sentence) right before the name. */
const SITE_ARTICLE_BEFORE_RE = /(?:^|[^\p{L}])(?:[Tt]he|[Ii]ts|[Tt]heir)\s+$/u;
/** A site noun after the name, one lower-case word between at most: " plant", " car plant", " brewery". */
const SITE_NOUN_AFTER_RE =
  /^\s+(?:[\p{Ll}-]+\s+)?(?:plant|factory|mill|mine|refinery|smelter|works|facility|brewery|depot|warehouse|shipyard|terminal)\b/u;
