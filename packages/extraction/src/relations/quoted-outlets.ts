import { type DocContext, mentionsIn } from '../resolve/doc-context.js';
import { isCommonWord } from '../gazetteer/lexicon/common-words.js';

/** An outlet whose name the text puts in quotation marks, and where the name stands (inside the marks). */
export interface QuotedOutlet {
  name: string;
  start: number;
  end: number;
}

/** A title in quotation marks: capitalised words, short lower-case particles inside ("Bild am Sonntag"). */
const NAME = String.raw`\p{Lu}[\p{L}\p{N}&.'’-]*(?:\s+(?:\p{Ll}{1,4}\s+)?\p{Lu}[\p{L}\p{N}&.'’-]*){0,4}`;
/** A noun for an outlet that may stand before its quoted name: "the daily “Kora Posten”". */
const OUTLET_NOUN = String.raw`(?:(?:business\s+|financial\s+|local\s+|regional\s+)?(?:daily|newspaper|paper|weekly|magazine|broadcaster|channel|station|radio|agency|portal|website)\s+)`;
/** "told “Kora Posten”", "according to the daily “Kora Posten”", "in an interview with “Kora Posten”". */
const QUOTED_AFTER_RE = new RegExp(
  String.raw`\b(?:told|according\s+to|interview\s+with|quoted\s+by|reported\s+by|speaking\s+to|cited\s+by)\s+(?:the\s+)?${OUTLET_NOUN}?["“„](${NAME})["”“](?=\s*[.,;:)]|\s+(?:on|in|that|last|this|earlier|at|newspaper|daily|magazine)\b)`,
  'gu',
);
/** "the “Kora Posten” had previously reported", "“Kora Posten” reported on Monday" (matched from the mark on). */
const QUOTED_BEFORE_RE = new RegExp(
  String.raw`["“„](${NAME})["”“]\s+(?:(?:had|has|first|earlier|previously|also)\s+){0,2}(?:reported|wrote|writes|reports)\b`,
  'gu',
);
/**
 * "the monthly “kora magazin”", "the daily “el vesto”": a periodical's noun right before the marks names what is
 * inside them, whatever its case (several titles are styled in lower case). Up to five words, no sentence mark.
 */
const NOUN_THEN_QUOTED_RE = new RegExp(
  String.raw`\b(?:daily|weekly|monthly|newspaper|magazine|paper|broadcaster)\s+["“„](\p{L}[\p{L}\p{N}&.'’-]*(?:\s+[\p{L}\p{N}][\p{L}\p{N}&.'’-]*){0,4})["”“]`,
  'gu',
);

/** The opening marks of the three expressions (`["“„]`). */
const OPENING_QUOTES = ['"', '“', '„'];

/**
 * Outlets that news names in quotation marks, as German and other European wires write them: told “Bild am
 * Sonntag”, the “Handelsblatt” had previously reported, the monthly “kora magazin” (in lower case after the noun). A general resource about how news is written: no outlet is
 * named. Names already read as an organization or source are left to the steps that read them.
 */
export function findQuotedOutlets(ctx: DocContext): QuotedOutlet[] {
  const out: QuotedOutlet[] = [];
  const bodyStart = ctx.sentences[0]?.start ?? ctx.work.length;
  // Each expression needs an opening quotation mark: a body without one is not scanned three times for nothing.
  if (!OPENING_QUOTES.some((q) => ctx.work.includes(q, bodyStart))) return out;
  for (const re of [QUOTED_AFTER_RE, QUOTED_BEFORE_RE, NOUN_THEN_QUOTED_RE]) {
    re.lastIndex = bodyStart;
    let m: RegExpExecArray | null;
    while ((m = re.exec(ctx.work)) !== null) {
      const name = m[1]!;
      if (!name.includes(' ') && isCommonWord(name)) continue;
      const start = m.index + m[0].lastIndexOf(name, m[0].length - 1);
      const end = start + name.length;
      if (mentionsIn(ctx, start, end).some((x) => x.start === start && x.end === end && x.type !== 'Person')) continue;
      if (!out.some((o) => o.start === start)) out.push({ name, start, end });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
