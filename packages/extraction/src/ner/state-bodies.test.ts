import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

describe('state bodies and regulators named in full are organizations', () => {
  it.each([
    [
      'a regulator with "and"',
      'The Competition and Markets Authority opened an inquiry into the merger.',
      'Competition and Markets Authority',
    ],
    ['a ministry of', 'Tessel said the Ministry of Industry had approved the closure.', 'Ministry of Industry'],
    [
      'a national agency',
      'Kora Telecom must sell spectrum, the Federal Network Agency ruled.',
      'Federal Network Agency',
    ],
    [
      'a sovereign fund',
      'The buyer is a vehicle owned by KKR and by the Qarth Investment Authority.',
      'Qarth Investment Authority',
    ],
    [
      'a ministry listing its remits with commas',
      'An official of the Ministry of Energy, Mining and Industry told reporters Tessel would close.',
      'Ministry of Energy, Mining and Industry',
    ],
    [
      'a department "for"',
      'The Department for Energy and Climate approved the sale.',
      'Department for Energy and Climate',
    ],
  ])('%s', (_, text, name) => {
    expect(extract(text).entity(name)?.type).toBe('Company');
  });

  it('a regulator or exchange named only as where a filing or listing went is no organization of the story', () => {
    const x = extract(
      'Norrvik said in a filing with the Securities and Exchange Commission that it would cut 300 jobs. ' +
        'Its shares are listed on the Warsaw Stock Exchange.',
    );
    expect(x.names('Company')).toEqual(['Norrvik']);
  });

  it('"the Commission" alone and a currency beside an exchange are not organizations', () => {
    const x = extract(
      'Tessel listed at Rs 180 on the National Stock Exchange and Rs 188 on BSE. The Commission said nothing.',
    );
    expect(x.names('Company')).not.toContain('Rs');
    expect(x.names('Company')).not.toContain('Commission');
  });

  it('a ministry named before companies in a list keeps to its own name', () => {
    const x = extract('Officials from the Ministry of Finance, Norrvik and Kessler met on Monday to discuss the cuts.');
    expect(x.names('Company')).toEqual(expect.arrayContaining(['Norrvik', 'Kessler']));
    expect(x.names('Company')).not.toContain('Ministry of Finance, Norrvik and Kessler');
  });
});
