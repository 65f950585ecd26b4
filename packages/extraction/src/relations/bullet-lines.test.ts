import { describe, expect, it } from 'vitest';
import { extract } from '../test-helpers.js';

describe("one bullet's names own nothing of the next bullet's", () => {
  it('"- A, which includes the maps service M;\\n- B, the logistics arm": B belongs to the company, not to M', () => {
    const x = extract(
      'Vexa Group will split into four units, chief executive Lin Bo said in a letter.\n\n' +
        'According to the letter, the four groups are:\n\n' +
        '- Cloud Group, which runs Vexa Cloud, to be led by Lin himself;\n' +
        '- Local Services Group, which includes the food-delivery app Elemo and the maps service Mapco, under Yu Fei;\n' +
        '- Tarvik Smart Logistics, the logistics arm, under Wan Li;\n' +
        '- Global Commerce Group, covering Alvo, Lazra and Trenda, under Jiang Fan.',
    );
    expect(x.parent('Tarvik Smart Logistics')).toBe('Vexa Group');
    expect(x.parent('Global Commerce Group')).toBe('Vexa Group');
  });
});
