import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

describe('a company noun that ends a name before a comma', () => {
  it('"the boss of Orsk Airlines, Tom Hadley, has warned": the person after the comma is no company', () => {
    const x = extract('The boss of Orsk Airlines, Tom Hadley, has warned employees to brace for layoffs.');
    expect(x.names('Company')).toEqual(['Orsk Airlines']);
    expect(x.names('Person')).toContain('Tom Hadley');
  });

  it('"parent of Orsk Airlines, Tom Hadley has warned": nor is it a unit of the parent', () => {
    const x = extract(
      'The chief executive of Dalen Corp, parent of Orsk Airlines, Tom Hadley has warned staff of deep cuts.',
    );
    expect(x.parent('Orsk Airlines')).toBe('Dalen');
    expect(x.names('Company')).not.toContain('Tom Hadley');
  });

  it('a lower-case noun before the comma still describes the name after it', () => {
    const x = extract('Talks stalled at the airline, Kestrel Air, which will cut 200 jobs.');
    expect(x.names('Company')).toContain('Kestrel Air');
  });
});
