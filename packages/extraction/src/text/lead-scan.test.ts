import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GENERIC } from '../relations/citations.js';
import { createLeadScanner, type LeadRule } from './lead-scan.js';

const pkg = fileURLToPath(new URL('../..', import.meta.url));
const texts = [
  ...readdirSync(`${pkg}fixtures/articles`)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => readFileSync(`${pkg}fixtures/articles/${f}`, 'utf8')),
  ...readdirSync(`${pkg}../../seeds`)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => readFileSync(`${pkg}../../seeds/${f}`, 'utf8')),
];

function naive(rules: readonly LeadRule[], text: string, from: number) {
  return rules.map(({ re }) => {
    const out: Array<{ index: number; text: string }> = [];
    re.lastIndex = from;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null) out.push({ index: m.index, text: m[0] });
    return out;
  });
}

/** A rule of the kind the scanner serves: a descriptor word before a capitalised name ("startup Acme"). */
const STARTUP: LeadRule[] = [
  {
    re: /\b(?:startup|start-up|rival|competitor|chipmaker|software maker|company|firm|subsidiary)\s+(?=\p{Lu})/gu,
    leads: ['startup', 'start-up', 'rival', 'competitor', 'chipmaker', 'software', 'company', 'firm', 'subsidiary'],
  },
];

describe('createLeadScanner', () => {
  it('matches a descriptor cue ("startup Acme") as its global expression does', () => {
    const scan = createLeadScanner(STARTUP);
    for (const t of [...texts, 'the start-up Acme, rival  Zeta, Software maker Omega, subsidiary ÉLAN and firm x'])
      expect(scan(t, 0)).toEqual(naive(STARTUP, t, 0));
  });

  const scan = createLeadScanner(GENERIC);

  it('finds exactly what the global expressions find, on every fixture and seed', () => {
    for (const t of texts) expect(scan(t, 0)).toEqual(naive(GENERIC, t, 0));
    expect(texts.length).toBeGreaterThan(10);
  });

  it('agrees on adversarial phrases (case, hyphens, overlaps, starting offset)', () => {
    const t =
      'SOURCES SAID; a person familiar with the plans; an e-mail to all staff; Internal memos; non-sources close to it; ' +
      'people familiar with people familiar with the matter; SEC filings for X; 10-K, 8-K and 18-K; stock-exchange filing; ' +
      'who asked not to be named; on condition of anonymity; said in a blog post; press release; WARN Act notice; warn notices; ' +
      'a post to employees; a blog post to staff; an internal email; wrote in a LinkedIn post; a note to his team';
    for (let from = 0; from < t.length; from += 7) expect(scan(t, from)).toEqual(naive(GENERIC, t, from));
  });

  it('agrees on random mixes of the lead words and filler', () => {
    const words = [
      'a',
      'an',
      'person',
      'people',
      'familiar',
      'with',
      'the',
      'matter',
      'memo',
      'to',
      'staff',
      'e-mail',
      'SEC',
      'filing',
      'filings',
      'for',
      'said',
      'in',
      'statement',
      'sources',
      'say',
      'WARN',
      'notice',
      'Inc.',
      '\n\n',
      ',',
      'blog',
      'post',
      'who',
      'declined',
      'not',
      'be',
      'named',
    ];
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...words), { maxLength: 40 }),
        fc.constantFrom(' ', '  ', '-', '\n'),
        (ws, sep) => {
          const t = ws.join(sep);
          expect(scan(t, 0)).toEqual(naive(GENERIC, t, 0));
        },
      ),
    );
  });
  /** Every lead word found where it starts (the expression is the lead expression itself). */
  const LEADS = [
    'e-mail',
    'email',
    'mail',
    "analysts'",
    'analysts’',
    'analysts',
    '10-k',
    '8-k',
    'ad-hoc',
    'ad',
    'x',
    'sec',
  ];
  const WORDS: LeadRule[] = [
    {
      re: new RegExp(
        `\\b(?:${[...LEADS]
          .sort((a, b) => b.length - a.length || (a < b ? -1 : 1))
          .map((w) => w.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&'))
          .join('|')})\\b`,
        'gi',
      ),
      leads: LEADS,
    },
  ];

  it('finds lead words at word boundaries as the expression does (ASCII case, hyphens, apostrophes, letters beyond ASCII)', () => {
    const scanWords = createLeadScanner(WORDS);
    const t =
      "E-MAIL e-mails e-mail-based x_mail mail_ Mail2 émail maíl postmail ANALYSTS' analysts'view analysts’x analysts’ " +
      'AD-HOC ad-hocs 10-K 10-k-filing 18-K 8-KX SEC_ SEC. sec’s x x-ray ſec ſEC Éx xÉ';
    for (let from = 0; from < t.length; from++) expect(scanWords(t, from)).toEqual(naive(WORDS, t, from));
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...LEADS, 'E', 'MAIL', 'k', '10', '_', 'é', 'É', 'ſ', "'", '’', '-', ' ', '.', '\n'), {
          maxLength: 30,
        }),
        fc.nat(5),
        (parts, from) => {
          const s = parts.join('');
          expect(scanWords(s, Math.min(from, s.length))).toEqual(naive(WORDS, s, Math.min(from, s.length)));
        },
      ),
    );
  });
});
