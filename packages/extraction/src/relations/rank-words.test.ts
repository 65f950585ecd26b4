import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

describe('a capitalised rank or title word between an organization and a name belongs to the title', () => {
  it.each([
    [
      'Hallberg Bank will cut 300 jobs. "We regret it," Hallberg Bank Deputy CEO Jane Roe said.',
      'Jane Roe',
      'Deputy CEO',
      'Hallberg Bank',
    ],
    [
      'Hallberg Bank will cut 300 jobs, Hallberg Bank Acting Chairman Jane Roe told staff.',
      'Jane Roe',
      'Acting Chairman',
      'Hallberg Bank',
    ],
    [
      'Vessla Foods will close a plant. Vessla Foods Interim Managing Director Jane Roe said talks had begun.',
      'Jane Roe',
      'Interim Managing Director',
      'Vessla Foods',
    ],
    [
      'Hallberg Bank will cut 300 jobs. Kora Workers Union Deputy General Secretary John Moyo said members would strike.',
      'John Moyo',
      'Deputy General Secretary',
      'Kora Workers Union',
    ],
    [
      'Hallberg Bank will cut 300 jobs. KWU Secretary General John Moyo said the union would fight the plan.',
      'John Moyo',
      'Secretary General',
      'KWU',
    ],
  ])('%s', (text, person, title, org) => {
    const x = extract(text);
    expect(x.names('Person')).toContain(person);
    expect(x.role(person)).toEqual({ title, org });
    expect(x.names()).not.toContain(`${org} ${title.split(' ')[0]}`);
  });

  it('drops a leading "Leader" from the name of the person after it', () => {
    const x = extract('Hallberg Bank will cut 300 jobs. NDP Leader Jane Roe said her party would fight the closure.');
    expect(x.names('Person')).toEqual(['Jane Roe']);
  });

  // Near misses: the same words where no title follows, or at a name's end, stay in the name.
  it('keeps a rank word inside a name when no title follows it', () => {
    const x = extract('Kora Acting School will cut 20 jobs, its owner said.');
    expect(x.names()).toContain('Kora Acting School');
  });

  it('keeps "General" that ends a company name before a title', () => {
    const x = extract(
      'Hallberg Bank will cut 300 jobs. Kestrel Legal & General Chief Executive John Moyo said sales fell.',
    );
    expect(x.role('John Moyo')).toEqual({ title: 'Chief Executive', org: 'Kestrel Legal & General' });
  });

  it('keeps a surname that is also a title word', () => {
    const x = extract('Hallberg Bank will cut 300 jobs. Union leader Jane Leader said the union would fight.');
    expect(x.names('Person')).toEqual(['Jane Leader']);
  });

  it('reads one capitalised word before an office as its portfolio, not a union', () => {
    const x = extract('Hallberg Bank will cut 300 jobs. Union Finance Secretary John Moyo said the state would help.');
    expect(x.entity('John Moyo')?.title).toBe('Union Finance Secretary');
    expect(x.role('John Moyo')).toBeNull();
  });
});
