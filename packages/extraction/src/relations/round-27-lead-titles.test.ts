import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

describe('"<Org>\'s <title> is <Person>": the post told by a copula', () => {
  it('an organization named before the possessive holds the post', () => {
    const x = extract('Norrvik Bank will cut 400 jobs. Norrvik Bank’s chairman is Erik Sundby, who backed the plan.');
    expect(x.role('Erik Sundby')).toEqual({ title: 'chairman', org: 'Norrvik Bank' });
  });

  it('"the company\'s" and "its" stand for the organization in focus', () => {
    const x = extract(
      'Kestrel Motors will cut 2,000 jobs, the carmaker said on Tuesday. The company’s chief executive is Jana Vollmer.',
    );
    expect(x.role('Jana Vollmer')).toEqual({ title: 'chief executive', org: 'Kestrel Motors' });
    const y = extract('Hallberg Foods will close two plants. Its finance chief has been Ana Lindqvist since May.');
    expect(y.role('Ana Lindqvist')?.org).toBe('Hallberg Foods');
  });

  it('"The supervisory board chairman is X": the title with "the" belongs to the organization in focus', () => {
    const x = extract('Hallberg Steel will cut 300 jobs. The supervisory board chairman is Jonas Brekke.');
    expect(x.role('Jonas Brekke')).toEqual({ title: 'supervisory board chairman', org: 'Hallberg Steel' });
    const y = extract('Hallberg Steel will cut 300 jobs. The biggest loser is Jonas Brekke.');
    expect(y.role('Jonas Brekke')).toBeNull();
  });

  it('near miss: a word that is no title, or a clause between, gives no post', () => {
    const x = extract('Norrvik Bank will cut 400 jobs. Norrvik Bank’s biggest shareholder is Erik Sundby.');
    expect(x.role('Erik Sundby')).toBeNull();
    const y = extract(
      'Kestrel Motors will cut 2,000 jobs. The company’s chief executive is said to favour Jana Vollmer for the post.',
    );
    expect(y.role('Jana Vollmer')).toBeNull();
  });
});

describe('board posts with their qualifier', () => {
  it('"an independent director at X", "a non-executive director of X" keep the qualifier', () => {
    const x = extract(
      'Hallberg Steel will cut 300 jobs. Rolf Eklund, an independent director at Hallberg Steel, resigned. Lena Holmqvist, a non-executive director of Hallberg Steel, stayed.',
    );
    expect(x.role('Rolf Eklund')).toEqual({ title: 'independent director at Hallberg Steel', org: 'Hallberg Steel' });
    expect(x.role('Lena Holmqvist')).toEqual({
      title: 'non-executive director of Hallberg Steel',
      org: 'Hallberg Steel',
    });
  });

  it('near miss: "an independent analyst" names no company post', () => {
    const x = extract(
      'Hallberg Steel will cut 300 jobs. Rolf Eklund, an independent analyst, said the cut was overdue.',
    );
    expect(x.role('Rolf Eklund')?.org ?? null).not.toBe('Hallberg Steel');
  });
});
