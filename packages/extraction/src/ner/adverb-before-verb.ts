import type { Token } from '../text/tokenize.js';

/**
 * Adverbs a news sentence puts between its subject and the verb: "Norrvik Ghana also announced a similar action",
 * "Kestrel recently said".
 */
const SUBJECT_ADVERBS: ReadonlySet<string> = new Set(['also', 'recently', 'subsequently', 'separately', 'likewise']);

/**
 * The verbs of telling read through such an adverb. Verbs of doing stay out: "Tessel recently completed its review"
 * says nothing of a business.
 */
const TELLING_VERBS: ReadonlySet<string> = new Set(
  'said says announced announces reported reports confirmed disclosed warned told'.split(' '),
);

/**
 * Whether the tokens from `k` are one such adverb and a verb of telling, one space on each side: "Norrvik Ghana
 * |also announced a similar action" reads as "Norrvik Ghana announced".
 */
export function isAdverbThenTelling(text: string, tokens: readonly Token[], k: number): boolean {
  const adverb = tokens[k];
  const verb = tokens[k + 1];
  if (!adverb || !verb || !SUBJECT_ADVERBS.has(adverb.text) || !TELLING_VERBS.has(verb.text)) return false;
  return verb.start === adverb.end + 1 && text.charCodeAt(adverb.end) === 32;
}
