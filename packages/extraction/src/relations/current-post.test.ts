import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

describe('a past post gives way to the one the clause says the person holds now', () => {
  it('"X, the former chief executive of Y, chairs its supervisory board"', () => {
    const x = extract(
      'Kora Trucks AG listed its shares on Friday. Ivo Brandt, the former chief executive of Vantor Werke, chairs its supervisory board.',
    );
    expect(x.role('Ivo Brandt')).toEqual({ title: 'chair', org: 'Kora Trucks' });
  });

  it('"X, who has been chief executive of Y, will now join Z as chief executive"', () => {
    const x = extract(
      'Tessel Insurance AG will cut 800 jobs. Marco Bellini, who has been chief executive of Italian insurer Vantor Assicurazioni, will now join Tessel Insurance as chief executive in March.',
    );
    expect(x.role('Marco Bellini')?.org).toBe('Tessel Insurance');
  });

  it('a former post with no newer one is kept', () => {
    const x = extract(
      'Kora Motors will cut 900 jobs. Ivo Brandt, the former chief executive of Kora Motors, declined to comment.',
    );
    expect(x.role('Ivo Brandt')).toEqual({ title: 'former chief executive of Kora Motors', org: 'Kora Motors' });
  });

  it('"Jane Roe, the former chief financial officer who became chairman in March" holds the newer post', () => {
    const x = extract(
      'Kestrel Foods will cut 500 jobs. Nils Holm, the former chief financial officer who became chairman in March, backed the plan.',
    );
    expect(x.role('Nils Holm')).toEqual({ title: 'chairman', org: 'Kestrel Foods' });
  });
});
