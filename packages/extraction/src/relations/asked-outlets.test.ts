import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

const cited = (body: string) => extract(`Kestrel cuts\n\n${body}\n`, '2024-05-30').cited();

describe('an outlet the company answers or announces to is cited, as one it "told" is', () => {
  it('"said … replying to questions from <outlet>", "in reply to queries from <outlet>"', () => {
    expect(
      cited('Kestrel Foods said on Friday, replying to questions from the Orsk Courier, that it would cut 500 jobs.'),
    ).toContain('Orsk Courier');
    expect(cited('Kestrel Foods said in reply to queries from Vessla Wire that it would cut 500 jobs.')).toContain(
      'Vessla Wire',
    );
  });

  it('"announced to <outlet>", "revealed to <outlet>"', () => {
    expect(cited('Kestrel Foods announced to Vessla Wire on Monday that up to 500 departures were likely.')).toContain(
      'Vessla Wire',
    );
    expect(cited('Kestrel Foods revealed to the Orsk Courier that up to 500 departures were likely.')).toContain(
      'Orsk Courier',
    );
  });

  it('near miss: announcing to staff, or answering an investor, cites no outlet', () => {
    expect(cited('Kestrel Foods announced to staff on Monday that up to 500 departures were likely.')).toEqual([]);
    expect(cited('Kestrel Foods said in reply to queries from Orsk Capital that it would cut 500 jobs.')).toEqual([]);
  });
});
