import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

const company = (text: string, name: string) => extract(text).doc.entities.find((e) => e.name === name);

describe('a nationality written before a company name', () => {
  it('gives the company the rest of its name as an alias', () => {
    const text =
      'Several carriers trimmed staff on Thursday. Colombian Vantoro Air said it would cut 600 jobs, and ' +
      'the German Lufthavn Air plans to shed 800 positions.';
    expect(company(text, 'Colombian Vantoro Air')?.aliases).toContain('Vantoro Air');
    expect(company(text, 'German Lufthavn Air')?.aliases).toContain('Lufthavn Air');
  });

  it('adds no alias of generic words: the nationality is part of such a name', () => {
    const text = 'Mexican Stock Exchange said on Monday that Swiss International Air Lines would list bonds there.';
    const names = extract(text).doc.entities.flatMap((e) => [e.name, ...e.aliases]);
    expect(names).not.toContain('Stock Exchange');
    expect(names).not.toContain('International Air Lines');
  });
});
