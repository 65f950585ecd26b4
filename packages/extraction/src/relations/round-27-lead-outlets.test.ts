import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

const cited = (text: string) => extract(text).cited();

describe('a firm named with "&" stays whole where the text cites it', () => {
  it('"Frost & Sullivan analyst Jane Roe says" opening a paragraph cites the whole firm', () => {
    const names = cited(
      'Kestrel Telecom to exit Norrland\n\nKestrel Telecom will exit Norrland, the company said.\n\nFrost & Sullivan analyst Spiwe Moyo says the network is good.\n',
    );
    expect(names).toContain('Frost & Sullivan');
    expect(names).not.toContain('Sullivan');
  });

  it('near miss: "&" before a lower-case word joins nothing ("Hallberg analysts & traders said")', () => {
    const names = cited(
      'Kestrel Telecom to exit Norrland\n\nKestrel Telecom will exit Norrland. Hallberg analysts & traders said the network is good.\n',
    );
    expect(names).toContain('Hallberg');
  });
});

describe('a demonym before an outlet noun describes the outlet named after it', () => {
  it('"The Italian daily Il Sole reported" cites Il Sole, not "The Italian"', () => {
    const names = cited('Kestrel Bank will cut 300 jobs. The Italian daily Il Sole reported the plan first.');
    expect(names).toContain('Il Sole');
    expect(names).not.toContain('The Italian');
  });

  it('near miss: a paper named by a demonym ("The Australian reported") is still cited', () => {
    expect(cited('Kestrel Bank will cut 300 jobs. The Australian reported the plan first.')).toContain(
      'The Australian',
    );
  });
});
