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
