import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

describe('a factbox item opened by a company name in capitals and a colon', () => {
  const text =
    'Several suppliers have announced plant closures in recent months.\n\n' +
    '* KORVELL: The Danish parts supplier will cut around 900 jobs, sources said on Nov. 12.\n\n' +
    '* NORRVIK ( NRV ): The German gearbox maker plans to cut 2,100 jobs by 2030.\n';

  it('names a company, written as the wire writes it', () => {
    const x = extract(text);
    expect(x.names('Company')).toEqual(expect.arrayContaining(['KORVELL', 'NORRVIK']));
  });

  it('a heading of common words is no company, nor is a capitalised word in running text', () => {
    const x = extract(
      'Kestrel Bank will cut 400 jobs.\n\n* WHAT HAPPENS NEXT: The bank will consult staff.\n\n' +
        'Analysts were blunt. NOTE: The figures below are estimates, the bank said on Monday.',
    );
    expect(x.names('Company')).not.toContain('WHAT HAPPENS NEXT');
    expect(x.names('Company')).not.toContain('NOTE');
  });
});
