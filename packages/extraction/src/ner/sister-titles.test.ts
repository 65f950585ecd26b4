import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

describe('a media group’s own titles named after "its sister paper", "its flagship", "its … newspaper title"', () => {
  it('"its sister paper, the Norrvik Evening Star": a title of the group in focus', () => {
    const x = extract(
      'Kestrel Media will shut the Orsk Sunday Herald, putting 23 jobs at risk. Its readers will be offered its sister paper, the Norrvik Evening Star, from May.',
    );
    expect(x.names('Division')).toContain('Norrvik Evening Star');
    expect(x.parent('Norrvik Evening Star')).toBe('Kestrel Media');
  });

  it('"its flagship Vesslaposten" and "its weekly newspaper title the Tarvo Courier"', () => {
    const x = extract(
      'Norrvik Media Group plans to cut 90 jobs and move its flagship Vesslaposten into a smaller building. The group also said it would close its North Orsk weekly newspaper title the Tarvo Courier.',
    );
    expect(x.parent('Vesslaposten')).toBe('Norrvik Media Group');
    expect(x.parent('Tarvo Courier')).toBe('Norrvik Media Group');
  });

  it('near miss: "its flagship Norrvik store" is a shop in a town, no title', () => {
    const x = extract(
      'Vessla Retail will close its flagship Norrvik store in March, cutting 40 jobs, a spokeswoman told reporters.',
    );
    expect(x.names()).not.toContain('Norrvik');
  });

  it('near miss: "its flagship Tarvo smartphone" is a product, no title', () => {
    const x = extract(
      'Kestrel Devices will stop making its flagship Tarvo smartphone and cut 300 jobs, it said on Friday.',
    );
    expect(x.names('Division')).not.toContain('Tarvo');
  });
});
