/**
 * Every match of a global (`g`) expression in `text`, as `text.matchAll(re)` gives them, without matchAll's
 * per-call copy of the expression and its iterator (measurable when called per sentence). `re` is reset first
 * and after; an empty match advances by one code point (`u`/`v`) or code unit, as matchAll does.
 */
export function allMatches(re: RegExp, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    out.push(m);
    if (m[0].length === 0)
      re.lastIndex +=
        re.flags.includes('u') || re.flags.includes('v') ? (text.codePointAt(m.index)! > 0xffff ? 2 : 1) : 1;
  }
  re.lastIndex = 0;
  return out;
}
