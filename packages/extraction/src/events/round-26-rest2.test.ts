import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

const PUB = '2024-05-08';
const kinds = (text: string) =>
  extract(text, PUB)
    .events()
    .map((e) => e.kind);

describe('round 26 (rest2): restructurings without a figure', () => {
  it.each([
    // a unit the company owns split into parts
    'Kestrel Group will split its engineering business unit into two independent units.',
    'Kestrel Group will realign its activities by splitting the system engineering unit into two companies.',
    // management layers named without "of"
    'Norrvik Bank reached a deal with unions on shedding management layers.',
    'Norrvik Bank will strip out two management layers next year.',
    // two named parts merged
    'Hallberg Foods will merge its retail and wholesale units.',
    'Hallberg Foods is combining its Nordic and Baltic divisions.',
    'Norrvik Bank will merge its retail, private and business banking divisions.',
  ])('reads a restructuring in %j', (text) => {
    expect(kinds(text)).toEqual(['restructuring']);
  });

  it.each([
    // near misses: no unit split, no layers removed, no parts merged
    'Kestrel Group will split the cost of the unit into two payments.',
    'Norrvik Bank shed light on its management layers.',
    'Norrvik Bank has three management layers.',
    "Hallberg Foods will combine its retail and wholesale units' sales figures.",
    'Hallberg Foods said its retail and wholesale divisions grew.',
  ])('reads no restructuring in %j', (text) => {
    expect(kinds(text)).toEqual([]);
  });
});
