import type { IncomingMessage } from 'node:http';
import { hostNameOf, isAllowedHostName } from '@newsgraph/config';

/**
 * True when the request's Host header names one of `allowed` (host names, ports ignored; `*` allows any).
 * A browser tricked by DNS rebinding sends the attacker's host name: refusing it keeps a page on another site
 * from reading a server that only listens on loopback.
 */
export function isAllowedHost(req: IncomingMessage, allowed: readonly string[]): boolean {
  return isAllowedHostName(hostNameOf(req.headers.host ?? ''), allowed);
}
