import type { DocContext } from '../resolve/doc-context.js';

/** Where the text cites news reports it does not name, and how it words them. */
export interface MediaReport {
  start: number;
  end: number;
  /** The wording in lower case: "media report", "reports". */
  wording: string;
}

/**
 * Reports the text cites without naming whose they are: "according to reports", "according to local media reports", "a
 * media report said", one report named by its medium after "according to" ("… a news report"; not "… the report"),
 * a clause's end "… local reports said", "local news reports claimed", "A news report cited the minister as saying", "Reports also
 * suggest" opening a sentence. Not "according to reports in the Kora Daily" or "reports by Norrvik Wire" (the
 * outlet named after is the source), nor "a report said" or "the report said" (often a report the text named before:
 * a company's annual report, an outlet's story). A sentence may open with them in any case: "Media reports said",
 * "Press reports claimed", "Some reports claimed", "Several media reports suggested". Also the media themselves,
 * unnamed, where they speak: "Local media reported", "state media said", or state or local media after "according
 * to" (not "social media", not "media outlets said", read above, nor "local media groups": a noun after "media"
 * makes it no source). The noun phrase is group 1 to 5.
 */
const MEDIA_REPORTS_RE =
  /\b[Aa]ccording\s+to\s+(?:(?:the|a)\s+(?=(?:local\s+)?(?:media|news|press)\s+report\b))?((?:(?:local|media|news|press|some|several|recent|unconfirmed)\s+){0,2}reports|(?:local\s+)?(?:media|news|press)\s+report)\b(?!\s+(?:in|by|from|of|on)\s+(?:the\s+)?\p{Lu})|\b((?:[Ll]ocal\s+)?(?:[Mm]edia|[Nn]ews|[Pp]ress)\s+(?:reports?|outlets)|[Ll]ocal\s+reports)(?=,?\s+(?:(?:also|have|had)\s+)?(?:said|says|stated|claimed|claims|claim|suggested|suggests|suggest|cited|showed|shows|indicated|indicates|revealed|reported)\b)|\b((?:(?:Some|Several|Other|Earlier|Recent|Unconfirmed|Many)\s+)?(?:media\s+|news\s+|press\s+)?[Rr]eports)(?=\s+(?:also\s+|have\s+|had\s+)?(?:claim|claimed|suggest|suggests|suggested|say|said|indicate|indicated|show|showed)\b)|\b((?:[Ll]ocal|[Ss]tate(?:-run|-owned)?|[Dd]omestic|[Oo]fficial)\s+media)\b(?=,?\s+(?:(?:also|have|had|has|earlier)\s+)?(?:reported|reports|said|says|stated|claimed|cited|quoted|revealed)\b)|\b[Aa]ccording\s+to\s+((?:local|state(?:-run|-owned)?|domestic|official)\s+media)\b(?!\s+(?:reports?|outlets?|in|by|from|of|on)\b)/gu;

/** Before a capitalised "Reports": a line's start or a sentence's end ("… employees. Reports claim"). */
const SENTENCE_END_RE = /(?:^|\n|[.!?]["”]?\s+)$/u;

/** The unnamed news reports the body cites, in order. */
export function findMediaReports(ctx: DocContext): MediaReport[] {
  const out: MediaReport[] = [];
  const bodyStart = ctx.sentences[0]?.start ?? ctx.work.length;
  // Every match holds "report(s)", "Reports", "outlets" or "media": a plain search first, the expression scans the
  // whole body.
  if (!['eport', 'outlets', 'media'].some((word) => ctx.work.includes(word, bodyStart))) return out;
  MEDIA_REPORTS_RE.lastIndex = bodyStart;
  for (let m = MEDIA_REPORTS_RE.exec(ctx.work); m; m = MEDIA_REPORTS_RE.exec(ctx.work)) {
    const phrase = m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5]!;
    if (m[3] && !SENTENCE_END_RE.test(ctx.work.slice(Math.max(0, m.index - 4), m.index))) continue;
    const start = m.index + m[0].length - phrase.length;
    out.push({ start, end: start + phrase.length, wording: phrase.toLowerCase().replace(/\s+/g, ' ') });
  }
  return out;
}
