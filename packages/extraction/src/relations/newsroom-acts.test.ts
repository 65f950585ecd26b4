import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

const cited = (text: string) => extract(text, '2024-05-08').cited().sort();

describe('an outlet of any name read from a newsroom’s own acts', () => {
  it('reads "X had been first to report" and "X has learnt" after a name of no outlet form', () => {
    expect(
      cited(
        'Norrvik Group will shut its studio. Kestrel Business had been first to report the closure of its newsroom.',
      ),
    ).toContain('Kestrel Business');
    expect(cited('Norrvik Group denied the plan. Orskwire has learnt that some 40 staff will go.')).toContain(
      'Orskwire',
    );
  });

  it('does not read a company that is first to report results, a person who learnt, or anyone learning of a thing', () => {
    expect(cited('Among the miners, Kestrel Mining had been first to report a quarterly loss.')).not.toContain(
      'Kestrel Mining',
    );
    expect(cited('Jane Roe had learnt that the plant would close.')).not.toContain('Jane Roe');
    const x = extract('Vessla Holdings had learned of the closure from the press.');
    expect(x.entity('Vessla Holdings')?.kind).not.toBe('news-outlet');
  });

  it('cites the article’s own publisher where its newsroom reports, not where it is only named', () => {
    const doc = '---\npublisher: Orskwire\n---\n';
    const paper = '---\npublisher: Orsk Daily News\n---\n';
    expect(cited(`${paper}Orsk Daily News reported on Thursday that Norrvik Group will cut 40 jobs.`)).toContain(
      'Orsk Daily News',
    );
    expect(cited(`${paper}A Norrvik Group manager told Orsk Daily News that 40 jobs would go.`)).not.toContain(
      'Orsk Daily News',
    );
    expect(cited(`${doc}Orskwire has learnt that Norrvik Group will cut 40 jobs.`)).toContain('Orskwire');
    expect(cited(`${doc}Norrvik Group will cut 40 jobs. Copyright Orskwire.`)).not.toContain('Orskwire');
  });
});
