import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

describe('a post given in the next sentence without the name', () => {
  it('"The former banker joined Kestrel in 2019 as chief financial officer"', () => {
    const x = extract(
      'Kestrel Foods will cut 400 jobs.\n\nThe plan was drawn up by Aaron Pike. The former banker joined Kestrel Foods in 2019 as chief financial officer.',
    );
    expect(x.role('Aaron Pike')).toEqual({ title: 'chief financial officer', org: 'Kestrel Foods' });
  });

  it('"She has been general counsel since 2015"', () => {
    const x = extract(
      'Kestrel Foods will cut 400 jobs.\n\nMarta Sol will leave. She has been general counsel since 2015.',
    );
    expect(x.role('Marta Sol')).toEqual({ title: 'general counsel', org: 'Kestrel Foods' });
  });

  it('"The 52-year-old chief executive said"', () => {
    const x = extract(
      'Kestrel Foods will cut 400 jobs.\n\nThe cuts were announced by Nils Berg. The 52-year-old chief executive said there was no choice.',
    );
    expect(x.role('Nils Berg')).toEqual({ title: 'chief executive', org: 'Kestrel Foods' });
  });

  it('not when two people are named in the sentence before', () => {
    const x = extract(
      'Kestrel Foods will cut 400 jobs.\n\nNils Berg met Ada Lind on Monday. She has been chief executive since 2015.',
    );
    expect(x.role('Nils Berg')).toBeNull();
    expect(x.role('Ada Lind')).toBeNull();
  });
});
