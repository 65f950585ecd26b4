import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

const PUB = '2024-05-08';
const kinds = (text: string) =>
  extract(text, PUB)
    .events()
    .map((e) => e.kind);

/** One test per text: the text tells exactly one restructuring, or none. */
const readsOneRestructuring = (texts: string[]) =>
  it.each(texts)('reads one restructuring in %j', (text) => expect(kinds(text)).toEqual(['restructuring']));
const readsNoEvent = (texts: string[]) =>
  it.each(texts)('reads no event in %j', (text) => expect(kinds(text)).toEqual([]));

describe('round 26 (rest2): restructurings without a figure', () => {
  readsOneRestructuring([
    // a unit the company owns split into parts
    'Kestrel Group will split its engineering business unit into two independent units.',
    'Kestrel Group will realign its activities by splitting the system engineering unit into two companies.',
    // management layers named without "of"
    'Norrvik Bank reached a deal with unions on shedding management layers.',
    'Norrvik Bank will strip out two management layers next year.',
    // named parts merged
    'Hallberg Foods will merge its retail and wholesale units.',
    'Hallberg Foods is combining its Nordic and Baltic divisions.',
    'Norrvik Bank will merge its retail, private and business banking divisions.',
  ]);
  // near misses: no unit split, no layers removed, no parts merged
  readsNoEvent([
    'Kestrel Group will split the cost of the unit into two payments.',
    'Norrvik Bank shed light on its management layers.',
    'Norrvik Bank has three management layers.',
    "Hallberg Foods will combine its retail and wholesale units' sales figures.",
    'Hallberg Foods said its retail and wholesale divisions grew.',
  ]);
});

describe('round 26 (rest2): a move no one made, or one dropped or blocked', () => {
  readsNoEvent([
    'The Vakka union said it would resist any attempt to break up Kestrel Group.',
    'Kestrel Group has scrapped plans to sell its packaging unit.',
    'Kestrel Group dropped its plan to close the Norrvik plant.',
    'Regulators blocked a plan by Kestrel Group to sell its packaging unit.',
  ]);
  // near misses: a plan that stands
  readsOneRestructuring([
    'Kestrel Group unveiled plans to sell its packaging unit.',
    'Kestrel Group revived its plan to close the Norrvik plant.',
    'Shareholders of Kestrel Group opposed the plan to spin off its chemicals unit.',
  ]);
});
