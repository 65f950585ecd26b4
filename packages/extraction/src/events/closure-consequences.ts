import { F } from './trigger-lexicon.js';
import { JOBS_AFTER, QUANTITY_LEAD } from './numbers.js';
import { MOD_BEFORE } from './plain-wordings.js';
import { CLOSING_VERB, CLOSURE_NOUN } from './site-headcounts.js';
import { SITE } from './restructuring-actions.js';
import type { QuantityRule } from './triggers.js';

/**
 * A closure told with what it does to the people who worked there: the count stands in the closure's consequence
 * clause, not after a cut verb ("the sudden closure of the Norrvik plant has left more than 500 employees without a
 * paycheck", "shut down its Orsk factory, leaving Mara Holm and some 300 other workers without jobs", "Velbrunn
 * factory closure leaves 300 jobless"). Those people are the closing company's round. The closure is a site's (a
 * plant, mill, store …): "the closure of the border has left 5,000 truck drivers without work" and "the government
 * shutdown has left 800,000 federal employees without pay" tell no company's round.
 */

/** The closure itself: noun or verb ("closure of", "shut down", "was shuttered"). */
const CLOSURE_WORD = `(?:${CLOSURE_NOUN}|${CLOSING_VERB})`;
/**
 * The closed site: its noun just before a closure noun ("factory closure"), or within five words after the closure
 * word ("closure of the Norrvik plant", "shut down its Orsk factory,").
 */
const CLOSED_SITE = `(?:(?<=\\b${SITE}\\s+)${CLOSURE_NOUN}|${CLOSURE_WORD}(?:\\s+down)?\\s+(?:[^\\s.;!?]+[^\\S\\n]+){0,5}?${SITE}\\b,?)`;
/**
 * Up to 24 words of the same sentence between the closure and its consequence (the site, its place, a date); never
 * across a line break (a headline's closure is not the consequence of the lede's).
 */
const SAME_CLAUSE = '(?:[^\\s.;!?]+[^\\S\\n]+){0,24}?';
/** The verb that turns the closure into its consequence: "has left", "leaving", "resulted in". */
const CONSEQUENCE = '(?:leav(?:e|es|ing)|left|result(?:s|ed|ing)?\\s+in)';
/** A person named before the rest of the staff: "leaving Mara Holm and some 300 other workers …". */
const NAMED_FIRST = "(?:(?-i:\\p{Lu})[\\p{L}'’-]+(?:\\s+(?-i:\\p{Lu})[\\p{L}'’-]+)?\\s+and\\s+)?";
/** What the people are left with: no job, no pay, or a lay-off. */
const LOSS =
  '(?:jobless|unemployed|redundant|without\\s+(?:a\\s+|any\\s+|their\\s+)?(?:jobs?|work|employment|pay(?:checks?|cheques?)?|salar(?:y|ies)|wages?|income|livelihoods?)|out\\s+of\\s+(?:work|a\\s+job|jobs|their\\s+jobs)|on\\s+the\\s+streets?|(?:losing|to\\s+lose|lost)\\s+their\\s+(?:jobs?|livelihoods?|employment)|being\\s+(?:laid\\s+off|dismissed|made\\s+redundant|retrenched|fired))';

export const CLOSURE_CONSEQUENCE_RULES: QuantityRule[] = [
  {
    // "the closure of its plant in Orsk has left more than 500 employees without a paycheck"; not "the closure of
    // its plant in Orsk left 500 employees at the Velbrunn site" (no loss is told of them).
    name: 'closure-leaves-staff',
    anchor: F.structure,
    ahead: { bits: F.number, within: 30 },
    gate: /\b(?:leav|left|result)/i,
    re: new RegExp(
      `${CLOSED_SITE}[^\\S\\n]+${SAME_CLAUSE}${CONSEQUENCE}\\s+${NAMED_FIRST}${MOD_BEFORE}(?:(?:its|their|the)\\s+)?${QUANTITY_LEAD}(?:${JOBS_AFTER})?\\s+${LOSS}\\b`,
      'iuy',
    ),
    kind: 'layoff',
  },
];
