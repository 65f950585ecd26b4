import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

describe('a backer joined by a hyphen before the subject (backer-before-subject.ts)', () => {
  it('"Kestrel-backed payments start-up Norrvik is …": "The company" after it is Norrvik, so is its chief', () => {
    const x = extract(
      'Kestrel-backed payments start-up Norrvik is the newest fintech to shed staff. The company has shed some 45 workers, co-founder and chief executive Jane Roe told the Vesta Daily.',
    );
    expect(x.role('Jane Roe')?.org).toBe('Norrvik');
  });

  it('a backer written as the subject ("Kestrel backed … Norrvik") stays the company the next sentence means', () => {
    const x = extract(
      'Kestrel Capital has backed payments start-up Norrvik since 2019. The company has shed some 45 workers, chief executive Jane Roe told the Vesta Daily.',
    );
    expect(x.role('Jane Roe')?.org).toBe('Kestrel Capital');
  });
});
