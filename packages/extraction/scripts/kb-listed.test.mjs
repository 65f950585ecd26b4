import { describe, expect, it } from 'vitest';
import { cleanListedName } from './kb-listed.mjs';

describe('cleanListedName', () => {
  it('drops legal forms, a glued share class and a bracketed disambiguation or share class', () => {
    expect(cleanListedName('Adobe Inc.')).toBe('Adobe');
    expect(cleanListedName('KalmarB')).toBe('Kalmar');
    expect(cleanListedName('Norrvik Mining (corporation)')).toBe('Norrvik Mining');
    expect(cleanListedName('Kestrel Energy, Inc. (Class A)')).toBe('Kestrel Energy');
    expect(cleanListedName('Brown–Forman')).toBe('Brown-Forman');
  });
});
