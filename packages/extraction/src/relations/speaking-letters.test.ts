import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

const cited = (text: string) => extract(text).cited().sort();
const aliases = (text: string, name: string) => extract(text).entity(name)?.aliases ?? [];

describe('a letter or notice that carries someone’s words', () => {
  it('cites a letter that opens a sentence or that a verb of telling names', () => {
    const opening =
      'Vessla Mining will cut 300 jobs at its Orsk mine. In a letter dated 4 March, the bosses of Vessla Mining ' +
      'told the crews that talks with the union had begun.';
    expect(cited(opening)).toEqual(['Vessla Mining internal memo']);
    expect(aliases(opening, 'Vessla Mining internal memo')).toContain('letter');
    expect(
      cited(
        'Kestrel Foods will close its Halden plant. Jane Roe, who leads the crews, said in a letter to the regulator that 400 jobs would go.',
      ),
    ).toHaveLength(1);
    expect(
      cited(
        'Kestrel Foods will close its Halden plant. Via a letter written by its finance head, Kestrel Foods set out the decision.',
      ),
    ).toEqual(['Kestrel Foods internal memo']);
  });

  it('cites a letter or notice that speaks, and reads "the letter" as the one named before', () => {
    const text =
      'Orsk Textiles will lay off 250 workers. In a letter dated 2 May, the company told staff of the plan. ' +
      '"We had no other choice," the letter, which the chairman signed, says.';
    expect(cited(text)).toEqual(['Orsk Textiles internal memo']);
    expect(
      cited('The crews found Norrvik Plastics shut, with a notice pinned up by the owners saying the site had closed.'),
    ).toEqual(['Norrvik Plastics internal memo']);
    expect(
      cited('Norrvik Plastics has shut its factory. The notice from the board insisted that orders had dried up.'),
    ).toEqual(['Norrvik Plastics internal memo']);
    // "The notice" after a notice to the bourse is that notice, no second source.
    expect(
      cited(
        'Kestrel Holdings will sell its dairy unit, it said in a notice to the Orsk bourse on Friday. The notice said 300 staff would move to the buyer.',
      ),
    ).toHaveLength(1);
  });

  it('does not read letters and notices that tell nothing', () => {
    // Letters received, a letter of intent, the letter business, a notice period, a notice issued under a law.
    expect(cited('Orsk Post will cut 500 jobs. Staff received termination letters on Friday.')).toEqual([]);
    expect(cited('Orsk Post will cut 500 jobs. It signed a letter of intent with Vessla Logistics last week.')).toEqual(
      [],
    );
    expect(cited('Orsk Post will cut 500 jobs. Jane Roe said the letter business was shrinking fast.')).toEqual([]);
    expect(cited('Orsk Post will cut 500 jobs. Workers will be paid for their notice period.')).toEqual([]);
    expect(cited('Orsk Post will cut 500 jobs. It issued a notice under the labour law on Monday.')).toEqual([]);
    // A notice from its sender that is only handed out says nothing.
    expect(
      cited('Orsk Post will cut 500 jobs. Some 300 workers received dismissal notices from the company on Friday.'),
    ).toEqual([]);
    expect(
      cited('Orsk Post will cut 500 jobs. The crews read the notices posted by the management on Friday.'),
    ).toEqual([]);
  });
});
