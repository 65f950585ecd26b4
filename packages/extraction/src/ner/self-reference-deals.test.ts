import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

describe('a name that speaks of itself as "it" doing deals', () => {
  it('takes "X said it would buy the plant" for a company, even in common words', () => {
    expect(
      extract('Norvale Motors will cut 2,000 jobs. Golden Harvest Foods said it would buy the plant.').names('Company'),
    ).toContain('Golden Harvest Foods');
  });

  it('takes "X, which rated the bank’s notes, said" for an organization and cites it', () => {
    const x = extract(
      'Norvale Bank will cut 2,000 jobs. KORAT, which rated a new note programme of the bank, noted that its assets were weak.',
    );
    expect(x.names('Company')).toContain('KORAT');
    expect(x.cited()).toContain('KORAT');
  });
});
