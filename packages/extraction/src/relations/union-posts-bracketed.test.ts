import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

describe("a union's post named before its holder", () => {
  it('"Vandor Mineworkers Union (VMU) president Tom Banda": the union, not the company the sentence names', () => {
    const r = extract(
      'Kestrel Copper Mines has retrenched 88 employees.\n\n' +
        'Vandor Mineworkers Union (VMU) president Tom Banda regretted the decision by Kestrel Copper Mines.',
    );
    expect(r.role('Tom Banda')).toMatchObject({ title: 'president', org: 'Vandor Mineworkers Union' });
  });

  it('"Mineworkers Union of Norland (MUN) president": a body ending in "of <name>" before its acronym', () => {
    const r = extract(
      'Kestrel Copper Mines has retrenched 88 employees.\n\n' +
        'And Mineworkers Union of Norland (MUN) president Tom Banda regretted the decision by Kestrel Copper Mines.',
    );
    expect(r.role('Tom Banda')).toMatchObject({ title: 'president', org: 'Mineworkers Union of Norland' });
  });

  it('a sentence-opening "And" is no part of the union\'s name', () => {
    const r = extract(
      'Kestrel Copper Mines has retrenched 88 employees.\n\n' +
        'And Vandor Mineworkers Union president Tom Banda regretted the decision by Kestrel Copper Mines.',
    );
    expect(r.role('Tom Banda')).toMatchObject({ org: 'Vandor Mineworkers Union' });
  });
});
