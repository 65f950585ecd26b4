import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

describe('unions as cited sources: whole names, unnamed unions, one source per union', () => {
  it('cites a union under its whole name when commas run on to its acronym', () => {
    const x = extract(
      'The Federated Union of Banks, Insurance and Finance Workers (FUBIFW) on Thursday shut the Norrvik Bank head office after it sacked 900 staff. The union said the picketing would go on.',
    );
    const union = x.doc.entities.find((e) => e.aliases.includes('FUBIFW'));
    expect(union).toBeDefined();
    expect([union!.name, ...union!.aliases]).toContain('Federated Union of Banks, Insurance and Finance Workers');
    expect(x.cited()).toContain(union!.name);
  });

  it('keeps a cut name when the words before the acronym do not spell it', () => {
    const x = extract(
      'The Kora Union of Miners, Hallberg Group and Tovik Steel (KUM) met on Monday. The Kora Union of Miners said 300 jobs would go at Tovik Steel.',
    );
    expect(x.cited()).not.toContain('Kora Union of Miners, Hallberg Group and Tovik Steel');
  });

  it('cites an unnamed union, not "Trade", for a trade union spokesperson, and later quotes of the same person', () => {
    const x = extract(
      'Norrvik Arms laid off 59 workers at its Lindvik plant. Trade union spokesperson Emil Varga said the state wanted to sell the plant. Varga told local media the union would fight.',
    );
    expect(x.cited()).toEqual(['union']);
  });

  it('a trade union spokesperson speaks for the union, not for the company', () => {
    const x = extract('Norrvik Arms laid off 59 workers. A trade union spokesperson said the cuts broke the law.');
    expect(x.cited()).toEqual(['union']);
    const named = extract(
      'Norrvik Arms laid off 59 workers. Kora Metal union spokesperson Emil Varga said the cuts broke the law.',
    );
    expect(named.cited()).toEqual(['Kora Metal']);
  });

  it('unions no name tells apart are one source', () => {
    const x = extract(
      'Norrvik Bank plans to close 1,000 branches, trade unions said. Unions said on Friday that management had confirmed the plan.',
    );
    expect(x.cited()).toHaveLength(1);
    const named = extract(
      'Norrvik Bank plans to close 1,000 branches, the Kora Bankers Union said. Unions said on Friday that management had confirmed the plan.',
    );
    expect(named.cited().sort()).toEqual(['Kora Bankers Union', 'Unions']);
  });
});
