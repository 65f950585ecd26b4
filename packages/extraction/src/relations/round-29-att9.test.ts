import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

const LEDE = 'Kestrel Bank cuts jobs\n\nKestrel Bank said on Monday it would cut 400 jobs.\n\n';

describe('round 29 (att9): regional posts, shared plural posts, legal counsel, cited firms, group posts', () => {
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
  it('a person named right after a cited analysts’ firm works there: "<Firm> analyst Jane Roe"', () => {
    const x = extract(LEDE + 'Morris & Hayes analyst Mira Solberg says Kestrel Bank has a strong network.');
    expect(x.role('Mira Solberg')).toEqual({ title: 'analyst', org: 'Morris & Hayes' });
  });

  it('near miss: an economist named after a university holds no company post', () => {
    const x = extract(LEDE + 'Kora Valley University economist Mira Solberg says Kestrel Bank has a strong network.');
    expect(x.role('Mira Solberg')).toBeNull();
  });

  it('near miss: an outlet’s possessive before a name is no employer of a post', () => {
    const x = extract(LEDE + 'The Kora Daily’s Eva Nord reported that talks had stalled, the Kora Daily said.');
    expect(x.role('Eva Nord')).toBeNull();
  });

  /** A story about a unit (Kestrel Germany) whose group's head is named with `post`. */
  const unitStory = (post: string) =>
    extract(
      'Kestrel Germany to cut 2,000 jobs\n\nKestrel Germany said on Monday it would cut 2,000 jobs over two years.\n\n' +
        `The cuts are part of measures announced by ${post} Jane Roe in May, under which Kestrel will cut 11,000 jobs.\n\n` +
        'Kestrel Italia was sold to Saltvik last week.',
    );

  it('a group post read with no organization, in a story about a unit, is held at the unit’s parent', () => {
    expect(unitStory('new Group CEO').role('Jane Roe')).toEqual({ title: 'new Group CEO', org: 'Kestrel' });
  });

  it('near miss: a post with no "group" in a story about a unit stays with the unit', () => {
    expect(unitStory('new CEO').role('Jane Roe')).toEqual({ title: 'new CEO', org: 'Kestrel Germany' });
  });

  it('near miss: a company owned by another keeps its own group post', () => {
    const x = extract(
      'Kestrel Ports to delist\n\nKestrel Ports, which is owned by state holding company Saltvik Holdings, will delist ' +
        'its shares, it said on Monday.\n\nIn a statement to the exchange, Group Chairman and CEO Jane Roe said ' +
        'private ownership would free the company.',
    );
    expect(x.parent('Kestrel Ports')).toBe('Saltvik Holdings');
    expect(x.role('Jane Roe')).toEqual({ title: 'Group Chairman and CEO', org: 'Kestrel Ports' });
  });
});
