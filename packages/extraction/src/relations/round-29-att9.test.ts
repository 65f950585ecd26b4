import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

const LEDE = 'Kestrel Bank cuts jobs\n\nKestrel Bank said on Monday it would cut 400 jobs.\n\n';

describe('round 29 (att9): posts scoped to a region, shared plural posts, legal counsel', () => {
  it('a region named between an organization and a regional post: the post is the organization’s', () => {
    const x = extract(
      LEDE +
        'Ana Lind, Kestrel Bank’s Norrvik regional manager, said branches would close.\n\n' +
        'Kestrel Bank’s Eastern Cape provincial manager Lena Moyo said staff had been told.',
    );
    expect(x.role('Ana Lind')).toEqual({ title: 'regional manager', org: 'Kestrel Bank' });
    expect(x.role('Lena Moyo')).toEqual({ title: 'provincial manager', org: 'Kestrel Bank' });
  });

  it('near miss: another organization between the possessive and the post is no region', () => {
    const x = extract(
      'Kestrel Coal cuts jobs\n\nKestrel Coal said it would cut 400 jobs, as did Saltvik Mining.\n\n' +
        'Per Holm, Kestrel Coal’s Saltvik Mining regional manager, said so.',
    );
    expect(x.role('Per Holm')?.org).not.toBe('Kestrel Coal');
  });

  it('a plural shared post before two names joined by "and": both hold it', () => {
    const x = extract(
      LEDE +
        'The changes were set out in a memo from global banking co-heads Ana Lind and Ola Berg.\n\n' +
        'Kestrel Bank co-founders Eva Nord and Tom Lund will leave the board.',
    );
    expect(x.role('Ana Lind')).toEqual({ title: 'global banking co-heads', org: 'Kestrel Bank' });
    expect(x.role('Ola Berg')).toEqual({ title: 'global banking co-heads', org: 'Kestrel Bank' });
    expect(x.role('Eva Nord')).toEqual({ title: 'co-founders', org: 'Kestrel Bank' });
    expect(x.role('Tom Lund')).toEqual({ title: 'co-founders', org: 'Kestrel Bank' });
  });

  it('near miss: "co-heads" as a verb after a name gives no title', () => {
    const x = extract(LEDE + 'Ana Lind co-heads the trading unit with Ola Berg.');
    expect(x.role('Ana Lind')).toBeNull();
    expect(x.role('Ola Berg')).toBeNull();
  });

  it('"legal counsel at <body>" is a lawyer’s post at that body', () => {
    const x = extract(
      LEDE + 'Advocate Carl Brandt, principal legal counsel at the Competition Commission, confirmed the complaint.',
    );
    expect(x.role('Carl Brandt')).toEqual({
      title: 'principal legal counsel at the Competition Commission',
      org: 'Competition Commission',
    });
  });

  it('near miss: legal counsel a company seeks or hires is no post of the person who speaks next', () => {
    const x = extract(
      LEDE +
        'Kestrel Bank would seek independent legal counsel, Carl Brandt said.\n\n' +
        'Kestrel Bank hired legal counsel, Eva Nord said.',
    );
    expect(x.role('Carl Brandt')?.title ?? '').not.toMatch(/counsel/);
    expect(x.role('Eva Nord')?.title ?? '').not.toMatch(/counsel/);
    expect(x.entity('Carl Brandt')?.title ?? '').not.toMatch(/counsel/);
  });
});
