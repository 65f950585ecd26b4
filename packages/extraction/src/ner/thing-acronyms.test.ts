import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

describe('acronyms of things introduced in brackets', () => {
  it('an acronym after a lower-case description of a scheme is no company when it later acts as a subject', () => {
    const x = extract(
      'Vellora Energia opened a voluntary exit scheme (VES) for 2,000 staff on Monday. The VES will cost 1 billion reais.',
    );
    expect(x.entity('VES')).toBeUndefined();
  });

  it('an acronym after the description of a body stays an organization', () => {
    const x = extract('The bank workers union (SBTU) said on Monday it would strike. SBTU said talks had failed.');
    expect(x.entity('SBTU')).toBeDefined();
  });
});
