import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

describe('a speaker going on in the next sentence keeps the date the sentence before opens with', () => {
  it('"In March 2019, … said … She said that the group expected to be shedding 2,300 jobs": March 2019', () => {
    const x = extract(
      "Norrvik Telecom will cut jobs. In March 2019, the group's chairman, Jane Roe, said the group was acting to reduce its borrowing. She said that the group expected to be shedding more than 2,300 jobs across its markets.",
    );
    expect(x.cuts()).toContainEqual({ count: 2300, percent: null, when: '2019-03' });
  });

  it('near miss: a next sentence with another subject takes no date from it', () => {
    const x = extract(
      "Norrvik Telecom will cut jobs. In March 2019, the group's chairman, Jane Roe, said the group was acting to reduce its borrowing. The group expects to be shedding more than 2,300 jobs across its markets.",
    );
    expect(x.cuts()).toContainEqual({ count: 2300, percent: null, when: null });
  });
});
