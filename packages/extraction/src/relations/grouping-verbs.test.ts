import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

describe('parts listed after a grouping verb belong to its subject', () => {
  it('"It brings together …": the organization opening the sentence before', () => {
    const x = extract(
      'Ostra Holding AG said on Monday it had listed Ostra Lorries AG in Frankfurt. Ostra Lorries AG, based in Bremen, ' +
        'is one of the largest makers of trucks. It brings together the brands Kestrel and Vanta, Fossa in Japan and ' +
        'the coach maker Tellbus, which sells coaches under the Vella name.',
    );
    expect(x.parent('Kestrel')).toBe('Ostra Lorries');
    expect(x.parent('Fossa')).toBe('Ostra Lorries');
  });

  it('"A, which listed …, groups …": the subject an aside interrupts', () => {
    const x = extract(
      'Televenta Group spun off Ollimar SAB on Monday. Ollimar SAB, which listed in Mexico City, groups the stadium ' +
        'business and the magazines publisher Editorial Vanta SA.',
    );
    expect(x.parent('Editorial Vanta')).toBe('Ollimar');
  });

  it('no subject, no owner: "The merger combines …" hands nothing over', () => {
    const x = extract(
      'Televenta Group cut 300 jobs. The new structure groups Kestrel Media SA and Vanta Radio SA under one board.',
    );
    expect(x.parent('Kestrel Media')).not.toBe('Televenta Group');
  });
  it('"Today the group\'s core consists of …": the parts of the company the article is about', () => {
    const x = extract(
      "Kestrel Holdings said on Monday it would cut 900 jobs. Today the group's core consists of property developer " +
        'Varnhome, the hospitality business Selmar and the carmaker Vindor.',
    );
    expect(x.parent('Varnhome')).toBe('Kestrel Holdings');
    expect(x.parent('Vindor')).toBe('Kestrel Holdings');
  });
});
