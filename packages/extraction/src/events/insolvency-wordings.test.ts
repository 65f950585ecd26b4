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

describe('a filing told as sought protection or declared bankruptcy', () => {
  it('reads "sought bankruptcy protection" alone as a restructuring', () => {
    expect(rounds('On 6 May Kestrel Print Ltd sought bankruptcy protection.')).toMatchObject([
      { kind: 'restructuring', org: 'Kestrel Print', count: null, when: '2024-05-06' },
    ]);
    expect(rounds('Vessla Retail is seeking Chapter 11 protection, it said on 6 May.')).toMatchObject([
      { kind: 'restructuring', org: 'Vessla Retail', count: null },
    ]);
    expect(rounds('Orsk Foods declared bankruptcy on 6 May.')).toMatchObject([
      { kind: 'restructuring', org: 'Orsk Foods', count: null, when: '2024-05-06' },
    ]);
  });

  it('keeps the filing as its own restructuring beside the job figure of the same sentence', () => {
    const events = rounds('On 6 May Kestrel Print Ltd sought creditor protection and said it plans to shed 300 posts.');
    expect(events).toHaveLength(2);
    expect(events).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'restructuring', org: 'Kestrel Print', count: null }),
        expect.objectContaining({ kind: 'layoff', org: 'Kestrel Print', count: 300 }),
      ]),
    );
  });

  it('reads no filing from a company that emerged from protection years ago', () => {
    expect(
      rounds('After emerging from bankruptcy protection in 2019, Kestrel Print will cut 300 jobs, it said on 6 May.'),
    ).toMatchObject([{ kind: 'layoff', org: 'Kestrel Print', count: 300 }]);
    expect(
      rounds('After emerging from bankruptcy protection in 2019, Kestrel Print will cut 300 jobs, it said on 6 May.'),
    ).toHaveLength(1);
  });

  it('gives a headline\'s "<Parent> unit seeks court protection" to no parent: the unit files', () => {
    const orgs = rounds(
      'Brenmoor unit seeks court protection\n\nOSLO - The packaging group Brenmoor Group said on Monday that its subsidiary Tavlo Foods AS had filed for bankruptcy protection.\n',
    ).map((e) => e.org);
    expect(orgs).toContain('Tavlo Foods');
    expect(orgs).not.toContain('Brenmoor Group');
  });
});
