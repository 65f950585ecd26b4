import { lookup as dnsLookup, type LookupAddress, type LookupOptions } from 'node:dns';
import { isIP } from 'node:net';
import type Ipaddr from 'ipaddr.js';
import { DocumentError } from '../errors.js';
import { lazyRequire } from '../lazy-require.js';

const ipaddrModule = lazyRequire<typeof Ipaddr>('ipaddr.js');

/**
 * True for an address on the public internet. Loopback, private (RFC 1918, unique-local), link-local,
 * carrier-grade NAT, multicast, unspecified, reserved and documentation ranges are not; an IPv4-mapped IPv6
 * address is judged by its IPv4 address.
 */
export function isPublicAddress(address: string): boolean {
  const ipaddr = ipaddrModule();
  if (!ipaddr.isValid(address)) return false;
  let ip = ipaddr.parse(address);
  if (ip.kind() === 'ipv6' && (ip as Ipaddr.IPv6).isIPv4MappedAddress()) ip = (ip as Ipaddr.IPv6).toIPv4Address();
  return ip.range() === 'unicast';
}

/**
 * Refuses a URL the fetcher must not request: a scheme other than http(s) (`file:`, `ftp:`, `data:` …: E_URL),
 * credentials in the URL (E_URL), or a literal private/loopback address unless `allowPrivate` (E_PRIVATE_ADDRESS).
 * Host names are checked at connection time by the lookup of createGuardedLookup, after DNS, so a name that
 * resolves to 127.0.0.1 (or re-resolves there later) is refused too.
 */
export function checkUrl(url: URL, allowPrivate: boolean): void {
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new DocumentError('E_URL', url.href, `only http and https URLs are fetched (not ${url.protocol})`);
  if (url.username || url.password) throw new DocumentError('E_URL', url.href, 'URLs with credentials are refused');
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (!allowPrivate && isIP(host) && !isPublicAddress(host))
    throw new DocumentError(
      'E_PRIVATE_ADDRESS',
      url.href,
      `${host} is a private or loopback address (--allow-private)`,
    );
}

type LookupCallback = (err: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/**
 * A `dns.lookup` for the HTTP agent that fails the connection when a name resolves to a non-public address (unless
 * `allowPrivate`): the check sits where the socket connects, so DNS rebinding cannot slip past it.
 */
export function createGuardedLookup(allowPrivate: boolean) {
  return (hostname: string, options: LookupOptions, callback: LookupCallback): void => {
    dnsLookup(hostname, { ...options, all: true }, (err, addresses) => {
      if (err) return callback(err, []);
      const list = addresses;
      const refused = allowPrivate ? undefined : list.find((a) => !isPublicAddress(a.address));
      if (refused) {
        const error = new Error(
          `${hostname} resolves to ${refused.address}, a private or loopback address`,
        ) as NodeJS.ErrnoException;
        error.code = 'E_PRIVATE_ADDRESS';
        return callback(error, []);
      }
      if (options.all) return callback(null, list);
      callback(null, list[0]!.address, list[0]!.family);
    });
  };
}
