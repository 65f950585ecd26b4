import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

const rounds = (text: string) =>
  extract(text, '2025-01-22')
    .events()
    .filter((e) => e.kind === 'layoff' || e.kind === 'restructuring')
    .map((e) => [e.org, e.count]);

describe('a figure spread over many trades is their sum, not the company in focus', () => {
  const lead = 'Kestrel Post to shed 900 posts\n\n';
  const tail = '\n\nKestrel Post itself plans to shed 900 posts from April, it told staff.';

  it('"some 5,000 posts will go in a wave of cuts spanning several industries": no company', () => {
    const text =
      lead +
      'Labour office data suggest some 5,000 posts will go in a wave of redundancies across several ' +
      'industries this winter.' +
      tail;
    expect(rounds(text)).toContainEqual([null, 5000]);
    expect(rounds(text)).not.toContainEqual(['Kestrel Post', 5000]);
  });

  it('"in several industries" and "across a range of employers" the same', () => {
    const a = lead + 'About 2,300 jobs will be lost in several industries this winter, the data shows.' + tail;
    const b = lead + 'Some 2,300 workers were dismissed across a range of employers last month.' + tail;
    for (const text of [a, b]) expect(rounds(text)).not.toContainEqual(['Kestrel Post', 2300]);
  });

  it('near miss: "it" cutting after losses "in several industries" stays the company\'s round', () => {
    const text =
      'Kestrel Post reported weak results on Monday. It will cut 500 jobs after losses in several industries.';
    expect(rounds(text)).toContainEqual(['Kestrel Post', 500]);
  });
});

describe('"the announcement by X that it is to shed": X sheds, never the company in focus', () => {
  it('an announcer no pass typed makes no round of the company named before', () => {
    const text =
      'A guild of reporters criticised Orsk Broadcasting on Monday.\n\n' +
      'The announcement by Vessla Kora that it is to shed 150 posts in print came a week after Orsk Broadcasting ' +
      'trimmed its newsroom.';
    expect(rounds(text)).not.toContainEqual(['Orsk Broadcasting', 150]);
  });

  it('near miss: a known announcer keeps its round', () => {
    const text =
      'A guild of reporters criticised Orsk Broadcasting on Monday.\n\n' +
      'The announcement by Vessla Media Group that it is to shed 150 posts in print came a week after Orsk ' +
      'Broadcasting trimmed its newsroom.';
    expect(rounds(text)).toContainEqual(['Vessla Media Group', 150]);
  });
});

describe('an unknown name with its town opening the clause acts itself', () => {
  it('"Dr. Tarvo in Orsk will cut 60 of its 75 posts" with the name untyped: no part of the company in focus\'s round', () => {
    const text =
      'Kestrel Post plans to shed 900 posts from April. Other employers are trimming too. ' +
      'Dr. Tarvo in Orsk will cut 60 of its 75 posts at its dessert plant, ending production there this year.';
    const doc = extract(text, '2025-01-22').doc;
    const told = doc.events.flatMap((e) => e.evidence.map((v) => v.text));
    expect(told.some((t) => t.startsWith('Dr. Tarvo'))).toBe(false);
    expect(rounds(text)).toEqual([['Kestrel Post', 900]]);
  });

  it('near miss: a known name with its town keeps its round', () => {
    const text = 'Kestrel Post will close its Orsk depot. Kestrel Post in Orsk will cut 114 jobs this year.';
    expect(rounds(text)).toContainEqual(['Kestrel Post', 114]);
  });
});
