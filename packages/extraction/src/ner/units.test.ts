import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

describe('divisions, studios and subsidiaries found by context', () => {
  it.each([
    // apposition, owner = the article's company
    ['Kurogane cut 900 jobs. Emberlight, the Liverpool studio behind Toybox, lost 40 staff.', 'Emberlight', 'Kurogane'],
    [
      'Kurogane cut 900 jobs. Bend Workshop, the unit responsible for its handheld ports, was spared.',
      'Bend Workshop',
      'Kurogane',
    ],
    ['Kurogane cut 900 jobs. Stone Forge, the team behind a cancelled racer, was closed.', 'Stone Forge', 'Kurogane'],
    ['Tunewave cut 200 jobs. Trailhead, a hiking app it bought in 2019, was shut.', 'Trailhead', 'Tunewave'],
    ['Tunewave cut 200 jobs. Waypost, the social route app it acquired in 2016, stays open.', 'Waypost', 'Tunewave'],
    // apposition naming the acquirer
    [
      'Hoshino and Kurogane cut jobs. Harbor Lights, the puzzle game maker that Kurogane acquired in 2020, was closed.',
      'Harbor Lights',
      'Kurogane',
    ],
    // possessive and "the X … business"
    ['Norrvik cut jobs. Norrvik’s Canvasly division was folded into marketing.', 'Canvasly', 'Norrvik'],
    ["Flick said Flick's Bright Orbit hardware unit would shrink.", 'Bright Orbit', 'Flick'],
    [
      'Norrvik Systems trimmed staff in the Tidewater Services advertising business on Monday.',
      'Tidewater Services',
      'Norrvik Systems',
    ],
  ])('%s', (text, unit, parent) => {
    const x = extract(text);
    expect(x.entity(unit)?.type).toBe('Division');
    expect(x.parent(unit)).toBe(parent);
  });

  it('names a later bare mention of the unit the same way, and never as a person', () => {
    const x = extract(
      'Kurogane cut jobs. Kestrel Arcade, the studio behind Sky Drift, was closed. Kestrel Arcade had 60 staff.',
    );
    expect(x.entity('Kestrel Arcade')?.mentions).toHaveLength(2);
    expect(x.names('Person')).toEqual([]);
  });

  it.each([
    ['venture firm Maria Holt', 'Maria Holt'],
    ['investment firm Savvy Games Group', 'Savvy Games Group'],
    ['private equity firm Thomas Bravo', 'Thomas Bravo'],
  ])('"%s" is a company', (phrase, name) => {
    const x = extract(`Kurogane cut jobs after ${phrase} pulled out, the company said.`);
    expect(x.entity(name)?.type).toBe('Company');
    expect(x.names('Person')).not.toContain(name);
  });

  it('"X Group" is also "X"', () => {
    const x = extract('Vastmark Group cut jobs. Vastmark said more cuts would come.');
    expect(x.entity('Vastmark Group')?.aliases).toEqual(['Vastmark']);
  });

  it.each([
    'Kurogane cut jobs. OpenScale, the startup behind a chip compiler, was not involved.',
    'Kurogane cut jobs. Earlier, the team behind the compiler said it would wait.',
    'Kurogane cut jobs. Kurogane’s AI division and the Lindqvist administration were silent.',
    'Kurogane cut jobs. Jane Roe, the executive behind the plan, resigned.',
    'Kurogane cut jobs. The Cloud business grew and the Sales unit shrank.',
  ])('no division: %s', (text) => {
    expect(extract(text).names('Division')).toEqual([]);
  });

  it('a shared word never merges two units', () => {
    const x = extract(
      'Kurogane cut jobs. Blue Harbor, the studio behind Tides, closed. Kurogane’s Blue Point division stayed.',
    );
    expect(x.names('Division')).toEqual(['Blue Harbor', 'Blue Point']);
  });
});
