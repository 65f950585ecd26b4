import type { Mention } from '../ner/mention.js';

/** Words that close an investment firm's name after its own word ("Capital Partners", "Global Management"). */
const FUND_WORDS: ReadonlySet<string> = new Set(
  'Capital Partners Management Global Asset Investment Investments Equity Private Advisors Advisers Ventures Fund Funds'.split(
    ' ',
  ),
);
/** The last word of such a name: "Global" or "Private" alone ends none. */
const FUND_ENDS: ReadonlySet<string> = new Set(
  'Capital Partners Management Investments Advisors Advisers Ventures Fund Funds'.split(' '),
);

/** "Anchorage Capital Partners", "Harbour Asset Management": one word of its own, then only investment-firm words. */
export function isFundName(name: string): boolean {
  const words = name.split(' ');
  return words.length >= 2 && FUND_ENDS.has(words.at(-1)!) && words.slice(1).every((w) => FUND_WORDS.has(w));
}

/**
 * "private equity firm Anchorage Capital Partners … Anchorage will take over the stores": news calls an investment
 * firm by its first word once it has written the full name, even when that word is common or a town ("Anchorage",
 * "Advent", "Harbour") and so lends no short form elsewhere. A lone company name that is the first word of such a
 * firm named earlier becomes a mention of the firm. Mentions are renamed in place.
 */
export function foldFundShortNames(mentions: Mention[]): void {
  const firstFund = new Map<string, { name: string; start: number }>();
  for (const m of mentions) {
    if (m.type !== 'Company' || !isFundName(m.name)) continue;
    const head = m.name.slice(0, m.name.indexOf(' '));
    const known = firstFund.get(head);
    // Two firms opening with one word ("Harbour Capital", "Harbour Partners"): the bare word is neither's.
    if (known && known.name !== m.name) firstFund.set(head, { name: '', start: -1 });
    else if (!known || m.start < known.start) firstFund.set(head, { name: m.name, start: m.start });
  }
  if (firstFund.size === 0) return;
  for (const m of mentions) {
    const fund = m.type === 'Company' ? firstFund.get(m.name) : undefined;
    if (fund?.name && fund.start < m.start) m.name = fund.name;
  }
}
