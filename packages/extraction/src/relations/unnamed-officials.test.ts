import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

const cited = (body: string) => extract(`Kestrel cuts\n\n${body}\n`, '2024-05-30').cited();
const aliasesOf = (body: string, name: string) =>
  extract(`Kestrel cuts\n\n${body}\n`, '2024-05-30').entity(name)?.aliases ?? [];

describe('an unnamed official whose company or rank the text gives is a source of its own', () => {
  it('"a <company> official said", beside the anonymous sources', () => {
    expect(
      cited(
        'Kestrel Foods will cut 500 jobs, industry sources said. "We had no choice," a Kestrel Foods official said.',
      ),
    ).toEqual(['Kestrel Foods anonymous sources', 'Kestrel Foods official']);
  });

  it('"a top official in <where> told …", "a senior official informed"', () => {
    expect(
      cited(
        'Kestrel Foods will cut 500 jobs. A top official at the Orsk plant told reporters the cuts could not be avoided.',
      ),
    ).toEqual(['Kestrel Foods official']);
    expect(
      cited('Kestrel Foods has received 500 applications for voluntary retirement, a senior official informed.'),
    ).toEqual(['Kestrel Foods official']);
  });

  it('"according to" senior officials of the firm, or company officials', () => {
    expect(cited('Kestrel Foods will cut 500 jobs, according to senior officials of the firm.')).toEqual([
      'Kestrel Foods official',
    ]);
    expect(
      aliasesOf('Kestrel Foods will cut 500 jobs, according to company officials.', 'Kestrel Foods official'),
    ).toContain('officials');
  });

  it('the anonymity an official asks for is the official’s, no second source', () => {
    const body =
      'Kestrel Foods will cut 500 jobs. A Kestrel official said, and asked not to be identified, that the plan was final.';
    expect(cited(body)).toEqual(['Kestrel Foods official']);
    expect(aliasesOf(body, 'Kestrel Foods official')).toContain('asked not to be identified');
  });

  it('near miss: a bare "an official said" names no company; officials at a ministry are no company’s', () => {
    expect(cited('Kestrel Foods will cut 500 jobs, an official said.')).toEqual([]);
    expect(cited('Kestrel Foods will cut 500 jobs, according to senior officials at the ministry.')).toEqual([]);
  });

  it('near miss: a public body’s official is no company’s, by its name or where the official sits', () => {
    expect(
      cited('Kestrel Foods will cut 500 jobs. A Finance Ministry official said the state would not step in.'),
    ).toEqual([]);
    expect(cited('Kestrel Foods will cut 500 jobs. A Vakta Party official said the cuts were a scandal.')).toEqual([]);
    expect(
      cited(
        'Kestrel Foods will cut 500 jobs. A top official at the labour ministry told reporters it would not step in.',
      ),
    ).not.toContain('Kestrel Foods official');
    expect(
      cited('Kestrel Foods will cut 500 jobs. A senior official of the union said it would strike.'),
    ).not.toContain('Kestrel Foods official');
  });

  it('near miss: someone else who asks not to be named is still an anonymous source', () => {
    expect(
      cited(
        'Kestrel Foods will cut 500 jobs. An engineer at the plant, who asked not to be named, said the plan was final.',
      ),
    ).toEqual(['Kestrel Foods anonymous sources']);
  });
});

describe('a bare "a source said" is an anonymous source', () => {
  it('"…, a source said", "A source confirmed …"', () => {
    expect(cited('Kestrel Foods will cut 500 jobs, a source said.')).toEqual(['Kestrel Foods anonymous sources']);
    expect(cited('A source confirmed the earlier report that Kestrel Foods would cut 500 jobs.')).toEqual([
      'Kestrel Foods anonymous sources',
    ]);
  });

  it('near miss: "a source of funding" is no informant', () => {
    expect(cited('Kestrel Foods will cut 500 jobs. A source of funding said to be a bank has pulled out.')).toEqual([]);
  });
});
