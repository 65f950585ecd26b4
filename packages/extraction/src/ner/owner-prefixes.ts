import { isCommonWord } from '../gazetteer/lexicon/common-words.js';
import { NATIONALITIES, isPlace } from '../gazetteer/lexicon/places.js';
import type { Token } from '../text/tokenize.js';
import type { NameRun } from './name-runs.js';
import { UPPER_FIRST_RE } from '../text/char-class.js';

/** The words after the hyphen of an owner compound ("-owned", "-backed"); org-cues reads the same suffix. */
const OWNER_WORDS = '(?:owned|backed|controlled|funded)';
/** "Tarvik-owned", "SoftBank-backed", "upGrad-backed": a name joined to the word that says it owns what follows. */
const OWNER_PREFIX_RE = new RegExp(`^((?:\\p{Lu}|[a-z]+\\p{Lu})[\\p{L}\\d&.]*)-${OWNER_WORDS}$`, 'u');
/** Right after an owner run ends: its "-owned", "-backed" suffix. */
export const OWNER_SUFFIX_RE = new RegExp(`^-${OWNER_WORDS}\\b`);

/**
 * Runs for the owners named in compounds before another name ("Tarvik-owned Vellmora", "SoftBank-backed Ombara"):
 * the part before the hyphen, as its own run inside the token (so its later bare mentions are the same company).
 * Places, nationalities and common words ("State-owned", "Chinese-backed", "Family-owned") are left alone.
 * Tokens are read in order, so the runs come in text order.
 */
export function findOwnerPrefixRuns(text: string, tokens: readonly Token[], covered: Uint8Array): NameRun[] {
  const out: NameRun[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    // Gates before the expression: long enough, a hyphen inside.
    if (covered[k] || t.text.length < 9 || t.text.indexOf('-') < 2) continue;
    const m = OWNER_PREFIX_RE.exec(t.text);
    if (!m) continue;
    const name = m[1]!;
    if (isPlace(name) || NATIONALITIES.has(name) || isCommonWord(name)) continue;
    // Only before another name ("Tarvik-owned Vellmora"), or a name after up to three lower-case words ("SoftBank-backed
    // edtech platform Ombara"); before a noun alone ("the Tarvik-owned carmaker said") the owner would read as the
    // clause's actor.
    if (!nameFollows(text, tokens, k)) continue;
    out.push({ first: k, last: k, start: t.start, end: t.start + name.length, name, initial: false, headline: false });
  }
  return out;
}

/** Lower-case words between an owner compound and the name it owns ("edtech platform "). */
const LOWER_WORD_RE = /^\p{Ll}[\p{Ll}-]*$/u;

/** True when a capitalised name follows token k, right after it or after up to three lower-case words. */
function nameFollows(text: string, tokens: readonly Token[], k: number): boolean {
  for (let j = k + 1; j <= k + 4 && j < tokens.length; j++) {
    const t = tokens[j]!;
    if (t.start !== tokens[j - 1]!.end + 1 || text.charCodeAt(t.start - 1) !== 32) return false;
    if (UPPER_FIRST_RE.test(t.text)) return true;
    if (!LOWER_WORD_RE.test(t.text)) return false;
  }
  return false;
}
