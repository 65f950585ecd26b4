import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

const rounds = (text: string) => extract(text, '2024-05-08').events();

describe('insolvency told without "into"', () => {
  it('reads "entered business rescue" and "was placed under/in administration" as a restructuring', () => {
    expect(rounds('Sarvik Airways said on 6 May it had entered voluntary business rescue.')).toMatchObject([
      { kind: 'restructuring', org: 'Sarvik Airways', count: null, when: '2024-05-06' },
    ]);
    expect(rounds('Kestrel Air was placed under voluntary administration on 22 April 2020.')).toMatchObject([
      { kind: 'restructuring', org: 'Kestrel Air', when: '2020-04-22' },
    ]);
    expect(
      rounds('Its sister carrier Kestrel Express was placed in provisional liquidation in April 2020.'),
    ).toMatchObject([{ kind: 'restructuring', org: 'Kestrel Express', when: '2020-04' }]);
  });

  it('reads a petition filed for insolvency resolution', () => {
    expect(
      rounds('On 2 May 2023 the low-cost carrier Kestrel Air filed a petition for voluntary insolvency resolution.'),
    ).toMatchObject([{ kind: 'restructuring', org: 'Kestrel Air', when: '2023-05-02' }]);
  });

  it('credits the company placed in rescue, not the board or regulator that placed it there', () => {
    expect(
      rounds(
        'Sarvik Airways had lost money for years. Without a bailout, the board placed the airline in business rescue on 5 December 2019.',
      ),
    ).toMatchObject([{ kind: 'restructuring', org: 'Sarvik Airways', when: '2019-12-05' }]);
    expect(
      rounds(
        'The board places Marlow Sugar Limited and its milling subsidiary into business rescue, it said on 3 May.',
      ),
    ).toMatchObject([{ kind: 'restructuring', org: 'Marlow Sugar' }]);
    expect(
      rounds(
        'Depositors of Kestrel Bank Ltd queued for hours. The Reserve Bank of Tarvo had placed the bank under a moratorium and appointed an administrator.',
      ),
    ).toMatchObject([{ kind: 'restructuring', org: 'Kestrel Bank' }]);
  });

  it('reads no insolvency from orders placed in a market', () => {
    expect(rounds('Kestrel Air placed orders in March for ten aircraft.')).toEqual([]);
  });
});
