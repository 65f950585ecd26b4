import type { ExtractedEntity } from '../types.js';

/**
 * A cited body written out in full by its own name — "the Kora Union of Aeronauts", "Norrvik Workers' Union", "the
 * Council of Vessla Trade Unions" — is an organization as well as a source: the gold convention lists a named union,
 * council, federation or association among the companies. The citation step finds such bodies when they speak
 * ("… said", "president of …, told") and keeps them as `Source` entities of kind 'other'; `outletsAsCompanies`
 * turns those picked here into `Company` entities at the end (still cited), as it does with named outlets.
 *
 * Only a name of three words or more, each capitalised but for joining words, holding a body's word; never the
 * generic "Unions", "Union officials", "Works Council", "employee representatives", nor a name another entity's
 * longer name holds ("Allied Norrvik Workers Union" inside "Timber and Allied Norrvik Workers Union": a fragment).
 */
const BODY_WORDS = new Set(
  'Union Unions Council Federation Confederation Association Congress Sindicato Federação Confederação Associação Federación Confederación Asociación'.split(
    ' ',
  ),
);
const JOINING_WORDS = new Set('of and for the in de do da dos das del y e &'.split(' '));
const CAPITALISED_RE = /^\p{Lu}/u;

/** Most words of a name whose inner runs are collected (names are short; longer ones are read no further). */
const MAX_WORDS = 12;

/**
 * Every run of whole words inside a longer name ("Allied Norrvik Workers Union" in "Timber and Allied Norrvik Workers Union"), for
 * `isNamedBody`: a bounded number per name, so the set grows linearly with the names.
 */
export function innerNames(names: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const n of names) {
    const words = n.split(' ').slice(0, MAX_WORDS);
    for (let i = 0; i < words.length; i++)
      for (let j = i + 3; j <= words.length; j++) if (j - i < words.length) out.add(words.slice(i, j).join(' '));
  }
  return out;
}

export function isNamedBody(e: ExtractedEntity, inner: ReadonlySet<string>): boolean {
  if (e.type !== 'Source' || e.kind !== 'other') return false;
  const words = e.name.split(' ');
  if (words.length < 3) return false;
  if (!words.some((w) => BODY_WORDS.has(w))) return false;
  if (!words.every((w) => JOINING_WORDS.has(w) || CAPITALISED_RE.test(w))) return false;
  if (JOINING_WORDS.has(words[0]!) || JOINING_WORDS.has(words[words.length - 1]!)) return false;
  // a piece of a longer name.
  return !inner.has(e.name);
}
