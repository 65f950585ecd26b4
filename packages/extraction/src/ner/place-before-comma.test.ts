import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

describe('a known place ending its clause before ", the union … said"', () => {
  it('"in the state of Sao Paulo, the union representing metalworkers said" makes no company of Sao Paulo', () => {
    const x = extract(
      'Norrvik Motors will cancel 1,245 layoffs at its factories in Sao Caetano do Sul and Mogi das Cruzes in the state of Sao Paulo, the union representing metalworkers said on Saturday.',
      '2023-11-04',
    );
    expect(x.names('Company')).toEqual(['Norrvik Motors']);
    expect(x.names('Division')).toEqual([]);
  });

  it('still reads ", the union representing metalworkers," after a name with no preposition of place', () => {
    const x = extract(
      'Workers at Kestrel, the union representing metalworkers, said on Saturday that 300 jobs would go.',
    );
    expect(x.names('Company')).toContain('Kestrel');
  });
});
