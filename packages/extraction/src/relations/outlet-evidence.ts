import type { ResolvedMention } from '../resolve/doc-context.js';
import { LEGAL_SUFFIX } from '../gazetteer/lexicon/legal-forms.js';
import { ORG_HEAD_WORDS } from '../gazetteer/lexicon/org-nouns.js';
import { inKnowledgeBase } from '../ner/org-names.js';
import {
  AMBIGUOUS_HEADS,
  DOMAIN_RE,
  FOREIGN_ARTICLES,
  NOUN_AFTER_RE,
  NOUN_BEFORE_RE,
  OUTLET_APPOSITION_AFTER_RE,
  OUTLET_HEADS,
  TOLD_BEFORE_RE,
} from './outlet-lexicon.js';

/**
 * Whether "X reported that …" (`after` starts past the name) makes X an outlet. "Handelsblatt reported",
 * "Kora24 had reported on Monday that the cuts …": yes. "Brenvik Motors reported on Monday that profit fell": no —
 * a name of a company's form (a company's noun or legal form at its end, or one the knowledge base lists) is an
 * outlet only with evidence of one (`hasOutletEvidence`), and neither is a name that reports its own results.
 */
export function reportsAsOutlet(
  name: string,
  after: string,
  work: string,
  mentions: readonly ResolvedMention[],
): boolean {
  if (hasOutletEvidence(name, work, mentions)) return true;
  return !companyFormName(name) && !OWN_RESULTS_AFTER_RE.test(after);
}

/** "Brenvik Motors", "Oskar Holdings", "Tarvik AG": a name that ends as companies' names do, or a listed company. */
function companyFormName(name: string): boolean {
  const head = name.slice(name.lastIndexOf(' ') + 1).replace(/[.,]+$/, '');
  return ORG_HEAD_WORDS.has(head) || LEGAL_SUFFIX.has(head) || inKnowledgeBase(name);
}

/** "reported on Monday that its profit fell", "reported that sales dropped": results a company reports of itself. */
const OWN_RESULTS_AFTER_RE =
  /^\s+(?:[\p{L}]+\s+){0,2}?report(?:ed|s)\s+(?:(?:on|in|late|early|last|this)\s+(?:[\p{L}\p{N}]+\s+){1,2})?that\s+(?:its|their|(?:(?:net|operating|pre-tax|pretax|underlying|quarterly|annual|full-year|half-year|first-half|second-half|core|group)\s+)*(?:profits?|revenues?|sales|earnings|loss(?:es)?|income|turnover|margins?|output|deliveries|orders))\b/iu;

/**
 * "Brenvik Motors reported on Monday that profit fell": a company reports its own results in the very words an
 * outlet uses for news ("X reported that …"), so those words alone make no outlet. Whether the name or the text
 * says the organization is one: a name of an outlet's form (a newspaper's noun at its end, a foreign article at its
 * start, a web address), a newspaper word beside one of its mentions ("business daily X", "X, a local newspaper"),
 * or a mention where the text cites it as an outlet ("told X", "an interview with X", "X, citing …").
 */
export function hasOutletEvidence(name: string, work: string, mentions: readonly ResolvedMention[]): boolean {
  if (outletFormName(name)) return true;
  for (const m of mentions) {
    const before = work.slice(Math.max(0, m.start - 48), m.start);
    const after = work.slice(m.end, m.end + 60);
    if (
      NOUN_BEFORE_RE.test(before) ||
      NOUN_AFTER_RE.test(after) ||
      OUTLET_APPOSITION_AFTER_RE.test(after) ||
      TOLD_BEFORE_RE.test(before) ||
      CITING_AFTER_RE.test(after)
    )
      return true;
  }
  return false;
}

/** "Kora Keizai", "Le Kora", "kora24.ro": a name an outlet's form gives away (not "Royal Mail", whose head companies share). */
function outletFormName(name: string): boolean {
  const words = name.split(/\s+/);
  const head = words[words.length - 1]!;
  if (words.length > 1 && OUTLET_HEADS.has(head) && !AMBIGUOUS_HEADS.has(head)) return true;
  if (words.length > 1 && FOREIGN_ARTICLES.has(words[0]!)) return true;
  return DOMAIN_RE.test(name);
}

/** "X, citing people familiar", "X reported, citing": what only an outlet does with its sources. */
const CITING_AFTER_RE = /^(?:\s+(?:reported|said|wrote))?,?\s+citing\b/u;
