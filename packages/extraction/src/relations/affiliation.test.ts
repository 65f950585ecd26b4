import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

describe('the organization of a person named without a title', () => {
  it('"<Person> of <Org>" gives the organization and no title', () => {
    const x = extract('Brenmark Motors cut 900 jobs. Ola Vinter of Saltvik Securities said the cuts were overdue.');
    expect(x.role('Ola Vinter')).toEqual({ title: undefined, org: 'Saltvik Securities' });
  });

  it('"<Org>\'s <Person>" gives the organization and no title', () => {
    const x = extract(
      'Brenmark Motors cut 900 jobs. Saltvik Securities said the plan was late. Saltvik Securities’ Ola Vinter called it timid.',
    );
    expect(x.role('Ola Vinter')?.org).toBe('Saltvik Securities');
  });

  it('reads past a "<Place>-based" descriptor after "of"', () => {
    const x = extract(
      'Brenmark Motors cut 900 jobs, said auto analyst Ola Vinter of Oslo-based Saltvik Securities on Monday.',
    );
    expect(x.role('Ola Vinter')).toEqual({ title: 'auto analyst', org: 'Saltvik Securities' });
  });
});

describe('an analyst placed at a firm by what they cover', () => {
  it('"X, who covers airlines at <Org>" gives the organization', () => {
    const x = extract(
      'Kovar Air will cut 3,500 jobs. Saltvik Securities raised its target. "It is overdue," said Petra Lind, who covers airlines at Saltvik Securities in Vienna.',
    );
    expect(x.role('Petra Lind')?.org).toBe('Saltvik Securities');
  });
});
