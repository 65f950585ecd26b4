import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

describe('a name is one entity of one type', () => {
  it('a company listed later among "legally separate units" stays the company that owns its brands', () => {
    const r = extract(
      'FRANKFURT — Shares of Korvath Truck Holding AG began trading on Friday, the carmaker Korvath AG said.\n\n' +
        'Korvath Truck brings together the brands Ostwind and Talmark.\n\n' +
        'In 2019 Korvath was reorganised into three legally separate units — Korvath Cars AG for cars, ' +
        'Korvath Truck AG for commercial vehicles and Korvath Finance AG for financial services.',
    );
    const named = r.doc.entities.filter((e) => e.name === 'Korvath Truck');
    expect(named.map((e) => e.type)).toEqual(['Company']);
  });
});
