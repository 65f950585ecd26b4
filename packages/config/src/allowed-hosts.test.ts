import { describe, expect, it } from 'vitest';
import { hostNameOf, isAllowedHostName } from './allowed-hosts';

describe('Host allow-list', () => {
  const loopback = ['localhost', '127.0.0.1', '[::1]'];
  it('matches names whatever the port and case', () => {
    for (const host of ['127.0.0.1:3000', 'LOCALHOST', 'localhost:1', '[::1]:3000'])
      expect(isAllowedHostName(hostNameOf(host), loopback), host).toBe(true);
  });
  it('refuses other names, look-alikes and an empty Host; * allows all', () => {
    for (const host of ['evil.example', '127.0.0.1.evil.example', 'localhost.evil:3000', ''])
      expect(isAllowedHostName(hostNameOf(host), loopback), host).toBe(false);
    expect(isAllowedHostName('evil.example', ['*'])).toBe(true);
  });
});
