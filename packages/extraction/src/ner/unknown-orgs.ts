import { isCapitalized, type Token } from '../text/tokenize.js';
import type { Mention } from './mention.js';
import { scanRepeatMentions } from './repeat-mentions.js';
import { createLeadScanner, type LeadRule } from '../text/lead-scan.js';

const LEGAL_SUFFIX = new Set([
  'Inc',
  'Corp',
  'Corporation',
  'Ltd',
  'LLC',
  'plc',
  'PLC',
  'AG',
  'SE',
  'GmbH',
  'Holdings',
  'Technologies',
  'Incorporated',
  'Limited',
]);
/** Name endings that make an organization when the word before is a proper name ("Elliott Management"); kept in the name. */
const ORG_HEAD = new Set([
  'Management',
  'Capital',
  'Partners',
  'Ventures',
  'Investments',
  'Advisors',
  'Securities',
  'Robotics',
  'Semiconductor',
  'Software',
  'Networks',
  'Systems',
  'Labs',
  'Bank',
  'Financial',
  'Motors',
  'Airlines',
  'Therapeutics',
  'Pharmaceuticals',
  'Entertainment',
  'Studios',
  'Media',
  'Group',
]);
/** Heads that may be dropped later: "Embracer Group" is then also "Embracer". */
const DROPPABLE_HEAD = new Set(['Group']);
const GENERIC_WORD = new Set(
  'Chief Vice President Officer Director Head Risk Senior Project Product Asset Talent Data Cloud Human Capital Global Customer Security Network Information Health Business Sales Marketing General Executive Corporate Private Public Venture Central World Investment Federal National Social Digital Enterprise Operating Computer Embedded Management Systems Software Supply Chain Wealth Portfolio Change Identity Access Content Game Games Legacy Core New Key Our Its Their'.split(
    ' ',
  ),
);
const NOT_NAME = new Set(
  'The A An And Or Of In On At For With By To From Its Their This That As Why How What When'.split(' '),
);
const STARTUP_BEFORE_RE =
  /\b(?:startup|start-up|rival|competitor|chipmaker|software maker|company|firm|subsidiary)\s+(?=\p{Lu})/gu;
/** "startup Acme": STARTUP_BEFORE_RE and the words its matches start with (exported for the lead-scan test). */
export const STARTUP_BEFORE: LeadRule = {
  re: STARTUP_BEFORE_RE,
  leads: ['startup', 'start-up', 'rival', 'competitor', 'chipmaker', 'software', 'company', 'firm', 'subsidiary'],
};
/** Tried only where one of its words starts (text/lead-scan.ts): one cheap scan of the text. */
const scanStartupBefore = createLeadScanner([STARTUP_BEFORE]);
const STARTUP_AFTER_RE =
  /,\s*(?:a|an)\s+(?:[\w-]+\s+){0,4}?(?:startup|start-up|company|firm|maker|provider|developer|chipmaker|subsidiary)\b/gu;

/**
 * Organizations the gazetteer does not know: capitalised names ending in a legal suffix ("Acme Robotics Inc.",
 * named "Acme Robotics"), or introduced as "startup Acme" / "Acme, a cloud software company". Every later bare
 * occurrence of the same name is a mention too. Marks the covered tokens.
 */
export function findUnknownOrgs(text: string, tokens: readonly Token[], covered: Uint8Array): Mention[] {
  const names = new Map<string, string>();
  const out: Mention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const head = ORG_HEAD.has(t.text);
    if ((!LEGAL_SUFFIX.has(t.text) && !head) || covered[i]) continue;
    if (
      head &&
      (i === 0 ||
        covered[i - 1] ||
        GENERIC_WORD.has(tokens[i - 1]!.text) ||
        !isOrgWord(tokens[i - 1]!.text) ||
        text.slice(tokens[i - 1]!.end, t.start) !== ' ')
    )
      continue;
    let j = i;
    while (
      j > 0 &&
      i - j < 4 &&
      !covered[j - 1] &&
      isOrgWord(tokens[j - 1]!.text) &&
      /^,? $/.test(text.slice(tokens[j - 1]!.end, tokens[j]!.start))
    )
      j--;
    if (j === i) continue;
    if (head && j < i - 1 && isSentenceInitial(text, tokens[j]!.start)) j++;
    if (head && [...tokens.slice(j, i)].some((x) => GENERIC_WORD.has(x.text))) continue;
    const name = text
      .slice(tokens[j]!.start, tokens[head ? i : i - 1]!.end)
      .replace(/\s+/g, ' ')
      .replace(/,$/, '');
    out.push({ start: tokens[j]!.start, end: t.end, type: 'Company', name });
    names.set(name, name);
    if (
      head &&
      DROPPABLE_HEAD.has(t.text) &&
      i - j === 1 &&
      tokens[j]!.text.length >= 3 &&
      !GENERIC_WORD.has(tokens[j]!.text)
    )
      names.set(tokens[j]!.text, name);
    covered.fill(1, j, i + 1);
  }
  const tokenAt = new Map<number, number>();
  const tokenEndingAt = new Map<number, number>();
  const lookup = () => {
    if (tokenAt.size === 0) tokens.forEach((t, i) => (tokenAt.set(t.start, i), tokenEndingAt.set(t.end, i)));
  };
  const consider = (i: number | undefined) => {
    if (i === undefined || covered[i]) return;
    const t = tokens[i]!;
    if (!isOrgWord(t.text) || t.text.length < 3) return;
    if (i > 0 && isCapitalized(tokens[i - 1]!.text) && text.slice(tokens[i - 1]!.end, t.start) === ' ') return;
    names.set(t.text, t.text);
  };
  for (const m of scanStartupBefore(text, 0)[0]!) {
    lookup();
    consider(tokenAt.get(m.index + m.text.length));
  }
  STARTUP_AFTER_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = STARTUP_AFTER_RE.exec(text)) !== null) {
    lookup();
    consider(
      tokenEndingAt.get(m.index - (/\s*$/.exec(text.slice(Math.max(0, m.index - 8), m.index))?.[0].length ?? 0)),
    );
  }
  if (names.size === 0) return out;
  scanRepeatMentions(tokens, covered, names.keys(), (name, first, last) =>
    out.push({ start: first.start, end: last.end, type: 'Company', name: names.get(name) ?? name }),
  );
  return out;
}

function isSentenceInitial(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 3), at);
  return at === 0 || /(?:[.!?]["”’]?\s+|\n\s*)$/.test(before);
}

function isOrgWord(word: string): boolean {
  return isCapitalized(word) && !NOT_NAME.has(word) && !LEGAL_SUFFIX.has(word);
}
