import type { SourceKind } from '../types.js';

/** A publisher, tracker or research firm an article may cite. */
export interface SourceEntry {
  name: string;
  kind: SourceKind;
  aliases?: string[];
}

const outlets = (names: Array<string | [string, ...string[]]>): SourceEntry[] =>
  names.map((n) => (typeof n === 'string' ? { name: n, kind: 'news-outlet' } : { name: n[0], kind: 'news-outlet', aliases: n.slice(1) }));

/**
 * News outlets, layoff trackers and analyst firms. Ambiguous short names ("Time", "Insider", "AP") are
 * only listed in a long form. A leading "The" also matches "the".
 */
export const SOURCES: SourceEntry[] = [
  ...outlets([
    ['Reuters', 'Thomson Reuters'], ['Bloomberg', 'Bloomberg News', 'Bloomberg Law'], 'CNBC',
    'The Verge', ['The Wall Street Journal', 'Wall Street Journal', 'WSJ'],
    ['The New York Times', 'New York Times', 'NYT'], ['Business Insider', 'Insider Inc'], 'The Information',
    'TechCrunch', 'Axios', ['Financial Times', 'The Financial Times'], ['The Washington Post', 'Washington Post'],
    'Forbes', 'CNN', 'BBC', ['Associated Press', 'The Associated Press'], 'Semafor', 'Platformer', 'GeekWire',
    'Wired', 'Ars Technica', 'Engadget', 'ZDNet', 'The Register', 'Handelsblatt', ['Nikkei', 'Nikkei Asia'],
    'CNET', 'Protocol', 'The Guardian', 'MarketWatch', "Barron's", 'Yahoo Finance', 'Fox Business', 'NPR',
    'Gizmodo', 'VentureBeat', 'SiliconANGLE', '9to5Mac', 'Dow Jones', ['Los Angeles Times', 'LA Times'],
    'The Seattle Times', 'Quartz', 'Mashable', 'The Economist', 'Fortune magazine', 'Puck', 'The Atlantic',
    'Fierce Network', 'The Times of India', 'Economic Times', 'CRN', 'Heise', 'Der Spiegel', 'Le Monde',
    'Moneycontrol', 'Bloomberg Businessweek', 'Puget Sound Business Journal', 'San Francisco Chronicle',
  ]),
  { name: 'layoffs.fyi', kind: 'tracker', aliases: ['Layoffs.fyi', 'Layoffs.FYI'] },
  { name: 'TrueUp', kind: 'tracker' },
  { name: 'Challenger, Gray & Christmas', kind: 'tracker', aliases: ['Challenger Gray & Christmas', 'Challenger, Gray and Christmas'] },
  { name: 'Crunchbase', kind: 'tracker', aliases: ['Crunchbase News'] },
  { name: 'WARNTracker', kind: 'tracker', aliases: ['WARN Tracker'] },
  { name: 'Layoffs Tracker', kind: 'tracker' },
  ...[
    'Gartner', 'IDC', 'Forrester', 'Morgan Stanley', 'Bernstein', 'Wedbush', 'Evercore ISI', 'Jefferies', 'Canalys',
    'Synergy Research Group', 'Counterpoint Research', "Moody's", 'S&P Global', 'Bank of America', 'Citi', 'UBS',
    'Barclays', 'Wells Fargo', 'Piper Sandler', 'KeyBanc', 'Raymond James', 'Deutsche Bank', 'Needham', 'eMarketer',
    'Insider Intelligence', 'Omdia', 'PitchBook', 'CB Insights', 'Sensor Tower', 'Data.ai', 'Similarweb',
    'Bank of America Securities', 'BofA', 'Oppenheimer', 'Mizuho', 'TD Cowen', 'Cowen', 'Baird', 'Loop Capital',
    'D.A. Davidson', 'Morningstar', 'HFS Research', 'Everest Group', 'Futurum Group', 'Moor Insights', 'Creative Strategies',
    'Counterpoint', 'TrendForce', 'Macquarie', 'BMO Capital Markets', 'RBC Capital Markets', 'Truist', 'Stifel',
  ].map((name): SourceEntry => ({ name, kind: 'analyst-firm' })),
  { name: 'Goldman Sachs analysts', kind: 'analyst-firm' },
];
