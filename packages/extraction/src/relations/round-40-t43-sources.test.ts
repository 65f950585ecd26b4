import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

const LEDE = 'Vessla Rail is to shed 800 posts over two years.\n\n';
const cited = (text: string) =>
  extract(LEDE + text)
    .cited()
    .sort();

describe('round 40 (t43): unnamed sources in the shapes news gives them', () => {
  it('cites a single source placed inside a company or at "the company"', () => {
    expect(cited('A source within Vessla Rail told the Orsk Courier that the depot would close.')).toEqual([
      'Orsk Courier',
      'Vessla Rail anonymous sources',
    ]);
    const inFreight =
      'Dan O’Varr Freight is to shed 80 posts.\n\nA source within Dan O’Varr Freight told the Orsk Courier.';
    expect(extract(inFreight).cited().sort()).toEqual(['Dan O’Varr Freight anonymous sources', 'Orsk Courier']);
    expect(cited('A source at the company said the depot in Orsk would close first.')).toEqual([
      'Vessla Rail anonymous sources',
    ]);
    // Near miss: a source of something, or a source that only sits somewhere, tells nothing.
    expect(cited('A source of friction at the company said to be the depot was named.')).toEqual([]);
    expect(cited('A source within the depot in Orsk was the old boiler.')).toEqual([]);
  });

  it('cites insiders with no article who tell', () => {
    expect(cited('Insiders revealed to the Orsk Courier that the depot would close.')).toEqual([
      'Orsk Courier',
      'Vessla Rail anonymous sources',
    ]);
    expect(cited('Industry insiders said the depot in Orsk would close first.')).toEqual([
      'Vessla Rail anonymous sources',
    ]);
    // Near miss: insiders said to own shares, or the insiders of a named group, are no informants.
    expect(cited('Insiders said to own a fifth of the shares sold none.')).toEqual([]);
    expect(cited('The insiders said to hold the stake were not named.')).toEqual([]);
  });

  it('cites a source that closes "according to", alone or after another source', () => {
    expect(cited('The depot in Orsk will close, according to a Kestrel source.')).toEqual([
      'Vessla Rail anonymous sources',
    ]);
    expect(
      cited('The depot in Orsk will close, according to a statement by Vessla Rail and a Kestrel source.'),
    ).toEqual(['Vessla Rail anonymous sources', 'Vessla Rail statement']);
    // Near miss: a source of revenue closes no citation.
    expect(cited('The depot in Orsk was, according to a Kestrel source of revenue, a loss maker.')).toEqual([]);
  });
});

describe('round 40 (t43): a government department or state office that speaks', () => {
  it('cites a department named by its remit and an office named by its field', () => {
    expect(cited('Layoffs in the region rose to 90, the Orsk City Council’s Department of Labour said.')).toEqual([
      'Department of Labour',
    ]);
    expect(cited('The Department of Mines said it would hold Vessla Rail to its plans.')).toEqual([
      'Department of Mines',
    ]);
    expect(cited('The Orsk Labour Office said 300 people had registered as jobless.')).toEqual(['Orsk Labour Office']);
    // Near miss: a department store and a company's head office are no public bodies.
    expect(cited('The Kestrel Department Store said it would hire 30 of the staff.')).toEqual([]);
    expect(cited('The Kestrel Head Office said it would hire 30 of the staff.')).toEqual([]);
  });
});
