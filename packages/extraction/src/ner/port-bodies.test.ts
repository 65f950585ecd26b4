import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

const companies = (text: string) => extract(text).names('Company');

describe('a port written "Port of X" with a capital is the body that runs it (org-names.ts, OF_HEADS)', () => {
  it('"dockers employed in the Port of Norrvik\'s yards", "chief executive of the Port of Norrvik"', () => {
    const text =
      "Dockers employed in the Port of Norrvik's container yards will walk out next week. Talks began in May with " +
      'Jane Roe, chief executive of the Port of Norrvik, as chair.';
    expect(companies(text)).toContain('Port of Norrvik');
  });

  it('"the Autonomous Port of Orsk": a descriptor before Port stays in the name', () => {
    const text =
      'Several state bodies, among them the Autonomous Port of Orsk, have been shedding staff. The situation at ' +
      'the Autonomous Port of Orsk has been worse, a union official said.';
    expect(companies(text)).toContain('Autonomous Port of Orsk');
  });

  it('near miss: "the port of Vessla" in lower case is the place; "Port of Spain" is a town', () => {
    const text =
      'Kestrel Shipping said its ships were diverted to the port of Vessla. Flights from Port of Spain were ' +
      'cancelled, Kestrel Shipping said.';
    const names = companies(text);
    expect(names.some((n) => n.includes('Vessla'))).toBe(false);
    expect(names.some((n) => n.includes('Spain'))).toBe(false);
  });
});
