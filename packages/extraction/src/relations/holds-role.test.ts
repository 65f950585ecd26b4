import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

describe('titles and HOLDS_ROLE', () => {
  it.each([
    ['Meta CEO Mark Zuckerberg said the cuts were needed.', 'Mark Zuckerberg', 'CEO', 'Meta'],
    ['Andy Jassy, Amazon’s chief executive, wrote to staff.', 'Andy Jassy', 'chief executive', 'Amazon'],
    [
      'Matt Garman, Senior Vice President of AWS, noted the change.',
      'Matt Garman',
      'Senior Vice President of AWS',
      'Amazon Web Services',
    ],
    [
      'Amazon grew. The company’s lead executive for people experience and technology, Beth Galetti, told staff.',
      'Beth Galetti',
      'lead executive for people experience and technology',
      'Amazon',
    ],
    [
      'Brent Thill, an analyst at Jefferies, said Salesforce was late.',
      'Brent Thill',
      'analyst at Jefferies',
      'Jefferies',
    ],
    [
      'Google cut jobs, said Sundar Pichai, chief executive of Alphabet and Google.',
      'Sundar Pichai',
      'chief executive of Alphabet and Google',
      'Alphabet',
    ],
    [
      'Salesforce lost its co-leader when Bret Taylor, Benioff’s co-chief executive, quit. Marc Benioff stayed.',
      'Bret Taylor',
      'co-chief executive',
      'Salesforce',
    ],
  ])('%s', (text, person, title, org) => {
    expect(extract(text).role(person)).toEqual({ title, org });
  });

  it('falls back to the company in focus when the title names none', () => {
    const x = extract('Cisco cut 4,000 jobs. Chairman and CEO Chuck Robbins said Cisco would invest in Splunk.');
    expect(x.role('Chuck Robbins')).toEqual({ title: 'Chairman and CEO', org: 'Cisco' });
  });

  it('gives no role to a person named without a title', () => {
    expect(extract('Musk fired Parag Agrawal last year.').role('Parag Agrawal')).toBeNull();
  });
});

describe('people named with particles', () => {
  it('a particle-led surname opening a sentence is the person already named', () => {
    const x = extract(
      'Norrbrew cut jobs, Chief Executive Dolf van den Berg said. Van den Berg said more cuts would come.',
    );
    expect(x.names('Person')).toEqual(['Dolf van den Berg']);
    expect(x.entity('Dolf van den Berg')?.mentions).toHaveLength(2);
  });
});

describe('offices and explicit organizations', () => {
  it('a capitalised office before a name is the whole title, with no company', () => {
    const x = extract('Brakstad cut jobs. Labour Minister Tonje Vik said the state would help.');
    expect(x.entity('Tonje Vik')?.title).toBe('Labour Minister');
    expect(x.role('Tonje Vik')).toBeNull();
  });

  it('a title naming its organization wins over a bare one before the name', () => {
    const x = extract('Brakstad Marine cut jobs. Union leader Per Olsrud, head of Fellesverk, said it would fight.');
    expect(x.role('Per Olsrud')).toEqual({ title: 'head of Fellesverk', org: 'Fellesverk' });
  });
});

describe('shared titles and organizations after the name', () => {
  it('co-CEOs joined by "and" share the title', () => {
    const x = extract('Kurogane Holdings cut jobs. Co-CEOs Ana Ruiz and Marco Belli will oversee the cuts.');
    expect(x.role('Ana Ruiz')).toEqual({ title: 'Co-CEOs', org: 'Kurogane Holdings' });
    expect(x.role('Marco Belli')).toEqual({ title: 'Co-CEOs', org: 'Kurogane Holdings' });
  });

  it('"Analyst Jane Roe of Firm" belongs to the firm', () => {
    const x = extract(
      'Kurogane Holdings cut jobs. Analyst Kenji Sato of Hoshino Securities said the plan was credible.',
    );
    expect(x.role('Kenji Sato')).toEqual({ title: 'Analyst', org: 'Hoshino Securities' });
  });
});

describe('titles after a name that is no company', () => {
  it('"Harvard University economist Jane Roe" gets no company guessed', () => {
    const x = extract('Banco Meridional will cut 2,300 jobs. Harvard University economist Laura Pinho criticised it.');
    expect(x.entity('Laura Pinho')?.title).toBe('economist');
    expect(x.role('Laura Pinho')).toBeNull();
  });

  it('a place before the title still leaves the company in focus', () => {
    const x = extract(
      'Vantara Learning Pvt Ltd cut jobs, as newly appointed India chief executive Arun Mehra moves to shrink costs.',
    );
    expect(x.role('Arun Mehra')?.org).toBe('Vantara Learning');
  });
});

describe('titles at the end of a line', () => {
  it('a bullet ending in the title still gives the role', () => {
    const x = extract(
      'Corvel cut jobs.\n  • Sports — the networks, led by Jimmy Parro, chairman of Corvel Sports\n  • Parks',
    );
    expect(x.role('Jimmy Parro')?.title).toBe('chairman of Corvel Sports');
  });
});
