import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

const LEDE =
  'Hallberg to cut 400 jobs\n\nHallberg Group will cut 400 jobs in Norrvik, the engineering company said.\n\n';

describe('round 30 (att10): think-tank fellows, press posts, a post "from" a body', () => {
  it('"a senior fellow at <institute>" is a post at that institute', () => {
    const x = extract(LEDE + '"The cuts are painful," said Jane Roe, a senior fellow at the Kestrel Institute.');
    expect(x.role('Jane Roe')?.title).toBe('senior fellow at the Kestrel Institute');
    expect(x.role('Jane Roe')?.org).toBe('Kestrel Institute');
  });

  it('near miss: "fellow" alone is no post ("her fellow workers")', () => {
    const x = extract(LEDE + 'Jane Roe and her fellow workers at the Kestrel plant said the cuts were painful.');
    expect(x.role('Jane Roe')).toBeNull();
  });

  it('"press spokesman", "press secretary": "press" is part of the post', () => {
    const x = extract(
      LEDE +
        'The press spokesman for the Norrvik Mechanics’ Union, Jane Roe, said the plant would be affected.\n\n' +
        'Press secretary Per Holm said the ministry would help.',
    );
    expect(x.role('Jane Roe')?.title).toBe('press spokesman for the Norrvik Mechanics’ Union');
    expect(x.role('Per Holm')?.title).toBe('Press secretary');
  });

  it('near miss: a name after "spokesman for the" is the body, not a person', () => {
    const x = extract(
      LEDE + 'A spokesman for the Norrvik Mechanics’ Union, Jane Roe, said the plant would be affected.',
    );
    expect(x.names('Person')).toEqual(['Jane Roe']);
  });

  it('near miss: "told the press" before a title leaves "press" out of it', () => {
    const x = extract(LEDE + 'Hallberg Group told the press chief executive Jane Roe would stay.');
    expect(x.role('Jane Roe')?.title).toBe('chief executive');
  });

  it('"a representative from the <union>": the post is the union’s, not the company’s', () => {
    const x = extract(
      LEDE + 'The plan was announced to labour leaders, according to Jane Roe, a representative from the KWF union.',
    );
    expect(x.role('Jane Roe')).toEqual({ title: 'representative', org: 'KWF' });
  });

  it('near miss: "from" before no named body leaves the company in focus', () => {
    const x = extract(
      LEDE +
        'Jane Roe, a representative from the company, said the plan was on track.\n\n' +
        'Per Holm, a representative from 2019 to 2021, said the plan was late.',
    );
    expect(x.role('Jane Roe')?.org).toBe('Hallberg Group');
    expect(x.role('Per Holm')?.org).toBe('Hallberg Group');
  });
});
