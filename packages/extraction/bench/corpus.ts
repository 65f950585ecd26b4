import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { seededRandom } from './seeded-random.js';

const COMPANIES: Array<[string, string, string, string]> = [
  ['Amazon', 'Amazon Web Services', 'Andy Jassy', 'CEO'],
  ['Meta', 'Reality Labs', 'Mark Zuckerberg', 'chief executive'],
  ['Google', 'Google Cloud', 'Sundar Pichai', 'CEO'],
  ['Microsoft', 'Xbox', 'Satya Nadella', 'Chief Executive Officer'],
  ['Salesforce', 'Slack', 'Marc Benioff', 'co-CEO'],
  ['Intel', 'Intel Foundry', 'Pat Gelsinger', 'CEO'],
  ['Cisco', 'Splunk', 'Chuck Robbins', 'Chairman and CEO'],
  ['SAP', 'SuccessFactors', 'Christian Klein', 'chief executive'],
  ['IBM', 'Red Hat', 'Arvind Krishna', 'CEO'],
  ['Oracle', 'Oracle Health', 'Safra Catz', 'CEO'],
];
const OUTLETS = ['Reuters', 'Bloomberg', 'CNBC', 'The Verge', 'The Information', 'Business Insider'];
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const FILLER = [
  'The company has spent the past two years trying to convince investors that it can grow while keeping expenses in check.',
  'Executives have repeatedly said that artificial intelligence will change how teams are organized and which skills are in demand.',
  'Shares were little changed in early trading, as analysts weighed the savings against the risk of slower product development.',
  'Employees described a tense atmosphere in internal forums, where questions about severance and visas dominated the discussion.',
  'The broader technology sector has been reshaped by higher interest rates, cautious advertisers and a rush to build data centers.',
  'Some managers were told to flatten their organizations and to reduce the number of layers between engineers and senior leaders.',
  'Critics argue that repeated rounds of cuts damage morale and push experienced staff to rivals with more stable cultures.',
  'The moves come as customers scrutinize software budgets and delay large contracts until the economic outlook becomes clearer.',
  'Recruiters at several startups said they had seen a surge of applications from engineers with experience at large platforms.',
  'Regulators in Europe and the United States continue to examine competition in cloud computing and online advertising.',
];

/**
 * Writes a realistic news corpus of at least `targetBytes` into `dir` (one `article-NNNNN.txt` per article, a third
 * with front matter): layoff announcements with counts, shares, dates, executives and cited outlets, mixed with
 * ordinary context sentences as in real coverage. Returns the file paths and total bytes.
 */
export function generateCorpus(dir: string, targetBytes: number, seed = 42): { files: string[]; bytes: number } {
  mkdirSync(dir, { recursive: true });
  const r = seededRandom(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const files: string[] = [];
  let bytes = 0;
  for (let n = 0; bytes < targetBytes; n++) {
    const [co, div, exec, title] = pick(COMPANIES);
    const count = (1 + Math.floor(r() * 40)) * 500;
    const pct = 1 + Math.floor(r() * 15);
    const year = 2022 + Math.floor(r() * 4);
    const month = pick(MONTHS);
    const outlet = pick(OUTLETS);
    const [other] = pick(COMPANIES);
    const paras = [
      `${co} is cutting ${count.toLocaleString('en-US')} jobs, about ${pct}% of its workforce, in a restructuring announced in ${month} ${year}, according to ${outlet}.`,
      `${title} ${exec} told employees in a memo that the company needed to move faster. ${pick(FILLER)} ${pick(FILLER)}`,
      `The cuts will fall heaviest on ${div}, the unit that ${exec} has pushed to prioritize spending on AI. ${pick(FILLER)}`,
      `${pick(FILLER)} ${pick(FILLER)} ${other} laid off ${(count * 2).toLocaleString('en-US')} workers earlier, people familiar with the matter said.`,
      `${pick(FILLER)} ${pick(FILLER)} ${pick(FILLER)}`,
      `Revenue rose ${pct + 2}% to $${(10 + r() * 50).toFixed(1)} billion in the most recent quarter, ${co} said in a regulatory filing. ${pick(FILLER)}`,
      `${pick(FILLER)} The company has eliminated more than ${(count * 3).toLocaleString('en-US')} positions since ${year - 1}, according to layoffs.fyi.`,
      `${pick(FILLER)} ${pick(FILLER)}`,
    ];
    const body = paras.join('\n\n') + '\n';
    const front =
      n % 3 === 0
        ? `---\ntitle: ${co} to cut ${count} jobs\npublisher: ${outlet}\npublished: ${year}-${String(MONTHS.indexOf(month) + 1).padStart(2, '0')}-15\n---\n`
        : `${co} to cut ${count} jobs as AI spending rises\n\n`;
    const text = front + body;
    const file = join(dir, `article-${String(n).padStart(5, '0')}.txt`);
    writeFileSync(file, text);
    files.push(file);
    bytes += Buffer.byteLength(text);
  }
  return { files, bytes };
}
