import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

describe('who bought a company, when a union spoke last', () => {
  it('"The bank … following the acquisition of rival X" after its union is quoted: the bank bought X', () => {
    const r = extract(
      "MADRID – Spain's Kestrel has agreed with unions to cut up to 1,513 jobs, the bank's leading union Arbeo " +
        'Laboral (AL) said on Friday.\n\n' +
        'The bank in October said it was seeking to cut 1,500 jobs following the acquisition of rival Vandorbank.',
    );
    expect(r.parent('Vandorbank')).toBe('Kestrel');
  });
});
