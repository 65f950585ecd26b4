import { describe, expect, it } from 'vitest';
import { isLocalCompanyAlone } from './local-company.js';

describe('isLocalCompanyAlone: a nationality only before the bare name as a whole word', () => {
  const words = ['Vessla', 'Ghana'];

  it('a nationality before a longer word that opens with the name proves no foreign parent', () => {
    const text = 'Vessla Ghana will cut 300 jobs. Polish engineer Vesslaczyk said the mine would shut. Vessla said so.';
    expect(isLocalCompanyAlone(text, words, ['Vessla Ghana'])).toBe(true);
  });

  it('near miss: a nationality before the bare name itself keeps the local arm apart', () => {
    const text = 'Vessla Ghana will cut 300 jobs. Polish miner Vessla said the mine would shut.';
    expect(isLocalCompanyAlone(text, words, ['Vessla Ghana'])).toBe(false);
  });
});
