import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

const story = (body: string) => extract(`Job cuts spread\n\n${body}`, '2025-03-12');

describe('firms news names in passing', () => {
  it('reads an origin aside after a name (", backed by …,", ", formed in …,") as a firm that then acts', () => {
    const x = story(
      'Garrow, backed by Hallberg Ventures, has cut more than 200 jobs. Pellavo, formed in 2001 when Dunmore ' +
        'Cement and Arkwright merged, cut about 500 jobs last year.',
    );
    expect(x.names('Company')).toEqual(
      expect.arrayContaining(['Garrow', 'Hallberg Ventures', 'Pellavo', 'Dunmore Cement', 'Arkwright']),
    );
    expect(x.events().map((e) => [e.org, e.count])).toEqual([
      ['Garrow', 200],
      ['Pellavo', 500],
    ]);
  });

  it('near miss: a person backed by someone is no firm', () => {
    const x = story('Jane Marlow, backed by the board, said the cuts would go ahead.');
    expect(x.names('Company')).not.toContain('Jane Marlow');
  });

  it('reads a list after a plural company noun a few words back (", including A and B", ", such as A and B")', () => {
    const x = story(
      'Competitors in direct selling, including Veskor and Hallmar, have also been under pressure. Regional ' +
        'airlines that fly for Veloria Air under contract, such as Brandal and Quenby, are separate companies.',
    );
    expect(x.names('Company')).toEqual(expect.arrayContaining(['Veskor', 'Hallmar', 'Brandal', 'Quenby']));
  });

  it('near miss: without the comma the list belongs to the nearest noun, which names no firms', () => {
    const x = story('Veloria Air flies to markets such as Veskor and Hallmar, its filing said.');
    expect(x.names('Company')).not.toContain('Veskor');
  });

  it('reads the owner in "<Name>-backed <trade words> <Name>" as a firm that does not act', () => {
    const x = extract(
      'Edtech layoffs\n\nSorvino-backed edtech platform Kestrel Learning has laid off 500 staff, the company said ' +
        'on Monday. Kestrel Learning had hired rapidly during the pandemic.',
      '2025-03-12',
    );
    expect(x.names('Company')).toEqual(expect.arrayContaining(['Sorvino', 'Kestrel Learning']));
    expect(x.events().map((e) => [e.org, e.count])).toEqual([['Kestrel Learning', 500]]);
  });

  it('near miss: before a trade noun alone the owner is left alone', () => {
    const x = story('The Tarvik-owned carmaker said it would cut 300 jobs.');
    expect(x.names('Company')).not.toContain('Tarvik');
  });
});
