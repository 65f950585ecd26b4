import type { ExtractedEvent, Span } from '../types.js';
import { type DocContext, mentionsIn } from '../resolve/doc-context.js';
import { isStateBody } from '../ner/org-names.js';
import { eventId } from './event-id.js';
import { focusCompany } from './focus-company.js';

/*
 * An article whose news is a change of corporate form and that gives no job figure ("Kestrel completes merger with
 * Norrvik", "Vessla files for Chapter 11 protection") is one restructuring of the company whose form changes, count
 * unknown. Read only when no sentence rule found a layoff or restructuring, and only in the headline or the lede.
 */

/**
 * The corporate-action words: a merger, takeover or demerger; a completed acquisition; a split or spin-off of the
 * company (not a "stock split"; not a completed acquisition, which may be of any small unit); the sale of a unit or operation; an exit from a market; court protection from
 * creditors; a rehabilitation plan; a break-up.
 */
const CORPORATE_ACTION_RE = new RegExp(
  [
    String.raw`\b(?:merger|merges|merged|takeover|demerger|de-merger|break-?up)\b`,
    String.raw`\b(?:complete[sd]?|completing|close[sd]?|closing|finali[sz]e[sd]?)\s+(?:its\s+|the\s+|a\s+)?(?:\p{L}+\s+){0,2}?(?:split|separation|spin-?off|demerger)\b`,
    String.raw`\b(?:split|splits|splitting)\s+(?:itself\s+)?into\s+(?:two|three|four|five|separate)\b`,
    String.raw`\b(?:spin-?off|spins\s+off|spun\s+off|spinning\s+off)\b`,
    String.raw`\b(?:sale|divestment|divestiture|disposal)\s+of\s+(?:its|their|the)\s+(?:\p{L}+\s+){0,3}?(?:operations?|units?|business(?:es)?|divisions?|arms?|subsidiar(?:y|ies)|stake)\b`,
    String.raw`\b(?:sell|sells|sold|selling|divest|divests|divested)\s+(?:its|their)\s+(?:\p{L}+\s+){0,3}?(?:operations?|units?|business(?:es)?|divisions?|arms?|subsidiar(?:y|ies)|stake)\b`,
    String.raw`\bChapter\s+(?:11|15)\b`,
    String.raw`\b(?:bankruptcy|insolvency|receivership)\b`,
    String.raw`\b(?:creditor|judicial|court|bankruptcy)\s+protection\b`,
    String.raw`\b(?:into|entered|enters|entering)\s+administration\b`,
    String.raw`\brehabilitation\s+(?:plan|proceedings?|process)\b`,
  ].join('|'),
  'giu',
);
/** "Kestrel exits Norland", "exited from Norland": leaving a market named by its place (a capitalised name). */
const MARKET_EXIT_RE = /\b(?:[Ee]xits?|[Ee]xited|[Ee]xiting)\s+(?:from\s+)?\p{Lu}\p{Ll}+\b/gu;
/**
 * "Norrvik Chips, a memory maker that was spun off from Kestrel, said …": the action told in a description of a
 * company (a clause after a comma opening with "a"/"an" or a relative pronoun) is its history, not the news; not
 * "after a court approved the carmaker's rehabilitation plan".
 */
const ASIDE_CLAUSE_RE = /^,\s*(?:an?|which|that|who)\s/iu;

/**
 * The action denied, speculated, called off or only discussed: "denied it was in talks", "shares rose on takeover
 * speculation", "called off merger talks", "could break up", a question. None is the news of a change of form.
 */
const NOT_DONE_RE =
  /\b(?:[Dd]en(?:y|ies|ied)|[Ss]peculat\p{L}*|[Rr]umou?r\p{L}*|[Tt]alks|called\s+off|calls\s+off|[Aa]bandon\p{L}*|[Ss]crap\p{L}*|[Nn]o\s+plans?|[Nn]ot|[Nn]ever|[Cc]ould|[Mm]ight|may|[Ww]ould|[Ww]hether|[Ii]f|[Cc]onsider\p{L}*|[Ww]eigh\p{L}*|[Ee]xplor\p{L}*|[Bb]lock\p{L}*|[Rr]eject\p{L}*|rul\p{L}*\s+out)\b|\?/u;

/** Where a clause ends or a new one starts: punctuation and the conjunctions that open a second clause. */
const CLAUSE_BREAK_RE = /[,:;—–]|\s(?:after|as|when|while|because|since|with)\s/giu;

/** "the South Korean carmaker's rehabilitation plan": the action told as a company's own, by its description. */
const DESCRIBED_OWNER_RE = /\bthe\s+(?:[\p{L}-]+\s+){0,3}[\p{L}-]+['’]s\s+$/iu;

/** How many sentences from the top may carry the news: the headline and the first sentences of the body. */
const LEAD_SENTENCES = 3;

/**
 * One restructuring (count unknown) for an article whose headline or lead sentence reports a change of corporate
 * form, when `events` holds no layoff or restructuring: the company that opens the action's clause ("after Kestrel
 * completed its takeover"), else the one opening the sentence ("Kestrel and Norrvik part ways: the demerger in
 * numbers"), else the company the text is about. Not for a state body ("the merger of two ministry departments").
 */
export function corporateActionNews(ctx: DocContext, events: ExtractedEvent[]): ExtractedEvent[] {
  if (events.some((e) => e.kind === 'layoff' || e.kind === 'restructuring')) return events;
  for (const s of ctx.sentences.slice(0, LEAD_SENTENCES)) {
    const org = actionCompany(ctx, s);
    if (!org) continue;
    const event: ExtractedEvent = {
      id: eventId({ kind: 'restructuring', organization: org, count: null, percent: null, when: null }),
      kind: 'restructuring',
      organization: org,
      count: null,
      percent: null,
      when: null,
      cumulative: false,
      divisions: [],
      status: 'announced',
      evidence: [{ start: s.start, end: s.end, text: ctx.text.slice(s.start, s.end) }],
    };
    return [...events, event].sort((a, b) => a.evidence[0]!.start - b.evidence[0]!.start);
  }
  return events;
}

/** The company whose form the sentence says changes, or null when it reports no such change. */
function actionCompany(ctx: DocContext, s: Span): string | null {
  const text = ctx.work.slice(s.start, s.end);
  if (NOT_DONE_RE.test(text)) return null;
  const found = newsAction(text, CORPORATE_ACTION_RE) ?? newsAction(text, MARKET_EXIT_RE);
  if (!found) return null;
  const at = s.start + found.index;
  const companies = mentionsIn(ctx, s.start, s.end).filter((m) => m.type === 'Company' && !stateBody(ctx, m.id));
  const before = text.slice(0, found.index);
  // "the South Korean carmaker's rehabilitation plan": the last company named before the description.
  if (DESCRIBED_OWNER_RE.test(before)) {
    const named = companies.filter((m) => m.end <= at);
    if (named.length > 0) return named[named.length - 1]!.id;
  }
  const clauseStart = s.start + found.clause;
  const inClause = companies.find((m) => m.start >= clauseStart && m.end <= at);
  if (inClause) return inClause.id;
  if (companies.length > 0) return companies[0]!.id;
  const focus = focusCompany(ctx, at);
  return focus && !stateBody(ctx, focus) ? focus : null;
}

const stateBody = (ctx: DocContext, id: string) => isStateBody(ctx.entities.get(id)?.name ?? '');

/** The first action `re` finds in `text` outside a company's description, with where its clause starts. */
function newsAction(text: string, re: RegExp): { index: number; clause: number } | null {
  re.lastIndex = 0;
  for (let m = re.exec(text), n = 0; m && n < 8; m = re.exec(text), n++) {
    const before = text.slice(0, m.index);
    const clause = lastBreak(before);
    if (!ASIDE_CLAUSE_RE.test(before.slice(Math.max(0, clause - 1)))) return { index: m.index, clause };
  }
  return null;
}

/** Where the last clause of `before` starts (0 when it has no break). */
function lastBreak(before: string): number {
  let last = 0;
  CLAUSE_BREAK_RE.lastIndex = 0;
  for (let m = CLAUSE_BREAK_RE.exec(before); m; m = CLAUSE_BREAK_RE.exec(before)) last = m.index + m[0].length;
  return last;
}
