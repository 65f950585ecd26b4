import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

const events = (text: string, pub = '2025-04-03') => extract(text, pub).events();

describe('a share told beside or after the count', () => {
  it('reads ", around 6%," right after a count as its share', () => {
    const text = 'Tarvo Appliances said it would reduce its workforce by about 3,500, around 6%, by 2027.';
    expect(events(text)).toContainEqual(expect.objectContaining({ org: 'Tarvo Appliances', count: 3500, percent: 6 }));
  });

  it('gives "The adjustment represents 13% of the staff" to the round just reported', () => {
    const text = [
      'Brenner Bank will cut 2,400 jobs in Portugal, the lender said on Monday.',
      'The adjustment represents around 13% of the staff of the bank in the country.',
    ].join(' ');
    expect(events(text)).toContainEqual(expect.objectContaining({ org: 'Brenner Bank', count: 2400, percent: 13 }));
  });

  it('gives "The 7,500 figure amounts to 6%" to the round with that count, even paragraphs later', () => {
    const text = [
      'Corvo Foods will split off its frozen desserts arm and eliminate around 7,500 jobs, the company said on Tuesday.',
      'The separation should be complete by the end of next year.',
      'The desserts arm makes about 8 billion euros of sales a year.',
      'Analysts welcomed the plan, and the shares rose 3% in early trading.',
      'The 7,500 figure amounts to roughly 6% of the group’s 125,000 employees.',
    ].join(' ');
    const rounds = events(text).filter((e) => e.count === 7500);
    expect(rounds).toEqual([expect.objectContaining({ org: 'Corvo Foods', percent: 6 })]);
  });

  it('gives the share of "The early retirement programme, open to …, is equivalent to 30%" to the round before it', () => {
    const text = [
      'Hoshino Cosmetics will seek about 1,500 voluntary retirements at its domestic unit, the company said on Thursday.',
      'The early retirement programme, open to employees of Hoshino Japan aged 45 or older, is equivalent to roughly 30 percent of the unit’s staff.',
    ].join(' ');
    expect(events(text)).toEqual([expect.objectContaining({ org: 'Hoshino Cosmetics', count: 1500, percent: 30 })]);
  });

  it('reads "That is a reduction of about 22%." as the share of the round just told', () => {
    const text = [
      'Savanna Commerce said it had cut its headcount by about 900 employees since the start of the year, to roughly 3,100.',
      'That is a reduction of about 22%.',
    ].join(' ');
    expect(events(text)).toEqual([expect.objectContaining({ org: 'Savanna Commerce', count: 900, percent: 22 })]);
  });

  it('gives no share to a round from a drop in profit', () => {
    const text = [
      'Savanna Commerce said it would cut 400 jobs.',
      'Quarterly profit fell to $17 million. That is a drop of about 22%.',
    ].join(' ');
    expect(events(text)).toEqual([expect.objectContaining({ org: 'Savanna Commerce', count: 400, percent: null })]);
  });
});
