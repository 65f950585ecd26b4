import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

describe('stacked honorifics and styles are no part of a name', () => {
  it('"Datuk Seri Dr Hallberg Roe" is Hallberg Roe, with the minister’s title', () => {
    const x = extract(
      'Kestrel Steel will cut 300 jobs, said Human Resources Minister Datuk Seri Dr Jonas Hallberg Roe. Hallberg Roe said more would follow.',
    );
    expect(x.names('Person')).toEqual(['Jonas Hallberg Roe']);
    expect(x.entity('Jonas Hallberg Roe')?.title).toBe('Human Resources Minister');
  });

  it('"Tan Sri Dato\' Sri Azman Norrvik" and "Engr. Musa Bello" keep only the names', () => {
    const x = extract(
      "Tan Sri Dato' Sri Azman Norrvik, chairman of Kestrel Bhd, said 200 jobs would go. Engr. Musa Bello, its managing director, agreed.",
    );
    expect(x.names('Person')).toEqual(['Azman Norrvik', 'Musa Bello']);
  });

  it('an air force rank before an airline chief’s name is no company and no part of the name', () => {
    const x = extract(
      'The cuts were confirmed by Kestrel Airways (KA) president and Chief Executive Air Marshal Tariq Norrvik on Friday. Norrvik said 1,000 jobs would go.',
    );
    expect(x.names('Person')).toEqual(['Tariq Norrvik']);
    expect(x.names('Company')).toEqual(['Kestrel Airways']);
    expect(x.role('Tariq Norrvik')).toEqual({ title: 'president and Chief Executive', org: 'Kestrel Airways' });
  });

  it('keeps "Tan" and "Sri" where they are names ("Lim Tan Wei", "Sri Hallberg")', () => {
    const x = extract('Lim Tan Wei, chief executive of Kestrel Bhd, said 200 jobs would go. Sri Hallberg agreed.');
    expect(x.names('Person')).toContain('Lim Tan Wei');
  });
});

describe('an honorific inside a run of names starts the next person', () => {
  it('"Prime Minister Omar Lund Dr Farid Hallberg" is two people', () => {
    const x = extract(
      'According to Adviser to Prime Minister Omar Lund Dr Farid Hallberg, Kestrel Airways will cut 6,500 jobs.',
    );
    expect(x.names('Person')).toEqual(['Omar Lund', 'Farid Hallberg']);
  });

  it('keeps a surname that can be a style ("Abdul Karim Sheikh")', () => {
    const x = extract('Kestrel Airways cut 1,000 jobs, said Adviser on Finance Abdul Karim Sheikh on Friday.');
    expect(x.names('Person')).toEqual(['Abdul Karim Sheikh']);
  });
});

describe('the first two or last two words of a long name are the same person', () => {
  it('"Kamal Arif Hallberg Roe … Kamal Arif asked" and "… Hallberg Roe said" are one person', () => {
    const x = extract(
      'Kestrel Steel will cut 300 jobs, the Minister Jonas Hallberg Roe said in reply to Kamal Arif Norrvik Hamid. Kamal Arif had asked about the cuts. Hallberg Roe said more would follow.',
    );
    expect(x.names('Person')).toEqual(['Jonas Hallberg Roe', 'Kamal Arif Norrvik Hamid']);
  });

  it('a short form two long names share stays a person of its own', () => {
    const x = extract(
      'Jonas Hallberg Roe and Maria Hallberg Roe, directors of Kestrel Steel, said 300 jobs would go. Hallberg Roe said the cuts were needed.',
    );
    expect(x.names('Person')).not.toContain('Jonas Hallberg Roe Hallberg Roe');
    expect(x.names('Person').filter((n) => n === 'Jonas Hallberg Roe')).toHaveLength(1);
  });
});

describe('people named by a change of post', () => {
  it('"X stepped down as Chairman of Y, and Z was appointed in his stead" names two people, no company Z', () => {
    const x = extract(
      'Kestrel Bank will cut 100 jobs. In May, Kunle Norrvik stepped down as Chairman of Kestrel Bank, and Emeka Hallberg was appointed in his stead. The bank named Chidi Roe as Managing Director and Ngozi Vessla as Deputy Managing Director.',
    );
    expect(x.names('Person')).toEqual(['Kunle Norrvik', 'Emeka Hallberg', 'Chidi Roe', 'Ngozi Vessla']);
    expect(x.names('Company')).toEqual(['Kestrel Bank']);
    expect(x.role('Ngozi Vessla')).toEqual({ title: 'Deputy Managing Director', org: 'Kestrel Bank' });
  });

  it('a company listed after another one is still a company when no one is appointed in anyone’s stead', () => {
    const x = extract('Kestrel Bank will cut 100 jobs. Later, Norrvik Bank, and Hallberg Capital were appointed.');
    expect(x.names('Company')).toEqual(['Kestrel Bank', 'Norrvik Bank', 'Hallberg Capital']);
  });
});
