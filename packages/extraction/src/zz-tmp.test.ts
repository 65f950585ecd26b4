import { it } from 'vitest';
import { extract } from './test-helpers.js';
const T = [
  'Volkswagen plans to close at least three German plants, cut tens of thousands of jobs and cut wages by 10%, the Financial Times reported.',
  'Volkswagen plans to close at least three German plants and cut tens of thousands of jobs.',
  'Toyota is considering cutting full-time employees in North America and the UK, a company source familiar with the matter said.\nToyota is cutting production as the crisis sends sales plummeting.',
  'The Japanese business daily Nikkei said Toyota was considering cutting up to 1,000 full-time jobs in North America and Britain.',
  'Ford Motor Co, the second-largest US automaker, is likely to close three assembly plants in St Louis, Atlanta, and St. Paul, Minnesota, as well as an engine-parts factory.',
];
it('x', () => {
  for (const t of T) {
    const x = extract(t);
    console.log('>>', t.slice(0, 60), '\n   ', JSON.stringify(x.doc.entities.map((e) => `${e.type}:${e.name}`)), 'CITES', JSON.stringify(x.cited()));
  }
});
