import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

describe('brokers and analysts cited through the verbs of their trade', () => {
  it.each([
    [
      '"put … down to"',
      'Vellmark Group will cut 900 jobs. Bernvalla put the pressure down to weak demand.',
      'Bernvalla',
    ],
    [
      '"argued that"',
      'Kora Bank will shut 40 branches. Kallbrenner argued that the cuts could take years to show.',
      'Kallbrenner',
    ],
    [
      '"argued in a note that"',
      'Kora Bank will shut 40 branches. Osterlund argued in a note that costs would fall.',
      'Osterlund',
    ],
    [
      '"saw fair value"',
      'Tessel Hotels listed at Rs 180, while Marukita saw fair value between Rs 200 and Rs 300.',
      'Marukita',
    ],
  ])('%s', (_, text, firm) => {
    const x = extract(text);
    expect(x.entity(firm)?.type).toBe('Company');
    expect(x.cited()).toContain(firm);
  });

  it('the company the article reports on is not cited for arguing its own case', () => {
    const x = extract('Kora Bank will shut 40 branches. Kora Bank argued that customers had moved online.');
    expect(x.cited()).not.toContain('Kora Bank');
  });
});
