import { describe, expect, it } from 'vitest';
import { extractDocument } from '../extract-document.js';
import { isInitialledBody } from './initialled-bodies.js';
import { bracketedShortNameAt } from './bracketed-acronym.js';

/** Company names the extractor gives a text (invented names only). */
function companies(text: string): string[] {
  return extractDocument({ text, uri: 'test://initialled-bodies' })
    .entities.filter((e) => e.type === 'Company')
    .map((e) => e.name);
}

describe('a body written in full with its initials in brackets (initialled-bodies.ts)', () => {
  it('reads a union word before the name\'s "of" as the body\'s word', () => {
    const text =
      'The Dock Workers Union of Vellmora (DWUV) and Kestrel Port met over pay for 40 workers the port had sacked.';
    expect(companies(text)).toContain('Dock Workers Union of Vellmora');
    const opened = 'Kestrel Hydro signed new deals with the Vellmoran Union of Public Employees (VUPE) on Monday.';
    expect(companies(opened)).toContain('Vellmoran Union of Public Employees');
  });

  it('near miss: initials that differ, or a fund\'s word before "of", make no body', () => {
    const other = 'The Dock Workers Union of Vellmora (KPX) and Kestrel Port met on Monday.';
    expect(isInitialledBody(other, 'Dock Workers Union of Vellmora', other.indexOf(' (KPX)'))).toBe(false);
    const fund = 'The Pension Fund of Vellmora (PFV) sold its stake in Kestrel Port.';
    expect(isInitialledBody(fund, 'Pension Fund of Vellmora', fund.indexOf(' (PFV)'))).toBe(false);
    const union = 'The Dock Workers Union of Vellmora (DWUV) and Kestrel Port met on Monday.';
    expect(isInitialledBody(union, 'Dock Workers Union of Vellmora', union.indexOf(' (DWUV)'))).toBe(true);
  });

  it('reads three initials written as a word ("(Kum)") as the body\'s short name, not a second company', () => {
    const text =
      "The Kora Union of Miners (Kum) said it was worried about Kestrel Gold's decision to cut 900 jobs. Kum added that talks would go on.";
    const got = companies(text);
    expect(got).toContain('Kora Union of Miners');
    expect(got).not.toContain('Kum');
  });

  it('near miss: a three-letter word in brackets that is not the initials is no short name of the body', () => {
    expect(bracketedShortNameAt('the Kora Union of Miners (Kim) said', 24, 'Kora Union of Miners')).toBeNull();
    expect(bracketedShortNameAt('the Kora Union of Miners (Kum) said', 24, 'Kora Union of Miners')).toBe('Kum');
  });
});
