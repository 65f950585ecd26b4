import { isCapitalized, type Token } from '../text/tokenize.js';

// Module constants: esbuild (tsx, vitest) rewrites a \p{…} literal inside a function into `new RegExp` per call.
const BY_WEEKDAY_RE = /^By\s+\p{Lu}\p{Ll}*day\b/u;

/** A writer's name of two to four capitalised words. */
const CREDIT_NAME = "\\p{Lu}[\\p{L}'’.-]+(?:[ \\t]+\\p{Lu}[\\p{L}'’.-]+){1,3}";
/** "(By Jane Roe and John Doe in Oslo; Editing by Ann Poe)": a wire's credit in brackets filling its line. */
const BRACKETED_CREDIT_RE = new RegExp(
  `^\\(By[ \\t]+${CREDIT_NAME}(?:(?:,|[ \\t]+and)[ \\t]+${CREDIT_NAME})*(?:[ \\t]+in[ \\t]+\\p{Lu}[\\p{L}-]*)?[ \\t]*(?:;[^()\\n]*)?\\)[ \\t]*$`,
  'u',
);
/** Words before "by" that credit the article's own staff: "(Reporting by …; Editing by …)". */
const CREDIT_WORDS = new Set([
  'reporting',
  'Reporting',
  'editing',
  'Editing',
  'writing',
  'Writing',
  'edited',
  'Edited',
  'compiled',
  'Compiled',
  'written',
  'Written',
  'photographs',
  'Photographs',
  'photos',
  'Photos',
  'graphics',
  'Graphics',
  'photo',
  'Photo',
  'picture',
  'Picture',
  'image',
  'Image',
]);
/** Caption credits: "Picture: Jane Roe/Kora Agency", "Photo: Jane Roe". */
const CAPTION_WORDS = new Set(['Picture', 'Pictures', 'Photo', 'Photos', 'Photograph', 'Image', 'Credit', 'Credits']);
const DASHES = new Set(['-', '–', '—']);
const MAX_BYLINE = 90;

/**
 * Marks the article's own bylines and credits as covered so that no one finds people or organizations in them:
 * a short line opening with "By" and a capitalised name ("By Jane Roe, City Desk", "By A and B", also in a wire's
 * brackets: "(By A and B; Editing by C)"), and the credits of wire copy ("(Reporting by Jane Roe in Oslo; Editing by
 * John Doe)"). A journalist is not a person the story
 * is about. "By 2025, …" and "By Friday the plant had closed." (a sentence) are left alone.
 */
export function markBylines(text: string, tokens: readonly Token[], covered: Uint8Array): void {
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i]!;
    // "(By Jane Roe and John Doe; Editing by Ann Poe)": a wire's credit line in brackets, names only before ";".
    const opensLine =
      lineStart(text, t.start) ||
      (text[t.start - 1] === '(' &&
        lineStart(text, t.start - 1) &&
        BRACKETED_CREDIT_RE.test(text.slice(t.start - 1, lineEnd(text, t.start))));
    if (t.text === 'By' && opensLine && isCapitalized(tokens[i + 1]!.text)) {
      const end = lineEnd(text, t.start);
      const line = text.slice(t.start, end).trimEnd();
      if (line.length > MAX_BYLINE || /[.!?]\)?$/.test(line) || BY_WEEKDAY_RE.test(line)) continue;
      i = cover(tokens, covered, i, end);
    } else if (t.text === 'by' && i > 0 && CREDIT_WORDS.has(tokens[i - 1]!.text)) {
      // Up to the end of the credit: ";", ")", a new line.
      let end = t.end;
      while (end < text.length && end - t.end < 80 && !/[;)\n]/.test(text[end]!)) end++;
      i = cover(tokens, covered, i, end);
    } else if (CAPTION_WORDS.has(t.text) && text[t.end] === ':' && isCapitalized(tokens[i + 1]!.text)) {
      // "Picture: Jane Roe/ Kora Agency": the credit runs to the end of its line.
      const end = lineEnd(text, t.start);
      if (end - t.end <= MAX_BYLINE) i = cover(tokens, covered, i, end);
    } else if (t.text === 'writes' && /,\s*$/.test(text.slice(Math.max(0, t.start - 3), t.start))) {
      // "…, writes Jane Roe." — the writer named at the end of a sentence.
      const k = nameRunEnd(text, tokens, i + 1);
      if (k > i && /^\s*(?:[.\n]|$)/.test(text.slice(tokens[k]!.end, tokens[k]!.end + 2)))
        i = cover(tokens, covered, i, tokens[k]!.end);
    } else if (isCapitalized(t.text) && lineStart(text, t.start) && outletBylineAt(text, tokens, i)) {
      // "Jane Roe, Kora News" on a line of its own: the writer and the outlet she writes for.
      i = cover(tokens, covered, i, lineEnd(text, t.start));
    } else if (isCapitalized(t.text) && dashBefore(text, t.start)) {
      // "… outside the plant. - Jane Roe / Kora Agency": a photo credit closing its line.
      const k = nameRunEnd(text, tokens, i);
      if (k > i && /^\s*\//.test(text.slice(tokens[k]!.end, tokens[k]!.end + 3))) {
        const end = lineEnd(text, t.start);
        if (end - t.start <= MAX_BYLINE) i = cover(tokens, covered, i, end);
      }
    }
  }
}

/** The last token of a run of two to four capitalised words from `i` joined by single spaces or hyphens, or -1. */
function nameRunEnd(text: string, tokens: readonly Token[], i: number): number {
  let k = i;
  if (!tokens[k] || !isCapitalized(tokens[k]!.text)) return -1;
  while (k + 1 < tokens.length && k - i < 3) {
    const gap = text.slice(tokens[k]!.end, tokens[k + 1]!.start);
    if ((gap !== ' ' && gap !== '-') || !isCapitalized(tokens[k + 1]!.text)) break;
    k++;
  }
  return k > i ? k : -1;
}

/** After a writer's name on a byline line: a comma and an outlet's name ending in a news word, then the line's end. */
const OUTLET_AFTER_NAME_RE =
  /^,\s+(?:\p{Lu}[\p{L}&.'’-]*\s+){0,3}(?:News|Online|Times|Post|Daily|Herald|Tribune|Reporter|Correspondent)[ \t]*$/u;

/**
 * "Jane Roe, Kora News", "Jan Roe, Vesta Daily": a line of its own holding only a name of two to four capitalised
 * words, a comma and an outlet's name ending in a news word — the article's byline (no "By" before it). A line with
 * more after the outlet ("Jane Roe, Kora News editor, said …") is a sentence.
 */
function outletBylineAt(text: string, tokens: readonly Token[], i: number): boolean {
  const k = nameRunEnd(text, tokens, i);
  if (k < 0) return false;
  const end = lineEnd(text, tokens[k]!.end);
  return end - tokens[i]!.start <= MAX_BYLINE && OUTLET_AFTER_NAME_RE.test(text.slice(tokens[k]!.end, end));
}

/** A spaced dash right before `pos` ("… plant. - Jane"). */
function dashBefore(text: string, pos: number): boolean {
  return text[pos - 1] === ' ' && DASHES.has(text[pos - 2]!) && (text[pos - 3] === ' ' || text[pos - 3] === '\n');
}

/** Covers tokens from `i` while they start before `end`; returns the last index covered. */
function cover(tokens: readonly Token[], covered: Uint8Array, i: number, end: number): number {
  let k = i;
  while (k < tokens.length && tokens[k]!.start < end) covered[k++] = 1;
  return k - 1;
}

function lineStart(text: string, pos: number): boolean {
  let k = pos - 1;
  while (k >= 0 && (text[k] === ' ' || text[k] === '\t')) k--;
  return k < 0 || text[k] === '\n';
}

function lineEnd(text: string, pos: number): number {
  const nl = text.indexOf('\n', pos);
  return nl < 0 ? text.length : nl;
}
