import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

describe('a bulleted list announced as a company’s parts', () => {
  it('names opening the bullets under "… runs three core segments:" are units of the company in focus', () => {
    const x = extract(
      'Castova Media will cut 5,000 jobs, its chief executive said on Wednesday.\n\n' +
        'In its place, Castova Media now runs three core segments:\n\n' +
        '  • Lumen Studios — film, television and streaming, led by Ana Ruiz\n' +
        '  • Ardent Sports — the sports networks, led by Tom Weller\n' +
        '  • Castova Resorts — theme parks and cruises\n',
    );
    for (const unit of ['Lumen Studios', 'Ardent Sports', 'Castova Resorts'])
      expect(x.parent(unit)).toBe('Castova Media');
  });

  it('a bulleted list after a line naming no parts lists no units', () => {
    const x = extract(
      'Castova Media will cut 5,000 jobs, its chief executive said on Wednesday.\n\n' +
        'Several pressures converged:\n\n' +
        '  • Pressure from Trelane Capital, an activist fund\n' +
        '  • Losses at the streaming service\n',
    );
    expect(x.parent('Trelane Capital')).toBeNull();
  });
});
