import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

describe('a name that speaks of itself as "it" doing deals', () => {
  it('takes "X said it would buy the plant" for a company, even in common words', () => {
    expect(
      extract('Norvale Motors will cut 2,000 jobs. Golden Harvest Foods said it would buy the plant.').names('Company'),
    ).toContain('Golden Harvest Foods');
  });
});
