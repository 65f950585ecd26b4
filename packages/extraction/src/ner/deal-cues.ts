import type { OrgCue } from './org-cues.js';

/**
 * The party to a deal, written before its name: "sold its dairy unit to X", "a joint venture with X", "bought X",
 * "spun off its engines arm as X", "joined from X", "shares are held by X", "took over the project from X".
 * Business news names buyers, sellers, partners and owners this way without calling them companies. Each
 * alternative ends at the name, so one sticky test over a bounded window before the run decides.
 */
const DEAL_BEFORE_RE = new RegExp(
  '(?:' +
    [
      // "sell its distribution business to", "the sale of Norsk Life to", "transferred the licence to".
      String.raw`\b(?:sold|sell|sells|selling|sale|divested|divest|divests|divesting|transferred|offloaded|offload)\s+(?:[\p{L}\d'’.,&%-]+\s+){0,6}?to`,
      // "bought Velloria", "the takeover of", "merging with", "took over".
      String.raw`\b(?:bought|buys|buy|buying|acquired|acquires|acquire|acquiring|purchased|purchasing|took\s+over|taking\s+over|take\s+over|bought\s+out|merged\s+with|merge\s+with|merges\s+with|merging\s+with|spin-?off\s+of|spinning\s+off|demerger\s+of|carve-?out\s+of|owns|also\s+owns|controls|also\s+controls)`,
      // "after its merger agreement with", "in merger talks with", "a takeover by": the other party to a merger.
      String.raw`\b(?:merger|takeover|buyout)\s+(?:(?:agreement|deal|talks|pact|bid|offer)\s+)?(?:with|by)`,
      // "a joint venture with", "a partnership with", "teamed up with".
      String.raw`\b(?:joint\s+venture|partnership|alliance|tie-up|partnered|teamed\s+up)\s+with`,
      // "spun off its ingredients business as", "demerged its steel unit as".
      String.raw`\b(?:spun|spins|spin|spinning)\s+off\s+(?:[\p{L}'’-]+\s+){0,5}?(?:as|into)`,
      String.raw`\bdemerged\s+(?:[\p{L}'’-]+\s+){0,5}?as`,
      // "took over the wind project from", "bought three sites from", "joined from", "poached from".
      String.raw`\b(?:bought|acquired|purchased|took\s+over|taken\s+over|buys|buying)\s+(?:[\p{L}\d'’.,&%-]+\s+){1,6}?from`,
      String.raw`\b(?:joined|joins|poached|hired|recruited|arrived|came)\s+from`,
      // "94% of its shares are held by", "the remaining stake held by".
      String.raw`\b(?:shares|stake|stakes|holding|interest|capital|%)\s+(?:[\p{L}-]+\s+){0,3}?held\s+by`,
      // "a round led by", "an investment led by".
      String.raw`\b(?:round|investment|financing|funding)\s+led\s+by`,
    ].join('|') +
    String.raw`)\s+(?:the\s+)?$`,
  'iu',
);

/** "who previously ran Coach and …", "founded Velloria in 1998", "now chairs Tessel": what a person runs is a business. */
const RUN_BY_PERSON_RE =
  /\b(?:who\s+)?(?:(?:previously|formerly|once|also|now|later|then)\s+)?(?:ran|runs|heads|headed|chairs|chaired|founded|co-founded|cofounded)\s+$/iu;

/** Last words of DEAL_BEFORE_RE (a cheap gate on the token before the name). */
const DEAL_LAST_WORDS = new Set(
  'to with from by as into over out of the bought buys buy buying acquired acquires acquire acquiring purchased purchasing off owns controls'.split(
    ' ',
  ),
);

const RUN_LEADS = new Set([
  'ran',
  'runs',
  'heads',
  'headed',
  'chairs',
  'chaired',
  'founded',
  'co-founded',
  'cofounded',
]);

/** Characters read before a name for DEAL_BEFORE_RE. */
const WINDOW = 80;

/**
 * A 'deal' cue when the words right before `start` make the name a party to a deal (see DEAL_BEFORE_RE); `prev`
 * is the token before the name. Strong, but not enough to make a place a company.
 */
export function dealCueBefore(text: string, start: number, prev: string): OrgCue | null {
  const lower = prev.toLowerCase();
  if (RUN_LEADS.has(lower)) {
    // "ran Jane Roe's campaign": the possessor is a person.
    if (!RUN_BY_PERSON_RE.test(text.slice(Math.max(0, start - 40), start))) return null;
    return { strength: 'strong', kind: 'company', why: 'run-by' };
  }
  if (!DEAL_LAST_WORDS.has(lower)) return null;
  const pre = text.slice(Math.max(0, start - WINDOW), start);
  // Never across a sentence end or a line: "… bought. Tessel …".
  const cut = Math.max(pre.lastIndexOf('. '), pre.lastIndexOf('\n'));
  if (!DEAL_BEFORE_RE.test(cut >= 0 ? pre.slice(cut + 1) : pre)) return null;
  return { strength: 'strong', kind: 'company', why: 'deal' };
}
