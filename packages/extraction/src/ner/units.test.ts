import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

describe('divisions, studios and subsidiaries found by context', () => {
  it.each([
    // apposition, owner = the article's company
    ['Sony cut 900 jobs. Firesprite, the Liverpool studio behind Toybox, lost 40 staff.', 'Firesprite', 'Sony'],
    [
      'Sony cut 900 jobs. Bend Workshop, the unit responsible for its handheld ports, was spared.',
      'Bend Workshop',
      'Sony',
    ],
    ['Sony cut 900 jobs. Stone Forge, the team behind a cancelled racer, was closed.', 'Stone Forge', 'Sony'],
    ['Spotify cut 200 jobs. Trailhead, a hiking app it bought in 2019, was shut.', 'Trailhead', 'Spotify'],
    ['Spotify cut 200 jobs. Waypost, the social route app it acquired in 2016, stays open.', 'Waypost', 'Spotify'],
    // apposition naming the acquirer
    [
      'Nintendo and Sony cut jobs. Harbor Lights, the puzzle game maker that Sony acquired in 2020, was closed.',
      'Harbor Lights',
      'Sony',
    ],
    // possessive and "the X … business"
    ['Adobe cut jobs. Adobe’s Canvasly division was folded into marketing.', 'Canvasly', 'Adobe'],
    ["Snap said Snap's Bright Orbit hardware unit would shrink.", 'Bright Orbit', 'Snap'],
    ['Oracle trimmed staff in the Tidewater Services advertising business on Monday.', 'Tidewater Services', 'Oracle'],
  ])('%s', (text, unit, parent) => {
    const x = extract(text);
    expect(x.entity(unit)?.type).toBe('Division');
    expect(x.parent(unit)).toBe(parent);
  });

  it('keeps a studio name that starts with a known organization whole, under that organization', () => {
    const x = extract(
      'Microsoft cut jobs. ZeniMax Online Studios lost a project, and Bethesda Game Studios was spared.',
    );
    expect(x.names('Division')).toEqual(['ZeniMax Online Studios', 'Bethesda Game Studios']);
    expect(x.names()).not.toContain('Online Studios');
    expect(x.parent('ZeniMax Online Studios')).toBe('Microsoft');
  });

  it('names a later bare mention of the unit the same way, and never as a person', () => {
    const x = extract(
      'Sony cut jobs. Kestrel Arcade, the studio behind Sky Drift, was closed. Kestrel Arcade had 60 staff.',
    );
    expect(x.entity('Kestrel Arcade')?.mentions).toHaveLength(2);
    expect(x.names('Person')).toEqual([]);
  });

  it.each([
    ['venture firm Maria Holt', 'Maria Holt'],
    ['investment firm Savvy Games Group', 'Savvy Games Group'],
    ['private equity firm Thomas Bravo', 'Thomas Bravo'],
  ])('"%s" is a company', (phrase, name) => {
    const x = extract(`Unity cut jobs after ${phrase} pulled out, the company said.`);
    expect(x.entity(name)?.type).toBe('Company');
    expect(x.names('Person')).not.toContain(name);
  });

  it('"X Group" is also "X"', () => {
    const x = extract('Embracer Group cut jobs. Embracer said more cuts would come.');
    expect(x.entity('Embracer Group')?.aliases).toEqual(['Embracer']);
  });

  it.each([
    'Intel cut jobs. OpenScale, the startup behind a chip compiler, was not involved.',
    'Intel cut jobs. Earlier, the team behind the compiler said it would wait.',
    'Intel cut jobs. Intel’s AI division and the Biden administration were silent.',
    'Intel cut jobs. Jane Roe, the executive behind the plan, resigned.',
    'Intel cut jobs. The Cloud business grew and the Sales unit shrank.',
  ])('no division: %s', (text) => {
    expect(extract(text).names('Division')).toEqual([]);
  });

  it('a shared word never merges two units', () => {
    const x = extract(
      'Sony cut jobs. Blue Harbor, the studio behind Tides, closed. Sony’s Blue Point division stayed.',
    );
    expect(x.names('Division')).toEqual(['Blue Harbor', 'Blue Point']);
  });
});
