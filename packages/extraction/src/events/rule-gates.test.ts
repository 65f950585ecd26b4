import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';
import { mayTellSiteStaff } from './site-headcounts.js';
import { QUANTITY_RULES } from './triggers.js';

/**
 * A rule's gate is only a shortcut: it must let through every sentence the rule's expression matches, or a figure
 * would be lost. Invented sentences, one per gated rule.
 */
const MATCHED_BY: Record<string, string> = {
  'earlier-round': 'On top of the 800 jobs it had already announced, Brindlewood will cut 300 more.',
  'threatens-jobs': 'Brindlewood will shut its Halvern mill, threatening about 600 jobs.',
  'restated-count': 'That equates to about 450 jobs.',
  'out-of-work': 'The closure will leave 200 workers out of work.',
  'number-is': 'The number of jobs affected is 1,200.',
  'aside-total': 'The cuts – about 900 in total – fall on the Halvern plant.',
  'not-fill': 'Marrowby will not fill 120 vacant positions.',
  'figure-put-at': 'Union leaders put the figure at 2,000.',
  'receive-notices': 'About 300 staff received redundancy notices at Quellmark on Friday.',
  'leave-the-company': 'Under the plan some 450 employees will leave the group by March.',
  'contracts-not-renewed': 'Around 200 temporary workers will not have their contracts renewed at Ostvale.',
  'scheme-applied': 'So far 1,100 of its employees have applied, Tarnwick said.',
  'closed-site-employs': 'Brindlewood will close its Halvern plant, which employs 1,200 people.',
  'closed-site-where': 'Marrowby will shut its mill in Kelso, where about 350 people work.',
  'closed-site-bracket': 'Brindlewood will close its plant in Halvern (Orsk, 400 employees).',
  'site-closure-bracket': 'Marrowby has announced a plant closure in Kelso (Tarvo, 260 employees).',
  'closure-leaves-staff': 'The closure of the Halvern plant has left more than 500 employees without a paycheck.',
  'put-at': 'Ostvale put the number of job cuts at about 4,000.',
  'share-cut-in': 'Tarnwick announced a 10% cut in its global workforce.',
  'voluntary-covered': 'Tamura Life hopes to see 1,000 employees aged over 49 quit voluntarily.',
  'applicants-numbered': 'Those who applied numbered 2,378.',
  'applications-accepted': 'Tarnwick has accepted 1,184 applications for voluntary redundancy.',
  'applications-were-accepted': 'Some 2,393 applications were accepted by Quellmark management.',
  'scheme-joined': 'Some 1,200 workers at its home plants joined an early retirement plan at Quellmark.',
  'scheme-left': 'About 2,000 workers left Quellmark in May through its voluntary retirement program.',
  'after-count-at-month': 'The round of cuts comes after around 70 employees at Ostvale Foods in December 2022.',
  'reduction-in-headcount-by': 'Marrowby plans a reduction in headcount by 241 heads.',
  'cuts-reach': 'Marrowby warned that job cuts might eventually climb to as many as 2,400 jobs.',
  'opted-retirement': 'The earlier circular saw 874 managers and non-managers opt for retirement.',
  'staff-notified-they-go': 'Some 620 staff of Ostvale were informed on Thursday that they would be dismissed.',
  'told-staff-they-go': 'Marrowby warned 300 workers last week that they could lose their jobs.',
};

describe('quantity rule gates', () => {
  const gated = QUANTITY_RULES.filter((r) => r.gate);

  it('every gated rule has a sentence here', () => {
    expect(gated.map((r) => r.name).sort()).toEqual(Object.keys(MATCHED_BY).sort());
  });

  it.each(gated.map((r) => [r.name, r] as const))('%s: the gate passes what the rule matches', (name, rule) => {
    const sentence = MATCHED_BY[name]!;
    const anywhere = new RegExp(rule.re.source, rule.re.flags.replace('y', ''));
    expect(anywhere.test(sentence)).toBe(true);
    expect(rule.gate!.test(sentence)).toBe(true);
  });

  it('keeps sentences of site headcounts, skips a plain figure', () => {
    expect(mayTellSiteStaff('About 800 workers are employed at the site.')).toBe(true);
    expect(mayTellSiteStaff('The two plants employ 1,100 people.')).toBe(true);
    expect(mayTellSiteStaff('Revenue rose 4% to $12 billion.')).toBe(false);
  });
});

describe('cut-verb rules after a hit at the same verb', () => {
  it('still reads a second round told with a later verb of the sentence', () => {
    const events = extract(
      'Brindlewood Foods is cutting 900 jobs this year, and its Halvern unit will lay 120 workers off next spring.',
      '2024-05-08',
    ).events();
    expect(events.map((e) => e.count).sort((a, b) => (a ?? 0) - (b ?? 0))).toEqual([120, 900]);
  });
});
