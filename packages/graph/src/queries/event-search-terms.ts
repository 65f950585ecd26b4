/**
 * What a typed search says about events: "Amazon layoff 14,000 2025" → the organization words "amazon", the kind
 * layoff, the count 14000, the year 2025. Events have no name, so the node search finds them by these.
 */
export interface EventSearchTerms {
  /** Figures typed: "14,000", "14000", "14k", "1.5k" (years are not figures). */
  counts: number[];
  /** Event kinds named: "layoffs", "cuts" → layoff; "restructuring" → restructuring … */
  kinds: string[];
  /** Years typed, 1990–2099. */
  years: string[];
  /** Words of a figure as written ("hundreds", "thousands"), matched in `countText`. */
  countWords: string[];
  /** The rest, lower-cased: the organization to look for ("amazon web services"). */
  organization: string;
}

const KIND_WORDS: Record<string, string> = {
  layoff: 'layoff',
  layoffs: 'layoff',
  'lay-offs': 'layoff',
  cut: 'layoff',
  cuts: 'layoff',
  'job-cuts': 'layoff',
  redundancies: 'layoff',
  restructuring: 'restructuring',
  reorganization: 'restructuring',
  reorganisation: 'restructuring',
  reorg: 'restructuring',
  hiring: 'hiring',
  hires: 'hiring',
  investment: 'investment',
  investments: 'investment',
  earnings: 'earnings',
  results: 'earnings',
};

const COUNT_WORDS = new Set(['hundreds', 'thousands', 'dozens', 'more', 'unspecified']);
/** Words that say nothing about which event ("jobs", "at", "the"). */
const FILLER = new Set([
  'jobs',
  'job',
  'positions',
  'employees',
  'workers',
  'roles',
  'staff',
  'at',
  'of',
  'in',
  'the',
  'by',
]);

/** A figure as typed, or null: 14,000 · 14000 · 14.000 · 14k · 1.5k · 2m. */
function parseFigure(word: string): number | null {
  const short = /^(\d+(?:\.\d+)?)([km])$/.exec(word);
  if (short) return Math.round(Number(short[1]) * (short[2] === 'k' ? 1_000 : 1_000_000));
  if (/^\d{1,3}([,.]\d{3})+$/.test(word)) return Number(word.replace(/[,.]/g, ''));
  if (/^\d+$/.test(word)) return Number(word);
  return null;
}

/** Splits a typed query into the terms events are found by (see EventSearchTerms). */
export function parseEventSearchTerms(input: string): EventSearchTerms {
  const terms: EventSearchTerms = { counts: [], kinds: [], years: [], countWords: [], organization: '' };
  const rest: string[] = [];
  const words = input
    .slice(0, 200)
    .toLowerCase()
    .replace(/\bjob cuts\b/g, 'job-cuts')
    .split(/\s+/)
    .map((word) => word.replace(/^[("'“‘]+|[)"'”’.,;:!?]+$/g, ''))
    .filter(Boolean);
  for (const word of words) {
    if (/^(19[9]\d|20\d\d)$/.test(word)) terms.years.push(word);
    else if (KIND_WORDS[word]) terms.kinds.push(KIND_WORDS[word]);
    else if (COUNT_WORDS.has(word)) terms.countWords.push(word);
    else if (parseFigure(word) !== null) terms.counts.push(parseFigure(word)!);
    else if (!FILLER.has(word)) rest.push(word);
  }
  terms.kinds = [...new Set(terms.kinds)];
  terms.organization = rest.join(' ');
  return terms;
}

/** True when the terms say something about an event beyond an organization name (a figure, a kind, a year …). */
export function hasEventTerms(terms: EventSearchTerms): boolean {
  return terms.counts.length + terms.kinds.length + terms.years.length + terms.countWords.length > 0;
}
