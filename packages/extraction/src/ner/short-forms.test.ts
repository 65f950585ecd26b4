import { describe, expect, it } from 'vitest';
import { shortForms } from './short-forms.js';

describe('short forms', () => {
  const orgs = [
    { name: 'Keystone Global', type: 'Company' as const, ends: [], first: 10 },
    { name: 'Keystone Pictures', type: 'Company' as const, ends: [], first: 90 },
    { name: 'General Norrvik', type: 'Company' as const, ends: [], first: 120 },
  ];

  it('a common word opening a name is a short form only when asked (the caller saw it act as a company)', () => {
    expect(shortForms('', orgs).get('Keystone')).toBeUndefined();
    expect(shortForms('', orgs, true, true).get('Keystone')).toBe('Keystone Global');
  });

  it('a title word never is ("the Attorney General")', () => {
    expect(shortForms('', orgs, true, true).get('General')).toBeUndefined();
  });
});
