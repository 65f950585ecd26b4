import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

describe('"Per" as a given name, not the preposition', () => {
  it('"Per <Surname>, the head of …" opening a sentence is a person, not a unit or a company', () => {
    const x = extract(
      'Norrvik Mining will cut 800 jobs. Per Vesterlund, the head of Norrvik\u2019s Swiss arm, declined to comment. ' +
        'Per Brannvoll, the head of the Kora union, said the cuts were a blow.',
    );
    expect(x.names('Division')).toEqual([]);
    expect(x.names('Company')).not.toContain('Vesterlund');
    expect(x.names('Company')).not.toContain('Brannvoll');
    expect(x.names('Person')).toEqual(expect.arrayContaining(['Per Vesterlund', 'Per Brannvoll']));
  });

  it('a name after "Per" with no post or speech verb after it is left as before', () => {
    const x = extract('Per Vessla Bank, the lender will cut 300 jobs at its Oslo branches.');
    expect(x.names('Person')).not.toContain('Per Vessla Bank');
    expect(x.names('Person')).not.toContain('Per Vessla');
  });
});
