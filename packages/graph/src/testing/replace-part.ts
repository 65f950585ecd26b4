/**
 * `replacePart(text, part, replacement)`: the text with its one occurrence of `part` replaced — for versions of a
 * production statement that a bench derives from its text (bench/story-candidates-variants.ts), so that each stays
 * "the statement of today minus one part". It throws when `part` is not in the text exactly once: a changed
 * statement then fails loudly instead of the version measuring text that is no longer there.
 */
export function replacePart(text: string, part: string, replacement: string): string {
  const at = text.indexOf(part);
  if (part === '' || at < 0) throw new Error(`replacePart: the part is not in the text: ${JSON.stringify(part)}`);
  if (text.indexOf(part, at + 1) >= 0)
    throw new Error(`replacePart: the part is in the text more than once: ${JSON.stringify(part)}`);
  return text.slice(0, at) + replacement + text.slice(at + part.length);
}
