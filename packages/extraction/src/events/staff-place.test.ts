import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';
import { isStaffPlace } from './staff-place.js';

const brief = (text: string) =>
  extract(text, '2011-03-04')
    .events()
    .map((e) => [e.kind, e.org, e.count]);

const at = (text: string, name: string) => {
  const start = text.indexOf(name);
  return isStaffPlace(text, start, start + name.length);
};

describe('a one-word name after "workers in" / "jobs in" is where the staff work (round 39, ev32)', () => {
  it('"WORKERS in Orsk and Tarvingen are bracing for more job cuts" is no round of Tarvingen', () => {
    const events = brief(
      'WORKERS in Orsk and Tarvingen are bracing for more job cuts in coming weeks as box maker Kestrel Pack plans to ' +
        'cut a third of its 300 employees now that a big customer has left. Kestrel Pack wants 90 redundancies for ' +
        'now, the company said.',
    );
    expect(events.map((e) => e[1])).not.toContain('Tarvingen');
    expect(events).toContainEqual(['layoff', 'Kestrel Pack', 90]);
  });

  it('names listed after a staff noun and "in", or after a jobs noun, are places', () => {
    expect(at('STAFF in Orsk and Tarvingen fear for their posts', 'Tarvingen')).toBe(true);
    expect(at('Losing some 420 jobs in Velbrunn would hurt', 'Velbrunn')).toBe(true);
    expect(at('cut 200 positions in Orsk, Vella and Tarvingen', 'Tarvingen')).toBe(true);
  });

  it('near miss: a name of two words, or one after "at", stays the employer', () => {
    expect(at('Employees in Kestrel Foods say managers warned of redundancies', 'Kestrel Foods')).toBe(false);
    expect(at('Employees at Tarvingen say managers warned of redundancies', 'Tarvingen')).toBe(false);
    expect(at('Tarvingen will cut 300 jobs in May', 'Tarvingen')).toBe(false);
  });

  it('near miss: "Employees in Kestrel Foods say managers warned of redundancies" keeps Kestrel Foods', () => {
    const events = brief(
      'Employees in Kestrel Foods say managers warned of redundancies. ' +
        'Kestrel Foods said it would cut 27 jobs in April.',
    );
    expect(events.map((e) => e[1])).toContain('Kestrel Foods');
  });
});
