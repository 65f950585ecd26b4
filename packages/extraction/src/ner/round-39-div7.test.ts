import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

describe('"<name> <country>" alone is the local company and the bare name its short form (round 39, div7)', () => {
  it('one company when no group stands behind it', () => {
    const x = extract(
      'Vessla to cut 300 jobs\n\nVessla Ghana will cut 300 jobs at its mine near Orsk, the miner announced.\n\nJane Roe, head of human resources at Vessla Ghana, said Vessla would pay the workers three months of wages.',
    );
    expect(x.orgs()).toEqual(['Company Vessla Ghana [Vessla]']);
  });

  it('keeps the local arm apart when the text names a parent, a nationality or a group (near miss)', () => {
    const parent = extract(
      'Vessla Ghana will cut 300 jobs at its mine near Orsk. Its parent Vessla said the mine had lost money for years.',
    );
    expect(parent.names('Company')).toContain('Vessla');
    expect(parent.parent('Vessla Ghana')).toBe('Vessla');
    const foreign = extract(
      'Norwegian miner Vessla will cut 300 jobs in Ghana. Vessla Ghana said the mine near Orsk had lost money for years.',
    );
    expect(foreign.parent('Vessla Ghana')).toBe('Vessla');
  });
});

describe('a name a given name opens is a company where only a company can stand (round 39, div7)', () => {
  it("a post between the name and a person makes the name the post's organization", () => {
    const x = extract('Kestrel cuts jobs\n\nNeo Vandor chief executive Anna Berg said the plant would shut.');
    expect(x.names('Person')).toEqual(['Anna Berg']);
    expect(x.names('Company')).toContain('Neo Vandor');
  });

  it('"the <town>-based" before the name makes it a company', () => {
    const x = extract(
      'More than 300 workers at the Orsk-based Jonas Hallberg tea will lose their jobs, the firm said.',
    );
    expect(x.names('Person')).toEqual([]);
    expect(x.names('Company')).toContain('Jonas Hallberg');
  });

  it('keeps a person written after "-based" with no "the", or with a post after a comma (near miss)', () => {
    const x = extract(
      'The cuts were confirmed by Orsk-based Jonas Hallberg, an analyst at Kestrel Capital. Anna Berg, chief executive of Vessla, said it would hire.',
    );
    expect(x.names('Person')).toEqual(['Jonas Hallberg', 'Anna Berg']);
  });
});

describe('a post after "the" and words saying where it is held makes the name a person (round 39, div7)', () => {
  it('"Radowit Vesslaczyk, the site works council chair remarked:" is a person', () => {
    const x = extract(
      'Kestrel will close its bottling plant in Orsk.\n\nRadowit Vesslaczyk, the site works council chair remarked: "We did what we could."',
    );
    expect(x.names('Person')).toEqual(['Radowit Vesslaczyk']);
  });

  it('keeps a body described after the comma with no post an organization (near miss)', () => {
    const x = extract(
      'Kestrel will close its bottling plant in Orsk.\n\nVessla Metall, the site works council, said: "We did what we could."',
    );
    expect(x.names('Person')).toEqual([]);
  });
});
