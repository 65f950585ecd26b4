import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

const counts = (text: string) =>
  extract(text, '2024-05-08')
    .events()
    .map((e) => e.count);

describe('the opening figure of a negotiation that ended with another', () => {
  it('is no round of its own once the final figure is reported', () => {
    expect(
      counts(
        'Kora Telecom and the unions signed an agreement on Tuesday for 1,000 job cuts. The original proposal of ' +
          'the company was 1,198 dismissals.',
      ),
    ).toEqual([1000]);
    expect(
      counts(
        'Vessla Bank agreed with unions on 3,572 exits, below the 4,000 exits that the bank proposed when talks ' +
          'opened in December.',
      ),
    ).toEqual([3572]);
    expect(
      counts(
        'Hallberg Motors will cut 4,000 jobs. Hallberg had initially told unions that as many as 5,000 posts could go.',
      ),
    ).toEqual([4000]);
  });

  it('keeps an earlier round told beside the new one', () => {
    expect(
      counts(
        'Hallberg Motors will cut 4,000 jobs. The reduction comes on top of 3,800 jobs the company eliminated in 2023.',
      ),
    ).toEqual([4000, 3800]);
  });

  it('keeps a proposal when the article reports no final figure', () => {
    expect(counts('Norrvik Steel initially proposed 900 redundancies at its Ghent plant, the union said.')).toEqual([
      900,
    ]);
  });
});
