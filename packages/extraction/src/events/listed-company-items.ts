import { type DocContext, isOrg, mentionsIn } from '../resolve/doc-context.js';
import type { Span } from '../types.js';
import type { Subject } from './subject.js';
import { LEGAL_PREFIX } from '../gazetteer/lexicon/legal-forms.js';
import { MOD_BEFORE } from './plain-wordings.js';

/**
 * A bulleted list of companies, each item opened by the company's name, its place after a comma and its figure
 * after a colon, as union and trade papers list the factories that shed staff:
 *   "- PT Kestrel Busana, Orsk: 340 layoffs;"
 *   "• Norrvik Mills, Tarvo, West Province: 500 workers"
 * The name that opens the item owns the item's figure: each item is a round of its own company, never the round of a
 * company told elsewhere with the same figure. An item that opens with no company ("- France: about 5,000
 * positions", "- Headcount: about 2,000 roles") owns nothing.
 */

/** The bullet that opens a list item, at a line's start, just before the item's sentence. */
const BULLET_BEFORE_RE = /(?:^|\n)[-–•*]\s+$/u;
/** Between the name and the figure: up to three comma-separated place words, then the colon (and a modifier). */
const NAME_TO_FIGURE_RE = new RegExp(
  `^(?:,\\s*[\\p{L}\\p{N}.'’&-]+(?:\\s+[\\p{L}\\p{N}.'’&-]+){0,3}){0,3}\\s*:\\s*${MOD_BEFORE}$`,
  'iu',
);

/**
 * Nothing before the name in the item, or a legal form written before a name that is not given it (LEGAL_PREFIX:
 * "PT", "OOO", "JSC"): "- PT Kestrel Busana, Orsk: …" opens with its company, "- Workers at Kestrel …" does not.
 */
function nothingButLegalForm(lead: string): boolean {
  const word = lead.trim().replace(/\.$/, '');
  return word === '' || LEGAL_PREFIX.has(word);
}

/**
 * The company that opens list item `s` and owns the figure starting at `figureStart`, or null when `s` is no such
 * item.
 */
export function listItemCompany(ctx: DocContext, s: Span, figureStart: number): string | null {
  // The bullet stands just before the sentence ("- " is no part of it): a cheap test before any mention is read.
  const lead = ctx.work.slice(Math.max(0, s.start - 4), s.start);
  if (!BULLET_BEFORE_RE.test(lead)) return null;
  const name = mentionsIn(ctx, s.start, figureStart)[0];
  if (!name || !isOrg(name) || !nothingButLegalForm(ctx.work.slice(s.start, name.start))) return null;
  return NAME_TO_FIGURE_RE.test(ctx.work.slice(name.end, figureStart)) ? name.id : null;
}

/** The subject of a figure in a list item opened by its company (see listItemCompany), or null. */
export function listItemSubject(ctx: DocContext, s: Span, figureStart: number): Subject | null {
  const id = listItemCompany(ctx, s, figureStart);
  return id ? { orgs: [id], explicit: true, generic: false, hypothetical: false, clauseStart: s.start } : null;
}
