import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

const LEDE = 'Vessla Rail is to shed 800 posts over two years.\n\n';
const cited = (text: string) =>
  extract(LEDE + text)
    .cited()
    .sort();

describe('round 39 (t41): cited sources on real news', () => {
  it('cites unnamed reports that open a sentence, capitalised or counted', () => {
    expect(cited('Media reports said the railway owed about 40 million to its lenders.')).toEqual(['media reports']);
    expect(cited('Press reports claimed the depot in Orsk would close first.')).toEqual(['media reports']);
    expect(cited('The shares fell. Some reports claimed the depot in Orsk would close first.')).toEqual([
      'media reports',
    ]);
    // Near miss: reports that are only read or written, or counted inside a sentence, cite nothing.
    expect(cited('Media reports on the depot in Orsk were read by the board.')).toEqual([]);
    expect(cited('The board said some reports showed the depot in Orsk was profitable.')).toEqual([]);
  });
});

describe('round 39 (t41): a statement named by its company', () => {
  it("cites the company's statement that tells", () => {
    expect(cited("Vessla's statement said the options include a sale of the depot.")).toEqual([
      'Vessla Rail statement',
    ]);
    expect(cited('A Vessla Rail statement added that the depot in Orsk would close.')).toEqual([
      'Vessla Rail statement',
    ]);
    // Near miss: a statement that only appears says nothing; a union's statement is not the company's.
    expect(cited("Vessla Rail's statement on Monday was brief.")).toEqual([]);
    expect(cited("The Kora Workers Union's statement said the plan was a betrayal.")).toEqual([]);
  });
});

describe('round 39 (t41): a spokesperson the text names', () => {
  it('cites no spokesperson where a named person speaks', () => {
    expect(cited('Vessla Rail spokesperson Jane Roe said the depot would close.')).toEqual([]);
    expect(cited('The depot will close, said spokesman Jan Poe.')).toEqual([]);
    expect(cited('Jane Roe, a spokeswoman for Vessla Rail, said the depot would close.')).toEqual([]);
    // Near miss: an unnamed spokesperson is the company's voice; a named union spokesperson cites the union.
    expect(cited('A Vessla Rail spokesperson said the depot would close.')).toEqual(['Vessla Rail spokesperson']);
    expect(cited('Kora Workers Union spokesperson Jane Roe said the depot would close.')).toEqual([
      'Kora Workers Union',
    ]);
  });
});

describe('round 39 (t41): a statement a third party gives under no organization name', () => {
  it("is not the company's statement", () => {
    expect(cited('Unions welcomed the offer.\n\n"It buys us months," they stated in a written statement.')).toEqual([
      'Unions',
    ]);
    expect(
      cited(
        'Once the rail board and the staff council had met on Monday, the latter issued a statement to members. ' +
          'The statement put the cuts at 40 posts.',
      ),
    ).toEqual([]);
    expect(cited('The layoffs will begin in May, depot administrators stated in a statement.')).toEqual([]);
    // Near miss: two companies that speak together, or "the latter" that is the company, give its statement.
    expect(
      cited('Vessla Rail and Orsk Rail agreed terms.\n\n"It buys us scale," they stated in a joint statement.'),
    ).toEqual(['Vessla Rail statement']);
    expect(
      cited('After talks between the union and the railway, the latter said in a statement that 40 posts would go.'),
    ).toEqual(['Vessla Rail statement']);
  });
});

describe('round 39 (t41): an internal mail', () => {
  it('cites the mail to staff as the internal memo', () => {
    const text = LEDE + 'The founder told employees of the cuts in an internal mail on Friday.';
    const x = extract(text);
    expect(x.cited()).toEqual(['Vessla Rail internal memo']);
    expect(x.entity('Vessla Rail internal memo')?.aliases).toContain('mail');
    // Near miss: post carried by internal mail is no message that tells.
    expect(cited('The parcels went out by internal mail on Monday, and the depot will shut.')).toEqual([]);
  });
});
