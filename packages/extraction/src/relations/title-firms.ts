import type { DocContext } from '../resolve/doc-context.js';
import type { TitleMatch } from '../ner/titles.js';
import { isPlace } from '../gazetteer/lexicon/places.js';

/** Titles of people who comment for a research or investment firm ("research analyst", "chief economist"). */
const FIRM_TITLE_RE = /\b(?:analysts?|economists?|strategists?|portfolio\s+managers?|fund\s+managers?)\b/i;
/** " for Orsk Capital Markets", " at the Kora Institute" closing a title: the capitalised name of its firm. */
const FIRM_AT_END_RE =
  /\s(?:for|at|with|of|from)\s+(?:the\s+)?(\p{Lu}[\p{L}\p{N}&'’.-]*(?:\s+(?:&\s+)?\p{Lu}[\p{L}\p{N}&'’.-]*){0,4})$/u;

/**
 * "Jan Berg, a research analyst for Orsk Capital Markets": the firm an analyst's title names, as a Source entity
 * when no step found it (an analysts' firm, not the company the article is about); null for other titles, for a
 * place ("an analyst in London") and when the words are not the text's own.
 */
export function firmNamedInTitle(ctx: DocContext, t: TitleMatch): string | null {
  if (!FIRM_TITLE_RE.test(t.title)) return null;
  const m = FIRM_AT_END_RE.exec(t.title);
  const name = m?.[1];
  if (!name || isPlace(name)) return null;
  const start = t.end - name.length;
  if (ctx.work.slice(start, t.end) !== name) return null;
  return ctx.entities.addMention('Source', name, start, t.end, 'analyst-firm');
}
