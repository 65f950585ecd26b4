import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

describe("a town named as where a site stands, after a country's possessive", () => {
  it('"its main plant in Italy\'s Tarvisio" is no company', () => {
    const x = extract(
      "Norrvik Motors has repeatedly halted assembly at its main plant in Italy's Tarvisio due to low demand.",
    );
    expect(x.names('Company')).toEqual(['Norrvik Motors']);
  });

  it('"Italy\'s Tarvisio Steel will cut 300 jobs" (no site before it) stays a company', () => {
    const x = extract("Italy's Tarvisio Steel will cut 300 jobs, the company said on Monday.");
    expect(x.names('Company')).toContain('Tarvisio Steel');
  });
});
