import type { DocumentExtraction } from '../types.js';
import { NOUN_AFTER_RE, NOUN_BEFORE_RE } from '../relations/outlet-lexicon.js';

/** Before a name: whom news tells things or shows documents to ("told X", "a memo seen by X", "an interview with X"). */
const AUDIENCE_BEFORE_RE =
  /\b(?:told|interview\s+(?:with|to|for)|speaking\s+to|spoke\s+to|seen\s+by|obtained\s+by|reviewed\s+by|(?:first\s+)?reported\s+by)\s+(?:the\s+)?$/iu;
/** After a name: a reporter's verbs ("X reported on Tuesday", "X first reported", "X said, citing"), not a company's results. */
const REPORTING_AFTER_RE =
  /^\s+(?:(?:has|had|also|first|earlier|previously|originally|initially|separately|exclusively|recently|later)\s+){0,2}(?:reported|reports|wrote|writes)(?=\s*[.,;]|\s+(?:that|on|earlier|last|this|in|citing|late|early))|^\s+(?:reported|said|says|wrote),?\s+citing\b|^,\s+citing\b/u;
const BEFORE = 60;
const AFTER = 60;

/**
 * A company the article cites where news cites an outlet — "X reported on Tuesday", "X first reported", "a memo
 * seen by X", "told X", "the news agency X", "X newspaper" — is a news outlet, whichever list named it (a listed
 * wire has no kind of its own): it gets kind 'news-outlet', as an outlet found by context does, so the graph keeps
 * what it backs and shows it as an outlet. Only cited companies: "Norrvik Cars reported a loss" never makes the
 * company the article is about an outlet. Reads at most BEFORE + AFTER characters around each mention.
 */
export function markCitedOutlets(doc: DocumentExtraction, work: string): DocumentExtraction {
  const cited = new Set(doc.relations.filter((r) => r.type === 'CITES').map((r) => r.to));
  const isOutlet = (start: number, end: number) => {
    const before = work.slice(Math.max(0, start - BEFORE), start);
    const after = work.slice(end, end + AFTER);
    return (
      AUDIENCE_BEFORE_RE.test(before) ||
      NOUN_BEFORE_RE.test(before) ||
      NOUN_AFTER_RE.test(after) ||
      REPORTING_AFTER_RE.test(after)
    );
  };
  let changed = false;
  const entities = doc.entities.map((e) => {
    if (e.type !== 'Company' || e.kind || !cited.has(e.id)) return e;
    if (!e.mentions.some((m) => isOutlet(m.start, m.end))) return e;
    changed = true;
    return { ...e, kind: 'news-outlet' };
  });
  return changed ? { ...doc, entities } : doc;
}
