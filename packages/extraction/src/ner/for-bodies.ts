/**
 * Bodies named "<noun> for <remit>": "Department for Business and Trade", "Office for National Statistics", "Institute
 * for Fiscal Studies", "Kora Union for Rail Transport and Travel", "Commission for Mediation". The noun before
 * "for" is a public body's or an association's (a ministry, office, institute, union, federation …) or "Bank", as
 * state banks are named by their remit ("Vessla Bank for Foreign Trade"); never another firm's noun ("Group",
 * "Company", "Exchange": "Norrvik Group for Kestrel" is two names). A capitalised word follows "for".
 */
const FOR_HEADS: ReadonlySet<string> = new Set(
  `Ministry Department Office Institute Institution Centre Center Union Association Federation Confederation Council
  Commission Society Agency Authority Bureau Board Fund Foundation Organisation Organization Chamber Alliance Coalition
  Bank`.split(/\s+/),
);

/** True when `word`, followed by "for" and a capitalised word, opens a body's name that runs on after "for". */
export function opensForName(word: string): boolean {
  return FOR_HEADS.has(word);
}

/** Small words inside a remit after "for" ("Rail Transport and Travel", "Welfare of Pilots"). */
const REMIT_JOINERS: ReadonlySet<string> = new Set(['and', 'of', '&']);

/**
 * True when `words` name a body by its remit: a body's noun, "for", then capitalised words (small joiners between):
 * "Office for National Statistics", "Kora Union for Rail Transport and Travel".
 */
export function namedForRemit(words: readonly string[]): boolean {
  const at = words.indexOf('for');
  if (at < 1 || at >= words.length - 1 || !FOR_HEADS.has(words[at - 1]!)) return false;
  const rest = words.slice(at + 1);
  return (
    /^\p{Lu}/u.test(rest[0]!) &&
    /^\p{Lu}/u.test(rest.at(-1)!) &&
    rest.every((w) => /^\p{Lu}/u.test(w) || REMIT_JOINERS.has(w))
  );
}

/**
 * True when the run from `i` to `j` is a body's noun, "for" and one remit word ("Commission for Mediation"): its
 * remits may go on as a list, commas between and "and" before the last ("…, Arbitration, and Appeals").
 */
export function remitAfterFor(tokens: readonly { text: string }[], i: number, j: number): boolean {
  return j - 2 >= i && tokens[j - 1]!.text === 'for' && FOR_HEADS.has(tokens[j - 2]!.text);
}

/** True when the run from `i` to `j` holds a body's noun and "for" (its remit runs on to `j`): "Society for Welfare". */
export function remitOpenedBefore(tokens: readonly { text: string }[], i: number, j: number): boolean {
  for (let k = Math.max(i + 1, j - 4); k < j; k++)
    if (tokens[k]!.text === 'for' && FOR_HEADS.has(tokens[k - 1]!.text)) return true;
  return false;
}
